// The typed API against the fake engine: what it sends, how it reads answers (good, failed,
// malformed) and what the Docker Commands log records.
#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "api/volumesapi.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"
#include "session/commandlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dx;
using dx::test::FakeEngine;
using dx::test::FakeReply;
using dx::test::FakeRequest;

namespace {

template<typename T>
ApiResult<T> await(const ApiCall<T> &call, QObject *context)
{
    ApiResult<T> result;
    bool done = false;
    call.then(context, [&](const ApiResult<T> &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        result.error.message = QStringLiteral("no answer within 10 s");
    return result;
}

} // namespace

class TestDockerApi final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeEngine>();
        m_fake->routeFixtures();
        m_engine = std::make_unique<Engine>();
        m_api = std::make_unique<DockerApi>(m_engine.get());
        m_log = std::make_unique<CommandLogModel>(m_api.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_log.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_engine->connectTo(m_fake->endpoint());
        QVERIFY(dx::test::waitConnected(*m_engine));
    }

    void cleanup()
    {
        m_tester.reset();
        m_log.reset();
        m_api.reset();
        m_engine.reset();
        m_fake.reset();
    }

    void listsContainersFromCapturedAnswer()
    {
        const auto r = await(m_api->containers().list(), this);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(!r.value.isEmpty());
        for (const ContainerSummary &c : r.value) {
            QCOMPARE(c.id.size(), 64);
            QVERIFY(!c.name.isEmpty());
            QVERIFY(!c.name.startsWith(QLatin1Char('/')));
        }
        const FakeRequest sent = m_fake->lastRequest("GET", QStringLiteral("/containers/json"));
        QCOMPARE(sent.queryItem(QStringLiteral("all")), QStringLiteral("1"));
        // A list is plumbing: recorded, but as internal.
        QCOMPARE(m_log->rowCount(), 1);
        QVERIFY(m_log->recordAt(0).internal);
        QCOMPARE(m_log->recordAt(0).cli, QStringLiteral("docker ps -a"));
        QCOMPARE(m_log->recordAt(0).state, CommandRecord::State::Done);
    }

    void successIsRecordedAsDone()
    {
        m_fake->route("POST", QStringLiteral("/containers/web/start"), FakeReply::noContent());
        const auto r = await(m_api->containers().start(QStringLiteral("web")), this);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(m_log->rowCount(), 1);
        const CommandRecord record = m_log->recordAt(0);
        QCOMPARE(record.cli, QStringLiteral("docker start web"));
        QCOMPARE(record.state, CommandRecord::State::Done);
        QVERIFY(!record.internal);
        QCOMPARE(record.request, QStringLiteral("POST /containers/web/start"));
    }

    void failureIsRecordedWithTheEnginesMessage()
    {
        m_fake->route("POST", QStringLiteral("/containers/[^/]+/stop"),
                      FakeReply::error(404, QStringLiteral("No such container: ghost")));
        const auto r = await(m_api->containers().stop(QStringLiteral("ghost"), 3), this);
        QVERIFY(!r.ok());
        QVERIFY(r.error.isNotFound());
        QCOMPARE(r.message(), QStringLiteral("No such container: ghost"));
        QCOMPARE(m_log->rowCount(), 1);
        QCOMPARE(m_log->recordAt(0).cli, QStringLiteral("docker stop -t 3 ghost"));
        QCOMPARE(m_log->recordAt(0).state, CommandRecord::State::Failed);
        QCOMPARE(m_log->recordAt(0).message, QStringLiteral("No such container: ghost"));
    }

    void groupNeverSentIsNeverRecorded()
    {
        // What a cancelled run dialog does: it may open a group, but sends nothing.
        QSignalSpy started(m_api.get(), &DockerApi::commandStarted);
        const quint64 group = m_api->beginGroup(QStringLiteral("docker run -d demo"), QStringLiteral("Run"));
        m_api->endGroup(group, {});
        QCOMPARE(started.count(), 0);
        QCOMPARE(m_log->rowCount(), 0);
    }

    void groupIsOneCommandWithItsOutcome()
    {
        m_fake->route("POST", QStringLiteral("/containers/create"),
                      FakeReply::json(QByteArray(R"({"Id":"0123456789ab0123456789ab0123456789ab0123456789ab0123456789ab","Warnings":[]})"), 201));
        m_fake->route("POST", QStringLiteral("/containers/[^/]+/start"), FakeReply::error(500, QStringLiteral("port is already allocated")));
        const quint64 group = m_api->beginGroup(QStringLiteral("docker run -d -p 80:80 demo"), QStringLiteral("Run"));
        const auto created = await(m_api->containers().create(QJsonObject{{QStringLiteral("Image"), QStringLiteral("demo")}},
                                                             QStringLiteral("web"), CallContext::inGroup(group)),
                                   this);
        QVERIFY(created.ok());
        const auto startedResult = await(m_api->containers().start(created.value.id, CallContext::inGroup(group)), this);
        QVERIFY(!startedResult.ok());
        m_api->endGroup(group, startedResult.error);
        QCOMPARE(m_log->rowCount(), 1);
        const CommandRecord record = m_log->recordAt(0);
        QCOMPARE(record.cli, QStringLiteral("docker run -d -p 80:80 demo"));
        QCOMPARE(record.requests, 2);
        QCOMPARE(record.state, CommandRecord::State::Failed);
        QCOMPARE(record.message, QStringLiteral("port is already allocated"));
        QCOMPARE(m_fake->lastRequest("POST", QStringLiteral("/containers/create")).queryItem(QStringLiteral("name")),
                 QStringLiteral("web"));
    }

    void malformedAnswersAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("[{\"Id\":") << QStringLiteral("not JSON");
        QTest::newRow("object, not array") << QByteArray("{\"Id\":\"x\"}") << QStringLiteral("not a JSON array");
        QTest::newRow("id is a number") << QByteArray("[{\"Id\":42}]") << QStringLiteral("\"Id\"");
        QTest::newRow("id missing") << QByteArray("[{\"Names\":[\"/a\"]}]") << QStringLiteral("\"Id\" is missing");
        QTest::newRow("names not strings") << QByteArray("[{\"Id\":\"a\",\"Names\":[1]}]") << QStringLiteral("Names");
        QTest::newRow("labels not strings") << QByteArray("[{\"Id\":\"a\",\"Labels\":{\"k\":[]}}]") << QStringLiteral("Labels");
    }

