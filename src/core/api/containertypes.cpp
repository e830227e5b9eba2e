#include "containertypes.h"

#include "jsonfields.h"

#include <algorithm>
#include <tuple>

namespace dx {

QDateTime parseEngineTime(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        // Nanoseconds: Qt reads at most milliseconds.
        QString trimmed = text;
        const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < trimmed.size() && trimmed.at(end).isDigit())
                ++end;
            trimmed = trimmed.left(std::min(end, dot + 4)) + trimmed.mid(end);
        }
        t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    return t;
}

namespace {

bool mountsFromJson(const QJsonArray &array, QList<ContainerMount> *mounts, QString *error)
{
    mounts->reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject()) {
            *error = QStringLiteral("\"Mounts\" holds a non-object");
            return false;
        }
        JsonFields m(v.toObject());
        ContainerMount mount{m.string(QLatin1String("Type")), m.string(QLatin1String("Name")),
                             m.string(QLatin1String("Source")), m.string(QLatin1String("Destination")),
                             m.boolean(QLatin1String("RW"), true)};
        if (!m.ok()) {
            *error = QStringLiteral("Mounts: ") + m.error();
            return false;
        }
        mounts->append(mount);
    }
    return true;
}

// The engine lists each published port once per address family; one line each is enough.
void sortPorts(QList<ContainerPort> *ports)
{
    std::sort(ports->begin(), ports->end(), [](const ContainerPort &a, const ContainerPort &b) {
        return std::tie(a.privatePort, a.type, a.publicPort, a.ip) < std::tie(b.privatePort, b.type, b.publicPort, b.ip);
    });
}

// NetworkSettings.Ports of an inspect: {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}],
// "443/tcp": null}, turned into the entries GET /containers/json would list.
bool portsFromInspect(const QJsonObject &map, QList<ContainerPort> *ports, QString *error)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = it.key();
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        bool ok = false;
        const int privatePort = key.left(slash < 0 ? key.size() : slash).toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("NetworkSettings.Ports: \"%1\" is not a port").arg(key);
            return false;
        }
        const QString type = slash < 0 ? QStringLiteral("tcp") : key.mid(slash + 1);
        if (it.value().isNull()) {
            ports->append({QString(), privatePort, 0, type});
            continue;
        }
        if (!it.value().isArray()) {
            *error = QStringLiteral("NetworkSettings.Ports: \"%1\" is neither null nor an array").arg(key);
            return false;
        }
        const QJsonArray bindings = it.value().toArray();
        if (bindings.isEmpty())
            ports->append({QString(), privatePort, 0, type});
        for (const QJsonValue &b : bindings) {
            JsonFields binding(b.toObject());
            const QString hostIp = binding.string(QLatin1String("HostIp"));
            const int hostPort = binding.string(QLatin1String("HostPort")).toInt();
            if (!b.isObject() || !binding.ok()) {
                *error = QStringLiteral("NetworkSettings.Ports: ") + (b.isObject() ? binding.error() : QStringLiteral("a binding is not an object"));
                return false;
            }
            ports->append({hostIp, privatePort, hostPort, type});
        }
    }
    sortPorts(ports);
    return true;
}

// Path and Args as the list's Command: arguments with a space in single quotes.
QString commandLine(const QString &path, const QStringList &args)
{
    QStringList words{path};
    for (const QString &arg : args)
        words.append(arg.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + arg + QLatin1Char('\'') : arg);
    return words.join(QLatin1Char(' '));
}

} // namespace

bool ContainerSummary::fromJson(const QJsonObject &o, ContainerSummary *c, QString *error)
{
    JsonFields f(o);
    c->id = f.string(QLatin1String("Id"), true);
    const QStringList names = f.strings(QLatin1String("Names"));
    if (!names.isEmpty()) {
        c->name = names.first();
        if (c->name.startsWith(QLatin1Char('/')))
            c->name.remove(0, 1);
    }
    c->image = f.string(QLatin1String("Image"));
    c->imageId = f.string(QLatin1String("ImageID"));
    c->command = f.string(QLatin1String("Command"));
    c->state = f.string(QLatin1String("State"));
    c->status = f.string(QLatin1String("Status"));
    c->created = QDateTime::fromSecsSinceEpoch(f.integer(QLatin1String("Created")));
    const QJsonArray ports = f.array(QLatin1String("Ports"));
    c->ports.reserve(ports.size());
    for (const QJsonValue &v : ports) {
        JsonFields p(v.toObject());
        c->ports.append({p.string(QLatin1String("IP")), int(p.integer(QLatin1String("PrivatePort"))),
                         int(p.integer(QLatin1String("PublicPort"))), p.string(QLatin1String("Type"))});
        if (!p.ok()) {
            *error = QStringLiteral("Ports: ") + p.error();
            return false;
        }
    }
    sortPorts(&c->ports);
    if (!mountsFromJson(f.array(QLatin1String("Mounts")), &c->mounts, error))
        return false;
    c->labels = f.stringMap(QLatin1String("Labels"));
    c->hasSize = o.contains(QLatin1String("SizeRootFs")) || o.contains(QLatin1String("SizeRw"));
    c->sizeRw = f.integer(QLatin1String("SizeRw"));
    c->sizeRootFs = f.integer(QLatin1String("SizeRootFs"));
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    return true;
}

QString ContainerSummary::portsText() const
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

