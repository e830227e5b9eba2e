// BuildView against the real engine: both builders, cache hits, failing and cancelled
// builds, error cases, the line -> layer map, build arguments that arrive as typed, and the
// `docker build` shown in the Docker Commands panel making the same image (the heredoc form
// for unsaved editor text). Every image carries dx.test.run=<run>.
#include "api/dockerapi.h"
#include "build/buildhistorymodel.h"
#include "build/buildlogmodel.h"
#include "build/buildoptionspanel.h"
#include "build/buildstepmodel.h"
#include "build/buildview.h"
#include "engine/testengine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dx;

namespace {

// %2 is the run id: identical steps built at the same time by two copies of this test
// would share BuildKit's cache and in-flight vertexes, and then report each other's steps.
const char kDockerfile[] =
    "FROM %1\n"
    "RUN echo building %2 > /built.txt\n"
    "COPY a.txt /data/a.txt\n"
    "ENV GREETING=hi\n"
    "WORKDIR /work\n"
    "RUN echo \"$GREETING\" > /work/out.txt\n";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Seconds the cancelled RUN sleeps: unique per run, so the sleeps of another copy of this
// test on the same machine (parallel runs, other engineers) are never counted as ours.
int sleepSeconds()
{
    static const int seconds = 3000 + int(qHash(test::runId()) % 5000);
    return seconds;
}

// Processes whose command line is exactly `sleep <sleepSeconds()>`.
int sleepProcesses()
{
    const QByteArray wanted = "sleep" + QByteArray(1, '\0') + QByteArray::number(sleepSeconds()) + QByteArray(1, '\0');
    int n = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (f.open(QIODevice::ReadOnly) && f.readAll() == wanted)
            ++n;
    }
    return n;
}

// Generous bounds: they only stop a hang. Under CPU load a step can take many seconds.
constexpr int kWaitMs = 120000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The docker CLI (or a shell line that calls it), for the commands the app says it ran.
Run runProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(kWaitMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run docker(const QStringList &args)
{
    return runProcess(QStringLiteral("docker"), args);
}

// What a file of the image holds: `docker run --rm IMAGE cat PATH`, the container labelled.
QString readFromImage(const QString &image, const QString &path)
{
    const Run r = docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--label"),
                          test::runLabelKey() + u'=' + test::runId(), image, QStringLiteral("cat"), path});
    return r.exitCode == 0 ? r.out : QStringLiteral("<failed: %1>").arg(r.err);
}

// The steps of an image as the engine recorded them (what its Dockerfile said).
QString historyOf(const QString &image)
{
    return docker({QStringLiteral("history"), QStringLiteral("--no-trunc"), QStringLiteral("--format"),
                   QStringLiteral("{{.CreatedBy}}"), image}).out;
}

} // namespace

class TestBuildView final : public QObject
{
    Q_OBJECT

private:
    Engine m_engine;
    IconProvider *m_icons = nullptr;
    AppServices *m_services = nullptr;
    BuildView *m_view = nullptr;
    QTemporaryDir m_dir;

    QString tag(const QString &suffix) const
    {
        return QStringLiteral("dx-buildview-test-%1:%2").arg(test::runId().toLower(), suffix);
    }

