#pragma once

#include "dockerconfigfile.h"
#include "registryauth.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dx {

// The registry credentials the docker CLI would send, read from its config directory
// (DOCKER_CONFIG, else ~/.docker) the way it reads them: a registry named in credHelpers asks
// that helper, else credsStore's helper when there is one, else the file's own "auths". No
// config.json means no credentials, not an error.
//
// Blocking: load() reads a file, and the lookups run credential helpers (each run at most
// helperTimeoutMs). Call it off the GUI thread. The values hold secrets: keep them out of
// command lines, logs and debug output.
class RegistryCredentials final
{
public:
    static RegistryCredentials load(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    QString configPath() const { return m_path; }
    const DockerConfigFile &config() const { return m_config; }
    // Why (parts of) config.json could not be read: unreadable, not JSON, bad entries.
    QStringList problems() const { return m_problems; }

    int helperTimeoutMs() const { return m_helperTimeoutMs; }
    void setHelperTimeoutMs(int ms) { m_helperTimeoutMs = ms; }

    // One registry, by its key (ImageReference::authKey()). Empty credentials when none are
    // stored; *error says why when a helper failed.
    RegistryAuth forRegistry(const QString &key, QString *error = nullptr) const;
    RegistryAuth forImage(const QString &reference, QString *error = nullptr) const;
    // Every registry's credentials, as `docker build` sends them (X-Registry-Config): the
    // credsStore's list (or the file's auths without one), then each credHelpers registry.
    // What could not be read is left out and described in *errors, the file's problems included.
    RegistryAuthMap all(QStringList *errors = nullptr) const;

    // The registries config.json names in "auths" (logged in, by the file or a helper).
    QStringList registries() const;

    // `docker login`'s last step: the credentials (auth.serverAddress is the key) go to the
    // registry's helper when config.json names one, else into the file; the file then names the
    // registry. `docker logout`: erased from the helper and taken out of the file. The file is
    // replaced at once (a reader never sees half of it), created with mode 0600 in a folder of
    // mode 0700 when missing; a file that is not JSON is left alone and the call fails.
    // Blocking (a helper may run): not on the GUI thread.
    bool store(const RegistryAuth &auth, QString *error);
    bool erase(const QString &key, QString *error);

private:
    bool rewrite(const QString &key, const RegistryAuth *auth, bool inHelper, QString *error);

    QProcessEnvironment m_env;
    QString m_path;
    DockerConfigFile m_config;
    QStringList m_problems;
    int m_helperTimeoutMs = 30000;
};

} // namespace dx
