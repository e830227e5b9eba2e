#pragma once

#include "api/resourcetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace dx {

// The networks of the engine, one row each. Changed only by NetworkStore, with row diffs.
class NetworkListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkListModel)

public:
    enum Column { NameColumn, DriverColumn, ScopeColumn, SubnetColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit NetworkListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<NetworkSummary> &networks() const { return m_networks; }
    int rowOf(const QString &idOrName) const;

    // Row diffs against the current rows: inserted, changed, removed; never a reset.
    void setNetworks(const QList<NetworkSummary> &networks);
    void upsert(const NetworkSummary &network);
    bool remove(const QString &idOrName);

private:
    QList<NetworkSummary> m_networks;
};

} // namespace dx
