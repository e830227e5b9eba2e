#include "imagelistmodel.h"

#include "engine/engine.h"

#include <QColor>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace dx {

QString ImageInfo::shortId() const
{
    QString s = id;
    if (s.startsWith(QLatin1String("sha256:")))
        s.remove(0, 7);
    return s.left(12);
}

QString ImageInfo::displayName() const
{
    return repoTags.isEmpty() ? QStringLiteral("<none>:<none>") : repoTags.first();
}

bool ImageInfo::operator==(const ImageInfo &o) const
{
    return id == o.id && repoTags == o.repoTags && repoDigests == o.repoDigests && created == o.created
            && size == o.size && containers == o.containers;
}

ImageListModel::ImageListModel(Engine *engine, QObject *parent)
    : QAbstractTableModel(parent), m_engine(engine)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ImageListModel::refresh);
    if (engine) {
        connect(engine, &Engine::engineEvent, this, &ImageListModel::handleEvent);
        connect(engine, &Engine::eventsLiveChanged, this, [this](bool live) {
            if (live)
                refresh();
        });
    }
}

void ImageListModel::refresh()
{
    if (!m_engine)
        return;
    EngineReply *reply = m_engine->get(QStringLiteral("/images/json"));
    connect(reply, &EngineReply::finished, this, [this](const EngineResponse &r) {
        if (!r.ok()) {
            emit errorOccurred(r.message);
            return;
        }
        applyImages(QJsonDocument::fromJson(r.body).array());
        if (!m_loaded) {
            m_loaded = true;
            emit loaded();
        }
    });
}

void ImageListModel::handleEvent(const QJsonObject &event)
{
    if (event.value(QLatin1String("Type")).toString() != QLatin1String("image"))
        return;
    static const QStringList actions{QStringLiteral("pull"), QStringLiteral("tag"), QStringLiteral("untag"),
                                     QStringLiteral("delete"), QStringLiteral("import"), QStringLiteral("load")};
    if (actions.contains(event.value(QLatin1String("Action")).toString()))
        m_refreshTimer.start(); // a pull or build emits many: list once per burst
}

void ImageListModel::applyImages(const QJsonArray &images)
{
    QSet<QString> seen;
    for (const QJsonValue &v : images) {
        const QJsonObject o = v.toObject();
        ImageInfo info;
        info.id = o.value(QLatin1String("Id")).toString();
        for (const QJsonValue &t : o.value(QLatin1String("RepoTags")).toArray()) {
            if (t.toString() != QLatin1String("<none>:<none>"))
                info.repoTags.append(t.toString());
        }
        for (const QJsonValue &d : o.value(QLatin1String("RepoDigests")).toArray())
            info.repoDigests.append(d.toString());
        info.created = QDateTime::fromSecsSinceEpoch(o.value(QLatin1String("Created")).toInteger());
        info.size = o.value(QLatin1String("Size")).toInteger();
        info.containers = int(o.value(QLatin1String("Containers")).toInteger(-1));
        seen.insert(info.id);
        const int row = rowOfId(info.id);
        if (row < 0) {
            beginInsertRows({}, int(m_images.size()), int(m_images.size()));
            m_images.append(info);
            endInsertRows();
        } else if (!(m_images[row] == info)) {
            m_images[row] = info;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    for (int row = int(m_images.size()) - 1; row >= 0; --row) {
        if (!seen.contains(m_images[row].id)) {
            beginRemoveRows({}, row, row);
            m_images.remove(row);
            endRemoveRows();
        }
    }
}

int ImageListModel::rowOfId(const QString &id) const
{
    QString want = id;
    if (!want.startsWith(QLatin1String("sha256:")))
        want.prepend(QLatin1String("sha256:"));
    for (int i = 0; i < m_images.size(); ++i) {
        if (m_images[i].id == want || (want.size() >= 7 + 12 && m_images[i].id.startsWith(want)))
            return i;
    }
    // A name like "demo_image:latest".
    for (int i = 0; i < m_images.size(); ++i) {
        if (m_images[i].repoTags.contains(id) || m_images[i].repoTags.contains(id + QLatin1String(":latest")))
            return i;
    }
    return -1;
}

QStringList ImageListModel::danglingIds() const
{
    QStringList out;
    for (const ImageInfo &i : m_images) {
        if (i.isDangling())
            out.append(i.id);
    }
    return out;
}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_images.size())
        return {};
    const ImageInfo &img = m_images[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (img.isDangling())
                return tr("<none> (dangling)");
            return img.repoTags.size() > 1 ? tr("%1 (+%n more tag(s))", nullptr, int(img.repoTags.size() - 1)).arg(img.repoTags.first())
                                           : img.repoTags.first();
        case IdColumn: return img.shortId();
        case CreatedColumn: return QLocale().toString(img.created.toLocalTime(), QLocale::ShortFormat);
        case SizeColumn: return QLocale().formattedDataSize(img.size);
        }
        break;
    case Qt::ToolTipRole:
        if (img.isDangling())
            return tr("A dangling image has no name any more: a newer build took its tag. "
                      "Prune removes it unless a container still uses it.\n%1").arg(img.id);
        return tr("%1\n%2").arg(img.repoTags.join(QLatin1Char('\n')), img.id);
    case Qt::FontRole:
        if (img.isDangling()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (img.isDangling())
            return QColor(Qt::gray);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole: return img.id;
    case DanglingRole: return img.isDangling();
    case SizeRole: return img.size;
    case CreatedRole: return img.created;
    }
    return {};
}

QVariant ImageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Repository:Tag");
    case IdColumn: return tr("Image ID");
    case CreatedColumn: return tr("Created");
    case SizeColumn: return tr("Size");
    }
    return {};
}

} // namespace dx
