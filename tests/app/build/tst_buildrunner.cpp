// BuildRunner and LayerMapFetcher as Jobs against the fake engine: what POST /build receives
// (build arguments as typed, the -f- context), the command the panel shows for it, the Job
// signals for success, failure and cancel (which closes the stream), the BuildKit fallback.
#include "api/dockerapi.h"
#include "build/buildrunner.h"
#include "build/layermapfetcher.h"
#include "dockerfile/dockerfileparser.h"
#include "engine/credentialhelperfixture.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dx;
using namespace dx::test;

namespace {

const QByteArray kImageId = "sha256:" + QByteArray(64, 'e');

QByteArray classicStream()
{
    return "{\"stream\":\"Step 1/1 : FROM scratch\\n\"}\n"
           "{\"aux\":{\"ID\":\"" + kImageId + "\"}}\n"
           "{\"stream\":\"Successfully built eeeeeeeeeeee\\n\"}\n";
}

} // namespace

class TestBuildRunner final : public QObject
{
    Q_OBJECT

private:
    FakeEngine m_fake;
    Engine m_engine;
    DockerApi m_api{&m_engine};
    QTemporaryDir m_dir;
    QList<CommandRecord> m_started;
    QList<CommandRecord> m_finished;

    BuildOptions options() const
    {
        BuildOptions o;
        o.contextDir = m_dir.path();
        o.tags = {QStringLiteral("demo:1")};
        o.labels = {{QStringLiteral("dx.test.run"), QStringLiteral("r1")}};
        o.builder = BuildOptions::Builder::Classic;
        return o;
    }

