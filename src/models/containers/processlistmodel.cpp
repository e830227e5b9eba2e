#include "processlistmodel.h"

#include <QHash>

namespace dx {

ProcessListModel::ProcessListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ProcessListModel::pidColumn() const
{
    return int(m_list.titles.indexOf(QStringLiteral("PID")));
}

void ProcessListModel::clear()
{
    setList({});
}

void ProcessListModel::setList(const ProcessList &list)
{
    if (list.titles != m_list.titles) {
        beginResetModel();
        m_list = list;
        endResetModel();
        return;
    }
    const int pid = pidColumn();
    const auto keyOf = [pid](const QStringList &row) { return pid >= 0 ? row.value(pid) : row.join(QLatin1Char(' ')); };
    // Gone processes first, then the ones that are new, each at its place in the engine's order.
    QHash<QString, int> wanted;
    for (int i = 0; i < list.processes.size(); ++i)
        wanted.insert(keyOf(list.processes.at(i)), i);
    for (int row = int(m_list.processes.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(keyOf(m_list.processes.at(row)))) {
            beginRemoveRows({}, row, row);
            m_list.processes.removeAt(row);
            endRemoveRows();
        }
    }
    for (int i = 0; i < list.processes.size(); ++i) {
        const QStringList &process = list.processes.at(i);
        if (i < m_list.processes.size() && keyOf(m_list.processes.at(i)) == keyOf(process)) {
            if (m_list.processes.at(i) != process) {
                m_list.processes[i] = process;
                emit dataChanged(index(i, 0), index(i, columnCount() - 1));
            }
            continue;
        }
        // Either new, or a known one further down: the engine's order wins.
        int known = -1;
        for (int j = i + 1; j < m_list.processes.size(); ++j) {
            if (keyOf(m_list.processes.at(j)) == keyOf(process)) {
                known = j;
                break;
            }
        }
        if (known >= 0) {
            beginMoveRows({}, known, known, {}, i);
            m_list.processes.move(known, i);
            endMoveRows();
            m_list.processes[i] = process;
            emit dataChanged(index(i, 0), index(i, columnCount() - 1));
        } else {
            beginInsertRows({}, i, i);
            m_list.processes.insert(i, process);
            endInsertRows();
        }
    }
}

int ProcessListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.processes.size());
}

int ProcessListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.titles.size());
}

QVariant ProcessListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_list.processes.at(index.row()).value(index.column());
    return {};
}

QVariant ProcessListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_list.titles.size())
        return {};
    return m_list.titles.at(section);
}

} // namespace dx
