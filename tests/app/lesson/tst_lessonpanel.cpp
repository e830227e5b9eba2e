// The lesson panel in the main window, offline (no engine objects are created): ten steps,
// each button reaches the right view or dialog prefilled with the lesson's names and does
// nothing more than its label says, the terminal box never breaks a word, the step list takes
// three rows at least and all at most, and the dock follows its shortcuts and is remembered.

#include "containers/rundialog.h"
#include "editor/editorview.h"
#include "engine/engine.h"
#include "lesson/lessonadvice.h"
#include "lesson/lessoncommandbox.h"
#include "lesson/lessonpanel.h"
#include "lesson/lessonprogress.h"
#include "lesson/lessonsteps.h"
#include "session/commandlogmodel.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "shell/theme.h"
#include "volumes/volumecreatedialog.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFontDatabase>
#include <QImage>
#include <QProcess>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dx;

namespace {

template<typename Dialog>
Dialog *visibleDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<Dialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

} // namespace

class TestLessonPanel final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    std::unique_ptr<IconProvider> m_icons;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    LessonPanel *panel() const { return m_window->findChild<LessonPanel *>(); }
    // The lines the Docker Commands panel shows by default: the user's, not the plumbing.
    int userCommands() const
    {
        const QList<CommandRecord> records = m_services->session()->commandLog()->records();
        return int(std::count_if(records.cbegin(), records.cend(), [](const CommandRecord &r) { return !r.internal; }));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        Theme::apply(Theme::Mode::Light);
        // Test-mode settings outlive the run (~/.qttest): a run that crashed with the lesson
        // open must not make this one start with it open.
        Settings::lessonOpen.set(false);
        QVERIFY2(!LessonSteps::demoDir().isEmpty(), "resources/examples/demo must be found from the build tree");
    }

    void init()
    {
        m_icons = std::make_unique<IconProvider>();
        m_engine = std::make_unique<Engine>();
        m_services = std::make_unique<AppServices>(m_engine.get(), m_icons.get());
        m_window = std::make_unique<MainWindow>(m_services.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(panel());
    }

    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                d->reject();
        }
        m_window.reset();
        m_services.reset();
        m_engine.reset();
        m_icons.reset();
    }

    void listsTenSteps()
    {
        QCOMPARE(panel()->stepCount(), 10);
        QCOMPARE(panel()->stepList()->count(), 10);
        const QVector<LessonStep> steps = LessonSteps::all();
        for (int i = 0; i < steps.size(); ++i) {
            QVERIFY(panel()->stepList()->item(i)->text().startsWith(QString::number(i + 1) + QLatin1Char('.')));
            QVERIFY(!steps.at(i).explanation.isEmpty());
            QVERIFY2(steps.at(i).command.startsWith(QLatin1String("docker ")) || i == 0, qPrintable(steps.at(i).command));
            QVERIFY(!steps.at(i).actionText.isEmpty());
        }
        QVERIFY(steps.at(1).command.contains(QLatin1String("docker build . -t demo_image")));
        QVERIFY(steps.at(1).command.contains(QLatin1String("--progress=plain")));
        // Offline, nothing is done yet; no check marks from nowhere.
        for (const LessonStep &s : steps)
            QVERIFY(!panel()->progress()->isDone(s.id));
    }

    void stepOneOpensTheDemo()
    {
        const int logged = userCommands();
        panel()->triggerStep(0);
        QCOMPARE(m_window->currentView(), ViewId::Editor);
        auto *editor = qobject_cast<EditorView *>(m_window->view(ViewId::Editor));
        QVERIFY(editor);
        QTRY_VERIFY(editor->editor()->text().contains(QLatin1String("append_line.sh")));
        // No VOLUME: without -v the demo's file goes into the container's writable layer.
        QVERIFY(!editor->editor()->text().contains(QLatin1String("\nVOLUME")));
        QVERIFY(editor->editor()->text().contains(QStringLiteral("ARG %1=%2").arg(LessonSteps::baseImageArg(), LessonSteps::defaultBaseImage())));
        QVERIFY(m_services->dockerfilePath().endsWith(QLatin1String("demo/Dockerfile")));
        // Opening a file sends nothing to the engine: the Docker Commands panel stays as it was.
        QCOMPARE(userCommands(), logged);
        QVERIFY(panel()->progress()->isDone(LessonStep::Id::Recipe));

        panel()->triggerSecondAction(0);
        QCOMPARE(m_window->currentView(), ViewId::Recipe);
    }

    void stepTwoBuildsOnlyWithBuildNow()
    {
        QSignalSpy build(m_services.get(), &AppServices::buildRequested);
        // "Go to the Build View" goes there and nothing else.
        panel()->setCurrentStep(1);
        QVERIFY(panel()->secondActionButton()->isVisibleTo(panel()));
        QTest::mouseClick(panel()->secondActionButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentView(), ViewId::Build);
        QTest::qWait(200);
        QCOMPARE(build.count(), 0);
        QVERIFY(m_services->requestedBuildTag().isEmpty());

        // "Build demo_image Now" builds (the demo is opened first, then the build asked for).
        QVERIFY(panel()->actionButton()->text().contains(QLatin1String("demo_image")));
        panel()->triggerStep(1);
        QTRY_COMPARE(build.count(), 1);
        QCOMPARE(m_window->currentView(), ViewId::Build);
        QVERIFY(m_services->dockerfilePath().endsWith(QLatin1String("demo/Dockerfile")));
    }

    void stepTwoOffersTheBaseImage()
    {
        panel()->setCurrentStep(1);
        QComboBox *base = panel()->baseImageBox();
        QVERIFY(base->isVisibleTo(panel()));
        QCOMPARE(panel()->baseImage(), LessonSteps::defaultBaseImage());
        // The Dockerfile's default needs no build argument.
        QCOMPARE(panel()->commandBox()->command(), LessonSteps::buildCommand(LessonSteps::defaultBaseImage()));
        QVERIFY(!panel()->commandBox()->command().contains(QLatin1String("--build-arg")));
        QCOMPARE(LessonSteps::buildCommand(QStringLiteral("busybox:1.36")).section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("docker build . --build-arg BASE_IMAGE=busybox:1.36 -t demo_image"));
        panel()->setCurrentStep(2);
        QVERIFY(!base->isVisibleTo(panel()));
    }

    void buildErrorsAreExplained()
    {
        // BuildKit's words without internet (Docker 20.10), and the classic builder's.
        const QString dns = QStringLiteral(
            "failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to do request: "
            "Head \"https://registry-1.docker.io/v2/library/alpine/manifests/3.20\": dial tcp: lookup "
            "registry-1.docker.io on 127.0.0.53:53: no such host");
        QCOMPARE(LessonAdvice::classify(dns), LessonAdvice::BuildProblem::NoNetwork);
        QCOMPARE(LessonAdvice::classify(QStringLiteral("Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io: Temporary failure in name resolution")),
                 LessonAdvice::BuildProblem::NoNetwork);
        QCOMPARE(LessonAdvice::classify(QStringLiteral("pull access denied for nosuchimage, repository does not exist or may require 'docker login'")),
                 LessonAdvice::BuildProblem::BaseImageUnknown);
        QCOMPARE(LessonAdvice::classify(QStringLiteral("The command '/bin/sh -c false' returned a non-zero code: 1")),
                 LessonAdvice::BuildProblem::Other);
        QCOMPARE(LessonAdvice::classify(QString()), LessonAdvice::BuildProblem::None);
        const QString advice = LessonAdvice::explainBuildFailure(dns, QStringLiteral("alpine:3.20"));
        QVERIFY(advice.contains(QLatin1String("alpine:3.20")));
        QVERIFY(advice.contains(QLatin1String("from a file")));
        QVERIFY(!advice.contains(QLatin1String("LLB")));
    }

    void terminalNeverBreaksAWord_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("build") << LessonSteps::buildCommand(LessonSteps::defaultBaseImage());
        QTest::newRow("build on a local base") << LessonSteps::buildCommand(QStringLiteral("docker-explorer-test-base:1"));
        QTest::newRow("volume") << LessonSteps::all().at(9).command;
    }

    void terminalNeverBreaksAWord()
    {
        QFETCH(QString, command);
        const QFontMetrics metrics(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        for (int width = 20; width <= 900; width += 7) {
            const QString shown = LessonCommandBox::wrap(command, metrics, width);
            // Undo the continuations: the same commands, word for word.
            QString joined = shown;
            joined.replace(QStringLiteral(" \\\n  "), QStringLiteral(" "));
            QCOMPARE(joined, command);
            for (const QString &word : command.split(QRegularExpression(QStringLiteral("\\s+"))))
                QVERIFY2(shown.contains(word), qPrintable(word));
            for (const QString &line : shown.split(QLatin1Char('\n'))) {
                // A line is only wider than the box when it is one word that cannot fit.
                QString word = line.trimmed();
                if (word.endsWith(QLatin1String(" \\")))
                    word.chop(2);
                if (metrics.horizontalAdvance(line) > width)
                    QVERIFY2(!word.contains(QLatin1Char(' ')), qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(line)));
            }
        }
    }

    void listIsThreeRowsAtLeastAndAllAtMost()
    {
        m_window->setLessonVisible(true);
        QTRY_VERIFY(panel()->isVisible());
        QListWidget *list = panel()->stepList();
        int three = 0;
        int all = 0;
        for (int row = 0; row < list->count(); ++row) {
            all += list->sizeHintForRow(row);
            if (row < 3)
                three += list->sizeHintForRow(row);
        }
        m_window->resize(900, 520);
        QTRY_VERIFY(list->height() < all);
        QVERIFY(list->height() >= three);
        // Small windows are not forced taller by the lesson.
        QVERIFY2(panel()->minimumSizeHint().height() < 400, qPrintable(QString::number(panel()->minimumSizeHint().height())));
        m_window->resize(1280, 1600);
        QTRY_VERIFY(list->height() >= all);
        QVERIFY(list->height() <= all + 2 * list->frameWidth() + 2);
    }

    void lessonScreenshotFitsTheProjector()
    {
        // The lesson at a projector's 1024x768 and 200 %: the picture is exactly the screen.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("lesson.png"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///nonexistent.sock"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(DX_APP_BINARY),
                  {QStringLiteral("--screenshot"), file, QStringLiteral("--view"), QStringLiteral("lesson"),
                   QStringLiteral("--size"), QStringLiteral("1024x768"), QStringLiteral("--zoom"), QStringLiteral("200"),
                   QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--screenshot-state"), QStringLiteral("lesson-step-3")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QImage shot(file);
        QCOMPARE(shot.size(), QSize(1024, 768));
    }

    void stepThreeShowsTheImages()
    {
        QSignalSpy shown(m_services.get(), &AppServices::showImageRequested);
        panel()->triggerStep(2);
        QCOMPARE(m_window->currentView(), ViewId::Images);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toString(), QStringLiteral("demo_image"));
        // Offline there is no image: the panel says how to get one.
        QVERIFY(panel()->messageText().contains(QLatin1String("demo_image")));
    }

    void stepFourOpensTheRunDialog()
    {
        const int logged = userCommands();
        panel()->triggerStep(3);
        QCOMPARE(m_window->currentView(), ViewId::Containers);
        RunDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<RunDialog>()));
        QCOMPARE(dialog->spec().image, QStringLiteral("demo_image"));
        QVERIFY(dialog->spec().mounts.isEmpty());
        dialog->reject();
        QTRY_VERIFY(!visibleDialog<RunDialog>());
        // The dialog was cancelled: no `docker run` ran, so none is in the Docker Commands panel.
        QCOMPARE(userCommands(), logged);
    }

    void stepNineMountsTheVolume()
    {
        panel()->triggerStep(8);
        RunDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<RunDialog>()));
        const RunSpec spec = dialog->spec();
        QCOMPARE(spec.image, QStringLiteral("demo_image"));
        QCOMPARE(spec.mounts.size(), 1);
        QCOMPARE(spec.mounts.first().source, QStringLiteral("new_volume"));
        QCOMPARE(spec.mounts.first().target, QStringLiteral("/demo"));
        QVERIFY(dialog->commandText().contains(QLatin1String("-v new_volume:/demo")));
        dialog->reject();
    }

    void stepEightOpensCreateVolume()
    {
        panel()->triggerStep(7);
        QCOMPARE(m_window->currentView(), ViewId::Volumes);
        VolumeCreateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<VolumeCreateDialog>()));
        QCOMPARE(dialog->name(), QStringLiteral("new_volume"));
        dialog->reject();
    }

    void stepTenExplainsAMissingVolume()
    {
        panel()->triggerStep(9);
        QCOMPARE(m_window->currentView(), ViewId::Volumes);
        QVERIFY(panel()->messageText().contains(QLatin1String("new_volume")));
        QVERIFY(!panel()->progress()->isDone(LessonStep::Id::LookInside));
    }

    void dockTogglesAndIsRemembered()
    {
        QDockWidget *dock = m_window->lessonDock();
        QVERIFY(dock);
        QVERIFY(!dock->isVisible()); // closed by default: the normal window is unchanged
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(Settings::lessonOpen.get());

        // Opened again on the next start.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_services.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->lessonDock()->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QTRY_VERIFY(!m_window->lessonDock()->isVisible());
        QVERIFY(!Settings::lessonOpen.get());
    }
};

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