    bool run(BuildRunner &runner)
    {
        QSignalSpy ended(&runner, &Job::ended);
        m_api.trackJob(&runner);
        runner.start();
        return ended.wait(10000);
    }

private slots:
    void initTestCase()
    {
        QFile df(m_dir.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(df.open(QIODevice::WriteOnly));
        df.write("FROM scratch\nCOPY a.txt /\n");
        df.close();
        QFile a(m_dir.filePath(QStringLiteral("a.txt")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("a\n");
        a.close();
        m_fake.routeFixtures();
        m_engine.connectTo(m_fake.endpoint());
        QVERIFY(waitConnected(m_engine));
        connect(&m_api, &DockerApi::commandStarted, this, [this](const CommandRecord &r) { m_started.append(r); });
        connect(&m_api, &DockerApi::commandFinished, this, [this](const CommandRecord &r) { m_finished.append(r); });
    }

    void init()
    {
        m_fake.clearRequests();
        m_started.clear();
        m_finished.clear();
    }

    void buildArgumentsArriveAsTyped()
    {
        m_fake.route("POST", QStringLiteral("/build"), FakeReply::json(classicStream()));
        BuildOptions o = options();
        const QString value = QStringLiteral("x+y;z=1 %41 & = #?");
        o.buildArgs = {{QStringLiteral("A"), value}};
        BuildRunner runner(&m_api, o);
        QSignalSpy started(&runner, &Job::started);
        QSignalSpy progress(&runner, &Job::progress);
        QSignalSpy finished(&runner, &Job::finished);
        QSignalSpy failed(&runner, &Job::failed);
        QSignalSpy events(&runner, &BuildRunner::eventsReceived);
        QVERIFY(run(runner));
        QCOMPARE(started.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(progress.count() >= 1);
        QVERIFY(!events.isEmpty());
        QVERIFY(runner.buildResult().ok);
        QCOMPARE(runner.buildResult().imageId, QString::fromLatin1(kImageId));
        QCOMPARE(finished.first().first().value<BuildResult>().imageId, QString::fromLatin1(kImageId));

        // Decoded the way dockerd (Go) decodes it.
        const FakeRequest request = m_fake.lastRequest("POST", QStringLiteral("/build"));
        const QJsonObject args = QJsonDocument::fromJson(request.queryItem(QStringLiteral("buildargs")).toUtf8()).object();
        QCOMPARE(args.value(QLatin1String("A")).toString(), value);
        QCOMPARE(request.queryItem(QStringLiteral("t")), QStringLiteral("demo:1"));
        QCOMPARE(request.queryItem(QStringLiteral("dockerfile")), QStringLiteral("Dockerfile"));
        QCOMPARE(request.queryItem(QStringLiteral("version")), QStringLiteral("1"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/x-tar"));
        QVERIFY(request.body.contains("FROM scratch\nCOPY a.txt /\n"));

        // One user command, the one that gives the same image, and its outcome.
        QCOMPARE(m_started.size(), 1);
        QVERIFY(!m_started.first().internal);
        QCOMPARE(m_started.first().cli, o.parameters(false).commandLine());
        QVERIFY(m_started.first().cli.contains(QLatin1String("--build-arg 'A=x+y;z=1 %41 & = #?'")));
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.first().state, CommandRecord::State::Done);
    }

    void unsavedTextTravelsLikeStdin()
    {
        m_fake.route("POST", QStringLiteral("/build"), FakeReply::json(classicStream()));
        BuildOptions o = options();
        o.useDockerfileText = true;
        o.dockerfileText = "FROM unsaved\n";
        BuildRunner runner(&m_api, o);
        QVERIFY(run(runner));
        QVERIFY(runner.buildResult().ok);
        const FakeRequest request = m_fake.lastRequest("POST", QStringLiteral("/build"));
        QVERIFY(request.queryItem(QStringLiteral("dockerfile")).startsWith(QLatin1String(".dockerfile.")));
        QVERIFY(request.body.contains("FROM unsaved\n"));
        QVERIFY(request.body.contains("FROM scratch\nCOPY a.txt /\n")); // the saved file: an ordinary file
        QCOMPARE(m_started.size(), 1);
        QVERIFY2(m_started.first().cli.endsWith(QLatin1String(" <<'EOF'\nFROM unsaved\nEOF")),
                 qPrintable(m_started.first().cli));
    }

    void failureIsTheEngineWords()
    {
        const QByteArray message = "The command '/bin/sh -c exit 3' returned a non-zero code: 3";
        m_fake.route("POST", QStringLiteral("/build"),
                     FakeReply::json("{\"stream\":\"Step 1/2 : FROM scratch\\n\"}\n{\"errorDetail\":{\"code\":3,"
                                     "\"message\":\"" + message + "\"},\"error\":\"" + message + "\"}\n"));
        BuildRunner runner(&m_api, options());
        QSignalSpy failed(&runner, &Job::failed);
        QVERIFY(run(runner));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), QString::fromLatin1(message));
        QCOMPARE(runner.state(), Job::State::Failed);
        QVERIFY(!runner.buildResult().ok);
        QVERIFY(!runner.buildResult().canceled);
    }

    void cancelClosesTheStream()
    {
        m_fake.route("POST", QStringLiteral("/build"), FakeReply::stream(QStringLiteral("build")));
        BuildRunner runner(&m_api, options());
        QSignalSpy cancelled(&runner, &Job::cancelled);
        QSignalSpy ended(&runner, &Job::ended);
        m_api.trackJob(&runner);
        runner.start();
        QVERIFY(m_fake.waitForStreams(QStringLiteral("build")));
        m_fake.pushStream(QStringLiteral("build"), "{\"stream\":\"Step 1/2 : FROM scratch\\n\"}\n");
        runner.cancel();
        QVERIFY(ended.wait(10000));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(runner.state(), Job::State::Cancelled);
        QVERIFY(runner.buildResult().canceled);
        // The connection is gone: that is what makes dockerd stop the build.
        QTRY_COMPARE(m_fake.openStreams(QStringLiteral("build")), 0);
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.first().state, CommandRecord::State::Cancelled);
    }

    void buildKitFallsBackWithoutSession()
    {
        // Engines that want a client session for version=2 refuse the plain request.
        m_fake.route("POST", QStringLiteral("/build"), [](const FakeRequest &r) {
            if (r.queryItem(QStringLiteral("version")) == QLatin1String("2"))
                return FakeReply::error(400, QStringLiteral("no active sessions"));
            return FakeReply::json(classicStream());
        });
        BuildOptions o = options();
        o.builder = BuildOptions::Builder::BuildKit;
        BuildRunner runner(&m_api, o);
        QSignalSpy notes(&runner, &BuildRunner::noteAdded);
        QVERIFY(run(runner));
        QVERIFY2(runner.buildResult().ok, qPrintable(runner.buildResult().error));
        QVERIFY(!runner.buildResult().buildKit);
        QCOMPARE(notes.count(), 1);
        QCOMPARE(m_fake.count("POST", QStringLiteral("/build")), 2);
        // Both requests were sent, so both commands are in the panel, each with its outcome.
        QCOMPARE(m_started.size(), 2);
        QVERIFY(m_started.at(0).cli.startsWith(QLatin1String("DOCKER_BUILDKIT=1 ")));
        QVERIFY(m_started.at(1).cli.startsWith(QLatin1String("DOCKER_BUILDKIT=0 ")));
        QTRY_COMPARE(m_finished.size(), 2);
        QCOMPARE(m_finished.at(0).state, CommandRecord::State::Failed);
        QCOMPARE(m_finished.at(1).state, CommandRecord::State::Done);
    }

    void registryCredentialsTravelAsHeader()
    {
        // The CLI's config of a temporary DOCKER_CONFIG: one registry in "auths", one behind a
        // credential helper that takes a second to answer, as a keyring may.
        QTemporaryDir config;
        QTemporaryDir helpers;
        QVERIFY(writeCredentialHelperScript(helpers.path(), QStringLiteral("dxslow"),
                                            "input=$(cat)\nsleep 1\n"
                                            "printf '{\"ServerURL\":\"%s\",\"Username\":\"bob\",\"Secret\":\"pw-of-bob\"}' \"$input\"\n"));
        QFile file(config.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"auths\":{\"a.example\":{\"auth\":\"" + QByteArray("alice:pw-of-alice").toBase64() + "\"}},"
                   "\"credHelpers\":{\"b.example:5000\":\"dxslow\"}}");
        file.close();
        const QByteArray savedConfig = qgetenv("DOCKER_CONFIG");
        const QByteArray savedPath = qgetenv("PATH");
        qputenv("DOCKER_CONFIG", config.path().toUtf8());
        qputenv("PATH", helpers.path().toUtf8() + ':' + savedPath);

        m_fake.route("POST", QStringLiteral("/build"), FakeReply::json(classicStream()));
        BuildRunner runner(&m_api, options());
        // The helper runs off the GUI thread: the event loop goes on while it sleeps.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(50);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        QElapsedTimer timer;
        timer.start();
        const bool ended = run(runner);
        ticker.stop();
        qputenv("PATH", savedPath);
        if (savedConfig.isNull())
            qunsetenv("DOCKER_CONFIG");
        else
            qputenv("DOCKER_CONFIG", savedConfig);
        QVERIFY(ended);
        QVERIFY2(runner.buildResult().ok, qPrintable(runner.buildResult().error));
        QVERIFY(timer.elapsed() >= 1000);
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));

        const FakeRequest request = m_fake.lastRequest("POST", QStringLiteral("/build"));
        const auto decoded = QByteArray::fromBase64Encoding(request.header("X-Registry-Config"),
                                                            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        const QJsonObject auths = QJsonDocument::fromJson(*decoded).object();
        QCOMPARE(auths.keys(), (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example:5000")}));
        QCOMPARE(auths.value(QLatin1String("a.example")).toObject().value(QLatin1String("password")).toString(),
                 QStringLiteral("pw-of-alice"));
        const QJsonObject bob = auths.value(QLatin1String("b.example:5000")).toObject();
        QCOMPARE(bob.value(QLatin1String("username")).toString(), QStringLiteral("bob"));
        QCOMPARE(bob.value(QLatin1String("password")).toString(), QStringLiteral("pw-of-bob"));
        // The panel shows the command line, never what the header carried.
        QTRY_COMPARE(m_finished.size(), 1);
        for (const CommandRecord &r : {m_started.first(), m_finished.first()}) {
            for (const QString &text : {r.cli, r.request, r.message})
                QVERIFY2(!text.contains(QLatin1String("pw-of")) && !text.contains(QLatin1String("X-Registry")), qPrintable(text));
        }
    }

    void noCredentialsNoHeader()
    {
        QTemporaryDir config; // no config.json: nothing to send, nothing to complain about
        const QByteArray savedConfig = qgetenv("DOCKER_CONFIG");
        qputenv("DOCKER_CONFIG", config.path().toUtf8());
        m_fake.route("POST", QStringLiteral("/build"), FakeReply::json(classicStream()));
        BuildRunner runner(&m_api, options());
        QSignalSpy notes(&runner, &BuildRunner::noteAdded);
        const bool ended = run(runner);
        if (savedConfig.isNull())
            qunsetenv("DOCKER_CONFIG");
        else
            qputenv("DOCKER_CONFIG", savedConfig);
        QVERIFY(ended);
        QVERIFY(runner.buildResult().ok);
        QCOMPARE(notes.count(), 0);
        QVERIFY(m_fake.lastRequest("POST", QStringLiteral("/build")).header("X-Registry-Config").isEmpty());
    }

    void missingSessionMatcher_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("fallback");
        // BuildKit's session manager, as the engine returns it (whole message, maybe wrapped).
        QTest::newRow("no active sessions") << "no active sessions" << true;
        QTest::newRow("session timeout") << "no active session for 4x2k9qz0v1w8: context deadline exceeded" << true;
        QTest::newRow("session canceled") << "no active session for abc123: context canceled" << true;
        QTest::newRow("wrapped") << "failed to solve with frontend dockerfile.v0: failed to read dockerfile: "
                                    "no active session for abc123: context deadline exceeded" << true;
        QTest::newRow("solve wrapped") << "failed to solve: no active sessions" << true;
        // Docker 20.10 asking the missing session for a private base image's credentials.
        QTest::newRow("llb") << "failed to solve with frontend dockerfile.v0: failed to create LLB definition: "
                                "no active sessions" << true;
        // Everything else is the build failing: shown, never silently re-run.
        QTest::newRow("run session.sh") << "RUN ./session.sh: exit code 1" << false;
        QTest::newRow("buildkit step") << "executor failed running [/bin/sh -c ./session.sh]: exit code: 1" << false;
        QTest::newRow("process") << "process \"/bin/sh -c ./session.sh\" did not complete successfully: exit code: 1" << false;
        QTest::newRow("output line") << "echo no active sessions" << false;
        QTest::newRow("suffix") << "no active sessions; RUN ./session.sh" << false;
        QTest::newRow("old invented") << "no session id: buildkit requires a session" << false;
        QTest::newRow("session word") << "session" << false;
        QTest::newRow("empty") << "" << false;
    }

    void missingSessionMatcher()
    {
        QFETCH(QString, error);
        QFETCH(bool, fallback);
        QCOMPARE(BuildRunner::isMissingSessionError(error), fallback);
    }

    void failingSessionStepDoesNotFallBack()
    {
        // A BuildKit build whose RUN ./session.sh fails: the error is the user's, one request only.
        const QByteArray message = "process \\\"/bin/sh -c ./session.sh\\\" did not complete successfully: exit code: 1";
        m_fake.route("POST", QStringLiteral("/build"), [message](const FakeRequest &r) {
            if (r.queryItem(QStringLiteral("version")) == QLatin1String("2"))
                return FakeReply::json("{\"stream\":\"session: not found\\n\"}\n{\"errorDetail\":{\"message\":\"" + message
                                       + "\"},\"error\":\"" + message + "\"}\n");
            return FakeReply::json(classicStream());
        });
        const int before = m_fake.count("POST", QStringLiteral("/build"));
        BuildOptions o = options();
        o.builder = BuildOptions::Builder::BuildKit;
        BuildRunner runner(&m_api, o);
        QSignalSpy notes(&runner, &BuildRunner::noteAdded);
        QVERIFY(run(runner));
        QVERIFY(!runner.buildResult().ok);
        QVERIFY2(runner.buildResult().error.contains(QLatin1String("session.sh")), qPrintable(runner.buildResult().error));
        QVERIFY(runner.buildResult().buildKit);
        QCOMPARE(notes.count(), 0);
        QCOMPARE(m_fake.count("POST", QStringLiteral("/build")) - before, 1);
    }

    void layerMapIsAJob()
    {
        const QString image =
            fixtures::capture().value(QLatin1String("image")).toObject().value(QLatin1String("id")).toString();
        const ParseResult dockerfile = DockerfileParser::parse("FROM scratch\nCOPY a.txt /\n");
        LayerMapFetcher fetcher(&m_api, image, dockerfile, QString(), {});
        QSignalSpy mapped(&fetcher, &LayerMapFetcher::mapped);
        QSignalSpy finished(&fetcher, &Job::finished);
        QSignalSpy progress(&fetcher, &Job::progress);
        QSignalSpy ended(&fetcher, &Job::ended);
        fetcher.start();
        QVERIFY(ended.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(mapped.count(), 1);
        QCOMPARE(fetcher.entries().size(), 1); // the COPY line
        QVERIFY(progress.count() >= 2);
        for (const CommandRecord &r : std::as_const(m_started))
            QVERIFY2(r.internal, qPrintable(r.cli)); // plumbing, not the user's commands

        // Cancelled while its requests are out: no map, the requests aborted.
        m_fake.route("GET", QStringLiteral("/images/.+/history"), FakeReply::json(QByteArray("[]")).delayed(2000));
        LayerMapFetcher slow(&m_api, image, dockerfile, QString(), {});
        QSignalSpy slowMapped(&slow, &LayerMapFetcher::mapped);
        QSignalSpy slowCancelled(&slow, &Job::cancelled);
        slow.start();
        slow.cancel();
        QCOMPARE(slowCancelled.count(), 1);
        QTest::qWait(200);
        QCOMPARE(slowMapped.count(), 0);
        m_fake.resetRoutes();
        m_fake.routeFixtures();

        // The built image is gone: failed, with the engine's words.
        LayerMapFetcher missing(&m_api, QStringLiteral("sha256:") + QString(64, u'f'), dockerfile, QString(), {});
        QSignalSpy failed(&missing, &Job::failed);
        missing.start();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBuildRunner)
#include "tst_buildrunner.moc"
