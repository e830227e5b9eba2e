#pragma once

#include "api/containertypes.h"

#include <QAbstractTableModel>

namespace dx {

// `docker top`: one row a process, the columns the engine's ps gave (UID, PID, PPID, C, STIME,
// TTY, TIME, CMD on Linux). A new answer with the same columns updates rows in place, keyed by
// PID, so a refresh every two seconds keeps the selection and the scroll position.
class ProcessListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessListModel)

public:
    explicit ProcessListModel(QObject *parent = nullptr);

    void setList(const ProcessList &list);
    void clear();
    const ProcessList &list() const { return m_list; }
    // The column the engine called PID, -1 without one.
    int pidColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProcessList m_list;
};

} // namespace dx
