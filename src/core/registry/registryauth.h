#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace dx {

// One registry's credentials as the engine takes them (the CLI's types.AuthConfig). Holds
// secrets: never print it, never put it in a command line or a log.
struct RegistryAuth
{
    QString serverAddress;
    QString username;
    QString password;
    QString identityToken; // an OAuth refresh token a helper or `docker login` stored instead of a password
    QString registryToken; // a bearer token sent to the registry as is

    bool hasCredentials() const
    {
        return !username.isEmpty() || !password.isEmpty() || !identityToken.isEmpty() || !registryToken.isEmpty();
    }
    // The AuthConfig JSON the engine reads: empty fields are left out, so no credentials is {}.
    QJsonObject toJson() const;
};

// Credentials by registry key (ImageReference::authKey(): "https://index.docker.io/v1/" or
// host[:port]), as X-Registry-Config carries them for a build.
using RegistryAuthMap = QMap<QString, RegistryAuth>;

// The header values, encoded as the CLI encodes them: base64url (with padding) of the JSON.
// X-Registry-Auth, for pull and push:
QByteArray encodeRegistryAuth(const RegistryAuth &auth);
// X-Registry-Config, for builds: every registry the build may pull from.
QByteArray encodeRegistryConfig(const RegistryAuthMap &auths);

} // namespace dx
