#include "containerspec.h"

#include <QJsonArray>

namespace dx {

QJsonObject ContainerSpec::toJson() const
{
    QJsonObject labelObject;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelObject.insert(it.key(), it.value());
    QJsonArray mountArray;
    for (const ContainerMount &m : mounts) {
        QJsonObject mount{{QStringLiteral("Type"), m.type.isEmpty() ? QStringLiteral("volume") : m.type},
                          {QStringLiteral("Source"), m.type == QLatin1String("bind") ? m.source : m.name},
                          {QStringLiteral("Target"), m.destination}};
        if (!m.readWrite)
            mount.insert(QStringLiteral("ReadOnly"), true);
        mountArray.append(mount);
    }
    QJsonObject body{{QStringLiteral("Image"), image}, {QStringLiteral("Labels"), labelObject}};
    if (!cmd.isEmpty())
        body.insert(QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd));
    if (networkDisabled)
        body.insert(QStringLiteral("NetworkDisabled"), true);
    if (!mountArray.isEmpty())
        body.insert(QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Mounts"), mountArray}});
    return body;
}

QStringList ContainerSpec::cliWords() const
{
    QStringList words;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        words << QStringLiteral("--label") << it.key() + QLatin1Char('=') + it.value();
    for (const ContainerMount &m : mounts) {
        const bool bind = m.type == QLatin1String("bind");
        QString mount = QStringLiteral("type=%1,src=%2,dst=%3")
                            .arg(bind ? QStringLiteral("bind") : QStringLiteral("volume"), bind ? m.source : m.name,
                                 m.destination);
        if (!m.readWrite)
            mount += QStringLiteral(",readonly");
        words << QStringLiteral("--mount") << mount;
    }
    if (networkDisabled)
        words << QStringLiteral("--network") << QStringLiteral("none");
    words << image << cmd;
    return words;
}

} // namespace dx
