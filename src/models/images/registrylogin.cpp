#include "registrylogin.h"

#include "pulljob.h"

#include "api/dockerapi.h"
#include "api/systemapi.h"
#include "registry/imagereference.h"
#include "registry/registrycredentials.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace dx {

namespace {

struct Stored
{
    bool ok = false;
    QString error;
};

} // namespace

RegistryLoginJob::RegistryLoginJob(DockerApi *api, const QString &server, const QString &username,
                                   const QString &password, QObject *parent)
    : Job(tr("Log in to %1").arg(serverKey(server) == ImageReference::dockerHubAuthKey() ? QStringLiteral("Docker Hub")
                                                                                          : serverKey(server)),
          parent)
    , m_api(api)
    , m_server(serverKey(server))
    , m_username(username.trimmed())
    , m_password(password)
{
    if (api)
        api->trackJob(this);
}

RegistryLoginJob::~RegistryLoginJob()
{
    if (m_reply)
        m_reply->abort();
}

QString RegistryLoginJob::serverKey(const QString &server)
{
    QString s = server.trimmed();
    if (s.isEmpty())
        return ImageReference::dockerHubAuthKey();
    if (s.contains(QLatin1String("://"))) {
        const QUrl url(s);
        s = url.host();
        if (url.port() > 0)
            s += QLatin1Char(':') + QString::number(url.port());
    } else {
        s = s.section(QLatin1Char('/'), 0, 0);
    }
    s = s.toLower();
    if (s == QLatin1String("docker.io") || s == QLatin1String("index.docker.io")
        || s == QLatin1String("registry-1.docker.io"))
        return ImageReference::dockerHubAuthKey();
    return s;
}

QString RegistryLoginJob::problem(const QString &server, const QString &username, const QString &password)
{
    static const QRegularExpression host(
        QStringLiteral("^(\\[[0-9a-fA-F:]+\\]|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)"
                       "(:[0-9]{1,5})?$"));
    const QString key = serverKey(server);
    if (key != ImageReference::dockerHubAuthKey() && !host.match(key).hasMatch())
        return tr("\"%1\" is not a registry. Type its host name and port, e.g. registry.example.org or "
                  "127.0.0.1:5000; leave it empty for Docker Hub.")
            .arg(server.trimmed());
    if (username.trimmed().isEmpty())
        return tr("Enter your user name for this registry.");
    if (username.trimmed().contains(QLatin1Char(':')))
        return tr("A user name cannot contain a colon.");
    if (password.isEmpty())
        return tr("Enter the password (or an access token) for this registry.");
    return {};
}

void RegistryLoginJob::run()
{
    const QString why = problem(m_server == ImageReference::dockerHubAuthKey() ? QString() : m_server, m_username,
                                m_password);
    if (!why.isEmpty()) {
        failWith(Failure::Invalid, why);
        return;
    }
    if (!m_api) {
        failWith(Failure::Other, tr("Not connected to an engine."));
        return;
    }
    RegistryAuth auth;
    auth.serverAddress = m_server;
    auth.username = m_username;
    auth.password = m_password;
    const ApiCall<LoginReply> call = m_api->system().login(auth, CallContext::user());
    m_reply = call.reply();
    call.then(this, [this](const ApiResult<LoginReply> &result) {
        m_reply = nullptr;
        if (m_aborted || result.error.kind == ApiError::Kind::Cancelled) {
            confirmCancelled();
            return;
        }
        if (!result.ok()) {
            const QString where = m_server == ImageReference::dockerHubAuthKey() ? QStringLiteral("Docker Hub") : m_server;
            // Docker 20.10 answers 500 "login attempt to http://HOST/v2/ failed with status: 401
            // Unauthorized"; newer engines 401 "unauthorized: incorrect username or password".
            const QString m = result.error.message;
            if (result.error.status == 401 || m.contains(QLatin1String("unauthorized"), Qt::CaseInsensitive)
                || m.contains(QLatin1String("status: 401")) || m.contains(QLatin1String("incorrect username or password"))) {
                failWith(Failure::Unauthorized,
                         tr("%1 refused the user name or the password: check both (a password is case-sensitive; "
                            "some registries want an access token instead).\n\n%2")
                             .arg(where, result.error.message));
                return;
            }
            const PullJob::Failure kind = PullJob::classify(result.error);
            if (kind == PullJob::Failure::NoNetwork) {
                failWith(Failure::NoNetwork, tr("The engine cannot reach %1 (no connection, or its name cannot be "
                                                "resolved).\n\n%2")
                                                 .arg(where, result.error.message));
                return;
            }
            failWith(Failure::Other, tr("Logging in to %1 failed.\n\n%2").arg(where, result.error.message));
            return;
        }
        store(result.value.identityToken, result.value.status);
    });
}

void RegistryLoginJob::store(const QString &identityToken, const QString &status)
{
    RegistryAuth auth;
    auth.serverAddress = m_server;
    auth.username = m_username;
    // As the CLI does: a token the registry handed out replaces the password.
    if (identityToken.isEmpty())
        auth.password = m_password;
    else
        auth.identityToken = identityToken;
    auto *watcher = new QFutureWatcher<Stored>(this);
    connect(watcher, &QFutureWatcher<Stored>::finished, this, [this, watcher, status] {
        watcher->deleteLater();
        const Stored stored = watcher->result();
        if (!stored.ok) {
            failWith(Failure::Storage, tr("The registry took the password, but it could not be stored: %1")
                                           .arg(stored.error));
            return;
        }
        succeed(status.isEmpty() ? tr("Login Succeeded") : status);
    });
    watcher->setFuture(QtConcurrent::run([auth] {
        Stored stored;
        RegistryCredentials credentials = RegistryCredentials::load();
        stored.ok = credentials.store(auth, &stored.error);
        return stored;
    }));
}

void RegistryLoginJob::abortWork()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // the answer follows as cancelled
    // Else the credentials are being stored: that is let finish (see the class comment), and the
    // job ends as the store ends.
}

void RegistryLoginJob::failWith(Failure failure, const QString &message)
{
    m_failure = failure;
    fail(message);
}

QString registryLogout(const QString &serverKey)
{
    RegistryCredentials credentials = RegistryCredentials::load();
    QString error;
    if (!credentials.erase(serverKey, &error))
        return error;
    return {};
}

QStringList loggedInRegistries(QString *problem)
{
    const RegistryCredentials credentials = RegistryCredentials::load();
    if (problem)
        *problem = credentials.problems().join(QLatin1Char('\n'));
    return credentials.registries();
}

} // namespace dx
