// dx::Engine (libcurl on its worker thread) against dx::test::FakeEngine: negotiation, round
// trips, the shared /events stream, error mapping and connections that break. No real engine.
//
// throttledStreamsAreNotCut() takes 90+ s on purpose (a reply trickling for longer than any
// whole-transfer timeout); the CTest TIMEOUT of this test allows for it.

#include "engine/testengine.h"
#include "fakeengine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dx;
using namespace dx::test;

namespace {

// Streams are requested the way the app's long-running views do it: no whole-transfer limit.
EngineRequest streamRequest(const QByteArray &method, const QString &path)
{
    EngineRequest request = EngineRequest::get(path);
    request.method = method;
    request.streaming = true;
    request.timeoutMs = 0;
    return request;
}

} // namespace

class TestEngineFake final : public QObject
{
    Q_OBJECT

private slots:
    void negotiatesFromPing();
    void negotiatesVersion_data();
    void negotiatesVersion();
    void roundTrips();
    void eventsStreamDeliversEvents();
    void eventsStreamRefusedThenOpened();
    void httpErrorCarriesEngineMessage_data();
    void httpErrorCarriesEngineMessage();
    void malformedVersionKeepsConnection();
    void cutMidStreamIsConnectionLost();
    void cutMidBodyIsConnectionLost();
    void throttledStreamsAreNotCut();
};

void TestEngineFake::negotiatesFromPing()
{
    FakeEngine fake;
    Engine engine;
    QSignalSpy connected(&engine, &Engine::connectedChanged);
    engine.connectTo(fake.endpoint());
    QVERIFY(waitConnected(engine));
    QCOMPARE(connected.size(), 1);
    QCOMPARE(engine.info().serverApiVersion, QStringLiteral("1.41"));
    QCOMPARE(engine.info().apiVersion, QStringLiteral("1.41"));
    QVERIFY(!engine.info().podman);
    QVERIFY(engine.info().buildKit);
    QVERIFY(fake.count({}, QStringLiteral("/_ping")) >= 1);
    QVERIFY(fake.lastRequest({}, QStringLiteral("/_ping")).apiVersion.isEmpty()); // pings are unversioned

    // /version fills in the details, asked with the negotiated prefix.
    const QJsonObject version = fixtures::json(QStringLiteral("version.json")).object();
    QTRY_COMPARE(engine.info().kernel, version.value(QLatin1String("KernelVersion")).toString());
    QCOMPARE(engine.info().version, QStringLiteral("20.10.24+dfsg1"));
    QCOMPARE(engine.info().minApiVersion, QStringLiteral("1.12"));
    QCOMPARE(fake.lastRequest("GET", QStringLiteral("/version")).apiVersion, QStringLiteral("1.41"));
    QVERIFY(engine.info().summary().contains(fake.socketPath()));
}

void TestEngineFake::negotiatesVersion_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("used");
    QTest::addColumn<bool>("compatible");
    QTest::newRow("older engine") << QStringLiteral("1.30") << QStringLiteral("1.30") << true;
    QTest::newRow("newer engine") << QStringLiteral("1.99") << ApiVersion::clientMaximum().toString() << true;
    QTest::newRow("too old") << QStringLiteral("1.20") << QStringLiteral("1.20") << false;
}

void TestEngineFake::negotiatesVersion()
{
    QFETCH(QString, server);
    QFETCH(QString, used);
    QFETCH(bool, compatible);
    FakeEngine fake;
    fake.setApiVersion(server);
    Engine engine;
    engine.connectTo(fake.endpoint());
    if (!compatible) {
        QTRY_COMPARE(engine.info().state, EngineInfo::State::Incompatible);
        QVERIFY(engine.info().message.contains(server));
        const EngineResponse r = call(engine, EngineRequest::get(QStringLiteral("/containers/json")), 5000);
        QVERIFY(!r.ok());
        QCOMPARE(fake.count("GET", QStringLiteral("/containers/json")), 0);
        return;
    }
    QVERIFY(waitConnected(engine));
    QCOMPARE(engine.info().apiVersion, used);
    fake.route("GET", QStringLiteral("/containers/json"), FakeReply::json(QByteArray("[]")));
    QVERIFY(call(engine, EngineRequest::get(QStringLiteral("/containers/json"))).ok());
    QCOMPARE(fake.lastRequest("GET", QStringLiteral("/containers/json")).apiVersion, used);
}

