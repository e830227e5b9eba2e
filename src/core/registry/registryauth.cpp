#include "registryauth.h"

#include <QJsonDocument>

namespace dx {

namespace {

void insertIfSet(QJsonObject *object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object->insert(key, value);
}

QByteArray base64Url(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding);
}

} // namespace

QJsonObject RegistryAuth::toJson() const
{
    QJsonObject o;
    insertIfSet(&o, QLatin1String("username"), username);
    insertIfSet(&o, QLatin1String("password"), password);
    insertIfSet(&o, QLatin1String("serveraddress"), serverAddress);
    insertIfSet(&o, QLatin1String("identitytoken"), identityToken);
    insertIfSet(&o, QLatin1String("registrytoken"), registryToken);
    return o;
}

QByteArray encodeRegistryAuth(const RegistryAuth &auth)
{
    return base64Url(auth.toJson());
}

QByteArray encodeRegistryConfig(const RegistryAuthMap &auths)
{
    QJsonObject o;
    for (auto it = auths.cbegin(); it != auths.cend(); ++it)
        o.insert(it.key(), it.value().toJson());
    return base64Url(o);
}

} // namespace dx
