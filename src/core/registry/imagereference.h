#pragma once

#include <QString>

namespace dx {

// An image reference split the way the docker CLI normalises it (distribution's reference
// package): `busybox` is docker.io/library/busybox, `127.0.0.1:5000/a/b:1` lives on
// 127.0.0.1:5000, `index.docker.io/x` is Docker Hub. It splits; it does not validate every
// character (the engine does, with its own message).
struct ImageReference
{
    QString domain; // "docker.io" or host[:port]
    QString path;   // "library/busybox", "a/b"
    QString tag;    // empty when the reference names none
    QString digest; // "sha256:...", empty when the reference names none

    // What keeps a reference from being one the engine accepts, checked against distribution's
    // grammar (a lower-case repository path, an optional host[:port], a tag of at most 128 word
    // characters, a digest algorithm:hex), so a typo is named before anything is sent.
    enum class Problem { None, Empty, Whitespace, UpperCase, TooLong, Malformed };
    static Problem check(const QString &reference);

    static ImageReference parse(const QString &reference);

    bool isValid() const { return !domain.isEmpty() && !path.isEmpty(); }
    bool isDockerHub() const;
    // The name the CLI sends as fromImage and in /images/{name}/push: busybox, user/app,
    // host:5000/a/b (no tag, no digest).
    QString familiarName() const;
    // The registry's key in config.json (auths, credHelpers) and in X-Registry-Config:
    // "https://index.docker.io/v1/" for Docker Hub, host[:port] otherwise.
    QString authKey() const;

    static QString dockerHubAuthKey() { return QStringLiteral("https://index.docker.io/v1/"); }
};

// The host[:port] of a config.json key, which older CLIs wrote as a URL
// ("https://host:5000/v1/"): the CLI's ConvertToHostname.
QString registryHostname(const QString &authKey);

} // namespace dx
