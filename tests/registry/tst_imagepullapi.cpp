// ImagesApi::pull and push against the fake engine: the query and X-Registry-Auth as the docker
// CLI sends them, the progress lines decoded from arbitrary slices, and the Docker Commands
// panel's outcome for a failure the engine reports inside its 200 stream or as an HTTP error.
#include "api/dockerapi.h"
#include "api/imageprogress.h"
#include "api/imagesapi.h"
#include "engine/engine.h"
#include "engine/testengine.h"
#include "fakeengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace dx;
using namespace dx::test;

namespace {

const QByteArray kPullStream = "{\"status\":\"Pulling from team/app\",\"id\":\"1\"}\n"
                               "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1024,\"total\":4096},"
                               "\"progress\":\"[=>   ]\",\"id\":\"a1b2c3\"}\r\n"
                               "{\"status\":\"Digest: sha256:1111\"}"
                               "{\"status\":\"Status: Downloaded newer image for 127.0.0.1:5000/team/app:1\"}\n";
const QByteArray kPushStream = "{\"status\":\"The push refers to repository [127.0.0.1:5000/team/app]\"}\n"
                               "{\"status\":\"Pushed\",\"progressDetail\":{},\"id\":\"f1804614f155\"}\n"
                               "{\"progressDetail\":{},\"aux\":{\"Tag\":\"1\",\"Digest\":\"sha256:2222\",\"Size\":527}}\n";

QJsonObject decodeAuth(const QByteArray &header)
{
    const auto decoded = QByteArray::fromBase64Encoding(header, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject{{QStringLiteral("undecodable"), true}};
}

} // namespace

class TestImagePullApi final : public QObject
{
    Q_OBJECT

private:
    FakeEngine m_fake;
    Engine m_engine;
    DockerApi m_api{&m_engine};
    QList<CommandRecord> m_started;
    QList<CommandRecord> m_finished;

