#pragma once

// FakeEngine: a small HTTP/1.1 server on a unix socket that answers like dockerd, for tests
// that must not depend on a real engine (CTest label "fakeengine"; register the test with
// dx_add_test(... FAKEENGINE), which links this library and points DOCKER_HOST at nothing).
//
// CONNECTING THE APP
//     dx::test::FakeEngine fake;                 // listens at once, in a QTemporaryDir
//     dx::Engine engine;
//     engine.connectTo(fake.endpoint());         // == Endpoint::fromHost(fake.host())
//     QVERIFY(dx::test::waitConnected(engine));  // tests/engine/testengine.h
// host() is "unix:///tmp/.../docker.sock". The fake lives on the thread that created it (the
// test's main thread): it only answers while that thread runs its event loop, so wait with
// QSignalSpy::wait, QTRY_VERIFY, QTest::qWait or the helpers below, never with sleep().
//
// WHAT IT ANSWERS OUT OF THE BOX (all from fixtures captured from Docker 20.10.24, see
// fixtures/README.md and scripts/capture-fixtures.sh)
//     GET|HEAD /_ping   "OK" with Api-Version, Docker-Experimental, Ostype, Server, like dockerd
//     GET /version, GET /info
//     GET /events       a held-open chunked stream named "events" (see STREAMS)
//     anything else     404 {"message":"page not found"}
// routeFixtures() adds the captured lists and inspections (containers, images, volumes,
// networks, system/df; see there). Every reply carries dockerd's Api-Version, Docker-
// Experimental, Ostype and Server headers; setApiVersion() changes what it claims to speak.
// A /vX.Y prefix is stripped before routing (and kept in FakeRequest::apiVersion).
//
// ROUTING
//     fake.route("GET", "/containers/json", FakeReply::fixture("containers.json"));
//     fake.route("POST", "/containers/[^/]+/start", FakeReply::noContent());
//     fake.route("DELETE", "/volumes/(.+)", [](const FakeRequest &r) {
//         return r.captures[1] == "busy" ? FakeReply::error(409, "volume is in use")
//                                        : FakeReply::noContent(); });
//     fake.route("GET", "/images/json", FakeReply::error(500, "boom"), 1);  // once, then the older route
// Patterns are QRegularExpressions matched against the WHOLE decoded path (no query string).
// The method "" matches any method. The newest matching route wins, so a test overrides a
// default by routing again; `times` > 0 retires the route after that many answers.
//
// REPLIES (FakeReply, fakereply.h): json(...), text(...), fixture(name), error(status, message)
// ({"message": ...} like dockerd), notFound(), noContent(), malformedJson(), stream(name),
// trickle(unit, intervalMs, durationMs), dropConnection(); modifiers withHeader(),
// withChunked(bytesPerChunk), throttled(bytesPerTick, intervalMs), cutAfter(bodyBytes),
// delayed(ms), closingConnection(). Examples:
//     FakeReply::fixture("system-df.json").throttled(100, 50)     // 100 bytes every 50 ms
//     FakeReply::trickle("{\"status\":\"x\"}\n", 1000, 90000)     // a line a second for 90 s
//     FakeReply::fixture("info.json").cutAfter(200)              // connection lost mid-body
//     FakeReply::json(QByteArray("{\"Id\":"))                    // malformed JSON, status 200
//
// STREAMS AND EVENTS
//     QVERIFY(fake.waitForStreams("events"));   // the app has opened GET /events
//     fake.pushEvent(QJsonObject{{"Type","container"},{"Action","start"}, ...});
//     fake.pushEvent(dx::test::fixtures::eventLines().at(3));   // a captured event, raw
//     fake.closeEventStreams();                 // ends every /events stream cleanly (0 chunk)
//     fake.cutStreams("events");                // or: the connection drops mid-stream
//     fake.failEvents(2, 403, "authorization denied by plugin");   // next 2 GET /events fail
// Events pushed while no stream is open are dropped, like the real engine does for a client
// that is not listening. Any route can be a stream: route("GET", "/containers/[^/]+/logs",
// FakeReply::stream("logs")), then pushStream("logs", bytes) / closeStreams("logs").
// since/until/filters of /events are logged but not applied.
//
// CUTTING CONNECTIONS: FakeReply::cutAfter(n), FakeReply::dropConnection() (no answer at all),
// cutStreams(name), cutConnections() (every open connection, now).
//
// ASSERTING ON REQUESTS
//     QSignalSpy spy(&fake, &FakeEngine::requestReceived);   // arg 0: dx::test::FakeRequest
//     QVERIFY(fake.waitForRequest("POST", "/containers/create"));
//     const FakeRequest r = fake.lastRequest("POST", "/containers/create");
//     QCOMPARE(r.queryItem("name"), "web");   QCOMPARE(r.json()["Image"], ...);
//     QCOMPARE(r.queryJson("filters")["label"].toArray().size(), 1);
//     QCOMPARE(fake.count("GET", "/containers/json"), 1);
//     QCOMPARE(fake.connectionCount(), 1);   // everything came over one kept-alive connection
// The log holds every request in arrival order (also unrouted and /_ping ones); clearRequests()
// empties it. The app pings periodically, so count() a specific path rather than everything.

