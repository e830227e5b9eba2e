// The lesson against the real engine: every step is checked after its work is done some other
// way than the lesson's own button (the app's views and menus, the typed API, the docker CLI in
// a "terminal") and unchecked before; the demo writes into the container's writable layer
// without a volume (Changes, Size grows) and into the volume with one (Size stays); a failed
// demo build is explained and never checked; "Go to" buttons start no engine work.
//
// The run uses names of its own instead of demo_image and new_volume, labels everything it
// makes with dx.test.run and removes it at the end.

#include "api/containersapi.h"
#include "api/containerspec.h"
#include "api/dockerapi.h"
#include "build/buildcompactmodel.h"
#include "build/buildlogmodel.h"
#include "build/buildoptionspanel.h"
#include "build/buildview.h"
#include "containers/containerstore.h"
#include "containers/containersview.h"
#include "containers/rundialog.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "images/imagestore.h"
#include "lesson/lessonadvice.h"
#include "lesson/lessoncommandbox.h"
#include "lesson/lessonpanel.h"
#include "lesson/lessonprogress.h"
#include "lesson/lessonsteps.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "shell/theme.h"
#include "volumes/volumestore.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;
using Id = LessonStep::Id;

class TestLessonEngine final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    Engine *m_engine = nullptr;
    IconProvider *m_icons = nullptr;
    AppServices *m_services = nullptr;
    MainWindow *m_window = nullptr;
    QList<CommandRecord> m_started;
    QString m_docker;
    QString m_image;
    QString m_volume;
    QString m_first;       // run with the CLI, no volume: the writable-layer container
    QString m_withVolume;  // run with the volume through the typed API

    LessonPanel *panel() const { return m_window->lessonDock()->findChild<LessonPanel *>(); }
    LessonProgress *progress() const { return panel()->progress(); }
    BuildView *buildView() const { return qobject_cast<BuildView *>(m_window->view(ViewId::Build)); }
    ContainerStore *containers() const { return m_services->session()->containers(); }

    bool done(Id id) const { return progress()->isDone(id); }
    bool listChecked(Id id) const
    {
        return panel()->stepList()->item(panel()->indexOf(id))->data(Qt::UserRole).toBool();
    }

    // `docker ARGS` as in a terminal outside the app.
    QString docker(const QStringList &args, int *exitCode = nullptr) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_docker, args);
        if (!p.waitForFinished(120000))
            p.kill();
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromLocal8Bit(p.readAll()).trimmed();
    }

    QString label() const { return test::runLabelKey() + QLatin1Char('=') + test::runId(); }

    qint64 sizeRw(const QString &id) const
    {
        const std::optional<ContainerSummary> c = containers()->find(id);
        return c && c->hasSize ? c->sizeRw : -1;
    }

    template<typename T>
    static ApiResult<T> wait(const ApiCall<T> &call)
    {
        std::optional<ApiResult<T>> result;
        QObject context;
        call.then(&context, [&result](const ApiResult<T> &r) { result = r; });
        QElapsedTimer timer;
        timer.start();
        while (!result && timer.elapsed() < 30000)
            QTest::qWait(20);
        return result.value_or(ApiResult<T>{});
    }

    // Builds the demo from the Build view, as its Build button does.
    BuildResult buildFromTheBuildView(const QString &base)
    {
        BuildView *view = buildView();
        view->optionsPanel()->setTags({m_image});
        view->optionsPanel()->setBuildArgs({{LessonSteps::baseImageArg(), base}});
        QSignalSpy finished(view, &BuildView::buildFinished);
        view->startBuild();
        if (!finished.wait(180000))
            return {};
        return finished.first().first().value<BuildResult>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        Theme::apply(Theme::Mode::Light);
        Settings::lessonOpen.set(true);
        Settings::buildCompactOutput.set(false);
        // Names of this run only: the user's demo_image and new_volume stay untouched.
        const QString run = test::runId().toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        m_image = QStringLiteral("dxlesson-") + run;
        m_volume = QStringLiteral("dxlesson-vol-") + run;
        LessonSteps::setNames(m_image, m_volume);

        m_engine = new Engine(this);
        m_icons = new IconProvider(this);
        m_services = new AppServices(m_engine, m_icons, this);
        connect(m_services->session()->api(), &DockerApi::commandStarted, this,
                [this](const CommandRecord &r) { m_started.append(r); });
        m_engine->connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(*m_engine);
        m_docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
        if (m_docker.isEmpty())
            QSKIP("no docker CLI on PATH: the lesson's terminal steps cannot be done outside the app");
        m_window = new MainWindow(m_services);
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(panel());
        buildView()->setExtraLabels({{test::runLabelKey(), test::runId()}});
        QTRY_VERIFY_WITH_TIMEOUT(containers()->isLoaded() && m_services->session()->images()->isLoaded()
                                     && m_services->session()->volumes()->isLoaded(), 15000);
    }

    void cleanupTestCase()
    {
        if (!m_window)
            return;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                d->reject();
        }
        test::removeLabelled(*m_engine);
        docker({QStringLiteral("image"), QStringLiteral("rm"), QStringLiteral("-f"), m_image});
        delete m_window;
        m_window = nullptr;
        LessonSteps::setNames({}, {});
    }

    void nothingIsCheckedBeforeTheWork()
    {
        for (const LessonStep &step : LessonSteps::all()) {
            QVERIFY2(!done(step.id), qPrintable(step.title));
            QVERIFY(!listChecked(step.id));
        }
    }

    void recipeFromTheFileMenu()
    {
        // File > Open: the editor opens the demo Dockerfile, not the lesson's button.
        QVERIFY(m_window->openPath(LessonSteps::demoDir() + QStringLiteral("/Dockerfile")));
        QTRY_VERIFY(done(Id::Recipe));
        QVERIFY(listChecked(Id::Recipe));
    }

    void goToButtonsStartNoEngineWork()
    {
        panel()->setCurrentStep(panel()->indexOf(Id::Build));
        QCOMPARE(panel()->secondActionButton()->text(), LessonSteps::all().at(1).secondActionText);
        QTest::qWait(300);
        m_started.clear();
        QSignalSpy buildAsked(m_services, &AppServices::buildRequested);
        QTest::mouseClick(panel()->secondActionButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentView(), ViewId::Build);
        QTest::qWait(1000);
        QCOMPARE(buildAsked.count(), 0);
        QVERIFY(!buildView()->isBuilding());
        // The engine is shared: another test's container event makes the stores read it
        // (docker inspect). Such reads are fine; anything that changes the engine is not.
        for (const CommandRecord &r : std::as_const(m_started))
            QVERIFY2(r.request.startsWith(QLatin1String("GET")),
                     qPrintable(r.cli + QLatin1String(" / ") + r.request));

        // "Show the Containers" switches views and selects; no container is run, stopped or started.
        m_started.clear();
        panel()->triggerStep(panel()->indexOf(Id::StopStart));
        QCOMPARE(m_window->currentView(), ViewId::Containers);
        QTest::qWait(500);
        for (const CommandRecord &r : std::as_const(m_started))
            QVERIFY2(r.internal && !r.request.startsWith(QLatin1String("POST")) && !r.request.startsWith(QLatin1String("DELETE")),
                     qPrintable(r.cli + QLatin1String(" / ") + r.request));
    }

    void failedBuildIsExplainedNotChecked()
    {
        // A base image no registry can be asked for, as in a classroom without internet: the
        // ".invalid" domain never resolves.
        const QString base = QStringLiteral("registry.invalid/dx-lesson/base:1");
        panel()->setCurrentStep(panel()->indexOf(Id::Build));
        const BuildResult result = buildFromTheBuildView(base);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(LessonAdvice::classify(result.error), LessonAdvice::BuildProblem::NoNetwork);
        QTRY_VERIFY(progress()->buildFailed());
        QVERIFY(!done(Id::Build));
        QVERIFY(!listChecked(Id::Build));
        // The lesson's words with the way out, not the raw BuildKit error.
        const QString advice = LessonAdvice::explainBuildFailure(result.error, base);
        QCOMPARE(panel()->messageText(), advice);
        QVERIFY(advice.contains(QLatin1String("from a file")));
        QVERIFY(advice.contains(QLatin1String("already present")));
        QVERIFY(!panel()->statusText().startsWith(QStringLiteral("✔")));
    }

    void buildFromTheBuildView()
    {
        QVERIFY(!done(Id::Build));
        QVERIFY(!done(Id::Layers));
        const BuildResult result = buildFromTheBuildView(test::baseImage());
        QVERIFY2(result.ok, qPrintable(result.error));
        QTRY_VERIFY_WITH_TIMEOUT(done(Id::Build), 10000);
        QVERIFY(done(Id::Layers));
        QVERIFY(!progress()->buildFailed());
        QVERIFY(listChecked(Id::Build));
        // The image carries this run's label (cleanup) and no VOLUME: nothing anonymous at /demo.
        const QString volumes = docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                        QStringLiteral("{{json .Config.Volumes}}|{{index .Config.Labels \"dx.test.run\"}}"), m_image});
        QCOMPARE(volumes, QStringLiteral("null|") + test::runId());

        // BuildKit's two displays of the same build.
        BuildView *view = buildView();
        view->setCompactOutput(true);
        QVERIFY(view->isCompactOutput());
        const QString compact = view->compactModel()->toPlainText();
        qInfo("compact display:\n%s", qPrintable(compact));
        QVERIFY2(compact.startsWith(QLatin1String("[+] Building ")) && compact.section(QLatin1Char('\n'), 0, 0).endsWith(QLatin1String("FINISHED")),
                 qPrintable(compact));
        QVERIFY2(compact.contains(QLatin1String("COPY append_line.sh .")), qPrintable(compact));
        QCOMPARE(compact.count(QLatin1String("\n=> ")), view->compactModel()->rowCount() - 1);
        QVERIFY(Settings::buildCompactOutput.get());
        view->setCompactOutput(false);
        QVERIFY(!view->isCompactOutput());
        QVERIFY(view->logModel()->rowCount() > view->compactModel()->rowCount());
    }

    void buildNowBuildsOnTheChosenBase()
    {
        // The lesson's own "Build Now" does build: with the tag and the base image picked here.
        panel()->setCurrentStep(panel()->indexOf(Id::Build));
        QTRY_VERIFY(panel()->baseImageBox()->findData(test::baseImage()) >= 0);
        panel()->setBaseImage(test::baseImage());
        QVERIFY(panel()->commandBox()->command().contains(
            QStringLiteral("--build-arg BASE_IMAGE=%1 -t %2").arg(test::baseImage(), m_image)));
        QSignalSpy finished(buildView(), &BuildView::buildFinished);
        panel()->triggerStep(panel()->indexOf(Id::Build));
        QVERIFY(finished.wait(180000));
        const BuildResult result = finished.first().first().value<BuildResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        const BuildOptions used = buildView()->currentOptions();
        QCOMPARE(used.tags, QStringList{m_image});
        QVERIFY(used.buildArgs.contains(qMakePair(LessonSteps::baseImageArg(), test::baseImage())));
        QVERIFY(done(Id::Build));
    }

    void containerAndWritableLayerFromTheTerminal()
    {
        QVERIFY(!done(Id::Instance));
        QVERIFY(!done(Id::WritableLayer));
        int code = 0;
        const QString name = QStringLiteral("dxlesson-first-") + test::runId().toLower();
        const QString out = docker({QStringLiteral("run"), QStringLiteral("--label"), label(), QStringLiteral("--name"),
                                    name, m_image}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("appended a line to /demo/lines.txt (1 lines now)")), qPrintable(out));
        m_first = docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), name});
        QTRY_VERIFY_WITH_TIMEOUT(done(Id::Instance), 10000);
        QVERIFY(!done(Id::RunAgain));
        // The file is in its writable layer: Changes lists it, Size is more than nothing.
        QTRY_VERIFY_WITH_TIMEOUT(done(Id::WritableLayer), 10000);
        QCOMPARE(progress()->layerContainerId(), m_first);
        QVERIFY(docker({QStringLiteral("diff"), name}).contains(QLatin1String("A /demo/lines.txt")));
        QTRY_VERIFY_WITH_TIMEOUT(sizeRw(m_first) > 0, 10000);
        QVERIFY(panel()->stepList()->item(panel()->indexOf(Id::WritableLayer))->data(Qt::UserRole).toBool());
        panel()->setCurrentStep(panel()->indexOf(Id::WritableLayer));
        QVERIFY(panel()->commandBox()->command().contains(QStringLiteral("docker diff ") + name));
        QVERIFY2(panel()->statusText().contains(name), qPrintable(panel()->statusText()));
    }

    void runAgainFromTheContainersMenu()
    {
        m_window->showView(ViewId::Containers);
        auto *view = qobject_cast<ContainersView *>(m_window->view(ViewId::Containers));
        QVERIFY(view);
        view->openRunDialog(); // Containers > Run…
        RunDialog *dialog = view->runDialog();
        QVERIFY(dialog && dialog->isVisible());
        RunSpec spec;
        spec.image = m_image;
        dialog->setSpec(spec);
        dialog->setLabels({{test::runLabelKey(), test::runId()}});
        QSignalSpy started(dialog, &RunDialog::containerStarted);
        dialog->run();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(done(Id::RunAgain), 10000);
        QCOMPARE(progress()->demoContainerCount(), 2);
    }

    void stopStartFromTheTerminalGrowsTheLayer()
    {
        QVERIFY(!done(Id::StopStart));
        QTRY_VERIFY_WITH_TIMEOUT(sizeRw(m_first) > 0, 10000);
        const qint64 before = sizeRw(m_first);
        // The demo container has exited (stopped); `docker start` runs the same one again.
        int code = 0;
        const QString out = docker({QStringLiteral("start"), QStringLiteral("-a"), m_first}, &code);
        QVERIFY2(code == 0 && out.contains(QLatin1String("(2 lines now)")), qPrintable(out));
        QTRY_VERIFY_WITH_TIMEOUT(done(Id::StopStart), 10000);
        // The same writable layer, one line longer.
        QTRY_VERIFY_WITH_TIMEOUT(sizeRw(m_first) > before, 10000);
        qInfo("writable layer of the demo container: %lld B after one run, %lld B after a second start", before, sizeRw(m_first));
    }

    void volumeFromTheTerminal()
    {
        QVERIFY(!done(Id::Volume));
        int code = 0;
        docker({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"), label(), m_volume}, &code);
        QCOMPARE(code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(done(Id::Volume), 10000);
        QVERIFY(!done(Id::ShareVolume));
        QVERIFY(!done(Id::LookInside));
    }

    void sharedVolumeDoesNotGrowTheContainer()
    {
        // One container with the volume through the typed API, one from the terminal.
        ContainerSpec spec;
        spec.image = m_image;
        spec.labels = {{test::runLabelKey(), test::runId()}};
        ContainerMount mount;
        mount.type = QStringLiteral("volume");
        mount.name = m_volume;
        mount.source = m_volume;
        mount.destination = LessonSteps::volumeTarget();
        spec.mounts = {mount};
        ContainersApi &api = m_services->session()->api()->containers();
        const ApiResult<ContainerCreated> created = wait(api.create(spec));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        m_withVolume = created.value.id;
        QVERIFY(wait(api.start(m_withVolume)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(containers()->find(m_withVolume) && !containers()->find(m_withVolume)->isRunning(), 15000);
        QVERIFY(!done(Id::ShareVolume)); // one user so far
        int code = 0;
        const QString out = docker({QStringLiteral("run"), QStringLiteral("--label"), label(), QStringLiteral("-v"),
                                    m_volume + QStringLiteral(":/demo"), m_image}, &code);
        QVERIFY2(code == 0 && out.contains(QLatin1String("(2 lines now)")), qPrintable(out));
        QTRY_VERIFY_WITH_TIMEOUT(done(Id::ShareVolume), 10000);

        // The file is in the volume, and not in the container's writable layer: its Size stays 0.
        const QString lines = docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--label"), label(),
                                      QStringLiteral("-v"), m_volume + QStringLiteral(":/demo"), m_image,
                                      QStringLiteral("cat"), LessonSteps::outputFile()});
        QCOMPARE(lines.count(QLatin1String("written by")), 2);
        QVERIFY(!docker({QStringLiteral("diff"), m_withVolume}).contains(QLatin1String("lines.txt")));
        QTRY_VERIFY_WITH_TIMEOUT(sizeRw(m_withVolume) >= 0, 10000);
        QCOMPARE(sizeRw(m_withVolume), 0);
        QVERIFY(sizeRw(m_first) > 0);
        qInfo("writable layer with the volume: %lld B; without: %lld B", sizeRw(m_withVolume), sizeRw(m_first));
        QVERIFY(!progress()->volumeContainerId().isEmpty());
        QCOMPARE(progress()->volumeContainerSize(), 0);

        // The volume holds the data (the engine's disk usage): step 10.
        QTRY_VERIFY_WITH_TIMEOUT(done(Id::LookInside), 40000);
        QVERIFY(progress()->volumeSize() > 0);
    }

    void checksGoWhenTheStateGoes()
    {
        // The containers removed (from the terminal): the container steps are open again, the
        // volume and its data stay, and so do their steps.
        const QString ids = docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                    QStringLiteral("label=") + label()});
        QStringList rm{QStringLiteral("rm"), QStringLiteral("-f")};
        rm += ids.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int code = 0;
        docker(rm, &code);
        QCOMPARE(code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!done(Id::Instance), 10000);
        QVERIFY(!done(Id::WritableLayer));
        QVERIFY(!done(Id::RunAgain));
        QVERIFY(!done(Id::StopStart));
        QVERIFY(done(Id::Volume));
        QVERIFY(done(Id::ShareVolume));
        QVERIFY(done(Id::LookInside));
        docker({QStringLiteral("volume"), QStringLiteral("rm"), m_volume}, &code);
        QCOMPARE(code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!done(Id::Volume), 10000);
        QVERIFY(!done(Id::ShareVolume));
        QVERIFY(!done(Id::LookInside));
        docker({QStringLiteral("image"), QStringLiteral("rm"), m_image}, &code);
        QCOMPARE(code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!done(Id::Build), 10000);
        QVERIFY(!done(Id::Layers));
    }
};

QTEST_MAIN(TestLessonEngine)
#include "tst_lessonengine.moc"
