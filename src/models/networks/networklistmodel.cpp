#include "networklistmodel.h"

#include <QLocale>
#include <QSet>

namespace dx {

NetworkListModel::NetworkListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int NetworkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_networks.size());
}

int NetworkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NetworkSummary &n = m_networks.at(index.row());
    if (role == IdRole)
        return n.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return n.name;
    case DriverColumn: return n.driver;
    case ScopeColumn: return n.scope;
    case SubnetColumn: return n.subnets.join(QLatin1String(", "));
    case CreatedColumn: return QLocale().toString(n.created, QLocale::ShortFormat);
    default: return {};
    }
}

QVariant NetworkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DriverColumn: return tr("Driver");
    case ScopeColumn: return tr("Scope");
    case SubnetColumn: return tr("Subnet");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

int NetworkListModel::rowOf(const QString &idOrName) const
{
    for (int row = 0; row < m_networks.size(); ++row) {
        const NetworkSummary &n = m_networks.at(row);
        if (n.id == idOrName || n.name == idOrName)
            return row;
    }
    return -1;
}

void NetworkListModel::setNetworks(const QList<NetworkSummary> &networks)
{
    QSet<QString> keep;
    for (const NetworkSummary &n : networks)
        keep.insert(n.id);
    for (int row = int(m_networks.size()) - 1; row >= 0; --row) {
        if (!keep.contains(m_networks.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_networks.removeAt(row);
            endRemoveRows();
        }
    }
    for (const NetworkSummary &n : networks)
        upsert(n);
}

void NetworkListModel::upsert(const NetworkSummary &network)
{
    const int row = rowOf(network.id);
    if (row >= 0) {
        m_networks[row] = network;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_networks.size());
    beginInsertRows({}, at, at);
    m_networks.append(network);
    endInsertRows();
}

bool NetworkListModel::remove(const QString &idOrName)
{
    const int row = rowOf(idOrName);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_networks.removeAt(row);
    endRemoveRows();
    return true;
}

} // namespace dx
