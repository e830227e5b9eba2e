#include "endpoint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>

namespace dx {

namespace {

bool envTruthy(const QString &value)
{
    // The CLI treats any non-empty value as "on" for DOCKER_TLS_VERIFY.
    return !value.isEmpty();
}

QJsonObject readJsonObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return {};
    }
    return doc.object();
}

// Turns TLS on the way the CLI's --tls/--tlsverify do; a tcp:// address without a port then
// means the TLS port 2376 (the CLI's ParseHost(defaultToTLS, ...)), not 2375.
void enableTls(Endpoint &ep, bool verify)
{
    ep.tls = true;
    ep.tlsVerify = verify;
    const QUrl url(ep.host);
    if (url.port() == -1 && ep.address.endsWith(QLatin1String(":2375")))
        ep.address = ep.address.chopped(4) + QStringLiteral("2376");
}

} // namespace

QString Endpoint::baseUrl() const
{
    switch (kind) {
    case Kind::Tcp:
        return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + address;
    case Kind::Unix:
    case Kind::Ssh:
        return QStringLiteral("http://localhost");
    case Kind::Invalid:
        break;
    }
    return {};
}

QString Endpoint::displayName() const
{
    switch (kind) {
    case Kind::Unix:
        return QStringLiteral("unix://") + socketPath;
    case Kind::Tcp:
        if (!tls)
            return QStringLiteral("tcp://") + address;
        return QStringLiteral("tcp://") + address
            + (tlsVerify ? QCoreApplication::translate("Endpoint", " (TLS)")
                         : QCoreApplication::translate("Endpoint", " (TLS, unverified)"));
    case Kind::Ssh:
        return QStringLiteral("ssh://") + address;
    case Kind::Invalid:
        break;
    }
    return host;
}

QString Endpoint::hostName() const
{
    if (kind != Kind::Tcp && kind != Kind::Ssh)
        return {};
    QString h = address.mid(address.indexOf(u'@') + 1);
    if (h.startsWith(u'[')) // [v6]:port
        return h.mid(1, h.indexOf(u']') - 1);
    const int colon = h.lastIndexOf(u':');
    return kind == Kind::Tcp && colon >= 0 ? h.left(colon) : h;
}

bool Endpoint::isLoopbackHost(const QString &hostIn)
{
    QString host = hostIn.trimmed().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    if (host == QLatin1String("::1") || host == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    if (host.startsWith(QLatin1String("::ffff:")))
        host = host.mid(7);
    // 127.0.0.0/8, only as a full dotted quad (127.evil.example is a name, not loopback).
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int v = part.toInt(&ok, 10);
        if (!ok || v < 0 || v > 255 || part.isEmpty() || part.size() > 3 || !part.front().isDigit())
            return false;
    }
    return parts.first() == QLatin1String("127");
}

bool Endpoint::isLoopback() const
{
    return kind == Kind::Tcp && isLoopbackHost(hostName());
}

bool Endpoint::isUnencryptedRemote() const
{
    return kind == Kind::Tcp && !tls && !isLoopback();
}

QString Endpoint::securityWarning() const
{
    if (!isUnencryptedRemote())
        return {};
    return QCoreApplication::translate("Endpoint", "Unencrypted connection to %1: anyone on the network can control this engine")
        .arg(hostName());
}

Endpoint Endpoint::fromHost(const QString &hostIn)
{
    Endpoint ep;
    const QString host = hostIn.trimmed();
    ep.host = host;
    if (host.startsWith(QLatin1String("unix://"))) {
        ep.kind = Kind::Unix;
        ep.socketPath = host.mid(7);
        if (ep.socketPath.isEmpty()) {
            ep.kind = Kind::Invalid;
            ep.error = QCoreApplication::translate("Endpoint", "The unix socket address has no path: %1").arg(host);
        }
        return ep;
    }
    if (host.startsWith(QLatin1String("tcp://")) || host.startsWith(QLatin1String("http://"))
        || host.startsWith(QLatin1String("https://"))) {
        const QUrl url(host);
        if (!url.isValid() || url.host().isEmpty()) {
            ep.error = QCoreApplication::translate("Endpoint", "Cannot understand the engine address %1").arg(host);
            return ep;
        }
        ep.kind = Kind::Tcp;
        ep.tls = url.scheme() == QLatin1String("https");
        // https:// means a verified connection: without a CA file, against the system store.
        ep.tlsVerify = ep.tls;
        const int defaultPort = ep.tls ? 2376 : 2375;
        QString h = url.host();
        if (h.contains(u':'))
            h = u'[' + h + u']';
        ep.address = h + u':' + QString::number(url.port(defaultPort));
        return ep;
    }
    if (host.startsWith(QLatin1String("ssh://"))) {
        const QUrl url(host);
        if (!url.isValid() || url.host().isEmpty()) {
            ep.error = QCoreApplication::translate("Endpoint", "Cannot understand the ssh address %1").arg(host);
            return ep;
        }
        ep.kind = Kind::Ssh;
        ep.address = url.userName().isEmpty() ? url.host() : url.userName() + u'@' + url.host();
        ep.sshPort = url.port(0);
        return ep;
    }
    if (host.startsWith(QLatin1String("npipe://"))) {
        ep.error = QCoreApplication::translate("Endpoint", "Windows named pipes (%1) are not available on this system").arg(host);
        return ep;
    }
    ep.error = QCoreApplication::translate("Endpoint", "Unsupported engine address %1: use unix://, tcp:// or ssh://").arg(host);
    return ep;
}

