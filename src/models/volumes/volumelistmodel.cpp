#include "volumelistmodel.h"

#include <QLocale>

namespace dx {

VolumeListModel::VolumeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

VolumeListModel::~VolumeListModel() = default;

int VolumeListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_volumes.size(); ++i) {
        if (m_volumes[i].name == name)
            return i;
    }
    return -1;
}

void VolumeListModel::appendVolume(const VolumeInfo &volume)
{
    const int row = int(m_volumes.size());
    beginInsertRows({}, row, row);
    m_volumes.append(volume);
    endInsertRows();
}

bool VolumeListModel::updateVolume(int row, const VolumeInfo &volume)
{
    VolumeInfo &old = m_volumes[row];
    if (old == volume)
        return false;
    // The size arrives on its own (/system/df): repaint that cell only when nothing else moved.
    const bool sizeOnly = [&] {
        VolumeInfo sameSize = volume;
        sameSize.size = old.size;
        return sameSize == old;
    }();
    old = volume;
    if (sizeOnly)
        emit dataChanged(index(row, SizeColumn), index(row, SizeColumn));
    else
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void VolumeListModel::removeVolumeAt(int row)
{
    beginRemoveRows({}, row, row);
    m_volumes.remove(row);
    endRemoveRows();
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
