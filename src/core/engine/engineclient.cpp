#include "engineclient.h"

#include "curlmulti.h"
#include "curlupgrade.h"
#include "sshtunnel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dx {

EngineClient::EngineClient(QObject *parent)
    : QObject(parent)
    , m_curl(new CurlMulti(this))
    , m_pingTimer(this)
{
    m_pingTimer.setInterval(PingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &EngineClient::ping);
}

EngineClient::~EngineClient() = default;

void EngineClient::setEndpoint(const Endpoint &endpoint)
{
    ++m_generation;
    m_curl->abortAll();
    abortUpgrades();
    m_transfers.clear();
    m_openLivenessStreams.clear();
    m_negotiated = false;
    m_pingInFlight = false;
    m_info = EngineInfo();
    m_info.endpoint = endpoint;
    delete m_tunnel;
    m_tunnel = nullptr;
    if (endpoint.kind == Endpoint::Kind::Ssh) {
        m_tunnel = new SshTunnel(endpoint, this);
        if (m_tunnel->isListening()) {
            m_info.endpoint.socketPath = m_tunnel->socketPath();
        } else {
            m_info.endpoint.kind = Endpoint::Kind::Invalid;
            m_info.endpoint.error = m_tunnel->errorString();
        }
    }
    if (!m_info.endpoint.isValid()) {
        setState(EngineInfo::State::Disconnected, m_info.endpoint.error);
        EngineResponse failure;
        failure.error = EngineResponse::Error::Other;
        failure.message = m_info.endpoint.error;
        flushPending(&failure);
        m_pingTimer.stop();
        return;
    }
    setState(EngineInfo::State::Connecting);
    m_pingTimer.start();
    ping();
}

void EngineClient::connectToChoice(const QString &choice)
{
    setEndpoint(EndpointResolver().fromChoice(choice));
}

QString EngineClient::urlFor(const EngineRequest &request) const
{
    QByteArray url = m_info.endpoint.baseUrl().toUtf8();
    if (!request.unversioned)
        url += "/v" + m_info.apiVersion.toLatin1();
    url += request.encodedPath();
    const QByteArray query = request.encodedQuery();
    if (!query.isEmpty())
        url += '?' + query;
    return QString::fromLatin1(url);
}

void EngineClient::ping()
{
    if (m_pingInFlight || !m_info.endpoint.isValid())
        return;
    m_pingInFlight = true;
    EngineRequest request;
    request.path = QStringLiteral("/_ping");
    request.unversioned = true;
    request.timeoutMs = 3000;
    request.connectTimeoutMs = 2000;
    const quint64 generation = m_generation;
    ++m_pingsSent;
    ++m_requestsSent;
    m_curl->start(m_info.endpoint, urlFor(request), request, {}, [this, generation](const EngineResponse &r) {
        if (generation == m_generation)
            onPingDone(r);
    });
}

void EngineClient::onPingDone(const EngineResponse &response)
{
    m_pingInFlight = false;
    if (!response.ok() && response.error != EngineResponse::Error::Http) {
        m_negotiated = false;
        setState(EngineInfo::State::Disconnected, response.message);
        flushPending(&response);
        return;
    }
    if (m_info.state == EngineInfo::State::Connected && m_negotiated)
        return;

    // First answer after (re)connecting: negotiate, then ask for the details.
    const QString serverApi = QString::fromLatin1(response.header("API-Version"));
    const ApiVersion::Negotiation n = ApiVersion::negotiate(serverApi);
    m_info.serverApiVersion = serverApi;
    m_info.apiVersion = n.version.toString();
    const PingIdentity identity = PingIdentity::fromHeaders(response.header("Server"),
                                                            !response.header("Libpod-API-Version").isEmpty());
    m_info.podman = identity.podman;
    if (!n.error.isEmpty()) {
        setState(EngineInfo::State::Incompatible, n.error);
        flushPending(nullptr);
        return;
    }
    m_negotiated = true;
    // The ping says enough to work with: connect now and let the slower /version fill in the details.
    if (identity.named) {
        m_info.version = identity.version;
        m_info.product = identity.product;
    }
    m_info.buildKit = !m_info.podman && !(ApiVersion::parse(serverApi) < ApiVersion(1, 39));
    setState(EngineInfo::State::Connected);
    flushPending(nullptr);

    const quint64 generation = m_generation;
    const EngineRequest request = EngineRequest::get(QStringLiteral("/version"));
    ++m_requestsSent;
    m_curl->start(m_info.endpoint, urlFor(request), request, {}, [this, generation](const EngineResponse &r) {
        if (generation == m_generation)
            onVersionDone(r);
    });
}