void TestEngineFake::roundTrips()
{
    FakeEngine fake;
    fake.routeFixtures();
    fake.route("POST", QStringLiteral("/containers/create"), [](const FakeRequest &r) {
        return FakeReply::json(QJsonObject{{QStringLiteral("Id"), QStringLiteral("c0ffee")},
                                           {QStringLiteral("Warnings"), QJsonArray()},
                                           {QStringLiteral("Image"), r.json()[QLatin1String("Image")]}},
                               201);
    });
    Engine engine;
    engine.connectTo(fake.endpoint());
    QVERIFY(waitConnected(engine));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("filters"), QStringLiteral(R"({"label":["dx.test.run=a b/c:d"]})"));
    const EngineResponse list = call(engine, EngineRequest::get(QStringLiteral("/containers/json"), query));
    QVERIFY2(list.ok(), qPrintable(list.message));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.body, fixtures::read(QStringLiteral("containers.json")));
    QCOMPARE(list.header("Api-Version"), QByteArray("1.41"));
    const FakeRequest sent = fake.lastRequest("GET", QStringLiteral("/containers/json"));
    QCOMPARE(sent.apiVersion, QStringLiteral("1.41"));
    QCOMPARE(sent.queryItem(QStringLiteral("all")), QStringLiteral("1"));
    QCOMPARE(sent.queryJson(QStringLiteral("filters")).value(QLatin1String("label")).toArray().at(0).toString(),
             QStringLiteral("dx.test.run=a b/c:d"));

    QUrlQuery name;
    name.addQueryItem(QStringLiteral("name"), QStringLiteral("web"));
    const QByteArray body = R"({"Image":"docker-explorer-test-base:1","Labels":{"dx.test.run":"x"}})";
    const EngineResponse created = call(engine, EngineRequest::post(QStringLiteral("/containers/create"), name, body));
    QVERIFY2(created.ok(), qPrintable(created.message));
    QCOMPARE(created.status, 201);
    QCOMPARE(json(created).toObject().value(QLatin1String("Image")).toString(), QStringLiteral("docker-explorer-test-base:1"));
    const FakeRequest post = fake.lastRequest("POST", QStringLiteral("/containers/create"));
    QCOMPARE(post.body, body);
    QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(post.queryItem(QStringLiteral("name")), QStringLiteral("web"));

    // libcurl keeps the connection: the requests above did not each open one.
    QVERIFY2(fake.connectionCount() < fake.requests().size(),
             qPrintable(QStringLiteral("%1 connections for %2 requests").arg(fake.connectionCount()).arg(fake.requests().size())));
}

void TestEngineFake::eventsStreamDeliversEvents()
{
    FakeEngine fake;
    Engine engine;
    QSignalSpy typed(&engine, &Engine::event);
    engine.connectTo(fake.endpoint());
    QVERIFY(waitConnected(engine));
    QVERIFY(fake.waitForStreams());
    QVERIFY(engine.eventsLive());
    QVERIFY(fake.lastRequest("GET", QStringLiteral("/events")).hasQueryItem(QStringLiteral("since")));

    const QList<QByteArray> captured = fixtures::eventLines();
    for (const QByteArray &line : captured)
        fake.pushEvent(line);
    QTRY_COMPARE(typed.size(), captured.size());
    for (int i = 0; i < captured.size(); ++i) {
        const QJsonObject expected = QJsonDocument::fromJson(captured.at(i)).object();
        const EngineEvent got = typed.at(i).at(0).value<EngineEvent>();
        const QJsonObject actor = expected.value(QLatin1String("Actor")).toObject();
        QCOMPARE(got.type, expected.value(QLatin1String("Type")).toString());
        QCOMPARE(got.action, expected.value(QLatin1String("Action")).toString());
        QCOMPARE(got.actorId, actor.value(QLatin1String("ID")).toString());
        const QJsonObject attributes = actor.value(QLatin1String("Attributes")).toObject();
        QCOMPARE(got.attributes.size(), attributes.size());
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            QCOMPARE(got.attributes.value(it.key()), it.value().toString());
    }
    // Every captured event is a valid one. timeNano (~1.8e18) does not fit a double exactly;
    // EngineEvent::fromJson reads it as an integer, so it is exact (since= depends on it).
    QCOMPARE(typed.size(), captured.size());
    for (int i = 0; i < captured.size(); ++i) {
        const EngineEvent e = typed.at(i).at(0).value<EngineEvent>();
        const QByteArray line = captured.at(i);
        const qsizetype at = line.indexOf("\"timeNano\":") + 11;
        const qint64 timeNano = line.mid(at, line.indexOf('}', at) - at).toLongLong();
        QCOMPARE(e.type, QJsonDocument::fromJson(line)[QLatin1String("Type")].toString());
        QCOMPARE(e.timeNano, timeNano);
        QCOMPARE(e.time, QJsonDocument::fromJson(line)[QLatin1String("time")].toInteger());
    }

    // An event split across chunks arrives once, whole.
    typed.clear();
    fake.pushStream(QStringLiteral("events"), R"({"Type":"container","Action":"st)");
    QTest::qWait(50);
    fake.pushStream(QStringLiteral("events"), "art\",\"Actor\":{\"ID\":\"abc\"},\"time\":1}\n");
    QTRY_COMPARE(typed.size(), 1);
    QCOMPARE(typed.at(0).at(0).value<EngineEvent>().action, QStringLiteral("start"));
    QCOMPARE(typed.at(0).at(0).value<EngineEvent>().actorId, QStringLiteral("abc"));
    // One shared stream, however many events went through it.
    QCOMPARE(fake.count("GET", QStringLiteral("/events")), 1);
}

