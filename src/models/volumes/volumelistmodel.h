#pragma once

#include "volumeinfo.h"

#include <QAbstractTableModel>
#include <QVector>

namespace dx {

// The one table of volumes, owned by VolumeStore and shared by every view (each wraps it in
// its own QSortFilterProxyModel). Only the store changes it, and only with row diffs: rows
// inserted, changed, removed; never a reset.
class VolumeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeListModel)

public:
    enum Column { NameColumn, DriverColumn, UsedByColumn, SizeColumn, CreatedColumn, MountpointColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        InUseRole,  // bool
        SizeRole,   // qint64, -1 unknown
        CreatedRole // QDateTime
    };

    explicit VolumeListModel(QObject *parent = nullptr);
    ~VolumeListModel() override;

    const QVector<VolumeInfo> &volumes() const { return m_volumes; }
    VolumeInfo volumeAt(int row) const { return m_volumes.value(row); }
    int rowOf(const QString &name) const;

    // For VolumeStore.
    void appendVolume(const VolumeInfo &volume);
    // Emits dataChanged for the columns that differ; false when nothing did.
    bool updateVolume(int row, const VolumeInfo &volume);
    void removeVolumeAt(int row);
    void setSizesLoaded(bool loaded) { m_sizesLoaded = loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<VolumeInfo> m_volumes;
    bool m_sizesLoaded = false;
};

} // namespace dx
