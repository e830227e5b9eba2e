#include "containerpathstat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dx {

std::optional<ContainerPathStat> ContainerPathStat::fromHeader(const QByteArray &headerValue)
{
    const auto decoded = QByteArray::fromBase64Encoding(headerValue.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.contains(QLatin1String("name")) || !object.contains(QLatin1String("mode")))
        return std::nullopt;

    ContainerPathStat stat;
    stat.name = object[QLatin1String("name")].toString();
    stat.size = object[QLatin1String("size")].toInteger();
    stat.mode = quint32(object[QLatin1String("mode")].toInteger());
    stat.mtime = QDateTime::fromString(object[QLatin1String("mtime")].toString(), Qt::ISODateWithMs);
    stat.linkTarget = object[QLatin1String("linkTarget")].toString();
    return stat;
}

} // namespace dx