void TestEngineFake::eventsStreamRefusedThenOpened()
{
    FakeEngine fake;
    fake.failEvents(2, 403, QStringLiteral("authorization denied by plugin dx-authz"));
    Engine engine;
    QSignalSpy events(&engine, &Engine::event);
    engine.connectTo(fake.endpoint());
    QVERIFY(waitConnected(engine));
    // Refused twice, then the engine's stream is open and delivers.
    QVERIFY(fake.waitForRequest("GET", QStringLiteral("/events"), 3, 30000));
    QVERIFY(fake.waitForStreams(QStringLiteral("events"), 1, 30000));
    QTRY_VERIFY(engine.eventsLive());
    fake.pushEvent(QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")},
                               {QStringLiteral("Action"), QStringLiteral("create")},
                               {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), QStringLiteral("v1")}}},
                               {QStringLiteral("time"), 1}});
    QTRY_COMPARE(events.size(), 1);
    QVERIFY(engine.isConnected());
}

void TestEngineFake::httpErrorCarriesEngineMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("404") << 404 << QStringLiteral("No such container: doesnotexist");
    QTest::newRow("409") << 409 << QStringLiteral("conflict: unable to remove repository reference");
    QTest::newRow("500") << 500 << QStringLiteral("driver failed programming external connectivity");
}

void TestEngineFake::httpErrorCarriesEngineMessage()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    FakeEngine fake;
    fake.route("GET", QStringLiteral("/containers/doesnotexist/json"), FakeReply::error(status, message));
    Engine engine;
    engine.connectTo(fake.endpoint());
    QVERIFY(waitConnected(engine));
    const EngineResponse r = call(engine, EngineRequest::get(QStringLiteral("/containers/doesnotexist/json")));
    QCOMPARE(r.error, EngineResponse::Error::Http);
    QCOMPARE(r.status, status);
    QCOMPARE(r.message, message);
    QVERIFY(engine.isConnected()); // an answer, even a refusal, shows the engine is there
}

void TestEngineFake::malformedVersionKeepsConnection()
{
    FakeEngine fake;
    fake.route("GET", QStringLiteral("/version"), FakeReply::malformedJson());
    fake.route("GET", QStringLiteral("/images/json"), FakeReply::malformedJson("[{\"Id\":"));
    Engine engine;
    engine.connectTo(fake.endpoint());
    QVERIFY(waitConnected(engine));
    QVERIFY(fake.waitForRequest("GET", QStringLiteral("/version")));
    QTest::qWait(100);
    QVERIFY(engine.isConnected());
    QCOMPARE(engine.info().state, EngineInfo::State::Connected);
    // A broken body is still the engine's answer: delivered as is, for the caller to reject.
    const EngineResponse r = call(engine, EngineRequest::get(QStringLiteral("/images/json")));
    QVERIFY(r.ok());
    QCOMPARE(r.body, QByteArray("[{\"Id\":"));
}

void TestEngineFake::cutMidStreamIsConnectionLost()
{
    FakeEngine fake;
    fake.route("GET", QStringLiteral("/containers/[^/]+/logs"), FakeReply::stream(QStringLiteral("logs")));
    Engine engine;
    engine.connectTo(fake.endpoint());
    QVERIFY(waitConnected(engine));

    EngineReply *reply = engine.send(streamRequest("GET", QStringLiteral("/containers/abc/logs")));
    QSignalSpy data(reply, &EngineReply::dataReceived);
    QSignalSpy finished(reply, &EngineReply::finished);
    QVERIFY(fake.waitForStreams(QStringLiteral("logs")));
    fake.pushStream(QStringLiteral("logs"), "line one\n");
    QVERIFY(data.wait());
    QCOMPARE(data.at(0).at(0).toByteArray(), QByteArray("line one\n"));
    fake.cutStreams(QStringLiteral("logs"));
    QVERIFY(finished.wait());
    const EngineResponse r = finished.at(0).at(0).value<EngineResponse>();
    QCOMPARE(r.error, EngineResponse::Error::ConnectionLost);
    QVERIFY(!r.message.isEmpty());

    // The /events stream of the engine is cut the same way; the engine is still there, so it
    // stays connected and the stream is opened again.
    QVERIFY(fake.waitForStreams());
    const int opened = fake.count("GET", QStringLiteral("/events"));
    fake.cutStreams(QStringLiteral("events"));
    QVERIFY(fake.waitForRequest("GET", QStringLiteral("/events"), opened + 1, 30000));
    QVERIFY(fake.waitForStreams(QStringLiteral("events"), 1, 30000));
    QTRY_VERIFY(engine.isConnected());
}

