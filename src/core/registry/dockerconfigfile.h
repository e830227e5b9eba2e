#pragma once

#include "registryauth.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dx {

// The credential parts of the docker CLI's config.json:
//
//     {"auths": {"https://index.docker.io/v1/": {"auth": "base64(user:password)"},
//                "registry.example:5000": {"username": "u", "password": "p", "identitytoken": "t"}},
//      "credsStore": "secretservice",
//      "credHelpers": {"gcr.io": "gcloud"}}
//
// A parser of the text only (no file, no helper is run), so it is testable and fuzzable.
struct DockerConfigFile
{
    RegistryAuthMap auths;              // by key as written; "auth" decoded into username and password
    QString credsStore;                 // the helper for every registry without its own: docker-credential-NAME
    QMap<QString, QString> credHelpers; // registry key → helper NAME
    QStringList problems;               // entries that could not be read and were skipped, one sentence each

    // False with *error when the text is not a JSON object. A bad entry does not spoil the others:
    // it is left out and described in `problems`.
    static bool parse(const QByteArray &json, DockerConfigFile *config, QString *error);

    // The file's own entry for a registry key, found as the CLI's file store finds it: the
    // exact key, else a key written as a URL of that host ("https://host:5000/v1/").
    RegistryAuth fileAuth(const QString &key) const;
    // The helper NAME that holds a registry's credentials: credHelpers, else credsStore; empty
    // when they are in the file.
    QString helperFor(const QString &key) const;

    // The text of config.json with one registry's entry written (`auth`) or taken out (null),
    // as `docker login` and `docker logout` leave it: every other key of the file is kept. The
    // entry is {"auth": base64(user:password)} (and "identitytoken" when the registry gave one),
    // or {} when `inHelper` (the secret went to a credential helper; the file only names the
    // registry). Removing also takes out a key written as a URL of that host. Empty `json`
    // means no file yet. False with *error when the text is not a JSON object (it is left
    // alone rather than overwritten).
    static bool withEntry(const QByteArray &json, const QString &key, const RegistryAuth *auth, bool inHelper,
                          QByteArray *out, QString *error);
};

} // namespace dx
