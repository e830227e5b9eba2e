#include "registrycredentials.h"

#include "credentialhelper.h"
#include "engine/endpoint.h"
#include "imagereference.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace dx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dx::RegistryCredentials", text);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

RegistryCredentials RegistryCredentials::load(const QProcessEnvironment &env)
{
    RegistryCredentials c;
    c.m_env = env;
    c.m_path = EndpointResolver(env).configDir() + QStringLiteral("/config.json");
    QFile file(c.m_path);
    if (!file.exists())
        return c;
    if (!file.open(QIODevice::ReadOnly)) {
        c.m_problems.append(tr("%1 cannot be read: %2").arg(c.m_path, file.errorString()));
        return c;
    }
    QString error;
    if (!DockerConfigFile::parse(file.readAll(), &c.m_config, &error)) {
        c.m_problems.append(tr("%1: %2").arg(c.m_path, error));
        return c;
    }
    for (const QString &problem : std::as_const(c.m_config.problems))
        c.m_problems.append(tr("%1: %2").arg(c.m_path, problem));
    return c;
}

RegistryAuth RegistryCredentials::forRegistry(const QString &key, QString *error) const
{
    setError(error, {});
    const QString helperName = m_config.helperFor(key);
    if (helperName.isEmpty())
        return m_config.fileAuth(key);
    RegistryAuth auth;
    QString failure;
    const CredentialHelper helper(helperName, m_env, m_helperTimeoutMs);
    if (helper.get(key, &auth, &failure) == CredentialHelper::Outcome::Failed) {
        setError(error, tr("No credentials for %1: %2").arg(key, failure));
        return {};
    }
    return auth;
}

RegistryAuth RegistryCredentials::forImage(const QString &reference, QString *error) const
{
    return forRegistry(ImageReference::parse(reference).authKey(), error);
}

RegistryAuthMap RegistryCredentials::all(QStringList *errors) const
{
    QStringList problems = m_problems;
    RegistryAuthMap auths;
    if (m_config.credsStore.isEmpty()) {
        for (auto it = m_config.auths.cbegin(); it != m_config.auths.cend(); ++it) {
            if (it.value().hasCredentials())
                auths.insert(it.key(), it.value());
        }
    } else {
        QStringList servers;
        QString failure;
        const CredentialHelper store(m_config.credsStore, m_env, m_helperTimeoutMs);
        if (store.list(&servers, &failure)) {
            for (const QString &server : std::as_const(servers)) {
                if (m_config.credHelpers.contains(server))
                    continue; // its own helper answers below
                RegistryAuth auth;
                if (store.get(server, &auth, &failure) == CredentialHelper::Outcome::Failed)
                    problems.append(tr("No credentials for %1: %2").arg(server, failure));
                else if (auth.hasCredentials())
                    auths.insert(server, auth);
            }
        } else {
            problems.append(failure);
        }
    }
    // A registry's own helper wins over the store and the file, also when it fails: then the
    // registry gets no credentials rather than ones the user moved to the helper.
    for (auto it = m_config.credHelpers.cbegin(); it != m_config.credHelpers.cend(); ++it) {
        QString failure;
        const RegistryAuth auth = forRegistry(it.key(), &failure);
        auths.remove(it.key());
        if (!failure.isEmpty())
            problems.append(failure);
        else if (auth.hasCredentials())
            auths.insert(it.key(), auth);
    }
    if (errors)
        *errors = problems;
    return auths;
}

QStringList RegistryCredentials::registries() const
{
    return m_config.auths.keys();
}

bool RegistryCredentials::store(const RegistryAuth &auth, QString *error)
{
    const QString key = auth.serverAddress;
    const QString helperName = m_config.helperFor(key);
    if (!helperName.isEmpty()) {
        QString failure;
        if (!CredentialHelper(helperName, m_env, m_helperTimeoutMs).store(auth, &failure)) {
            setError(error, tr("The credentials for %1 could not be stored: %2").arg(key, failure));
            return false;
        }
    }
    return rewrite(key, &auth, !helperName.isEmpty(), error);
}

bool RegistryCredentials::erase(const QString &key, QString *error)
{
    const QString helperName = m_config.helperFor(key);
    if (!helperName.isEmpty()) {
        QString failure;
        if (!CredentialHelper(helperName, m_env, m_helperTimeoutMs).erase(key, &failure)) {
            setError(error, tr("The credentials for %1 could not be removed: %2").arg(key, failure));
            return false;
        }
    }
    return rewrite(key, nullptr, false, error);
}

bool RegistryCredentials::rewrite(const QString &key, const RegistryAuth *auth, bool inHelper, QString *error)
{
    QByteArray current;
    QFile existing(m_path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            setError(error, tr("%1 cannot be read: %2").arg(m_path, existing.errorString()));
            return false;
        }
        current = existing.readAll();
        existing.close();
    } else if (!auth) {
        return true; // nothing stored, nothing to take out
    }
    QByteArray text;
    QString failure;
    if (!DockerConfigFile::withEntry(current, key, auth, inHelper, &text, &failure)) {
        setError(error, tr("%1 is left as it is: %2").arg(m_path, failure));
        return false;
    }
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().exists(dir)) {
        if (!QDir().mkpath(dir)) {
            setError(error, tr("The folder %1 cannot be created").arg(dir));
            return false;
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("%1 cannot be written: %2").arg(m_path, file.errorString()));
        return false;
    }
    // Holds secrets: readable by its owner only, before anything is written.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(text) != text.size() || !file.commit()) {
        setError(error, tr("%1 cannot be written: %2").arg(m_path, file.errorString()));
        return false;
    }
    QString reread;
    DockerConfigFile::parse(text, &m_config, &reread);
    setError(error, {});
    return true;
}

} // namespace dx
