#include "diskusagemodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace dx {

DiskUsageModel::DiskUsageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DiskUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int DiskUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiskUsageModel::kindName(Row row)
{
    switch (row) {
    case ImagesRow: return QCoreApplication::translate("dx::DiskUsageModel", "Images");
    case ContainersRow: return QCoreApplication::translate("dx::DiskUsageModel", "Containers");
    case VolumesRow: return QCoreApplication::translate("dx::DiskUsageModel", "Local volumes");
    case BuildCacheRow: return QCoreApplication::translate("dx::DiskUsageModel", "Build cache");
    case RowCount: break;
    }
    return {};
}

QVariant DiskUsageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= RowCount || index.column() >= ColumnCount)
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case CountRole: return e.count;
    case ActiveRole: return e.active;
    case SizeRole: return e.size;
    case ReclaimableRole: return e.reclaimable;
    case AvailableRole: return e.available;
    case Qt::TextAlignmentRole:
        return index.column() == KindColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (index.column() == KindColumn)
        return kindName(Row(index.row()));
    if (!e.available)
        return QStringLiteral("—");
    const QLocale locale;
    switch (index.column()) {
    case CountColumn: return locale.toString(e.count);
    case ActiveColumn: return locale.toString(e.active);
    case SizeColumn: return locale.formattedDataSize(e.size);
    case ReclaimableColumn: return locale.formattedDataSize(e.reclaimable);
    default: return {};
    }
}

QVariant DiskUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return QCoreApplication::translate("dx::DiskUsageModel", "Type");
    case CountColumn: return QCoreApplication::translate("dx::DiskUsageModel", "Total");
    case ActiveColumn: return QCoreApplication::translate("dx::DiskUsageModel", "Active");
    case SizeColumn: return QCoreApplication::translate("dx::DiskUsageModel", "Size");
    case ReclaimableColumn: return QCoreApplication::translate("dx::DiskUsageModel", "Reclaimable");
    default: return {};
    }
}

DiskUsageModel::Entry DiskUsageModel::compute(Row row, const DiskUsage &usage)
{
    // As the docker CLI's `system df` counts (cli/command/formatter/disk_usage.go).
    Entry e;
    e.available = true;
    switch (row) {
    case ImagesRow: {
        qint64 used = 0;
        for (const ImageSummary &i : usage.images) {
            if (i.containers > 0) {
                ++e.active;
                if (i.sharedSize >= 0)
                    used += i.size - i.sharedSize;
            }
        }
        e.count = int(usage.images.size());
        e.size = usage.layersSize;
        e.reclaimable = qMax<qint64>(0, e.size - used);
        break;
    }
    case ContainersRow:
        for (const ContainerSummary &c : usage.containers) {
            e.size += c.sizeRw;
            if (c.isRunning() || c.isPaused())
                ++e.active;
            else
                e.reclaimable += c.sizeRw;
        }
        e.count = int(usage.containers.size());
        break;
    case VolumesRow:
        for (const VolumeSummary &v : usage.volumes) {
            const qint64 size = qMax<qint64>(0, v.size);
            e.size += size;
            if (v.refCount > 0)
                ++e.active;
            else
                e.reclaimable += size;
        }
        e.count = int(usage.volumes.size());
        break;
    case BuildCacheRow: {
        e.available = usage.hasBuildCache;
        qint64 inUse = 0;
        qint64 total = 0;
        for (const BuildCacheRecord &r : usage.buildCache) {
            if (r.inUse) {
                ++e.active;
                if (!r.shared)
                    inUse += r.size;
            }
            if (!r.shared)
                total += r.size;
        }
        e.count = int(usage.buildCache.size());
        e.size = usage.builderSize > 0 ? usage.builderSize : total;
        e.reclaimable = qMax<qint64>(0, e.size - inUse);
        break;
    }
    case RowCount:
        break;
    }
    return e;
}

void DiskUsageModel::setUsage(const DiskUsage &usage)
{
    for (int r = 0; r < RowCount; ++r)
        m_entries[r] = compute(Row(r), usage);
    m_loaded = true;
    emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

} // namespace dx