EndpointResolver::EndpointResolver(QProcessEnvironment env)
    : m_env(std::move(env))
{
}

QString EndpointResolver::configDir() const
{
    const QString fromEnv = m_env.value(QStringLiteral("DOCKER_CONFIG"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString home = m_env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return home + QStringLiteral("/.docker");
}

QStringList EndpointResolver::defaultSockets() const
{
    if (!m_socketOverride.isEmpty())
        return m_socketOverride;
    QStringList sockets{QStringLiteral("/var/run/docker.sock"), QStringLiteral("/run/podman/podman.sock")};
    const QString runtimeDir = m_env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (!runtimeDir.isEmpty()) {
        sockets << runtimeDir + QStringLiteral("/podman/podman.sock")
                << runtimeDir + QStringLiteral("/docker.sock");
    }
    return sockets;
}

Endpoint EndpointResolver::resolve() const
{
    if (!m_env.value(QStringLiteral("DOCKER_HOST")).isEmpty())
        return fromEnvironmentHost();

    QString context = m_env.value(QStringLiteral("DOCKER_CONTEXT"));
    QString origin = QStringLiteral("DOCKER_CONTEXT");
    if (context.isEmpty()) {
        context = currentContextFromConfig();
        origin = QStringLiteral("config.json");
    }
    if (!context.isEmpty() && context != QLatin1String("default")) {
        Endpoint ep = contextEndpoint(context);
        ep.origin = QCoreApplication::translate("Endpoint", "context %1 (%2)").arg(context, origin);
        return ep;
    }
    return defaultEndpoint();
}

Endpoint EndpointResolver::fromEnvironmentHost() const
{
    Endpoint ep = Endpoint::fromHost(m_env.value(QStringLiteral("DOCKER_HOST")));
    ep.origin = QStringLiteral("DOCKER_HOST");
    ep.contextName = QStringLiteral("default");
    if (ep.kind != Endpoint::Kind::Tcp)
        return ep;

    // DOCKER_TLS_VERIFY turns TLS on and verifies; DOCKER_TLS alone turns TLS on without verifying.
    const bool verify = envTruthy(m_env.value(QStringLiteral("DOCKER_TLS_VERIFY")));
    const bool tls = verify || envTruthy(m_env.value(QStringLiteral("DOCKER_TLS")));
    if (tls) {
        enableTls(ep, verify);
        QString certPath = m_env.value(QStringLiteral("DOCKER_CERT_PATH"));
        if (certPath.isEmpty())
            certPath = configDir();
        const auto pick = [&](const char *name) {
            const QString path = certPath + u'/' + QLatin1String(name);
            return QFileInfo::exists(path) ? path : QString();
        };
        ep.caFile = pick("ca.pem");
        ep.certFile = pick("cert.pem");
        ep.keyFile = pick("key.pem");
        if (verify && ep.caFile.isEmpty()) {
            ep.kind = Endpoint::Kind::Invalid;
            ep.error = QCoreApplication::translate("Endpoint", "DOCKER_TLS_VERIFY is set but %1/ca.pem does not exist").arg(certPath);
        }
    }
    return ep;
}

QString EndpointResolver::currentContextFromConfig() const
{
    const QString path = configDir() + QStringLiteral("/config.json");
    if (!QFileInfo::exists(path))
        return {};
    return readJsonObject(path, nullptr).value(QLatin1String("currentContext")).toString();
}

Endpoint EndpointResolver::contextEndpoint(const QString &name) const
{
    if (name == QLatin1String("default")) {
        Endpoint ep = defaultEndpoint();
        ep.contextName = name;
        return ep;
    }
    // The CLI stores a context under the hex SHA-256 of its name.
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString metaPath = configDir() + QStringLiteral("/contexts/meta/") + id + QStringLiteral("/meta.json");
    QString error;
    const QJsonObject meta = readJsonObject(metaPath, &error);
    Endpoint ep;
    ep.contextName = name;
    if (meta.isEmpty()) {
        ep.error = QCoreApplication::translate("Endpoint", "Docker context \"%1\" was not found (%2): %3").arg(name, metaPath, error);
        return ep;
    }
    const QJsonObject docker = meta.value(QLatin1String("Endpoints")).toObject()
                                   .value(QLatin1String("docker")).toObject();
    const QString host = docker.value(QLatin1String("Host")).toString();
    if (host.isEmpty()) {
        ep.error = QCoreApplication::translate("Endpoint", "Docker context \"%1\" has no docker endpoint").arg(name);
        return ep;
    }
    ep = Endpoint::fromHost(host);
    ep.contextName = name;
    if (ep.kind == Endpoint::Kind::Tcp) {
        const QString tlsDir = configDir() + QStringLiteral("/contexts/tls/") + id + QStringLiteral("/docker/");
        const auto pick = [&](const char *file) {
            const QString path = tlsDir + QLatin1String(file);
            return QFileInfo::exists(path) ? path : QString();
        };
        ep.caFile = pick("ca.pem");
        ep.certFile = pick("cert.pem");
        ep.keyFile = pick("key.pem");
        const bool skipVerify = docker.value(QLatin1String("SkipTLSVerify")).toBool();
        if (!ep.caFile.isEmpty() || !ep.certFile.isEmpty() || skipVerify)
            enableTls(ep, !skipVerify);
    }
    return ep;
}

Endpoint EndpointResolver::fromChoice(const QString &choice) const
{
    if (choice.isEmpty())
        return resolve();
    if (choice.startsWith(QLatin1String("context:")))
        return contextEndpoint(choice.mid(8));
    if (choice == Endpoint::podmanServiceChoice())
        return appPodmanEndpoint();
    const bool noVerify = choice.startsWith(Endpoint::noVerifyPrefix());
    Endpoint ep = Endpoint::fromHost(noVerify ? choice.mid(Endpoint::noVerifyPrefix().size()) : choice);
    ep.origin = QCoreApplication::translate("Endpoint", "chosen by hand");
    // Asked for by the user: TLS without certificate checks, like the CLI's --tls alone.
    if (noVerify && ep.kind == Endpoint::Kind::Tcp)
        enableTls(ep, false);
    return ep;
}

QString EndpointResolver::appPodmanDirectory() const
{
    QString runtimeDir = m_env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (runtimeDir.isEmpty())
        runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtimeDir + QStringLiteral("/docker-explorer");
}

Endpoint EndpointResolver::appPodmanEndpoint() const
{
    Endpoint ep = Endpoint::fromHost(QStringLiteral("unix://") + appPodmanDirectory() + QStringLiteral("/podman.sock"));
    ep.contextName = QStringLiteral("default");
    ep.startedByApp = true;
    ep.origin = QCoreApplication::translate("Endpoint", "started by Docker Explorer");
    return ep;
}

QStringList EndpointResolver::contextNames() const
{
    QStringList names{QStringLiteral("default")};
    QDir metaDir(configDir() + QStringLiteral("/contexts/meta"));
    const QStringList ids = metaDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : ids) {
        const QString name = readJsonObject(metaDir.filePath(id + QStringLiteral("/meta.json")), nullptr)
                                 .value(QLatin1String("Name")).toString();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

Endpoint EndpointResolver::defaultEndpoint() const
{
    const QStringList sockets = defaultSockets();
    for (const QString &socket : sockets) {
        if (QFileInfo::exists(socket)) {
            Endpoint ep = Endpoint::fromHost(QStringLiteral("unix://") + socket);
            ep.contextName = QStringLiteral("default");
            ep.origin = socket.contains(QLatin1String("podman")) ? QCoreApplication::translate("Endpoint", "Podman socket") : QCoreApplication::translate("Endpoint", "default socket");
            return ep;
        }
    }
    // Nothing answers yet: keep the first candidate so the client can keep trying it.
    Endpoint ep = Endpoint::fromHost(QStringLiteral("unix://") + sockets.value(0));
    ep.contextName = QStringLiteral("default");
    ep.origin = QCoreApplication::translate("Endpoint", "default socket");
    return ep;
}

} // namespace dx
