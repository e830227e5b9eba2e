#include "dockerconfigfile.h"

#include "imagereference.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dx::DockerConfigFile", text);
}

// "auth" is base64 of "user:password" (the password may hold ':').
bool decodeAuth(const QString &encoded, RegistryAuth *auth)
{
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    auth->username = text.left(colon);
    QString password = text.mid(colon + 1);
    while (password.endsWith(QChar(0)))
        password.chop(1);
    auth->password = password;
    return true;
}

} // namespace

bool DockerConfigFile::parse(const QByteArray &json, DockerConfigFile *config, QString *error)
{
    *config = {};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("not a JSON object");
        return false;
    }
    const QJsonObject root = doc.object();

    const QJsonValue auths = root.value(QLatin1String("auths"));
    if (!auths.isUndefined() && !auths.isNull() && !auths.isObject())
        config->problems.append(tr("\"auths\" is not an object"));
    const QJsonObject authObject = auths.toObject();
    for (auto it = authObject.constBegin(); it != authObject.constEnd(); ++it) {
        if (!it.value().isObject()) {
            config->problems.append(tr("The entry for %1 in \"auths\" is not an object").arg(it.key()));
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        RegistryAuth auth;
        auth.serverAddress = it.key();
        auth.username = entry.value(QLatin1String("username")).toString();
        auth.password = entry.value(QLatin1String("password")).toString();
        auth.identityToken = entry.value(QLatin1String("identitytoken")).toString();
        auth.registryToken = entry.value(QLatin1String("registrytoken")).toString();
        const QString encoded = entry.value(QLatin1String("auth")).toString();
        if (!encoded.isEmpty() && !decodeAuth(encoded, &auth)) {
            config->problems.append(
                tr("The \"auth\" of %1 in \"auths\" is not base64 of user:password").arg(it.key()));
            continue;
        }
        config->auths.insert(it.key(), auth);
    }

    const QJsonValue store = root.value(QLatin1String("credsStore"));
    if (store.isString())
        config->credsStore = store.toString();
    else if (!store.isUndefined() && !store.isNull())
        config->problems.append(tr("\"credsStore\" is not a string"));

    const QJsonValue helpers = root.value(QLatin1String("credHelpers"));
    if (!helpers.isUndefined() && !helpers.isNull() && !helpers.isObject())
        config->problems.append(tr("\"credHelpers\" is not an object"));
    const QJsonObject helperObject = helpers.toObject();
    for (auto it = helperObject.constBegin(); it != helperObject.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            config->problems.append(tr("The helper for %1 in \"credHelpers\" is not a name").arg(it.key()));
            continue;
        }
        config->credHelpers.insert(it.key(), it.value().toString());
    }
    return true;
}

RegistryAuth DockerConfigFile::fileAuth(const QString &key) const
{
    const auto exact = auths.constFind(key);
    if (exact != auths.constEnd())
        return exact.value();
    for (auto it = auths.cbegin(); it != auths.cend(); ++it) {
        if (registryHostname(it.key()) == key)
            return it.value();
    }
    return {};
}

bool DockerConfigFile::withEntry(const QByteArray &json, const QString &key, const RegistryAuth *auth, bool inHelper,
                                 QByteArray *out, QString *error)
{
    QJsonObject root;
    if (!json.trimmed().isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
            return false;
        }
        if (!doc.isObject()) {
            *error = tr("not a JSON object");
            return false;
        }
        root = doc.object();
    }
    const QJsonValue authsValue = root.value(QLatin1String("auths"));
    if (!authsValue.isUndefined() && !authsValue.isNull() && !authsValue.isObject()) {
        *error = tr("\"auths\" is not an object");
        return false;
    }
    QJsonObject auths = authsValue.toObject();
    if (auth) {
        QJsonObject entry;
        if (!inHelper) {
            entry.insert(QLatin1String("auth"),
                         QString::fromLatin1((auth->username + QLatin1Char(':') + auth->password).toUtf8().toBase64()));
            if (!auth->identityToken.isEmpty())
                entry.insert(QLatin1String("identitytoken"), auth->identityToken);
        }
        auths.insert(key, entry);
    } else {
        const QStringList keys = auths.keys();
        for (const QString &k : keys) {
            if (k == key || registryHostname(k) == key)
                auths.remove(k);
        }
    }
    root.insert(QLatin1String("auths"), auths);
    *out = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return true;
}

QString DockerConfigFile::helperFor(const QString &key) const
{
    return credHelpers.value(key, credsStore);
}

} // namespace dx
