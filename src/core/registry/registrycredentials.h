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

private:
    QProcessEnvironment m_env;
    QString m_path;
    DockerConfigFile m_config;
    QStringList m_problems;
    int m_helperTimeoutMs = 30000;
};

} // namespace dx
