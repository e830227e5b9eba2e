#pragma once

#include "api/resourcetypes.h"

#include <QAbstractTableModel>

namespace dx {

// `docker system df` as a table: one row per kind of object (images, containers, local
// volumes, build cache) with count, active, size and reclaimable bytes, computed as the docker
// CLI does. The System page's chart and its tests read the roles.
class DiskUsageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskUsageModel)

public:
    enum Row { ImagesRow, ContainersRow, VolumesRow, BuildCacheRow, RowCount };
    enum Column { KindColumn, CountColumn, ActiveColumn, SizeColumn, ReclaimableColumn, ColumnCount };
    enum Role {
        CountRole = Qt::UserRole + 1,
        ActiveRole,
        SizeRole,         // qint64 bytes
        ReclaimableRole,  // qint64 bytes
        AvailableRole,    // false: the engine did not report this kind (Podman's build cache)
    };

    struct Entry
    {
        int count = 0;
        int active = 0;
        qint64 size = 0;
        qint64 reclaimable = 0;
        bool available = false;
    };

    explicit DiskUsageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setUsage(const DiskUsage &usage);
    bool isLoaded() const { return m_loaded; }
    Entry entry(Row row) const { return m_entries[row]; }
    static QString kindName(Row row); // translated
    static Entry compute(Row row, const DiskUsage &usage);

private:
    Entry m_entries[RowCount];
    bool m_loaded = false;
};

} // namespace dx
