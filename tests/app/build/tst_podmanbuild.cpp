// Builds against a real Podman service (started by this test): Podman's buildah output
// ("STEP n/m:", "--> hash") is decoded into steps, the image appears, and every Dockerfile
// line is mapped to its layer from the image's history and RootFS layers.

#include "api/dockerapi.h"
#include "build/buildrunner.h"
#include "build/layermapfetcher.h"
#include "dockerfile/dockerfileparser.h"
#include "engine/podmanfixture.h"
#include "engine/testengine.h"
#include "streams/tarbuilder.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace dx;

class TestPodmanBuild final : public QObject
{
    Q_OBJECT

private:
    test::PodmanService m_podman;
    Engine *m_engine = nullptr;
    DockerApi *m_api = nullptr;
    QTemporaryDir m_context;
    QString m_base;
    QStringList m_images;
    QList<CommandRecord> m_records; // the Docker Commands panel's lines of the last build()

    QString baseRef() const { return QStringLiteral("dx-podman-base:") + test::runId(); }

    BuildResult build(const QByteArray &dockerfile, const QString &tag, QList<BuildEvent> *events, DockerApi *api = nullptr)
    {
        BuildOptions options;
        options.contextDir = m_context.path();
        options.dockerfileText = dockerfile;
        options.useDockerfileText = true;
        options.tags = {tag};
        options.labels = {{test::runLabelKey(), test::runId()}};
        BuildRunner runner(api ? api : m_api, options);
        m_records.clear();
        connect(api ? api : m_api, &DockerApi::commandFinished, &runner,
                [this](const CommandRecord &record) { m_records << record; });
        QSignalSpy done(&runner, &Job::ended);
        connect(&runner, &BuildRunner::eventsReceived, this, [events](const QList<BuildEvent> &batch) { *events += batch; });
        runner.start();
        if (!done.wait(180000))
            return {};
        m_images << tag;
        return runner.buildResult();
    }

private slots:
    void initTestCase()
    {
        if (!test::PodmanService::available()) {
            if (test::engineRequired())
                QFAIL("podman is not installed (scripts/setup.sh --test installs it)");
            QSKIP("podman is not installed");
        }
        QVERIFY(m_podman.start());
        m_engine = new Engine(this);
        m_api = new DockerApi(m_engine, this);
        m_engine->connectTo(Endpoint::fromHost(m_podman.host()));
        QVERIFY2(test::waitConnected(*m_engine, 30000), qPrintable(m_engine->info().message));
        QVERIFY(m_engine->info().podman);

        // The offline base image, imported into Podman's storage under a name of this run.
        QString why;
        m_base = test::importBusybox(*m_engine, baseRef(), &why);
        QVERIFY2(!m_base.isEmpty(), qPrintable(why));

        QFile f(m_context.filePath(QStringLiteral("f.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("data\n");
    }

    void cleanupTestCase()
    {
        if (!m_engine || !m_engine->isConnected())
            return;
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        for (const QString &image : std::as_const(m_images))
            test::call(*m_engine, EngineRequest::del(QStringLiteral("/images/") + image, force));
        test::call(*m_engine, EngineRequest::del(QStringLiteral("/images/") + baseRef(), force));
        if (!m_base.isEmpty())
            test::call(*m_engine, EngineRequest::del(QStringLiteral("/images/") + m_base, force));
    }

    void buildsAndMapsLayers()
    {
        const QByteArray dockerfile = "FROM " + baseRef().toUtf8() + "\n"
                                      "RUN echo hello > /greeting\n"
                                      "ENV GREETING=/greeting\n"
                                      "COPY f.txt /f.txt\n"
                                      "RUN cat /greeting\n";
        QList<BuildEvent> events;
        const QString tag = QStringLiteral("dx-podman-build:") + test::runId();
        const BuildResult result = build(dockerfile, tag, &events);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.buildKit);
        QCOMPARE(m_records.size(), 1);
        QVERIFY2(m_records.first().cli.contains(QLatin1String("docker build")), qPrintable(m_records.first().cli));
        QCOMPARE(m_records.first().state, CommandRecord::State::Done);
        QVERIFY(result.imageId.contains(QRegularExpression(QStringLiteral("[0-9a-f]{12}"))));

        QStringList steps;
        bool sawHello = false;
        for (const BuildEvent &e : std::as_const(events)) {
            if (e.kind == BuildEvent::Kind::StepStarted)
                steps << e.text;
            sawHello = sawHello || (e.kind == BuildEvent::Kind::Log && e.text == QLatin1String("hello"));
        }
        QVERIFY2(steps.size() >= 5, qPrintable(steps.join(u'|')));
        QCOMPARE(steps.at(1), QStringLiteral("RUN echo hello > /greeting"));
        QVERIFY(sawHello);

        LayerMapFetcher fetcher(m_api, result.imageId, DockerfileParser::parse(dockerfile), QString(), {});
        QSignalSpy mapped(&fetcher, &LayerMapFetcher::mapped);
        QSignalSpy failed(&fetcher, &Job::failed);
        fetcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(!mapped.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const auto entries = mapped.first().first().value<QList<LayerMapEntry>>();
        const QJsonArray layers = test::json(test::call(*m_engine, EngineRequest::get(QStringLiteral("/images/") + result.imageId + QStringLiteral("/json"))))
                                      .toObject().value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray();
        QHash<int, LayerMapEntry> byLine;
        for (const LayerMapEntry &e : entries)
            byLine.insert(e.startLine, e);
        QVERIFY(byLine.value(2).matched && !byLine.value(2).layerDigest.isEmpty());  // RUN
        QVERIFY(byLine.value(3).matched && byLine.value(3).layerDigest.isEmpty());   // ENV: no layer
        QVERIFY(!byLine.value(4).layerDigest.isEmpty());                             // COPY
        QCOMPARE(byLine.value(5).layerDigest, layers.last().toString());              // the last RUN: the top layer
    }

    void failingStepIsReported()
    {
        const QByteArray dockerfile = "FROM " + baseRef().toUtf8() + "\nRUN echo failing-now && exit 3\n";
        QList<BuildEvent> events;
        const BuildResult result = build(dockerfile, QStringLiteral("dx-podman-fail:") + test::runId(), &events);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("exit status 3")), qPrintable(result.error));
        // The engine answered 200 and streamed the failure: the panel still says it failed, and why.
        QCOMPARE(m_records.size(), 1);
        QCOMPARE(m_records.first().state, CommandRecord::State::Failed);
        QVERIFY2(m_records.first().message.contains(QLatin1String("exit status 3")), qPrintable(m_records.first().message));
        QString lastStep;
        for (const BuildEvent &e : std::as_const(events)) {
            if (e.kind == BuildEvent::Kind::StepStarted)
                lastStep = e.text;
        }
        QCOMPARE(lastStep, QStringLiteral("RUN echo failing-now && exit 3"));
    }

    // What a user whose Podman picked crun on a hybrid-cgroup machine sees (the CI host of stop 19):
    // the step's own error, then what to change. A second service of this test runs crun on purpose.
    void runtimeThatCannotRunHereSaysWhatToChange()
    {
        if (test::PodmanService::runtimeForHost().isEmpty())
            QSKIP("this host runs every runtime (pure cgroup v2, or no runc to fall back on): nothing to show");
        if (QStandardPaths::findExecutable(QStringLiteral("crun")).isEmpty())
            QSKIP("crun is not installed: Podman cannot pick it here, so its refusal cannot be shown");
        test::PodmanService crun(QStringLiteral("crun"));
        QVERIFY(crun.start());
        Engine engine;
        DockerApi api(&engine);
        engine.connectTo(Endpoint::fromHost(crun.host()));
        QVERIFY2(test::waitConnected(engine, 30000), qPrintable(engine.info().message));
        const QByteArray dockerfile = "FROM " + baseRef().toUtf8() + "\nRUN true\n";
        QList<BuildEvent> events;
        const BuildResult result = build(dockerfile, QStringLiteral("dx-podman-crun:") + test::runId(), &events, &api);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("while running runtime: exit status 1")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("runtime = \"runc\"")), qPrintable(result.error));
    }
};

QTEST_MAIN(TestPodmanBuild)
#include "tst_podmanbuild.moc"
