// The volume browser in the Docker Commands panel and at quit, on the real engine: each thing
// the user did is one command with its outcome, the helper's plumbing is internal, and
// quitting with a volume open still removes its helper container.
#include "volumefixture.h"

#include "api/dockerapi.h"
#include "engine/commandspy.h"
#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "volumes/volumebrowser.h"
#include "volumes/volumesview.h"
#include "volumes/volumestore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;

class TestVolumeCommands final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider m_icons;
    AppServices *m_services = nullptr;
    QString m_volume;
    QString m_mountpoint;

private slots:
    void initTestCase()
    {
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        m_services = new AppServices(&m_engine, &m_icons, this);
        m_volume = QStringLiteral("dxtest-cmd-") + test::runId();
        QString why;
        m_mountpoint = test::createVolume(m_engine, m_volume, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(!test::runWithVolume(m_engine, m_volume, QStringLiteral("/v"), QStringLiteral("echo hi > /v/hello.txt"))
                     .isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        test::removeLabelled(m_engine);
        test::removeHelperImage(m_engine);
    }

    // Browse, view, download, upload, new folder: one user command each, done; a failing
    // download is one failed command with the engine's words; the helper is plumbing.
    void userCommandsOnce()
    {
        QSignalSpy started(m_services->session()->api(), &DockerApi::commandStarted);
        QSignalSpy finished(m_services->session()->api(), &DockerApi::commandFinished);
        VolumeBrowser browser(m_services);
        test::configureBrowser(browser);
        browser.setForceRemote(true);
        QSignalSpy loaded(&browser, &VolumeBrowser::treeLoaded);
        QSignalSpy ready(&browser, &VolumeBrowser::helperReady);
        browser.openVolume(m_volume, m_mountpoint);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !ready.isEmpty(), 60000);
        const QString helper = browser.helperId().left(12);

        QSignalSpy shown(&browser, &VolumeBrowser::fileShown);
        browser.openFile(QStringLiteral("hello.txt"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);

        QSignalSpy done(&browser, &VolumeBrowser::transferFinished);
        QTemporaryDir target;
        browser.downloadTo(QStringLiteral("hello.txt"), target.path());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));

        QTemporaryDir source;
        const QString local = source.filePath(QStringLiteral("up.txt"));
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("up\n");
        file.close();
        done.clear();
        browser.uploadPaths({local}, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));

        done.clear();
        browser.createFolder(QString(), QStringLiteral("made"));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));

        done.clear();
        browser.downloadTo(QStringLiteral("missing.txt"), target.path());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY(!done.last().first().toBool());

        bool closed = false;
        browser.closeVolume([&] { closed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(closed, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isLoading() && test::commandRecords(finished, false).size() >= 6, 30000);

        const QString h = helper + QStringLiteral(":/v");
        const QStringList expected{
            QStringLiteral("docker exec %1 /dx-volume-lister list /v").arg(helper),
            QStringLiteral("docker cp %1/hello.txt - | tar -xO").arg(h),
            QStringLiteral("docker cp %1/hello.txt %2").arg(h, shellQuote(target.path())),
            QStringLiteral("docker cp %1 %2").arg(shellQuote(local), h),
            QStringLiteral("mkdir made && tar -c made | docker cp - %1").arg(h),
            QStringLiteral("docker cp %1/missing.txt %2").arg(h, shellQuote(target.path())),
        };
        const QList<CommandRecord> user = test::commandRecords(finished, false);
        QStringList clis;
        for (const CommandRecord &r : user)
            clis.append(r.cli);
        QCOMPARE(clis, expected);
        QCOMPARE(test::commandRecords(started, false).size(), expected.size()); // reported once each
        for (int i = 0; i < 5; ++i)
            QVERIFY2(user.at(i).state == CommandRecord::State::Done, qPrintable(test::describeCommands(user)));
        QCOMPARE(user.last().state, CommandRecord::State::Failed);
        QVERIFY2(user.last().message.contains(QLatin1String("missing.txt")), qPrintable(user.last().message));

        // The helper's life is plumbing: there, but internal.
        const QString internal = test::describeCommands(test::commandRecords(finished, true));
        QVERIFY2(internal.contains(QLatin1String("docker create")) && internal.contains(QLatin1String("docker rm -f")),
                 qPrintable(internal));
        QTRY_VERIFY_WITH_TIMEOUT(test::labelledContainers(m_engine, true).isEmpty(), 30000);
    }

    // What the app does at quit (Application: the window goes, then the session drains)
    // removes the helper of the open volume before the engine connection ends.
    void quitRemovesHelper()
    {
        auto *engine = new Engine;
        engine->connectToDefault();
        QVERIFY(test::waitConnected(*engine));
        auto *services = new AppServices(engine, &m_icons);
        auto *view = new VolumesView(services);
        view->setConfirmation([](const QString &, const QString &) { return true; });
        test::configureBrowser(*view->browser());
        view->browser()->setForceRemote(true);
        QTRY_VERIFY_WITH_TIMEOUT(view->store()->isLoaded(), 60000);
        QSignalSpy ready(view->browser(), &VolumeBrowser::helperReady);
        QTRY_VERIFY_WITH_TIMEOUT(view->store()->find(m_volume).has_value(), 60000);
        QVERIFY(view->browseVolume(m_volume));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);
        QCOMPARE(test::labelledContainers(m_engine, true).size(), 1);

        delete view;
        // The app gives the session 3 s; a loaded test engine may need longer for one DELETE.
        QVERIFY(services->session()->shutdown(20000));
        QCOMPARE(services->session()->api()->pendingEssential(), 0);
        delete services;
        delete engine; // the engine thread stops: whatever was not sent is lost now

        QCOMPARE(test::labelledContainers(m_engine, true).size(), 0);
    }
};

QTEST_MAIN(TestVolumeCommands)
#include "tst_volumecommands.moc"