void TestEngineFake::cutMidBodyIsConnectionLost()
{
    FakeEngine fake;
    fake.route("GET", QStringLiteral("/info"), FakeReply::fixture(QStringLiteral("info.json")).cutAfter(200));
    fake.route("GET", QStringLiteral("/system/df"), FakeReply::fixture(QStringLiteral("system-df.json")).withChunked(100).cutAfter(250));
    fake.route("GET", QStringLiteral("/containers/json"), FakeReply::dropConnection());
    Engine engine;
    engine.connectTo(fake.endpoint());
    QVERIFY(waitConnected(engine));
    for (const QString &path : {QStringLiteral("/info"), QStringLiteral("/system/df"), QStringLiteral("/containers/json")}) {
        const EngineResponse r = call(engine, EngineRequest::get(path));
        QVERIFY2(r.error == EngineResponse::Error::ConnectionLost,
                 qPrintable(path + u' ' + QString::number(int(r.error)) + u' ' + r.message));
    }
    QTRY_VERIFY(engine.isConnected());
}

void TestEngineFake::throttledStreamsAreNotCut()
{
    // SLOW (90+ s): replies that keep delivering bytes for 90 s, longer than the default GET
    // limit of a whole transfer, must run to their end. One streaming pull that prints a
    // progress line a second, and one plain reply whose 90 bytes trickle in one a second.
    constexpr int DurationMs = 90000;
    FakeEngine fake;
    const QByteArray progress = R"({"status":"Downloading","progressDetail":{"current":1,"total":90},"id":"1ab5ff68922c"})" "\n";
    fake.route("POST", QStringLiteral("/images/create"), FakeReply::trickle(progress, 1000, DurationMs));
    const QByteArray slowBody(DurationMs / 1000, 'x');
    fake.route("GET", QStringLiteral("/containers/abc/export"), FakeReply::text(slowBody).throttled(1, 1000));
    Engine engine;
    engine.connectTo(fake.endpoint());
    QVERIFY(waitConnected(engine));

    QElapsedTimer timer;
    timer.start();
    EngineReply *pull = engine.send(streamRequest("POST", QStringLiteral("/images/create")));
    EngineRequest exportRequest = EngineRequest::get(QStringLiteral("/containers/abc/export"));
    exportRequest.timeoutMs = 0;
    EngineReply *download = engine.send(exportRequest);
    QByteArray pulled;
    qint64 firstChunkMs = -1;
    connect(pull, &EngineReply::dataReceived, this, [&](const QByteArray &chunk) {
        if (firstChunkMs < 0)
            firstChunkMs = timer.elapsed();
        pulled += chunk;
    });
    QSignalSpy pullDone(pull, &EngineReply::finished);
    QSignalSpy downloadDone(download, &EngineReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(pullDone.size() == 1 && downloadDone.size() == 1, DurationMs + 30000);
    const qint64 elapsed = timer.elapsed();
    qInfo("both replies ended after %lld ms", elapsed);

    const EngineResponse pr = pullDone.at(0).at(0).value<EngineResponse>();
    QVERIFY2(pr.ok(), qPrintable(pr.message));
    QCOMPARE(pulled.count('\n'), DurationMs / 1000);
    QVERIFY2(firstChunkMs >= 0 && firstChunkMs < 10000, qPrintable(QString::number(firstChunkMs))); // it did trickle
    const EngineResponse dr = downloadDone.at(0).at(0).value<EngineResponse>();
    QVERIFY2(dr.ok(), qPrintable(dr.message));
    QCOMPARE(dr.body, slowBody);
    QVERIFY2(elapsed >= DurationMs - 2000, qPrintable(QString::number(elapsed)));
    QVERIFY(engine.isConnected());
}

QTEST_GUILESS_MAIN(TestEngineFake)
#include "tst_engine_fake.moc"
