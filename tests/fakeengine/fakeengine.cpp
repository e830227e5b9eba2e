#include "fakeengine.h"

#include "fakeconnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTest>

namespace dx::test {

namespace {

QRegularExpression wholePath(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

FakeEngine::FakeEngine(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    qRegisterMetaType<FakeRequest>();
    // Framing and Date are the connection's business, not the captured reply's.
    for (const auto &h : fixtures::headers(QStringLiteral("ping.headers"))) {
        const QByteArray name = h.first.toLower();
        if (name != "content-length" && name != "date" && name != "transfer-encoding")
            m_pingHeaders.append(h);
    }
    for (const auto &h : std::as_const(m_pingHeaders)) {
        if (h.first.compare("Api-Version", Qt::CaseInsensitive) == 0)
            m_apiVersion = QString::fromLatin1(h.second);
    }
    resetRoutes();

    m_socketPath = m_dir.filePath(QStringLiteral("docker.sock"));
    // Only this user may connect, like the real socket's docker group restriction.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &FakeEngine::onNewConnection);
    if (!m_dir.isValid() || !m_server->listen(m_socketPath)) {
        m_error = m_dir.isValid() ? m_server->errorString() : m_dir.errorString();
        qWarning().noquote() << "fake engine: cannot listen at" << m_socketPath << m_error;
    }
}

FakeEngine::~FakeEngine()
{
    m_server->close();
    // Connections are children: deleting them closes their sockets.
    qDeleteAll(std::exchange(m_connections, {}));
}

bool FakeEngine::isListening() const
{
    return m_server->isListening();
}

void FakeEngine::route(const QByteArray &method, const QString &pathPattern, const FakeReply &reply, int times)
{
    addRoute(method, pathPattern, [reply](const FakeRequest &) { return reply; }, times);
}

void FakeEngine::route(const QByteArray &method, const QString &pathPattern, Handler handler, int times)
{
    addRoute(method, pathPattern, std::move(handler), times);
}

void FakeEngine::addRoute(const QByteArray &method, const QString &pathPattern, Handler handler, int times)
{
    QRegularExpression pattern = wholePath(pathPattern);
    if (!pattern.isValid())
        qWarning().noquote() << "fake engine: bad route pattern" << pathPattern << pattern.errorString();
    m_routes.append({method.toUpper(), pattern, std::move(handler), times > 0 ? times : -1});
}

void FakeEngine::clearRoutes()
{
    m_routes.clear();
}

void FakeEngine::resetRoutes()
{
    m_routes.clear();
    route("GET", QStringLiteral("/_ping"), [this](const FakeRequest &) {
        FakeReply r = FakeReply::text(fixtures::read(QStringLiteral("ping.body")));
        for (const auto &h : std::as_const(m_pingHeaders))
            r.withHeader(h.first, h.second);
        return r;
    });
    route("HEAD", QStringLiteral("/_ping"), [this](const FakeRequest &) {
        // dockerd answers HEAD /_ping with the GET headers and Content-Length: 0.
        FakeReply r = FakeReply::text({});
        for (const auto &h : std::as_const(m_pingHeaders))
            r.withHeader(h.first, h.second);
        return r;
    });
    route("GET", QStringLiteral("/version"), [this](const FakeRequest &) { return versionReply(); });
    route("GET", QStringLiteral("/info"), FakeReply::fixture(QStringLiteral("info.json")));
    route("GET", QStringLiteral("/events"), FakeReply::stream(QStringLiteral("events")));
}

FakeReply FakeEngine::versionReply() const
{
    QJsonObject version = fixtures::json(QStringLiteral("version.json")).object();
    if (version.value(QLatin1String("ApiVersion")).toString() == m_apiVersion)
        return FakeReply::fixture(QStringLiteral("version.json")); // the captured bytes as they are
    version.insert(QStringLiteral("ApiVersion"), m_apiVersion);
    return FakeReply::json(version);
}

void FakeEngine::setApiVersion(const QString &version)
{
    m_apiVersion = version;
    for (auto &h : m_pingHeaders) {
        if (h.first.compare("Api-Version", Qt::CaseInsensitive) == 0)
            h.second = version.toLatin1();
    }
}

FakeHeaders FakeEngine::serverHeaders() const
{
    FakeHeaders headers;
    for (const auto &h : m_pingHeaders) {
        static const QList<QByteArray> everyReply{"api-version", "docker-experimental", "ostype", "server"};
        if (everyReply.contains(h.first.toLower()))
            headers.append(h);
    }
    return headers;
}

void FakeEngine::routeFixtures()
{
    const QJsonObject capture = fixtures::capture();
    const auto idAndName = [&capture](const char *key) {
        const QJsonObject o = capture.value(QLatin1String(key)).toObject();
        return QStringLiteral("(?:%1|%2)").arg(QRegularExpression::escape(o.value(QLatin1String("id")).toString()),
                                               QRegularExpression::escape(o.value(QLatin1String("name")).toString()));
    };
    const QString running = idAndName("runningContainer");
    const QString exited = idAndName("exitedContainer");
    const QString image = QRegularExpression::escape(
        capture.value(QLatin1String("image")).toObject().value(QLatin1String("id")).toString());
    const QString volume = QRegularExpression::escape(
        capture.value(QLatin1String("volume")).toObject().value(QLatin1String("name")).toString());

    route("GET", QStringLiteral("/containers/([^/]+)/json"), [](const FakeRequest &r) {
        return FakeReply::error(404, QStringLiteral("No such container: ") + r.captures.value(1));
    });
    route("GET", QStringLiteral("/containers/json"), [](const FakeRequest &r) {
        const bool size = r.queryItem(QStringLiteral("size")) == QLatin1String("1")
                          || r.queryItem(QStringLiteral("size")) == QLatin1String("true");
        return FakeReply::fixture(size ? QStringLiteral("containers-size.json") : QStringLiteral("containers.json"));
    });
    route("GET", QStringLiteral("/containers/%1/json").arg(running), FakeReply::fixture(QStringLiteral("container-running.json")));
    route("GET", QStringLiteral("/containers/%1/json").arg(exited), FakeReply::fixture(QStringLiteral("container-exited.json")));
    route("GET", QStringLiteral("/containers/%1/changes").arg(exited), FakeReply::fixture(QStringLiteral("container-changes.json")));
    route("GET", QStringLiteral("/containers/%1/top").arg(running), FakeReply::fixture(QStringLiteral("container-top.json")));
    route("GET", QStringLiteral("/images/json"), FakeReply::fixture(QStringLiteral("images.json")));
    route("GET", QStringLiteral("/images/%1/json").arg(image), FakeReply::fixture(QStringLiteral("image-inspect.json")));
    route("GET", QStringLiteral("/images/%1/history").arg(image), FakeReply::fixture(QStringLiteral("image-history.json")));
    route("GET", QStringLiteral("/volumes"), FakeReply::fixture(QStringLiteral("volumes.json")));
    route("GET", QStringLiteral("/volumes/%1").arg(volume), FakeReply::fixture(QStringLiteral("volume-inspect.json")));
    route("GET", QStringLiteral("/networks"), FakeReply::fixture(QStringLiteral("networks.json")));
    route("GET", QStringLiteral("/networks/%1").arg(idAndName("network")), FakeReply::fixture(QStringLiteral("network-inspect.json")));
    const QString bridgeId = fixtures::json(QStringLiteral("network-bridge.json")).object().value(QLatin1String("Id")).toString();
    route("GET", QStringLiteral("/networks/(?:bridge|%1)").arg(QRegularExpression::escape(bridgeId)),
          FakeReply::fixture(QStringLiteral("network-bridge.json")));
    route("GET", QStringLiteral("/system/df"), FakeReply::fixture(QStringLiteral("system-df.json")));
}

bool FakeEngine::matches(const FakeRequest &request, const QByteArray &method, const QRegularExpression &pattern)
{
    const QByteArray m = method.toUpper();
    return (m.isEmpty() || m == "*" || m == request.method) && pattern.match(request.path).hasMatch();
}

FakeReply FakeEngine::answer(FakeRequest &request)
{
    request.sequence = int(m_log.size()) + 1;
    FakeReply reply = FakeReply::notFound();
    for (qsizetype i = m_routes.size() - 1; i >= 0; --i) {
        if (!matches(request, m_routes[i].method, m_routes[i].pattern))
            continue;
        request.captures = m_routes[i].pattern.match(request.path).capturedTexts();
        // Copied out: the handler may add or remove routes.
        const Handler handler = m_routes[i].handler;
        if (m_routes[i].remaining > 0 && --m_routes[i].remaining == 0)
            m_routes.removeAt(i);
        reply = handler(request);
        break;
    }
    m_log.append(request);
    emit requestReceived(request);
    return reply;
}

void FakeEngine::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new FakeConnection(socket, ++m_connectionsAccepted, this);
        m_connections.append(connection);
        connect(connection, &FakeConnection::closed, this, [this](FakeConnection *c) {
            m_connections.removeAll(c);
            c->deleteLater();
        });
    }
}

void FakeEngine::pushEvent(const QJsonObject &event)
{
    pushStream(QStringLiteral("events"), QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
}

void FakeEngine::pushEvent(const QByteArray &jsonLine)
{
    pushStream(QStringLiteral("events"), jsonLine.endsWith('\n') ? jsonLine : jsonLine + '\n');
}

void FakeEngine::pushStream(const QString &name, const QByteArray &data)
{
    const QList<FakeConnection *> connections = m_connections;
    for (FakeConnection *c : connections) {
        if (c->streamName() == name)
            c->pushChunk(data);
    }
}

void FakeEngine::closeStreams(const QString &name)
{
    const QList<FakeConnection *> connections = m_connections;
    for (FakeConnection *c : connections) {
        if (c->streamName() == name)
            c->endStream();
    }
}

void FakeEngine::cutStreams(const QString &name)
{
    const QList<FakeConnection *> connections = m_connections;
    for (FakeConnection *c : connections) {
        if (c->streamName() == name)
            c->cut();
    }
}

void FakeEngine::cutConnections()
{
    const QList<FakeConnection *> connections = m_connections;
    for (FakeConnection *c : connections)
        c->cut();
}

void FakeEngine::failEvents(int times, int status, const QString &message)
{
    route("GET", QStringLiteral("/events"), FakeReply::error(status, message), times);
}

int FakeEngine::openStreams(const QString &name) const
{
    int n = 0;
    for (const FakeConnection *c : m_connections) {
        if (c->isOpen() && c->streamName() == name)
            ++n;
    }
    return n;
}

bool FakeEngine::waitForStreams(const QString &name, int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return openStreams(name) >= count; }, timeoutMs);
}

int FakeEngine::openConnectionCount() const
{
    int n = 0;
    for (const FakeConnection *c : m_connections) {
        if (c->isOpen())
            ++n;
    }
    return n;
}

QList<FakeRequest> FakeEngine::requests(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression pattern = wholePath(pathPattern);
    QList<FakeRequest> result;
    for (const FakeRequest &r : m_log) {
        if (matches(r, method, pattern))
            result.append(r);
    }
    return result;
}

int FakeEngine::count(const QByteArray &method, const QString &pathPattern) const
{
    return int(requests(method, pathPattern).size());
}

FakeRequest FakeEngine::lastRequest(const QByteArray &method, const QString &pathPattern) const
{
    const QList<FakeRequest> all = requests(method, pathPattern);
    return all.isEmpty() ? FakeRequest() : all.constLast();
}

bool FakeEngine::waitForRequest(const QByteArray &method, const QString &pathPattern, int n, int timeoutMs)
{
    return QTest::qWaitFor([&] { return count(method, pathPattern) >= n; }, timeoutMs);
}

} // namespace dx::test