    void setDockerfile(const QByteArray &text)
    {
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("Dockerfile")), text));
        m_services->setDockerfile(m_dir.filePath(QStringLiteral("Dockerfile")), m_dir.path());
        m_services->setDockerfileText(QString());
        m_view->optionsPanel()->setContextDir(m_dir.path());
        m_view->optionsPanel()->setDockerfilePath(m_dir.filePath(QStringLiteral("Dockerfile")));
    }

    BuildResult build(BuildOptions::Builder builder, const QString &tagName, int timeoutMs = kWaitMs)
    {
        m_view->optionsPanel()->setBuilder(builder);
        m_view->optionsPanel()->setTags(tagName.isEmpty() ? QStringList() : QStringList{tagName});
        QSignalSpy finished(m_view, &BuildView::buildFinished);
        m_view->startBuild();
        // Counted, not wait()ed: the signal may come before a wait() would start.
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs))
            return {};
        return finished.first().first().value<BuildResult>();
    }

    bool buildKitAvailable() const { return m_engine.info().buildKit && !m_engine.info().podman; }

    // The user commands the API sent, as the Docker Commands panel lists them.
    QStringList m_sent;

    QString lastBuildCommand() const
    {
        for (auto it = m_sent.crbegin(); it != m_sent.crend(); ++it) {
            if (it->contains(QLatin1String("docker build")))
                return *it;
        }
        return {};
    }

    bool requireDockerCli()
    {
        if (!QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty())
            return true;
        if (test::engineRequired())
            qWarning("the docker CLI is not installed (scripts/setup.sh installs docker.io)");
        return false;
    }

    QString imageIdOfTag(const QString &tagName)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("filters"), QStringLiteral("{\"reference\":[\"%1\"]}").arg(tagName));
        const QJsonArray images = test::json(test::call(m_engine, EngineRequest::get(QStringLiteral("/images/json"), q))).toArray();
        return images.isEmpty() ? QString() : images.first()[QLatin1String("Id")].toString();
    }

    void removeImages()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("filters"),
                       QStringLiteral("{\"label\":[\"%1=%2\"]}").arg(test::runLabelKey(), test::runId()));
        const QJsonArray images = test::json(test::call(m_engine, EngineRequest::get(QStringLiteral("/images/json"), q))).toArray();
        for (const QJsonValue &i : images) {
            QUrlQuery force;
            force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
            test::call(m_engine, EngineRequest::del(QStringLiteral("/images/") + i[QLatin1String("Id")].toString(), force));
        }
        test::removeLabelled(m_engine);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A history folder of this run only: parallel copies must not see each other's builds.
        QCoreApplication::setApplicationName(QStringLiteral("tst_buildview-") + test::runId());
        QDir(BuildHistoryModel::defaultFolder()).removeRecursively();
        m_engine.connectToDefault();
        DX_REQUIRE_ENGINE_OR_SKIP(m_engine);
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("a.txt")), "hello " + test::runId().toUtf8() + '\n'));
        m_icons = new IconProvider(this);
        m_services = new AppServices(&m_engine, m_icons, this);
        m_view = new BuildView(m_services);
        m_view->setExtraLabels({{test::runLabelKey(), test::runId()}});
        connect(m_services->session()->api(), &DockerApi::commandStarted, this, [this](const CommandRecord &r) {
            if (!r.internal)
                m_sent.append(r.cli);
        });
        m_view->resize(1200, 800);
        m_view->show();
    }

    void cleanupTestCase()
    {
        delete m_view;
        QDir(BuildHistoryModel::defaultFolder()).removeRecursively();
        if (m_engine.isConnected())
            removeImages();
    }

    void buildAndCache_data()
    {
        QTest::addColumn<int>("builder");
        QTest::newRow("classic") << int(BuildOptions::Builder::Classic);
        QTest::newRow("buildkit") << int(BuildOptions::Builder::BuildKit);
    }
    void buildAndCache()
    {
        QFETCH(int, builder);
        const auto b = BuildOptions::Builder(builder);
        if (b == BuildOptions::Builder::BuildKit && !buildKitAvailable())
            QSKIP("the engine offers no BuildKit");
        setDockerfile(QString::fromLatin1(kDockerfile).arg(test::baseImage(), test::runId()).toUtf8());
        const QString tagName = tag(QString::fromLatin1(QTest::currentDataTag()));

        QSignalSpy mapped(m_view, &BuildView::layerMapReady);
        BuildResult r = build(b, tagName);
        QVERIFY2(r.ok, qPrintable(r.error + m_view->logModel()->toPlainText()));
        QCOMPARE(r.buildKit, b == BuildOptions::Builder::BuildKit);
        QCOMPARE(r.imageId, imageIdOfTag(tagName));

        // Steps map to their lines; the log is what the CLI prints.
        const QString log = m_view->logModel()->toPlainText();
        BuildStepModel *steps = m_view->stepModel();
        QList<int> lines;
        for (int row = 0; row < steps->rowCount(); ++row)
            lines.append(steps->stepAt(row).line);
        if (b == BuildOptions::Builder::Classic) {
            QVERIFY2(log.contains(QStringLiteral("Step 2/7 : RUN echo building %1 > /built.txt").arg(test::runId())), qPrintable(log));
            QCOMPARE(lines.mid(0, 6), (QList<int>{1, 2, 3, 4, 5, 6}));
        } else {
            QVERIFY2(log.contains(QStringLiteral("[2/5] RUN echo building %1 > /built.txt").arg(test::runId())), qPrintable(log));
            QVERIFY(lines.contains(2) && lines.contains(3) && lines.contains(6));
        }

        // Line -> layer: RUN/COPY lines have the image's layers, ENV has none. The map may
        // already be there: the fetch races with the end of build()'s wait under load.
        QTRY_VERIFY_WITH_TIMEOUT(!mapped.isEmpty(), kWaitMs);
        const QJsonObject inspect = test::json(test::call(m_engine, EngineRequest::get(QStringLiteral("/images/") + r.imageId + QStringLiteral("/json")))).toObject();
        const QJsonArray layers = inspect[QLatin1String("RootFS")][QLatin1String("Layers")].toArray();
        const QList<LayerMapEntry> map = m_view->layerMap();
        QCOMPARE(map.size(), 5);
        QCOMPARE(map.at(0).layerDigest, layers.at(layers.size() - (b == BuildOptions::Builder::Classic ? 4 : 4)).toString());
        QCOMPARE(map.at(1).layerDigest, layers.at(layers.size() - 3).toString());
        QVERIFY(map.at(2).layerDigest.isEmpty());
        QCOMPARE(map.at(4).layerDigest, layers.at(layers.size() - 1).toString());
        QCOMPARE(m_services->lineLayers().size(), 5);

        // Rebuild: everything comes from the cache.
        mapped.clear();
        r = build(b, tagName);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString cachedLog = m_view->logModel()->toPlainText();
        QVERIFY(cachedLog.contains(b == BuildOptions::Builder::Classic ? QLatin1String("Using cache") : QLatin1String("CACHED")));
        QTRY_VERIFY_WITH_TIMEOUT(!mapped.isEmpty(), kWaitMs);
        const QList<LayerMapEntry> cachedMap = m_view->layerMap();
        QVERIFY2(cachedMap.at(0).cached, qPrintable(cachedLog));
        QVERIFY(cachedMap.at(1).cached);
        QVERIFY(cachedMap.at(4).cached);
        QVERIFY(m_view->historyModel()->rowCount() >= 2);
    }

    void failingRun_data() { buildAndCache_data(); }
    void failingRun()
    {
        QFETCH(int, builder);
        const auto b = BuildOptions::Builder(builder);
        if (b == BuildOptions::Builder::BuildKit && !buildKitAvailable())
            QSKIP("the engine offers no BuildKit");
        // The failing RUN comes right after FROM so the classic builder leaves no
        // intermediate image behind.
        setDockerfile(QStringLiteral("FROM %1\n\n# fails on purpose\nRUN echo failing-now-%2 && exit 3\n")
                          .arg(test::baseImage(), test::runId()).toUtf8());
        const BuildResult r = build(b, tag(QStringLiteral("fail")));
        QVERIFY(!r.ok);
        QVERIFY(!r.canceled);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!m_view->messageText().isEmpty());
        const int failed = m_view->stepModel()->failedRow();
        QVERIFY(failed >= 0);
        QCOMPARE(m_view->stepModel()->stepAt(failed).line, 4);
        QVERIFY(imageIdOfTag(tag(QStringLiteral("fail"))).isEmpty());
    }

    void cancel_data() { buildAndCache_data(); }
    void cancel()
    {
        QFETCH(int, builder);
        const auto b = BuildOptions::Builder(builder);
        if (b == BuildOptions::Builder::BuildKit && !buildKitAvailable())
            QSKIP("the engine offers no BuildKit");
        setDockerfile(QStringLiteral("FROM %1\nRUN sleep %2\n").arg(test::baseImage()).arg(sleepSeconds()).toUtf8());
        m_view->optionsPanel()->setBuilder(b);
        m_view->optionsPanel()->setTags({tag(QStringLiteral("cancel"))});
        QSignalSpy finished(m_view, &BuildView::buildFinished);
        m_view->startBuild();
        QTRY_VERIFY_WITH_TIMEOUT(sleepProcesses() > 0, kWaitMs);
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(m_view, Qt::Key_Escape); // the Cancel action's shortcut
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
        // Far below the sleep: the build was stopped, not waited for.
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
        const BuildResult r = finished.first().first().value<BuildResult>();
        QVERIFY(r.canceled);
        QTRY_COMPARE_WITH_TIMEOUT(sleepProcesses(), 0, kWaitMs);
        QVERIFY(imageIdOfTag(tag(QStringLiteral("cancel"))).isEmpty());
        // No build container left running (classic runs RUN in a container).
        QTRY_VERIFY_WITH_TIMEOUT([this] {
            const QJsonArray all = test::json(test::call(m_engine, EngineRequest::get(QStringLiteral("/containers/json")))).toArray();
            for (const QJsonValue &c : all) {
                if (c[QLatin1String("Command")].toString().contains(QStringLiteral("sleep %1").arg(sleepSeconds())))
                    return false;
            }
            return true;
        }(), kWaitMs);
    }

    void buildArgsArriveUnchanged()
    {
        // '+' would be a space and ';' a separator if the query were sent as typed.
        setDockerfile(QStringLiteral("FROM %1\nARG A\nRUN echo \"$A\" > /a\n").arg(test::baseImage()).toUtf8());
        const QString value = QStringLiteral("x+y;z=1 & two  spaces 'q' \"d\" %41 =");
        m_view->optionsPanel()->setBuildArgs({{QStringLiteral("A"), value}});
        const QString tagName = tag(QStringLiteral("args"));
        m_sent.clear();
        const BuildResult r = build(BuildOptions::Builder::Classic, tagName);
        m_view->optionsPanel()->setBuildArgs({});
        QVERIFY2(r.ok, qPrintable(r.error + m_view->logModel()->toPlainText()));
        if (!requireDockerCli())
            QSKIP("no docker CLI to read the file back with");
        QCOMPARE(readFromImage(r.imageId, QStringLiteral("/a")), value + u'\n');

        // The command the panel shows passes the same value through a shell.
        const QString command = lastBuildCommand();
        QVERIFY2(command.contains(QLatin1String("--build-arg 'A=x+y;z=1 & two  spaces '\\''q'\\'' \"d\" %41 ='")),
                 qPrintable(command));
        const Run cli = runProcess(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QCOMPARE(readFromImage(tagName, QStringLiteral("/a")), value + u'\n');
    }

    void buildFromEditorAsksTheTagOnce()
    {
        // The editor's Build on a Dockerfile never built: the user names the image first (the
        // lesson's demo_image is offered); the next Build of that file uses the name unasked.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("Dockerfile"));
        QVERIFY(writeFile(file, QStringLiteral("FROM %1\nRUN echo asked > /a\n").arg(test::baseImage()).toUtf8()));
        m_services->setDockerfile(file, dir.path());
        m_services->setDockerfileText(QString());
        QVERIFY(m_view->optionsPanel()->options().tags.isEmpty());
        m_view->optionsPanel()->setBuilder(BuildOptions::Builder::Classic);
        QSignalSpy finished(m_view, &BuildView::buildFinished);
        const auto tagDialog = [this] {
            const QList<QInputDialog *> dialogs = m_view->findChildren<QInputDialog *>(QStringLiteral("buildTagDialog"));
            return dialogs.isEmpty() ? nullptr : dialogs.constLast();
        };

        emit m_services->buildRequested();
        QTRY_VERIFY(tagDialog() && tagDialog()->isVisible());
        QCOMPARE(tagDialog()->textValue(), QStringLiteral("demo_image"));
        tagDialog()->setTextValue(QStringLiteral("Mein Image"));
        tagDialog()->accept();
        QVERIFY2(m_view->messageText().contains(QLatin1String("Mein Image")), qPrintable(m_view->messageText()));
        QVERIFY(!m_view->isBuilding());

        const QString tagName = tag(QStringLiteral("asked"));
        emit m_services->buildRequested();
        QTRY_VERIFY(tagDialog() && tagDialog()->isVisible());
        tagDialog()->setTextValue(tagName);
        tagDialog()->accept();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
        QVERIFY2(finished.first().first().value<BuildResult>().ok, qPrintable(m_view->logModel()->toPlainText()));
        QVERIFY(!imageIdOfTag(tagName).isEmpty());

        // Another file and back: the tag belongs to this Dockerfile, and Build asks no more.
        setDockerfile(QStringLiteral("FROM %1\n").arg(test::baseImage()).toUtf8());
        QVERIFY(m_view->optionsPanel()->options().tags.value(0) != tagName);
        m_services->setDockerfile(file, dir.path());
        QCOMPARE(m_view->optionsPanel()->options().tags, QStringList{tagName});
        m_view->optionsPanel()->setTags({});
        finished.clear();
        m_sent.clear();
        emit m_services->buildRequested();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
        QVERIFY(!tagDialog() || !tagDialog()->isVisible());
        QVERIFY2(lastBuildCommand().contains(QStringLiteral(" -t ") + tagName), qPrintable(lastBuildCommand()));
    }

    void unsavedTextIsTheHeredoc()
    {
        // On disk one Dockerfile, in the editor another one, not saved: the app builds the
        // editor's, and says so with the heredoc form of `docker build -f-`.
        const QByteArray saved = QStringLiteral("FROM %1\nRUN echo saved > /m\n").arg(test::baseImage()).toUtf8();
        setDockerfile(saved);
        const QString unsaved = QStringLiteral("FROM %1\nCOPY a.txt /a.txt\nRUN echo \"unsaved $HOME %2\" > /m\n")
                                    .arg(test::baseImage(), test::runId());
        m_services->setDockerfileText(unsaved);
        m_view->optionsPanel()->setUseEditorText(true);
        const QString tagName = tag(QStringLiteral("heredoc"));
        m_sent.clear();
        const BuildResult r = build(BuildOptions::Builder::Classic, tagName);
        QVERIFY2(r.ok, qPrintable(r.error + m_view->logModel()->toPlainText()));

        const QString command = lastBuildCommand();
        QCOMPARE(m_sent.count(command), 1);
        QVERIFY2(command.startsWith(QStringLiteral("DOCKER_BUILDKIT=0 docker build -f- -t %1 ").arg(tagName)),
                 qPrintable(command));
        QVERIFY2(command.endsWith(QStringLiteral(" <<'EOF'\n") + unsaved + QStringLiteral("EOF")), qPrintable(command));
        QVERIFY(command.contains(QStringLiteral("--label dx.test.run=") + test::runId()));
        QCOMPARE(m_view->optionsPanel()->commandLine(), command);
        QFile disk(m_dir.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(disk.open(QIODevice::ReadOnly));
        QCOMPARE(disk.readAll(), saved); // the file on disk is not touched

        if (!requireDockerCli())
            QSKIP("no docker CLI to run the command with");
        const QString expected = QStringLiteral("unsaved /root %1\n").arg(test::runId());
        QCOMPARE(readFromImage(r.imageId, QStringLiteral("/m")), expected);
        // The shown command, run by a shell, makes the same image: same steps, same files.
        const Run cli = runProcess(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const QString cliImage = docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                                         QStringLiteral("{{.Id}}"), tagName}).out.trimmed();
        QVERIFY(!cliImage.isEmpty());
        QCOMPARE(readFromImage(cliImage, QStringLiteral("/m")), expected);
        QCOMPARE(readFromImage(cliImage, QStringLiteral("/a.txt")), readFromImage(r.imageId, QStringLiteral("/a.txt")));
        QCOMPARE(historyOf(cliImage), historyOf(r.imageId));

        // Saved text builds as the file: no heredoc.
        m_services->setDockerfileText(QString::fromUtf8(saved));
        m_view->activated(); // the page shown again: the command is brought up to date
        QVERIFY2(!m_view->optionsPanel()->commandLine().contains(QLatin1String("-f-")),
                 qPrintable(m_view->optionsPanel()->commandLine()));
        QVERIFY(!m_view->currentOptions().useDockerfileText);
        m_services->setDockerfileText(QString());
    }

    void missingDockerfile()
    {
        m_view->optionsPanel()->setContextDir(m_dir.path());
        m_view->optionsPanel()->setDockerfilePath(m_dir.filePath(QStringLiteral("nope/Dockerfile")));
        m_services->setDockerfileText(QString());
        const BuildResult r = build(BuildOptions::Builder::Auto, QString());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("Dockerfile")), qPrintable(r.error));
        QVERIFY(m_view->messageText().contains(QLatin1String("Dockerfile")));
    }

    void unreadableContext()
    {
        m_view->optionsPanel()->setContextDir(QStringLiteral("/nonexistent/dx-build-context"));
        m_view->optionsPanel()->setDockerfilePath(QString());
        const BuildResult r = build(BuildOptions::Builder::Auto, QString());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("/nonexistent/dx-build-context")), qPrintable(r.error));
        QVERIFY(!m_view->messageText().isEmpty());
    }

    void historyRestoresSteps()
    {
        // The newest failed build of this run: its steps and failed line come back when
        // it is selected, from the stored meta alone.
        BuildHistoryModel *history = m_view->historyModel();
        int row = -1;
        for (int r = 0; r < history->rowCount() && row < 0; ++r) {
            if (history->recordAt(r).result == BuildRecord::Result::Failed && !history->recordAt(r).stepTable.isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        auto *historyView = m_view->findChild<QListView *>(QStringLiteral("buildHistory"));
        QVERIFY(historyView);
        m_view->clearOutput();
        QCOMPARE(m_view->stepModel()->rowCount(), 0);
        historyView->setCurrentIndex(historyView->model()->index(row, 0));
        const int failed = m_view->stepModel()->failedRow();
        QVERIFY(failed >= 0);
        QCOMPARE(m_view->stepModel()->stepAt(failed).line, 4);
        auto *button = m_view->findChild<QPushButton *>(QStringLiteral("openFailedLine"));
        QVERIFY(button);
        QVERIFY(button->isVisibleTo(m_view));
        QVERIFY(button->text().contains(QLatin1String("4")));
    }

    void historyPersists()
    {
        const int rows = m_view->historyModel()->rowCount();
        QVERIFY(rows >= 4);
        m_view->historyModel()->waitForWrites();
        BuildHistoryModel reloaded;
        QCOMPARE(reloaded.rowCount(), rows);
        QSignalSpy loaded(&reloaded, &BuildHistoryModel::logLoaded);
        reloaded.loadLog(reloaded.recordAt(0).id);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs);
        QVERIFY(!loaded.first().at(1).toString().isEmpty());
    }
};

QTEST_MAIN(TestBuildView)
#include "tst_buildview.moc"
