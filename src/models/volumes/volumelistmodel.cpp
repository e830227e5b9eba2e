#include "volumelistmodel.h"

#include "volumehelper.h"

#include "engine/engine.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace dx {

namespace {
const QLatin1String AnonymousLabel("com.docker.volume.anonymous");

bool isApiAtLeast(const QString &version, int major, int minor)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    const int ma = parts.value(0).toInt();
    const int mi = parts.value(1).toInt();
    return ma > major || (ma == major && mi >= minor);
}
} // namespace

bool VolumeInfo::isAnonymous() const
{
    return labels.contains(AnonymousLabel);
}

bool VolumeInfo::operator==(const VolumeInfo &o) const
{
    return name == o.name && driver == o.driver && mountpoint == o.mountpoint && scope == o.scope
            && created == o.created && labels == o.labels && usedBy == o.usedBy
            && runningUsers == o.runningUsers && references == o.references && size == o.size;
}

VolumeListModel::VolumeListModel(Engine *engine, QObject *parent)
    : QAbstractTableModel(parent), m_engine(engine)
{
    m_usageTimer.setSingleShot(true);
    m_usageTimer.setInterval(250);
    connect(&m_usageTimer, &QTimer::timeout, this, &VolumeListModel::fetchContainers);
    m_sizeTimer.setSingleShot(true);
    m_sizeTimer.setInterval(3000);
    connect(&m_sizeTimer, &QTimer::timeout, this, &VolumeListModel::fetchSizes);
    if (engine) {
        connect(engine, &Engine::engineEvent, this, &VolumeListModel::handleEvent);
        connect(engine, &Engine::eventsLiveChanged, this, [this](bool live) {
            if (live)
                refresh(); // events may have been missed while the stream was down
        });
    }
}

VolumeListModel::~VolumeListModel() = default;

void VolumeListModel::refresh()
{
    if (!m_engine)
        return;
    EngineReply *reply = m_engine->get(QStringLiteral("/volumes"));
    connect(reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        if (!r.ok()) {
            emit errorOccurred(r.message);
            return;
        }
        applyVolumes(QJsonDocument::fromJson(r.body).object().value(QLatin1String("Volumes")).toArray());
        const bool first = !m_loaded;
        m_loaded = true;
        fetchContainers();
        if (first)
            emit loaded();
        // /system/df walks every volume on disk and can take seconds: after the list is shown.
        fetchSizes();
    });
}

void VolumeListModel::fetchContainers()
{
    if (!m_engine)
        return;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    EngineReply *reply = m_engine->get(QStringLiteral("/containers/json"), q);
    connect(reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        if (r.ok())
            applyContainers(QJsonDocument::fromJson(r.body).array());
    });
}

void VolumeListModel::fetchSizes()
{
    if (!m_engine)
        return;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("type"), QStringLiteral("volume")); // newer engines skip the rest
    EngineReply *reply = m_engine->get(QStringLiteral("/system/df"), q);
    connect(reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        if (r.ok())
            applySizes(QJsonDocument::fromJson(r.body).object());
    });
}

void VolumeListModel::fetchVolume(const QString &name)
{
    EngineReply *reply = m_engine->get(QStringLiteral("/volumes/") + name);
    connect(reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        if (r.ok())
            upsert(parseVolume(QJsonDocument::fromJson(r.body).object()));
    });
}

VolumeInfo VolumeListModel::parseVolume(const QJsonObject &o)
{
    VolumeInfo v;
    v.name = o.value(QLatin1String("Name")).toString();
    v.driver = o.value(QLatin1String("Driver")).toString();
    v.mountpoint = o.value(QLatin1String("Mountpoint")).toString();
    v.scope = o.value(QLatin1String("Scope")).toString();
    v.created = QDateTime::fromString(o.value(QLatin1String("CreatedAt")).toString(), Qt::ISODate);
    const QJsonObject labels = o.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        v.labels.insert(it.key(), it.value().toString());
    const qint64 size = o.value(QLatin1String("UsageData")).toObject().value(QLatin1String("Size")).toInteger(-1);
    v.size = size;
    return v;
}

void VolumeListModel::upsert(const VolumeInfo &incoming)
{
    const int row = rowOf(incoming.name);
    if (row < 0) {
        beginInsertRows({}, int(m_volumes.size()), int(m_volumes.size()));
        m_volumes.append(incoming);
        endInsertRows();
        return;
    }
    VolumeInfo merged = incoming;
    // Usage and size come from other endpoints: keep what we know.
    const VolumeInfo &old = m_volumes[row];
    merged.usedBy = old.usedBy;
    merged.runningUsers = old.runningUsers;
    merged.references = old.references;
    if (merged.size < 0)
        merged.size = old.size;
    if (!(merged == old)) {
        m_volumes[row] = merged;
        emitRowChanged(row);
    }
}