QString ContainerSummary::mountsText() const
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

bool ContainerSummary::sameAs(const ContainerSummary &o) const
{
    return id == o.id && name == o.name && image == o.image && imageId == o.imageId && command == o.command
        && state == o.state && status == o.status && health == o.health && created == o.created && sizeRw == o.sizeRw && sizeRootFs == o.sizeRootFs && hasSize == o.hasSize
        && ports == o.ports && mounts == o.mounts && labels == o.labels && startedAt == o.startedAt
        && finishedAt == o.finishedAt && exitCode == o.exitCode && hasTimes == o.hasTimes;
}

bool ContainerDetails::fromJson(const QJsonObject &o, ContainerDetails *d, QString *error)
{
    JsonFields f(o);
    d->raw = o;
    d->id = f.string(QLatin1String("Id"), true);
    d->name = f.string(QLatin1String("Name"));
    if (d->name.startsWith(QLatin1Char('/')))
        d->name.remove(0, 1);
    d->imageId = f.string(QLatin1String("Image"));
    d->created = parseEngineTime(f.string(QLatin1String("Created")));
    d->path = f.string(QLatin1String("Path"));
    d->args = f.strings(QLatin1String("Args"));
    d->hasSize = o.contains(QLatin1String("SizeRw")) || o.contains(QLatin1String("SizeRootFs"));
    d->sizeRw = f.integer(QLatin1String("SizeRw"));
    d->sizeRootFs = f.integer(QLatin1String("SizeRootFs"));
    JsonFields state(f.object(QLatin1String("State")));
    d->status = state.string(QLatin1String("Status"));
    d->health = JsonFields(state.object(QLatin1String("Health"))).string(QLatin1String("Status"));
    d->running = state.boolean(QLatin1String("Running"));
    d->paused = state.boolean(QLatin1String("Paused"));
    d->restarting = state.boolean(QLatin1String("Restarting"));
    d->dead = state.boolean(QLatin1String("Dead"));
    d->oomKilled = state.boolean(QLatin1String("OOMKilled"));
    d->exitCode = int(state.integer(QLatin1String("ExitCode")));
    d->error = state.string(QLatin1String("Error"));
    d->startedAt = parseEngineTime(state.string(QLatin1String("StartedAt")));
    d->finishedAt = parseEngineTime(state.string(QLatin1String("FinishedAt")));
    JsonFields config(f.object(QLatin1String("Config")));
    d->image = config.string(QLatin1String("Image"));
    d->env = config.strings(QLatin1String("Env"));
    d->cmd = config.strings(QLatin1String("Cmd"));
    d->entrypoint = config.strings(QLatin1String("Entrypoint"));
    d->workingDir = config.string(QLatin1String("WorkingDir"));
    d->user = config.string(QLatin1String("User"));
    d->tty = config.boolean(QLatin1String("Tty"));
    d->openStdin = config.boolean(QLatin1String("OpenStdin"));
    d->labels = config.stringMap(QLatin1String("Labels"));
    JsonFields host(f.object(QLatin1String("HostConfig")));
    d->restartPolicy = JsonFields(host.object(QLatin1String("RestartPolicy"))).string(QLatin1String("Name"));
    if (!mountsFromJson(f.array(QLatin1String("Mounts")), &d->mounts, error))
        return false;
    JsonFields network(f.object(QLatin1String("NetworkSettings")));
    if (!portsFromInspect(network.object(QLatin1String("Ports")), &d->ports, error))
        return false;
    for (const JsonFields *part : {&f, &state, &config, &host, &network}) {
        if (!part->ok()) {
            *error = part->error();
            return false;
        }
    }
    return true;
}

ContainerSummary ContainerDetails::toSummary() const
{
    ContainerSummary s;
    s.id = id;
    s.name = name;
    s.image = image;
    s.imageId = imageId;
    s.command = path.isEmpty() ? (entrypoint + cmd).join(QLatin1Char(' ')) : commandLine(path, args);
    s.state = status;
    s.health = health;
    // The list has whole seconds: the same container must compare equal from either source.
    s.created = QDateTime::fromSecsSinceEpoch(created.toSecsSinceEpoch());
    s.labels = labels;
    s.mounts = mounts;
    s.ports = ports;
    s.hasSize = hasSize;
    s.sizeRw = sizeRw;
    s.sizeRootFs = sizeRootFs;
    s.startedAt = startedAt;
    s.finishedAt = finishedAt;
    s.exitCode = exitCode;
    s.hasTimes = true;
    return s;
}

bool ContainerChange::fromJson(const QJsonObject &o, ContainerChange *c, QString *error)
{
    JsonFields f(o);
    c->path = f.string(QLatin1String("Path"), true);
    const qint64 kind = f.integer(QLatin1String("Kind"), 0, true);
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    if (kind < 0 || kind > 2) {
        *error = QStringLiteral("\"Kind\" is %1, not 0, 1 or 2").arg(kind);
        return false;
    }
    c->kind = Kind(kind);
    return true;
}

bool ProcessList::fromJson(const QJsonObject &o, ProcessList *list, QString *error)
{
    JsonFields f(o);
    list->titles = f.strings(QLatin1String("Titles"));
    const QJsonArray rows = f.array(QLatin1String("Processes"));
    for (const QJsonValue &row : rows) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cell.toString());
        list->processes.append(cells);
    }
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    return true;
}

} // namespace dx
