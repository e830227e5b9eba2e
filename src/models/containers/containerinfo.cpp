#include "containerinfo.h"

#include <QJsonArray>

#include <algorithm>
#include <tuple>

namespace dx {

ContainerInfo ContainerInfo::fromJson(const QJsonObject &o)
{
    ContainerInfo c;
    c.id = o.value(QLatin1String("Id")).toString();
    const QJsonArray names = o.value(QLatin1String("Names")).toArray();
    if (!names.isEmpty()) {
        c.name = names.first().toString();
        if (c.name.startsWith(QLatin1Char('/')))
            c.name.remove(0, 1);
    }
    c.image = o.value(QLatin1String("Image")).toString();
    c.imageId = o.value(QLatin1String("ImageID")).toString();
    c.command = o.value(QLatin1String("Command")).toString();
    c.state = o.value(QLatin1String("State")).toString();
    c.status = o.value(QLatin1String("Status")).toString();
    c.created = QDateTime::fromSecsSinceEpoch(o.value(QLatin1String("Created")).toInteger());
    const QJsonArray ports = o.value(QLatin1String("Ports")).toArray();
    c.ports.reserve(ports.size());
    for (const QJsonValue &v : ports) {
        const QJsonObject p = v.toObject();
        c.ports.append({p.value(QLatin1String("IP")).toString(), p.value(QLatin1String("PrivatePort")).toInt(),
                        p.value(QLatin1String("PublicPort")).toInt(), p.value(QLatin1String("Type")).toString()});
    }
    // The engine lists each published port once per address family; one line each is enough.
    std::sort(c.ports.begin(), c.ports.end(), [](const ContainerPort &a, const ContainerPort &b) {
        return std::tie(a.privatePort, a.type, a.publicPort, a.ip) < std::tie(b.privatePort, b.type, b.publicPort, b.ip);
    });
    const QJsonArray mounts = o.value(QLatin1String("Mounts")).toArray();
    c.mounts.reserve(mounts.size());
    for (const QJsonValue &v : mounts) {
        const QJsonObject m = v.toObject();
        c.mounts.append({m.value(QLatin1String("Type")).toString(), m.value(QLatin1String("Name")).toString(),
                         m.value(QLatin1String("Source")).toString(), m.value(QLatin1String("Destination")).toString(),
                         m.value(QLatin1String("RW")).toBool(true)});
    }
    c.labels = o.value(QLatin1String("Labels")).toObject();
    c.hasSize = o.contains(QLatin1String("SizeRootFs")) || o.contains(QLatin1String("SizeRw"));
    c.sizeRw = o.value(QLatin1String("SizeRw")).toInteger(0);
    c.sizeRootFs = o.value(QLatin1String("SizeRootFs")).toInteger(0);
    return c;
}

QString ContainerInfo::portsText() const
{
    QStringList parts;
    for (const ContainerPort &p : ports) {
        QString text;
        if (p.publicPort > 0) {
            const QString ip = p.ip.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(p.ip) : p.ip;
            text = QStringLiteral("%1:%2→%3/%4").arg(ip).arg(p.publicPort).arg(p.privatePort).arg(p.type);
        } else {
            text = QStringLiteral("%1/%2").arg(p.privatePort).arg(p.type);
        }
        if (!parts.contains(text))
            parts.append(text);
    }
    return parts.join(QLatin1String(", "));
}

QString ContainerInfo::mountsText() const
{
    QStringList parts;
    for (const ContainerMount &m : mounts) {
        const QString source = m.type == QLatin1String("volume") && !m.name.isEmpty() ? m.name : m.source;
        QString text = source + QStringLiteral("→") + m.destination;
        if (!m.readWrite)
            text += QLatin1String(" (ro)");
        parts.append(text);
    }
    return parts.join(QLatin1String(", "));
}

bool ContainerInfo::sameAs(const ContainerInfo &o) const
{
    const auto portsEqual = [](const QVector<ContainerPort> &a, const QVector<ContainerPort> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ContainerPort &x, const ContainerPort &y) {
            return x.ip == y.ip && x.privatePort == y.privatePort && x.publicPort == y.publicPort && x.type == y.type;
        });
    };
    const auto mountsEqual = [](const QVector<ContainerMount> &a, const QVector<ContainerMount> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ContainerMount &x, const ContainerMount &y) {
            return x.source == y.source && x.destination == y.destination && x.readWrite == y.readWrite && x.name == y.name;
        });
    };
    return id == o.id && name == o.name && image == o.image && state == o.state && status == o.status
        && created == o.created && sizeRw == o.sizeRw && sizeRootFs == o.sizeRootFs && hasSize == o.hasSize
        && portsEqual(ports, o.ports) && mountsEqual(mounts, o.mounts) && labels == o.labels;
}

} // namespace dx