    // Runs one pull or push to its end; the decoder saw every chunk.
    EngineResponse finish(EngineReply *reply, ImageProgressDecoder *decoder, QList<ImageProgress> *lines)
    {
        EngineResponse response;
        bool done = false;
        connect(reply, &EngineReply::dataReceived, this, [&](const QByteArray &chunk) { *lines += decoder->feed(chunk); });
        connect(reply, &EngineReply::finished, this, [&](const EngineResponse &r) {
            *lines += decoder->finish();
            response = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return response;
    }

    RegistryAuth alice() const
    {
        RegistryAuth auth;
        auth.serverAddress = QStringLiteral("127.0.0.1:5000");
        auth.username = QStringLiteral("alice");
        auth.password = QStringLiteral("pw-of-alice");
        return auth;
    }

private slots:
    void initTestCase()
    {
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

    void pullSendsNameTagAndAuth()
    {
        m_fake.route("POST", QStringLiteral("/images/create"), FakeReply::json(kPullStream).withChunked(7));
        ImageProgressDecoder decoder;
        QList<ImageProgress> lines;
        const EngineResponse response =
            finish(m_api.images().pull(QStringLiteral("127.0.0.1:5000/team/app:1"), alice()), &decoder, &lines);
        QVERIFY2(response.ok(), qPrintable(response.message));
        QVERIFY(decoder.error().isEmpty());
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(1).status, QStringLiteral("Downloading"));
        QCOMPARE(lines.at(1).id, QStringLiteral("a1b2c3"));
        QCOMPARE(lines.at(1).current, 1024);
        QCOMPARE(lines.at(1).total, 4096);
        QCOMPARE(lines.at(1).progress, QStringLiteral("[=>   ]"));

        const FakeRequest r = m_fake.lastRequest("POST", QStringLiteral("/images/create"));
        QCOMPARE(r.queryItem(QStringLiteral("fromImage")), QStringLiteral("127.0.0.1:5000/team/app"));
        QCOMPARE(r.queryItem(QStringLiteral("tag")), QStringLiteral("1"));
        const QJsonObject auth = decodeAuth(r.header("X-Registry-Auth"));
        QCOMPARE(auth.value(QLatin1String("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(auth.value(QLatin1String("password")).toString(), QStringLiteral("pw-of-alice"));
        QCOMPARE(auth.value(QLatin1String("serveraddress")).toString(), QStringLiteral("127.0.0.1:5000"));

        // One user command, the one typed at the command line, and nothing secret in it.
        QCOMPARE(m_started.size(), 1);
        QCOMPARE(m_started.first().cli, QStringLiteral("docker pull 127.0.0.1:5000/team/app:1"));
        QVERIFY(!m_started.first().internal);
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.first().state, CommandRecord::State::Done);
        for (const CommandRecord &record : std::as_const(m_finished)) {
            for (const QString &text : {record.cli, record.request, record.message, record.description})
                QVERIFY2(!text.contains(QLatin1String("pw-of-alice")) && !text.contains(QLatin1String("X-Registry")), qPrintable(text));
        }
    }

    void pullNamesAsTheCli_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("fromImage");
        QTest::addColumn<QString>("tag");
        QTest::newRow("official") << "busybox" << "busybox" << "latest";
        QTest::newRow("docker.io") << "docker.io/library/busybox:1.36" << "busybox" << "1.36";
        QTest::newRow("user") << "user/app" << "user/app" << "latest";
        const QString digest = QStringLiteral("sha256:") + QString(64, u'b');
        QTest::newRow("digest") << QStringLiteral("localhost:5000/x@") + digest << "localhost:5000/x" << digest;
    }

    void pullNamesAsTheCli()
    {
        QFETCH(QString, reference);
        m_fake.route("POST", QStringLiteral("/images/create"), FakeReply::json(kPullStream));
        ImageProgressDecoder decoder;
        QList<ImageProgress> lines;
        QVERIFY(finish(m_api.images().pull(reference), &decoder, &lines).ok());
        const FakeRequest r = m_fake.lastRequest("POST", QStringLiteral("/images/create"));
        QTEST(r.queryItem(QStringLiteral("fromImage")), "fromImage");
        QTEST(r.queryItem(QStringLiteral("tag")), "tag");
        // No credentials: an empty AuthConfig, as the CLI sends it.
        QCOMPARE(r.header("X-Registry-Auth"), QByteArray("e30="));
    }

    void pullSendsThePlatform()
    {
        m_fake.route("POST", QStringLiteral("/images/create"), FakeReply::json(kPullStream));
        ImageProgressDecoder decoder;
        QList<ImageProgress> lines;
        QVERIFY(finish(m_api.images().pull(QStringLiteral("alpine:3"), QStringLiteral("linux/arm64"), {}), &decoder, &lines).ok());
        const FakeRequest r = m_fake.lastRequest("POST", QStringLiteral("/images/create"));
        QCOMPARE(r.queryItem(QStringLiteral("platform")), QStringLiteral("linux/arm64"));
        QCOMPARE(r.queryItem(QStringLiteral("fromImage")), QStringLiteral("alpine"));
        QCOMPARE(m_started.size(), 1);
        QCOMPARE(m_started.first().cli, QStringLiteral("docker pull --platform linux/arm64 alpine:3"));
        // Without one, no platform is sent: the engine's own.
        m_fake.clearRequests();
        QVERIFY(finish(m_api.images().pull(QStringLiteral("alpine:3")), &decoder, &lines).ok());
        QVERIFY(m_fake.lastRequest("POST", QStringLiteral("/images/create")).queryItemValues(QStringLiteral("platform")).isEmpty());
    }

    void pushSendsNameTagAndAuth()
    {
        m_fake.route("POST", QStringLiteral("/images/.+/push"), FakeReply::json(kPushStream).withChunked(5));
        ImageProgressDecoder decoder;
        QList<ImageProgress> lines;
        const EngineResponse response =
            finish(m_api.images().push(QStringLiteral("127.0.0.1:5000/team/app:1"), alice()), &decoder, &lines);
        QVERIFY2(response.ok(), qPrintable(response.message));
        QCOMPARE(decoder.digest(), QStringLiteral("sha256:2222"));
        const FakeRequest r = m_fake.lastRequest("POST", QStringLiteral("/images/.+/push"));
        QCOMPARE(r.path, QStringLiteral("/images/127.0.0.1:5000/team/app/push"));
        QCOMPARE(r.queryItem(QStringLiteral("tag")), QStringLiteral("1"));
        QCOMPARE(decodeAuth(r.header("X-Registry-Auth")).value(QLatin1String("password")).toString(), QStringLiteral("pw-of-alice"));
        QCOMPARE(m_started.size(), 1);
        QCOMPARE(m_started.first().cli, QStringLiteral("docker push 127.0.0.1:5000/team/app:1"));
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.first().state, CommandRecord::State::Done);

        // Docker refuses a push without the header at all, so an empty one always goes along.
        m_fake.clearRequests();
        QVERIFY(finish(m_api.images().push(QStringLiteral("team/app")), &decoder, &lines).ok());
        const FakeRequest bare = m_fake.lastRequest("POST", QStringLiteral("/images/.+/push"));
        QCOMPARE(bare.path, QStringLiteral("/images/team/app/push"));
        QCOMPARE(bare.queryItem(QStringLiteral("tag")), QStringLiteral("latest"));
        QCOMPARE(bare.header("X-Registry-Auth"), QByteArray("e30="));
    }

    void errorInsideTheStreamFailsTheCommand()
    {
        // Docker reports a failure after the first progress line inside its 200 stream.
        m_fake.route("POST", QStringLiteral("/images/.+/push"),
                     FakeReply::json("{\"status\":\"Preparing\",\"id\":\"f1\"}\n"
                                     "{\"errorDetail\":{\"message\":\"unauthorized: authentication required\"},"
                                     "\"error\":\"unauthorized: authentication required\"}\n"));
        ImageProgressDecoder decoder;
        QList<ImageProgress> lines;
        const EngineResponse response = finish(m_api.images().push(QStringLiteral("127.0.0.1:5000/a:1")), &decoder, &lines);
        QVERIFY(response.ok()); // HTTP 200
        QCOMPARE(decoder.error(), QStringLiteral("unauthorized: authentication required"));
        QCOMPARE(decoder.outcome(response).kind, ApiError::Kind::Http);
        QCOMPARE(lines.last().error, decoder.error());
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.first().state, CommandRecord::State::Failed);
        QVERIFY(m_finished.first().message.startsWith(decoder.error()));
        QCOMPARE(m_finished.first().message, decoder.outcome(response).message);
        QVERIFY2(m_finished.first().message.contains(QLatin1String("docker login")), qPrintable(m_finished.first().message));
    }

    void httpErrorFailsTheCommand()
    {
        // What Docker 20.10 answers a pull from a registry that refused the credentials.
        m_fake.route("POST", QStringLiteral("/images/create"),
                     FakeReply::error(500, QStringLiteral("Head \"http://127.0.0.1:5000/v2/a/manifests/1\": no basic auth credentials")));
        ImageProgressDecoder decoder;
        QList<ImageProgress> lines;
        const EngineResponse response = finish(m_api.images().pull(QStringLiteral("127.0.0.1:5000/a:1")), &decoder, &lines);
        QCOMPARE(response.status, 500);
        QVERIFY(response.message.contains(QLatin1String("no basic auth credentials")));
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.first().state, CommandRecord::State::Failed);
        QVERIFY2(m_finished.first().message.contains(QLatin1String("docker login")), qPrintable(m_finished.first().message));
    }