    void malformedAnswersAreClearErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        m_fake->route("GET", QStringLiteral("/containers/json"), FakeReply::json(body));
        const auto r = await(m_api->containers().list(), this);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
        QVERIFY(r.message().contains(QLatin1String("/containers/json")));
        QVERIFY(r.value.isEmpty());
    }

    // The engine's own words, as Podman 4.3 answered POST /containers/{id}/start on this machine
    // (crun on hybrid cgroups; runc without the ulimits): the message is kept and says what to change.
    void runtimeFailuresSayWhatToChange_data()
    {
        QTest::addColumn<QString>("engineMessage");
        QTest::addColumn<QString>("hintMentions");
        QTest::newRow("crun, hybrid cgroups")
            << QStringLiteral("crun: cgroups in hybrid mode not supported, drop all controllers from cgroupv2: OCI runtime error")
            << QStringLiteral("runtime = \"runc\"");
        QTest::newRow("runc, rlimits")
            << QStringLiteral("runc: runc create failed: unable to start container process: error during container init: "
                              "error setting rlimits for ready process: error setting rlimit type 7: operation not "
                              "permitted: OCI permission denied")
            << QStringLiteral("default_ulimits");
        QTest::newRow("some other refusal") << QStringLiteral("container is already running") << QString();
    }

    void runtimeFailuresSayWhatToChange()
    {
        QFETCH(QString, engineMessage);
        QFETCH(QString, hintMentions);
        m_fake->route("POST", QStringLiteral("/containers/[^/]+/start"), FakeReply::error(500, engineMessage));
        const auto r = await(m_api->containers().start(QStringLiteral("box")), this);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QVERIFY2(r.message().startsWith(engineMessage), qPrintable(r.message()));
        if (hintMentions.isEmpty()) {
            QCOMPARE(r.message(), engineMessage);
        } else {
            QVERIFY2(r.message().contains(hintMentions), qPrintable(r.message()));
            QVERIFY(r.message().contains(QLatin1String("containers.conf")));
        }
    }

    // buildah's RUN step when the runtime itself fails (captured from Podman 4.3 with crun), and a
    // step that simply failed, which must stay as the engine said it.
    void buildStepRuntimeFailureGetsTheHint()
    {
        const QString runtime = QStringLiteral("building at STEP \"RUN echo failing-now && exit 3\": while running runtime: exit status 1");
        QVERIFY(ApiError::withRuntimeHint(runtime).startsWith(runtime + QStringLiteral("\n\n")));
        QVERIFY(ApiError::runtimeHint(runtime).contains(QLatin1String("runc")));
        const QString failed = QStringLiteral("building at STEP \"RUN echo failing-now && exit 3\": exit status 3");
        QCOMPARE(ApiError::withRuntimeHint(failed), failed);
    }

    void queryValuesArriveUnchanged_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plus") << QStringLiteral("a+b.txt");
        QTest::newRow("cpp folder") << QStringLiteral("c++/x");
        QTest::newRow("build arg") << QStringLiteral("x+y;z=1");
        QTest::newRow("reserved") << QStringLiteral("& = # ? % ;");
        QTest::newRow("umlaut and space") << QStringLiteral("grüße aus köln");
    }

    void queryValuesArriveUnchanged()
    {
        QFETCH(QString, value);
        m_fake->route("HEAD", QStringLiteral("/containers/[^/]+/archive"), FakeReply::noContent());
        await(m_api->containers().statPath(QStringLiteral("box"), value), this);
        const FakeRequest sent = m_fake->lastRequest("HEAD", QStringLiteral("/containers/box/archive"));
        QCOMPARE(sent.queryItem(QStringLiteral("path")), value);
        const auto labels = await(m_api->volumes().list({{QStringLiteral("label"), {QStringLiteral("k=") + value}}}), this);
        QVERIFY2(labels.ok(), qPrintable(labels.message()));
        const QJsonObject filters = m_fake->lastRequest("GET", QStringLiteral("/volumes")).queryJson(QStringLiteral("filters"));
        QCOMPARE(filters.value(QLatin1String("label")).toArray().first().toString(), QStringLiteral("k=") + value);
    }

    void imageReferencesKeepTheirSlashes()
    {
        m_fake->route("GET", QStringLiteral("/images/.+/json"), FakeReply::fixture(QStringLiteral("image-inspect.json")));
        const auto r = await(m_api->images().inspect(QStringLiteral("localhost:5000/team/app:1.2")), this);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(!r.value.layers.isEmpty());
        QCOMPARE(m_fake->lastRequest("GET", QStringLiteral("/images/.+/json")).path,
                 QStringLiteral("/images/localhost:5000/team/app:1.2/json"));
    }

    void importNamesTheImageInRepo()
    {
        // Podman 4.3 ignores the separate tag parameter: the tag travels inside repo.
        m_fake->route("POST", QStringLiteral("/images/create"),
                      FakeReply::json(QJsonObject{{QStringLiteral("status"), QString(QStringLiteral("sha256:") + QString(64, u'a'))}}));
        const auto r = await(m_api->images().import("tar", QStringLiteral("docker-explorer-helper"), QStringLiteral("2")), this);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.value.imageId, QStringLiteral("sha256:") + QString(64, u'a'));
        const FakeRequest sent = m_fake->lastRequest("POST", QStringLiteral("/images/create"));
        QCOMPARE(sent.queryItem(QStringLiteral("repo")), QStringLiteral("docker-explorer-helper:2"));
        QVERIFY(sent.queryItem(QStringLiteral("tag")).isEmpty());
    }

    void cancelledRequestIsRecordedAsCancelled()
    {
        m_fake->route("GET", QStringLiteral("/containers/[^/]+/logs"), FakeReply::stream(QStringLiteral("logs")));
        LogOptions options;
        options.follow = true;
        EngineReply *reply = m_api->containers().logs(QStringLiteral("web"), options);
        QVERIFY(m_fake->waitForStreams(QStringLiteral("logs")));
        QCOMPARE(m_log->rowCount(), 1);
        QCOMPARE(m_log->recordAt(0).state, CommandRecord::State::Running);
        QCOMPARE(m_log->recordAt(0).cli, QStringLiteral("docker logs --follow web"));
        reply->abort();
        QTRY_COMPARE(m_log->recordAt(0).state, CommandRecord::State::Cancelled);
    }

private:
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DockerApi> m_api;
    std::unique_ptr<CommandLogModel> m_log;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestDockerApi)
#include "tst_dockerapi.moc"