#include "fakereply.h"

#include "engine/endpoint.h"

#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>

class QLocalServer;

namespace dx::test {

class FakeConnection;

class FakeEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeEngine)

public:
    using Handler = std::function<FakeReply(const FakeRequest &request)>;

    explicit FakeEngine(QObject *parent = nullptr);
    ~FakeEngine() override;

    bool isListening() const;
    QString errorString() const { return m_error; }
    QString socketPath() const { return m_socketPath; }
    QString host() const { return QStringLiteral("unix://") + m_socketPath; } // DOCKER_HOST form
    Endpoint endpoint() const { return Endpoint::fromHost(host()); }

    // --- routing -----------------------------------------------------------------------
    void route(const QByteArray &method, const QString &pathPattern, const FakeReply &reply, int times = -1);
    void route(const QByteArray &method, const QString &pathPattern, Handler handler, int times = -1);
    // Drops every route, including the defaults: everything answers 404 until routed again.
    void clearRoutes();
    // Back to what a fresh FakeEngine answers (ping, version, info, events).
    void resetRoutes();
    // The captured objects (fixtures/capture.json names their ids and names):
    // GET /containers/json (size=1 -> containers-size.json), /containers/{id|name}/json,
    // /changes (exited one), /top (running one), /images/json, /images/{id}/json and
    // /history, /volumes, /volumes/{name}, /networks, /networks/{id|name} (the captured one
    // and the built-in bridge), /system/df;
    // other container ids get dockerd's captured 404 "No such container: <id>".
    void routeFixtures();
    // The API version the fake claims (ping header, /version's ApiVersion); default: the
    // captured engine's (1.41).
    void setApiVersion(const QString &version);
    QString apiVersion() const { return m_apiVersion; }

    // --- streams -----------------------------------------------------------------------
    void pushEvent(const QJsonObject &event);
    void pushEvent(const QByteArray &jsonLine); // sent as is, a newline added when missing
    void pushStream(const QString &name, const QByteArray &data);
    void closeStreams(const QString &name);
    void closeEventStreams() { closeStreams(QStringLiteral("events")); }
    void cutStreams(const QString &name);
    // The next `times` GET /events answer `status` with {"message": message}.
    void failEvents(int times, int status = 403,
                    const QString &message = QStringLiteral("authorization denied by plugin"));
    int openStreams(const QString &name = QStringLiteral("events")) const;
    bool waitForStreams(const QString &name = QStringLiteral("events"), int count = 1, int timeoutMs = 10000);
    // Closes every open connection at once, wherever its reply is.
    void cutConnections();

    // --- the request log ---------------------------------------------------------------
    QList<FakeRequest> requests() const { return m_log; }
    QList<FakeRequest> requests(const QByteArray &method, const QString &pathPattern) const;
    int count(const QByteArray &method, const QString &pathPattern) const;
    FakeRequest lastRequest(const QByteArray &method, const QString &pathPattern) const;
    void clearRequests() { m_log.clear(); }
    // Spins the event loop until count(method, pathPattern) >= count.
    bool waitForRequest(const QByteArray &method, const QString &pathPattern, int count = 1, int timeoutMs = 10000);
    int connectionCount() const { return m_connectionsAccepted; }
    int openConnectionCount() const;

    // The headers dockerd puts on every reply (Api-Version, Docker-Experimental, Ostype, Server).
    FakeHeaders serverHeaders() const;

signals:
    void requestReceived(const dx::test::FakeRequest &request);
    void streamOpened(const QString &name);

private:
    friend class FakeConnection;
    struct Route {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
        int remaining; // < 0: unlimited
    };

    void onNewConnection();
    FakeReply answer(FakeRequest &request);
    void onStreamOpened(const QString &name) { emit streamOpened(name); }
    void addRoute(const QByteArray &method, const QString &pathPattern, Handler handler, int times);
    FakeReply versionReply() const;
    static bool matches(const FakeRequest &request, const QByteArray &method, const QRegularExpression &pattern);

    QTemporaryDir m_dir;
    QString m_socketPath;
    QString m_error;
    QLocalServer *m_server = nullptr;
    QList<Route> m_routes; // newest last, searched backwards
    QList<FakeConnection *> m_connections;
    QList<FakeRequest> m_log;
    int m_connectionsAccepted = 0;
    QString m_apiVersion;
    FakeHeaders m_pingHeaders; // as captured, with the version patched in
};

} // namespace dx::test