    void abortedPullIsCancelled()
    {
        m_fake.route("POST", QStringLiteral("/images/create"), FakeReply::stream(QStringLiteral("pull")));
        EngineReply *reply = m_api.images().pull(QStringLiteral("busybox"));
        QVERIFY(m_fake.waitForStreams(QStringLiteral("pull")));
        reply->abort();
        QTRY_COMPARE(m_finished.size(), 1);
        QCOMPARE(m_finished.first().state, CommandRecord::State::Cancelled);
    }

    void decoderTakesAnySlices()
    {
        // Every cut of the stream decodes to the same lines.
        for (int cut = 1; cut < kPullStream.size(); cut += 13) {
            ImageProgressDecoder decoder;
            QList<ImageProgress> lines = decoder.feed(kPullStream.left(cut));
            lines += decoder.feed(kPullStream.mid(cut));
            lines += decoder.finish();
            QCOMPARE(lines.size(), 4);
            QCOMPARE(lines.last().status, QStringLiteral("Status: Downloaded newer image for 127.0.0.1:5000/team/app:1"));
            QVERIFY(decoder.error().isEmpty());
        }
        // A line that is not understood is skipped; the outcome still comes from the error line.
        ImageProgressDecoder decoder;
        const QList<ImageProgress> lines = decoder.feed("{\"status\":7}\n{\"error\":\"boom\"}\n");
        QCOMPARE(lines.size(), 1);
        QCOMPARE(decoder.error(), QStringLiteral("boom"));
    }
};

QTEST_GUILESS_MAIN(TestImagePullApi)
#include "tst_imagepullapi.moc"
