#include "imagelistmodel.h"

#include "containers/containerlistmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace dx {

ImageListModel::ImageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ImageListModel::referenceOf(const ImageSummary &image)
{
    return image.isDangling() ? image.shortId() : image.repoTags.first();
}

int ImageListModel::rowOfExactId(const QString &id) const
{
    for (int i = 0; i < m_images.size(); ++i) {
        if (m_images.at(i).id == id)
            return i;
    }
    return -1;
}

int ImageListModel::rowOfId(const QString &idOrReference) const
{
    if (idOrReference.isEmpty())
        return -1;
    QString want = idOrReference;
    if (!want.startsWith(QLatin1String("sha256:")))
        want.prepend(QLatin1String("sha256:"));
    for (int i = 0; i < m_images.size(); ++i) {
        const QString &id = m_images.at(i).id;
        if (id == want || (want.size() >= 7 + 12 && id.startsWith(want)))
            return i;
    }
    // A reference: "demo_image" is "demo_image:latest" to the engine.
    const QString latest = idOrReference + QLatin1String(":latest");
    for (int i = 0; i < m_images.size(); ++i) {
        const QStringList &tags = m_images.at(i).repoTags;
        if (tags.contains(idOrReference) || tags.contains(latest))
            return i;
    }
    return -1;
}

QStringList ImageListModel::danglingIds() const
{
    QStringList out;
    for (const ImageSummary &i : m_images) {
        if (i.isDangling())
            out.append(i.id);
    }
    return out;
}

void ImageListModel::setUsers(const QHash<QString, QList<ImageUser>> &users)
{
    const bool first = !m_usersKnown;
    QList<int> changed;
    for (int row = 0; row < m_images.size(); ++row) {
        const QString &id = m_images.at(row).id;
        if (first || m_users.value(id) != users.value(id))
            changed.append(row);
    }
    m_usersKnown = true;
    m_users = users;
    for (int row : std::as_const(changed))
        emit dataChanged(index(row, ContainersColumn), index(row, ContainersColumn));
}

bool ImageListModel::upsert(const ImageSummary &image)
{
    const int row = rowOfExactId(image.id);
    if (row >= 0) {
        ImageSummary merged = image;
        // An inspection does not count containers or shared bytes: keep what the list said.
        if (merged.containers < 0)
            merged.containers = m_images.at(row).containers;
        if (merged.sharedSize < 0)
            merged.sharedSize = m_images.at(row).sharedSize;
        if (m_images.at(row) == merged)
            return false;
        m_images[row] = merged;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    const int at = int(m_images.size());
    beginInsertRows({}, at, at);
    m_images.append(image);
    endInsertRows();
    return true;
}

bool ImageListModel::remove(const QString &id)
{
    const int row = rowOfExactId(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_images.removeAt(row);
    endRemoveRows();
    return true;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageSummary &img = m_images.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (img.isDangling())
                return tr("<none> (dangling)");
            return img.repoTags.size() > 1
                ? tr("%1 (+%n more tag(s))", nullptr, int(img.repoTags.size() - 1)).arg(img.repoTags.first())
                : img.repoTags.first();
        case IdColumn: return img.shortId();
        case CreatedColumn: return QLocale().toString(img.created.toLocalTime(), QLocale::ShortFormat);
        case SizeColumn: return QLocale().formattedDataSize(img.size);
        case ContainersColumn: {
            if (!m_usersKnown)
                return QString();
            const QList<ImageUser> users = m_users.value(img.id);
            const auto running = std::count_if(users.cbegin(), users.cend(), [](const ImageUser &u) { return u.running; });
            if (running == 0)
                return QLocale().toString(users.size());
            return tr("%1 (%2 running)").arg(QLocale().toString(users.size()), QLocale().toString(qlonglong(running)));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ContainersColumn && m_usersKnown) {
            const QList<ImageUser> users = m_users.value(img.id);
            if (users.isEmpty())
                return tr("No container was made from this image: it can be removed without removing a container.");
            QStringList lines;
            for (const ImageUser &u : users)
                lines.append(tr("%1 (%2)").arg(u.name, ContainerListModel::stateText(u.state)));
            return tr("Containers made from this image (its instances):\n%1").arg(lines.join(QLatin1Char('\n')));
        }
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
        if (index.column() == SizeColumn || index.column() == ContainersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole: return img.id;
    case DanglingRole: return img.isDangling();
    case SizeRole: return img.size;
    case CreatedRole: return img.created;
    case ReferenceRole: return referenceOf(img);
    case ContainerCountRole: return m_usersKnown ? QVariant(int(m_users.value(img.id).size())) : QVariant();
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
    case ContainersColumn: return tr("Containers");
    }
    return {};
}

} // namespace dx
