#pragma once

#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dx {

// Where an engine is reached and how, resolved the way the docker CLI does.
struct Endpoint
{
    enum class Kind { Unix, Tcp, Ssh, Invalid };

    Kind kind = Kind::Invalid;
    QString host;           // as given: unix:///var/run/docker.sock, tcp://h:2376, ssh://u@h
    QString socketPath;     // Unix only
    QString address;        // Tcp: host:port; Ssh: [user@]host
    int sshPort = 0;        // Ssh only, 0 = default

    bool tls = false;       // https for Tcp
    // Verify the server certificate (against caFile, or the system CA store without one). On
    // with TLS unless explicitly turned off: --tls without --tlsverify, SkipTLSVerify, or the
    // Connect dialog's "do not verify" (a "noverify:" choice).
    bool tlsVerify = false;
    QString caFile;
    QString certFile;
    QString keyFile;

    QString contextName;    // "default" unless a docker context chose this endpoint
    QString origin;         // how it was found, for the user: "DOCKER_HOST", "context foo", ...
    QString error;          // why the settings could not be used (Kind::Invalid)
    bool startedByApp = false; // the Podman service Docker Explorer runs (PodmanService)

    bool isValid() const { return kind != Kind::Invalid; }
    // The http base URL libcurl talks to: http://localhost for sockets, http(s)://host:port for TCP.
    QString baseUrl() const;
    // "tcp://h:2376 (TLS)", or "(TLS, unverified)" when the certificate is not checked.
    QString displayName() const;
    // The host name or address of a Tcp/Ssh endpoint, without port and brackets.
    QString hostName() const;
    // Whether a Tcp endpoint's host is this machine: localhost, 127.0.0.0/8 or ::1.
    bool isLoopback() const;
    // Plain tcp to another machine: anyone on the path can drive the engine.
    bool isUnencryptedRemote() const;
    // The warning for isUnencryptedRemote(), empty otherwise.
    QString securityWarning() const;

    static bool isLoopbackHost(const QString &host);
    // The choice prefix that turns certificate verification off (see EndpointResolver::fromChoice).
    static QString noVerifyPrefix() { return QStringLiteral("noverify:"); }
    // The choice that means "the Podman service Docker Explorer starts" (see PodmanService).
    static QString podmanServiceChoice() { return QStringLiteral("podman:"); }

    // Parses a DOCKER_HOST-style address. Relative TLS settings are left to the caller.
    static Endpoint fromHost(const QString &host);
};

// The docker CLI's order: DOCKER_HOST, DOCKER_CONTEXT, currentContext of config.json with the
// context's meta.json, then /var/run/docker.sock, then Podman's rootful and rootless sockets.
class EndpointResolver final
{
public:
    explicit EndpointResolver(QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    Endpoint resolve() const;
    // The local sockets tried when nothing is configured, in order.
    QStringList defaultSockets() const;
    QString configDir() const;
    // Endpoint of a named docker context ("default" gives the default socket).
    Endpoint contextEndpoint(const QString &name) const;
    // All contexts found in the config dir, "default" first.
    QStringList contextNames() const;
    // What the user chose in the app: "" = automatic, "context:NAME", "podman:" (the Podman
    // service Docker Explorer starts), or a DOCKER_HOST address, optionally prefixed with
    // "noverify:" (TLS without certificate checks, like --tls alone).
    Endpoint fromChoice(const QString &choice) const;
    // Where Docker Explorer runs its own Podman service: a folder of the user's runtime
    // directory ($XDG_RUNTIME_DIR, else Qt's runtime location), one for all its instances.
    QString appPodmanDirectory() const;
    Endpoint appPodmanEndpoint() const;
    // Whether DOCKER_HOST is set (then the docker CLI looks nowhere else).
    bool hasHostVariable() const { return !m_env.value(QStringLiteral("DOCKER_HOST")).isEmpty(); }

    // Overridable for tests: the file a socket exists at.
    void setSocketCandidates(const QStringList &paths) { m_socketOverride = paths; }

private:
    Endpoint fromEnvironmentHost() const;
    Endpoint defaultEndpoint() const;
    QString currentContextFromConfig() const;

    QProcessEnvironment m_env;
    QStringList m_socketOverride;
};

} // namespace dx

Q_DECLARE_METATYPE(dx::Endpoint)