void VolumeListModel::removeRow(int row)
{
    const QString name = m_volumes[row].name;
    beginRemoveRows({}, row, row);
    m_volumes.remove(row);
    endRemoveRows();
    emit volumeRemoved(name);
}

void VolumeListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int VolumeListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_volumes.size(); ++i) {
        if (m_volumes[i].name == name)
            return i;
    }
    return -1;
}

void VolumeListModel::applyVolumes(const QJsonArray &volumes)
{
    QSet<QString> seen;
    for (const QJsonValue &v : volumes) {
        const VolumeInfo info = parseVolume(v.toObject());
        seen.insert(info.name);
        upsert(info);
    }
    for (int row = int(m_volumes.size()) - 1; row >= 0; --row) {
        if (!seen.contains(m_volumes[row].name))
            removeRow(row);
    }
    if (!m_lastContainers.isEmpty())
        applyContainers(m_lastContainers);
}

void VolumeListModel::applyContainers(const QJsonArray &containers)
{
    m_lastContainers = containers;
    QHash<QString, VolumeInfo> usage;
    for (const QJsonValue &cv : containers) {
        const QJsonObject c = cv.toObject();
        const bool helper = c.value(QLatin1String("Labels")).toObject().contains(QLatin1String(VolumeHelper::LabelKey));
        QString name = c.value(QLatin1String("Names")).toArray().first().toString();
        if (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        const bool running = c.value(QLatin1String("State")).toString() == QLatin1String("running");
        for (const QJsonValue &mv : c.value(QLatin1String("Mounts")).toArray()) {
            const QJsonObject m = mv.toObject();
            if (m.value(QLatin1String("Type")).toString() != QLatin1String("volume"))
                continue;
            VolumeInfo &u = usage[m.value(QLatin1String("Name")).toString()];
            ++u.references;
            if (helper || u.usedBy.contains(name))
                continue;
            u.usedBy.append(name);
            if (running)
                u.runningUsers.append(name);
        }
    }
    for (int row = 0; row < m_volumes.size(); ++row) {
        VolumeInfo &v = m_volumes[row];
        VolumeInfo u = usage.value(v.name);
        u.usedBy.sort();
        u.runningUsers.sort();
        if (v.usedBy != u.usedBy || v.runningUsers != u.runningUsers || v.references != u.references) {
            v.usedBy = u.usedBy;
            v.runningUsers = u.runningUsers;
            v.references = u.references;
            emitRowChanged(row);
        }
    }
}

void VolumeListModel::applySizes(const QJsonObject &systemDf)
{
    m_sizesLoaded = true;
    for (const QJsonValue &vv : systemDf.value(QLatin1String("Volumes")).toArray()) {
        const QJsonObject o = vv.toObject();
        const int row = rowOf(o.value(QLatin1String("Name")).toString());
        if (row < 0)
            continue;
        const qint64 size = o.value(QLatin1String("UsageData")).toObject().value(QLatin1String("Size")).toInteger(-1);
        if (m_volumes[row].size != size) {
            m_volumes[row].size = size;
            emit dataChanged(index(row, SizeColumn), index(row, SizeColumn));
        }
    }
}

void VolumeListModel::handleEvent(const QJsonObject &event)
{
    const QString type = event.value(QLatin1String("Type")).toString();
    const QString action = event.value(QLatin1String("Action")).toString();
    const QJsonObject actor = event.value(QLatin1String("Actor")).toObject();
    if (type == QLatin1String("volume")) {
        const QString name = actor.value(QLatin1String("ID")).toString();
        if (action == QLatin1String("create")) {
            fetchVolume(name);
        } else if (action == QLatin1String("destroy")) {
            if (const int row = rowOf(name); row >= 0)
                removeRow(row);
        } else if (action == QLatin1String("mount") || action == QLatin1String("unmount")) {
            m_usageTimer.start();
            if (action == QLatin1String("unmount"))
                m_sizeTimer.start(); // a container stopped writing: its size may have changed
        }
    } else if (type == QLatin1String("container")) {
        // Our own helpers come and go while browsing; they never change "used by".
        if (actor.value(QLatin1String("Attributes")).toObject().contains(QLatin1String(VolumeHelper::LabelKey)))
            return;
        static const QStringList relevant{QStringLiteral("create"), QStringLiteral("destroy"), QStringLiteral("start"),
                                          QStringLiteral("die"), QStringLiteral("rename")};
        if (relevant.contains(action))
            m_usageTimer.start();
    }
}

void VolumeListModel::createVolume(const QString &name, const QString &driver,
                                   const QMap<QString, QString> &labels, const ErrorCallback &done)
{
    QJsonObject body;
    if (!name.isEmpty())
        body.insert(QStringLiteral("Name"), name);
    if (!driver.isEmpty())
        body.insert(QStringLiteral("Driver"), driver);
    QJsonObject l;
    QString cli = QStringLiteral("docker volume create");
    if (!driver.isEmpty() && driver != QLatin1String("local"))
        cli += QStringLiteral(" --driver ") + driver;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        l.insert(it.key(), it.value());
        cli += QStringLiteral(" --label ") + it.key() + QLatin1Char('=') + it.value();
    }
    body.insert(QStringLiteral("Labels"), l);
    if (!name.isEmpty())
        cli += QLatin1Char(' ') + name;
    emit commandLogged(cli, tr("Create a volume: storage that outlives containers"));
    EngineReply *reply = m_engine->post(QStringLiteral("/volumes/create"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &EngineReply::finished, this, [this, done](const EngineResponse &r) {
        if (r.ok())
            upsert(parseVolume(QJsonDocument::fromJson(r.body).object()));
        if (done)
            done(r.ok() ? QString() : r.message);
    });
}

void VolumeListModel::removeVolume(const QString &name, const ErrorCallback &done)
{
    const int row = rowOf(name);
    if (row >= 0 && !m_volumes[row].usedBy.isEmpty()) {
        if (done)
            done(tr("Volume %1 is used by %2. Remove those containers first.")
                         .arg(name, QLocale().createSeparatedList(m_volumes[row].usedBy)));
        return;
    }
    emit commandLogged(QStringLiteral("docker volume rm ") + name, tr("Remove a volume and all data in it"));
    EngineReply *reply = m_engine->del(QStringLiteral("/volumes/") + name);
    connect(reply, &EngineReply::finished, this, [this, name, done](const EngineResponse &r) {
        if (r.ok()) {
            if (const int at = rowOf(name); at >= 0)
                removeRow(at);
        }
        if (done)
            done(r.ok() ? QString() : r.message); // the engine's 409 text, verbatim
    });
}

QStringList VolumeListModel::pruneCandidates() const
{
    const bool anonymousOnly = m_engine && isApiAtLeast(m_engine->info().apiVersion, 1, 42);
    QStringList out;
    for (const VolumeInfo &v : m_volumes) {
        if (v.references == 0 && (!anonymousOnly || v.isAnonymous()))
            out.append(v.name);
    }
    return out;
}

void VolumeListModel::prune(const std::function<void(const QStringList &, qint64, const QString &)> &done)
{
    emit commandLogged(QStringLiteral("docker volume prune"), tr("Remove volumes no container uses"));
    EngineReply *reply = m_engine->post(QStringLiteral("/volumes/prune"));
    connect(reply, &EngineReply::finished, this, [this, done](const EngineResponse &r) {
        QStringList removed;
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        for (const QJsonValue &v : o.value(QLatin1String("VolumesDeleted")).toArray())
            removed.append(v.toString());
        refresh();
        if (done)
            done(removed, o.value(QLatin1String("SpaceReclaimed")).toInteger(), r.ok() ? QString() : r.message);
    });
}

int VolumeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_volumes.size());
}

int VolumeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_volumes.size())
        return {};
    const VolumeInfo &v = m_volumes[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return v.name;
        case DriverColumn: return v.driver;
        case UsedByColumn: {
            QStringList parts;
            for (const QString &c : v.usedBy)
                parts.append(v.runningUsers.contains(c) ? tr("%1 (running)").arg(c) : c);
            return parts.isEmpty() ? tr("not used") : parts.join(QLatin1String(", "));
        }
        case SizeColumn: return v.size >= 0 ? QLocale().formattedDataSize(v.size) : QString();
        case CreatedColumn: return QLocale().toString(v.created.toLocalTime(), QLocale::ShortFormat);
        case MountpointColumn: return v.mountpoint;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == SizeColumn && v.size < 0)
            return m_sizesLoaded ? tr("The engine does not report a size for this volume")
                                 : tr("Size is being computed…");
        QStringList labels;
        for (auto it = v.labels.cbegin(); it != v.labels.cend(); ++it)
            labels.append(it.key() + QLatin1Char('=') + it.value());
        return labels.isEmpty() ? v.name : tr("%1\nLabels: %2").arg(v.name, labels.join(QLatin1String(", ")));
    } else if (role == Qt::TextAlignmentRole && index.column() == SizeColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == NameRole) {
        return v.name;
    } else if (role == InUseRole) {
        return !v.usedBy.isEmpty();
    } else if (role == SizeRole) {
        return v.size;
    } else if (role == CreatedRole) {
        return v.created;
    }
    return {};
}

QVariant VolumeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DriverColumn: return tr("Driver");
    case UsedByColumn: return tr("Used by");
    case SizeColumn: return tr("Size");
    case CreatedColumn: return tr("Created");
    case MountpointColumn: return tr("Mountpoint");
    }
    return {};
}

} // namespace dx
