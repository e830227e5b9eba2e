#pragma once

#include "api/apiresult.h"
#include "api/job.h"

#include <QPointer>
#include <QStringList>

namespace dx {

class DockerApi;
class EngineReply;

// `docker login [SERVER] -u USER` as one Job: the engine asks the registry whether it takes the
// user name and password (POST /auth), then they are stored where the docker CLI keeps them
// (RegistryCredentials::store: the registry's credential helper, else ~/.docker/config.json), so
// the CLI and this app log in once for both. A registry that hands out an identity token gets
// the token stored instead of the password. Nothing is stored when the registry says no.
// Cancelling while the engine asks stops the request; the store itself, once begun (a file
// replaced in one step, or a helper run), is let finish.
class RegistryLoginJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryLoginJob)

public:
    enum class Failure { None, Invalid, Unauthorized, NoNetwork, Storage, Other };
    Q_ENUM(Failure)

    RegistryLoginJob(DockerApi *api, const QString &server, const QString &username, const QString &password,
                     QObject *parent = nullptr);
    ~RegistryLoginJob() override;

    // The key a registry is stored under, from what the user typed: empty, "docker.io" and the
    // Hub's URLs are Docker Hub's "https://index.docker.io/v1/"; otherwise host[:port] without
    // a scheme or a path ("https://127.0.0.1:5000/" → "127.0.0.1:5000").
    static QString serverKey(const QString &server);
    // Why the fields cannot be sent as typed; empty when they can.
    static QString problem(const QString &server, const QString &username, const QString &password);

    QString server() const { return m_server; }
    QString username() const { return m_username; }
    Failure failure() const { return m_failure; }

protected:
    void run() override;
    void abortWork() override;

private:
    void store(const QString &identityToken, const QString &status);
    void failWith(Failure failure, const QString &message);

    QPointer<DockerApi> m_api;
    QString m_server; // serverKey()
    QString m_username;
    QString m_password;
    QPointer<EngineReply> m_reply;
    Failure m_failure = Failure::None;
    bool m_aborted = false;
};

// `docker logout [SERVER]`: the stored credentials are erased from the helper and taken out of
// config.json. No engine request (the CLI sends none either). Blocking: call it off the GUI
// thread (QtConcurrent). Empty on success, else what went wrong.
QString registryLogout(const QString &serverKey);

// The registries config.json names (logged in). Blocking (reads a file): off the GUI thread.
QStringList loggedInRegistries(QString *problem = nullptr);

} // namespace dx
