#pragma once

#include "registryauth.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dx {

// A docker-credential-NAME program, run as the docker CLI runs it (the docker-credential-helpers
// protocol): `get` reads a server address on stdin and answers
// {"ServerURL": ..., "Username": ..., "Secret": ...}, where the user name "<token>" means the
// secret is an identity token; `list` answers {"server address": "user name", ...}. A helper
// that knows nothing of the server exits non-zero saying "credentials not found in native
// keychain": no credentials, not an error.
//
// Blocking (at most timeoutMs per run): call it off the GUI thread.
class CredentialHelper final
{
public:
    static constexpr int DefaultTimeoutMs = 30000;

    enum class Outcome { Found, NotFound, Failed };

    // `env` is the environment the helper runs in, and its PATH is where it is looked for.
    CredentialHelper(QString name, QProcessEnvironment env, int timeoutMs = DefaultTimeoutMs);

    QString program() const { return QStringLiteral("docker-credential-") + m_name; }

    Outcome get(const QString &serverAddress, RegistryAuth *auth, QString *error) const;
    bool list(QStringList *serverAddresses, QString *error) const;
    // `store` (what `docker login` does with a helper): {"ServerURL", "Username", "Secret"} on
    // stdin, "<token>" as the user name for an identity token. `erase` (`docker logout`): a
    // server the helper does not know is not an error.
    bool store(const RegistryAuth &auth, QString *error) const;
    bool erase(const QString &serverAddress, QString *error) const;

    // The parsers of the helper's answers, for tests. The answer itself never goes into *error:
    // it may hold the secret.
    static Outcome parseGet(const QByteArray &output, const QString &serverAddress, RegistryAuth *auth,
                            QString *error);
    static bool parseList(const QByteArray &output, QStringList *serverAddresses, QString *error);

private:
    // Runs `program() action` with `input` on stdin; false with *error unless it ran and exited
    // (with any code: *exitCode).
    bool run(const QString &action, const QByteArray &input, QByteArray *output, int *exitCode,
             QString *error) const;
    QString failure(const QString &action, int exitCode, const QByteArray &output) const;

    QString m_name;
    QProcessEnvironment m_env;
    int m_timeoutMs;
};

} // namespace dx