void EngineClient::onVersionDone(const EngineResponse &response)
{
    if (!response.ok() || m_info.state != EngineInfo::State::Connected)
        return; // the ping already decided; the details can wait for the next reconnect
    const QJsonObject v = QJsonDocument::fromJson(response.body).object();
    m_info.version = v.value(QLatin1String("Version")).toString();
    m_info.minApiVersion = v.value(QLatin1String("MinAPIVersion")).toString();
    m_info.os = v.value(QLatin1String("Os")).toString();
    m_info.arch = v.value(QLatin1String("Arch")).toString();
    m_info.kernel = v.value(QLatin1String("KernelVersion")).toString();
    m_info.product = tr("Docker Engine");
    const QJsonArray components = v.value(QLatin1String("Components")).toArray();
    for (const QJsonValue &c : components) {
        const QString name = c.toObject().value(QLatin1String("Name")).toString();
        if (name.contains(QLatin1String("Podman"), Qt::CaseInsensitive)) {
            m_info.podman = true;
            m_info.version = c.toObject().value(QLatin1String("Version")).toString();
        }
    }
    if (m_info.podman)
        m_info.product = QStringLiteral("Podman");
    // BuildKit over the API (POST /build?version=2) exists since API 1.39; Podman builds with buildah.
    m_info.buildKit = !m_info.podman && !(ApiVersion::parse(m_info.serverApiVersion) < ApiVersion(1, 39));
    // Engines newer than the client may refuse old versions: check their stated minimum too.
    if (!m_info.minApiVersion.isEmpty()) {
        const ApiVersion::Negotiation n = ApiVersion::negotiate(m_info.serverApiVersion, m_info.minApiVersion);
        if (!n.error.isEmpty()) {
            m_negotiated = false;
            setState(EngineInfo::State::Incompatible, n.error);
            flushPending(nullptr);
            return;
        }
    }
    emit infoChanged(m_info);
}

void EngineClient::setState(EngineInfo::State state, const QString &message)
{
    const bool changed = m_info.state != state || m_info.message != message;
    m_info.state = state;
    m_info.message = message;
    updatePingTimer();
    if (changed)
        emit infoChanged(m_info);
}

void EngineClient::startRequest(quint64 id, const EngineRequest &request)
{
    if (!m_negotiated && !request.unversioned) {
        if (m_info.state == EngineInfo::State::Incompatible || !m_info.endpoint.isValid()) {
            EngineResponse failure;
            failure.error = EngineResponse::Error::Other;
            failure.message = m_info.message;
            emit replyFinished(id, failure);
            return;
        }
        m_pending.append({id, request});
        ping();
        return;
    }
    dispatch(id, request);
}

