// Offscreen smoke test of the shell: every view exists, navigation and shortcuts switch pages,
// the status bar follows the engine, the offline page explains itself, --screenshot works.

#include "engine/engine.h"
#include "engine/testengine.h"
#include "shell/appservices.h"
#include "shell/enginepage.h"
#include "shell/iconprovider.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "shell/view.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace dx;

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Keep the user's settings out of it, and theirs out of ours.
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        Theme::apply(Theme::Mode::Light);
    }

    void everyViewIsReachable()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        MainWindow window(&services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), ViewFactory::all().size());
        for (ViewId id : ViewFactory::all()) {
            window.showView(id);
            QCOMPARE(window.currentView(), id);
            QVERIFY(window.view(id));
            QVERIFY(window.view(id)->isVisible() || ViewFactory::needsEngine(id));
        }
        // Ctrl+1 goes back to the editor.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentView(), ViewId::Editor);
    }

    void offlinePageExplains()
    {
        QTemporaryDir dir;
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        MainWindow window(&services);
        engine.connectTo(Endpoint::fromHost(QStringLiteral("unix://") + dir.path() + QStringLiteral("/gone.sock")));
        window.show();
        window.showView(ViewId::Containers);
        QTRY_VERIFY_WITH_TIMEOUT(engine.info().state == EngineInfo::State::Disconnected, 3000);
        // Each engine view has its own offline page: the visible one must say why.
        const auto visibleReason = [&window]() -> QLabel * {
            const auto labels = window.findChildren<QLabel *>(QStringLiteral("offlineReason"));
            for (QLabel *label : labels) {
                if (label->isVisible())
                    return label;
            }
            return nullptr;
        };
        QTRY_VERIFY(visibleReason());
        QVERIFY2(visibleReason()->text().contains(QLatin1String("gone.sock")), qPrintable(visibleReason()->text()));
        // The editor still works without an engine.
        window.showView(ViewId::Editor);
        QVERIFY(window.view(ViewId::Editor)->isVisible());
    }

    void statusBarFollowsEngine()
    {
        IconProvider icons;
        Engine engine;
        AppServices services(&engine, &icons);
        MainWindow window(&services);
        window.show();
        engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(engine);
        auto *status = window.findChild<QLabel *>(QStringLiteral("engineStatusText"));
        QVERIFY(status);
        QTRY_VERIFY(status->text().contains(engine.info().apiVersion));
        QVERIFY(status->text().contains(engine.info().version));
    }

    void qtButtonsInGerman()
    {
        // Qt's own buttons (Cancel, Yes, No, the file dialog) come from Qt's translations, which
        // the app loads beside its own: scripts/setup.sh installs them (qt6-translations-l10n).
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QTranslator qt;
        QVERIFY2(qt.load(QLocale(QStringLiteral("de")), QStringLiteral("qtbase"), QStringLiteral("_"), dir),
                 qPrintable(QStringLiteral("no qtbase_de.qm in %1: install qt6-translations-l10n").arg(dir)));
        QCoreApplication::installTranslator(&qt);
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
        const QString cancel = box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
        const QString yes = box.button(QDialogButtonBox::Yes)->text().remove(QLatin1Char('&'));
        QCoreApplication::removeTranslator(&qt);
        QCOMPARE(cancel, QStringLiteral("Abbrechen"));
        QCOMPARE(yes, QStringLiteral("Ja"));
    }

    // --measure-startup (bench/run): the figures a user waits for, printed once and the app quits.
    void measureStartupPrintsFigures()
    {
        Engine engine;
        engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(engine);
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DX_APP_BINARY), {QStringLiteral("--measure-startup")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QRegularExpression paint(QStringLiteral("^startup first-paint ([0-9.]+)$"), QRegularExpression::MultilineOption);
        const QRegularExpression list(QStringLiteral("^startup list-filled ([0-9.]+) rows ([0-9]+)$"),
                                      QRegularExpression::MultilineOption);
        const QRegularExpression rss(QStringLiteral("^startup rss-kib ([0-9]+)$"), QRegularExpression::MultilineOption);
        const auto paintMatch = paint.match(out);
        const auto listMatch = list.match(out);
        const auto rssMatch = rss.match(out);
        QVERIFY2(paintMatch.hasMatch() && listMatch.hasMatch() && rssMatch.hasMatch(), qPrintable(out));
        const double paintMs = paintMatch.captured(1).toDouble();
        const double listMs = listMatch.captured(1).toDouble();
        QVERIFY(paintMs > 0);
        QVERIFY(listMs > 0);
        QVERIFY2(paintMs < 60000 && listMs < 60000, "milliseconds since the process started, not since boot");
        QVERIFY(rssMatch.captured(1).toLongLong() > 1024); // a Qt app holds more than a MiB
    }

    void screenshotCommand()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess p;
        p.start(QStringLiteral(DX_APP_BINARY), {QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
                                                QStringLiteral("volumes"), QStringLiteral("--lang"), QStringLiteral("de"),
                                                QStringLiteral("--zoom"), QStringLiteral("150")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 1920); // 1280 logical pixels at 150 %

        // A projector's size: the PNG has exactly its device pixels; the run dialog and the lesson
        // are views of their own for this.
        for (const QString &what : {QStringLiteral("run-dialog"), QStringLiteral("lesson")}) {
            QProcess sized;
            sized.start(QStringLiteral(DX_APP_BINARY), {QStringLiteral("--screenshot"), png, QStringLiteral("--view"), what,
                                                        QStringLiteral("--size"), QStringLiteral("1024x768")});
            QVERIFY(sized.waitForFinished(30000));
            QVERIFY2(sized.exitCode() == 0, sized.readAllStandardError().constData());
            const QImage shot(png);
            QCOMPARE(shot.size(), QSize(1024, 768));
        }
        for (const QString &size : {QStringLiteral("1024"), QStringLiteral("100x100"), QStringLiteral("1024x768x2"),
                                    QStringLiteral("axb")}) {
            QProcess badSize;
            badSize.start(QStringLiteral(DX_APP_BINARY), {QStringLiteral("--screenshot"), png, QStringLiteral("--size"), size});
            QVERIFY(badSize.waitForFinished(30000));
            QCOMPARE(badSize.exitCode(), 2);
            QVERIFY(badSize.readAllStandardError().contains("--size"));
        }

        QProcess bad;
        bad.start(QStringLiteral(DX_APP_BINARY), {QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("nope")});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("nope"));

        // --version needs no display: no DISPLAY, no platform plugin chosen.
        QProcess version;
        QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
        bare.remove(QStringLiteral("DISPLAY"));
        bare.remove(QStringLiteral("WAYLAND_DISPLAY"));
        bare.remove(QStringLiteral("QT_QPA_PLATFORM"));
        version.setProcessEnvironment(bare);
        version.start(QStringLiteral(DX_APP_BINARY), {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(30000));
        QVERIFY(version.readAllStandardOutput().contains(DX_VERSION));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
