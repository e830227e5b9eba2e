#include "credentialhelper.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QProcess>
#include <QStandardPaths>

namespace dx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dx::CredentialHelper", text);
}

// The helpers' own words for "nothing stored for this server" (docker-credential-helpers).
bool isNotFound(const QByteArray &output)
{
    return output.trimmed() == "credentials not found in native keychain";
}

// Where the answer was not JSON: say where, never what (it may be the secret).
bool parseJsonObject(const QByteArray &output, QJsonObject *object, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("not a JSON object");
        return false;
    }
    *object = doc.object();
    return true;
}

} // namespace

CredentialHelper::CredentialHelper(QString name, QProcessEnvironment env, int timeoutMs)
    : m_name(std::move(name))
    , m_env(std::move(env))
    , m_timeoutMs(timeoutMs)
{
}

CredentialHelper::Outcome CredentialHelper::get(const QString &serverAddress, RegistryAuth *auth, QString *error) const
{
    *auth = {};
    QByteArray output;
    int exitCode = 0;
    if (!run(QStringLiteral("get"), serverAddress.toUtf8(), &output, &exitCode, error))
        return Outcome::Failed;
    if (exitCode != 0) {
        if (isNotFound(output))
            return Outcome::NotFound;
        *error = failure(QStringLiteral("get"), exitCode, output);
        return Outcome::Failed;
    }
    QString detail;
    const Outcome outcome = parseGet(output, serverAddress, auth, &detail);
    if (outcome == Outcome::Failed)
        *error = tr("%1 answered something that is not credentials (%2)").arg(program(), detail);
    return outcome;
}

bool CredentialHelper::list(QStringList *serverAddresses, QString *error) const
{
    serverAddresses->clear();
    QByteArray output;
    int exitCode = 0;
    if (!run(QStringLiteral("list"), {}, &output, &exitCode, error))
        return false;
    if (exitCode != 0) {
        *error = failure(QStringLiteral("list"), exitCode, output);
        return false;
    }
    QString detail;
    if (!parseList(output, serverAddresses, &detail)) {
        *error = tr("%1 list answered something that is not a list of servers (%2)").arg(program(), detail);
        return false;
    }
    return true;
}

bool CredentialHelper::store(const RegistryAuth &auth, QString *error) const
{
    QJsonObject input;
    input.insert(QLatin1String("ServerURL"), auth.serverAddress);
    const bool token = !auth.identityToken.isEmpty();
    input.insert(QLatin1String("Username"), token ? QStringLiteral("<token>") : auth.username);
    input.insert(QLatin1String("Secret"), token ? auth.identityToken : auth.password);
    QByteArray output;
    int exitCode = 0;
    if (!run(QStringLiteral("store"), QJsonDocument(input).toJson(QJsonDocument::Compact), &output, &exitCode, error))
        return false;
    if (exitCode != 0) {
        *error = failure(QStringLiteral("store"), exitCode, output);
        return false;
    }
    return true;
}

bool CredentialHelper::erase(const QString &serverAddress, QString *error) const
{
    QByteArray output;
    int exitCode = 0;
    if (!run(QStringLiteral("erase"), serverAddress.toUtf8(), &output, &exitCode, error))
        return false;
    if (exitCode != 0 && !isNotFound(output)) {
        *error = failure(QStringLiteral("erase"), exitCode, output);
        return false;
    }
    return true;
}

CredentialHelper::Outcome CredentialHelper::parseGet(const QByteArray &output, const QString &serverAddress,
                                                     RegistryAuth *auth, QString *error)
{
    *auth = {};
    QJsonObject object;
    if (!parseJsonObject(output, &object, error))
        return Outcome::Failed;
    const QJsonValue user = object.value(QLatin1String("Username"));
    const QJsonValue secret = object.value(QLatin1String("Secret"));
    if ((!user.isUndefined() && !user.isString()) || (!secret.isUndefined() && !secret.isString())) {
        *error = tr("\"Username\" and \"Secret\" must be strings");
        return Outcome::Failed;
    }
    if (user.toString().isEmpty() && secret.toString().isEmpty())
        return Outcome::NotFound;
    auth->serverAddress = serverAddress;
    if (user.toString() == QLatin1String("<token>")) {
        auth->identityToken = secret.toString();
    } else {
        auth->username = user.toString();
        auth->password = secret.toString();
    }
    return Outcome::Found;
}

bool CredentialHelper::parseList(const QByteArray &output, QStringList *serverAddresses, QString *error)
{
    QJsonObject object;
    if (!parseJsonObject(output, &object, error))
        return false;
    *serverAddresses = object.keys();
    return true;
}

bool CredentialHelper::run(const QString &action, const QByteArray &input, QByteArray *output, int *exitCode,
                           QString *error) const
{
    // The name comes from config.json: a program in PATH, never a path of its own.
    if (m_name.isEmpty() || m_name.contains(QLatin1Char('/'))) {
        *error = tr("\"%1\" is not the name of a credential helper").arg(m_name);
        return false;
    }
    const QStringList path = m_env.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const QString executable = QStandardPaths::findExecutable(program(), path);
    if (executable.isEmpty()) {
        *error = tr("The credential helper %1 is not installed (it is not in PATH)").arg(program());
        return false;
    }

    QDeadlineTimer deadline(m_timeoutMs);
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(executable, {action});
    if (!process.waitForStarted(int(qMax<qint64>(1, deadline.remainingTime())))) {
        *error = tr("%1 could not be started: %2").arg(program(), process.errorString());
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())))) {
        process.kill();
        process.waitForFinished(1000);
        *error = tr("%1 %2 did not answer within %3 s").arg(program(), action).arg(m_timeoutMs / 1000.0, 0, 'g', 3);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        *error = tr("%1 %2 crashed").arg(program(), action);
        return false;
    }
    *output = process.readAllStandardOutput();
    // Helpers print their errors on stdout; some tools they call write to stderr.
    if (process.exitCode() != 0 && output->trimmed().isEmpty())
        *output = process.readAllStandardError();
    *exitCode = process.exitCode();
    return true;
}

QString CredentialHelper::failure(const QString &action, int exitCode, const QByteArray &output) const
{
    QString text = QString::fromUtf8(output.trimmed());
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    if (text.isEmpty())
        return tr("%1 %2 failed with exit code %3").arg(program(), action).arg(exitCode);
    return tr("%1 %2 failed with exit code %3: %4").arg(program(), action).arg(exitCode).arg(text);
}

} // namespace dx