void EngineClient::dispatch(quint64 id, const EngineRequest &request)
{
    if (request.upgrade) {
        dispatchUpgrade(id, request);
        return;
    }
    ++m_requestsSent;
    const bool liveness = request.livenessStream;
    const quint64 transfer = m_curl->start(
        m_info.endpoint, urlFor(request), request,
        [this, id](const QByteArray &chunk) { emit replyData(id, chunk); },
        [this, id](const EngineResponse &response) {
            m_transfers.remove(id);
            const bool livenessEnded = m_openLivenessStreams.remove(id);
            if (livenessEnded
                || (!response.ok() && response.error != EngineResponse::Error::Http
                    && response.error != EngineResponse::Error::Cancelled
                    && response.error != EngineResponse::Error::BodyFailed)) {
                // Something below HTTP failed, or the stream that stood for the engine's
                // liveness ended: find out at once whether the engine is gone.
                ping();
            }
            updatePingTimer();
            emit replyFinished(id, response);
        },
        request.streaming ? CurlMulti::HeadersHandler([this, id, liveness](int status) {
            if (liveness && status >= 200 && status < 300) {
                m_openLivenessStreams.insert(id);
                updatePingTimer();
            }
            emit replyHeaders(id, status);
        })
                          : CurlMulti::HeadersHandler());
    m_transfers.insert(id, transfer);
}

void EngineClient::dispatchUpgrade(quint64 id, const EngineRequest &request)
{
    ++m_requestsSent;
    auto *upgrade = new CurlUpgrade(
        m_info.endpoint, urlFor(request), request,
        [this, id](const QByteArray &chunk) { emit replyData(id, chunk); },
        [this, id](const EngineResponse &response) {
            m_upgrades.remove(id);
            if (!response.ok() && response.error != EngineResponse::Error::Http
                && response.error != EngineResponse::Error::Cancelled) {
                ping(); // as for any other request: is the engine gone?
            }
            emit replyFinished(id, response);
        },
        [this, id](int status) { emit replyHeaders(id, status); }, this);
    m_upgrades.insert(id, upgrade);
    upgrade->start();
}

void EngineClient::writeRequest(quint64 id, const QByteArray &data)
{
    if (CurlUpgrade *upgrade = m_upgrades.value(id))
        upgrade->write(data);
}

void EngineClient::acknowledgeData(quint64 id, qint64 bytes)
{
    if (CurlUpgrade *upgrade = m_upgrades.value(id))
        upgrade->acknowledge(bytes);
}

void EngineClient::abortUpgrades()
{
    const QList<CurlUpgrade *> upgrades = m_upgrades.values();
    for (CurlUpgrade *upgrade : upgrades)
        upgrade->abort(); // calls its done handler, which forgets it
    m_upgrades.clear();
}

void EngineClient::updatePingTimer()
{
    if (m_shutDown)
        return;
    const bool streamSaysAlive = !m_openLivenessStreams.isEmpty() && m_info.state == EngineInfo::State::Connected;
    if (streamSaysAlive)
        m_pingTimer.stop();
    else if (!m_pingTimer.isActive() && m_info.endpoint.isValid())
        m_pingTimer.start();
}

void EngineClient::flushPending(const EngineResponse *failure)
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &p : pending) {
        if (failure) {
            emit replyFinished(p.first, *failure);
        } else if (!m_negotiated) {
            EngineResponse r;
            r.error = EngineResponse::Error::Other;
            r.message = m_info.message;
            emit replyFinished(p.first, r);
        } else {
            dispatch(p.first, p.second);
        }
    }
}

void EngineClient::abortRequest(quint64 id)
{
    for (int i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].first == id) {
            m_pending.removeAt(i);
            EngineResponse r;
            r.error = EngineResponse::Error::Cancelled;
            r.message = tr("Cancelled");
            emit replyFinished(id, r);
            return;
        }
    }
    if (m_transfers.contains(id))
        m_curl->abort(m_transfers.value(id));
    else if (CurlUpgrade *upgrade = m_upgrades.value(id))
        upgrade->abort();
}

void EngineClient::setReceivePaused(quint64 id, bool paused)
{
    if (m_transfers.contains(id))
        m_curl->setReceivePaused(m_transfers.value(id), paused);
}

void EngineClient::shutdown()
{
    m_shutDown = true;
    m_pingTimer.stop();
    ++m_generation;
    m_curl->abortAll();
    abortUpgrades();
}

} // namespace dx
