#include "engineprobe.h"

#include "curltransfer.h"
#include "engineinfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

#include <curl/curl.h>

namespace dx {

namespace {

struct PingHeaders
{
    QByteArray server;
    QByteArray apiVersion;
    bool libpod = false;
};

size_t onHeader(char *data, size_t size, size_t count, void *userp)
{
    auto *headers = static_cast<PingHeaders *>(userp);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "server")
            headers->server = value;
        else if (name == "api-version")
            headers->apiVersion = value;
        else if (name == "libpod-api-version")
            headers->libpod = true;
    }
    return size * count;
}

size_t discardBody(char *, size_t size, size_t count, void *)
{
    return size * count;
}

// How a default socket is named for the user.
QString socketSource(const QString &path)
{
    const bool podman = path.contains(QLatin1String("podman"));
    const bool rootless = !path.startsWith(QLatin1String("/var/run/")) && !path.startsWith(QLatin1String("/run/podman/"));
    if (podman)
        return rootless ? QCoreApplication::translate("EngineProbe", "Podman (rootless)")
                        : QCoreApplication::translate("EngineProbe", "Podman (rootful)");
    return rootless ? QCoreApplication::translate("EngineProbe", "Docker (rootless)")
                    : QCoreApplication::translate("EngineProbe", "Docker (default socket)");
}

} // namespace

QString ProbeResult::stateText() const
{
    if (!checked)
        return QCoreApplication::translate("EngineProbe", "Not checked");
    if (!answers)
        return QCoreApplication::translate("EngineProbe", "No answer");
    return version.isEmpty() ? product : product + u' ' + version;
}

ProbeResult EngineProbe::ping(const Endpoint &endpoint, int timeoutMs)
{
    ProbeResult result;
    if (!endpoint.isValid()) {
        result.checked = true;
        result.error = endpoint.error;
        return result;
    }
    if (endpoint.kind == Endpoint::Kind::Ssh) {
        result.error = QCoreApplication::translate("EngineProbe", "ssh connections are opened only when chosen");
        return result;
    }
    result.checked = true;
    if (endpoint.kind == Endpoint::Kind::Unix && !QFileInfo::exists(endpoint.socketPath)) {
        result.error = QCoreApplication::translate("EngineProbe", "%1 does not exist").arg(endpoint.socketPath);
        return result;
    }
    CURL *easy = curl_easy_init();
    if (!easy) {
        result.error = QCoreApplication::translate("EngineProbe", "Cannot set up a connection");
        return result;
    }
    PingHeaders headers;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = (endpoint.baseUrl() + QStringLiteral("/_ping")).toUtf8();
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &headers);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &discardBody);
    CurlTransfer::applyEndpoint(easy, endpoint);
    const CURLcode code = curl_easy_perform(easy);
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(easy);

    if (code != CURLE_OK) {
        result.error = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
        return result;
    }
    if (status != 200) {
        result.error = QCoreApplication::translate("EngineProbe", "/_ping answered HTTP %1").arg(status);
        return result;
    }
    result.answers = true;
    const PingIdentity identity = PingIdentity::fromHeaders(headers.server, headers.libpod);
    result.podman = identity.podman;
    result.product = identity.product;
    result.version = identity.version;
    result.apiVersion = QString::fromLatin1(headers.apiVersion);
    return result;
}

QList<EngineCandidate> EngineProbe::candidates(const EndpointResolver &resolver)
{
    QList<EngineCandidate> list;
    QSet<QString> seen;
    const auto add = [&](Endpoint endpoint, const QString &choice, const QString &source) {
        const QString key = endpoint.isValid() ? endpoint.displayName() : choice;
        if (seen.contains(key))
            return;
        seen.insert(key);
        EngineCandidate candidate;
        candidate.startedByApp = endpoint.startedByApp;
        candidate.endpoint = std::move(endpoint);
        candidate.choice = choice;
        candidate.source = source;
        list << candidate;
    };
    if (resolver.hasHostVariable()) {
        const Endpoint ep = resolver.resolve();
        add(ep, ep.host, QStringLiteral("DOCKER_HOST"));
    }
    const QStringList contexts = resolver.contextNames();
    for (const QString &name : contexts) {
        if (name == QLatin1String("default"))
            continue;
        add(resolver.contextEndpoint(name), QStringLiteral("context:") + name,
            QCoreApplication::translate("EngineProbe", "Docker context %1").arg(name));
    }
    const QList<EngineCandidate> sockets = socketCandidates(resolver);
    for (const EngineCandidate &socket : sockets)
        add(socket.endpoint, socket.choice, socket.source);
    add(resolver.appPodmanEndpoint(), Endpoint::podmanServiceChoice(),
        QCoreApplication::translate("EngineProbe", "Podman started by Docker Explorer"));
    return list;
}

QList<EngineCandidate> EngineProbe::socketCandidates(const EndpointResolver &resolver)
{
    QList<EngineCandidate> list;
    const QStringList sockets = resolver.defaultSockets();
    for (const QString &socket : sockets) {
        EngineCandidate candidate;
        candidate.choice = QStringLiteral("unix://") + socket;
        candidate.endpoint = Endpoint::fromHost(candidate.choice);
        candidate.source = socketSource(socket);
        list << candidate;
    }
    return list;
}

QList<EngineCandidate> EngineProbe::probeAll(QList<EngineCandidate> candidates, int timeoutMs)
{
    // A pool of its own: the caller is often a thread of the global pool itself, and slow
    // candidates (a tcp address that does not answer) must not wait for each other.
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    QtConcurrent::blockingMap(&pool, candidates, [timeoutMs](EngineCandidate &candidate) {
        candidate.probe = ping(candidate.endpoint, timeoutMs);
    });
    return candidates;
}

} // namespace dx
