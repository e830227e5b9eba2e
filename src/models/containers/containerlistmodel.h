#pragma once

#include "containerinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace dx {

// Every container of the engine, one row each. Updates arrive as diffs (a re-list, one
// container after an event, sizes later) and are applied as row inserts, dataChanged and
// row removals, never as a reset, so selection and scroll position survive.
class ContainerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerListModel)

public:
    enum Column { Name, Image, State, Status, Ports, Created, Size, Mounts, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,   // raw engine state: running, exited, ...
        BusyRole,    // non-empty while an action on the container is in flight ("Stopping…")
        SortRole,
        NameRole,
    };

    explicit ContainerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ContainerInfo &containerAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return m_index.value(id, -1); }
    bool contains(const QString &id) const { return m_index.contains(id); }

    // A whole list: rows missing from it go, new ones are appended, changed ones updated.
    // Sizes already known are kept when the list came without them.
    void setContainers(const QVector<ContainerInfo> &containers);
    // One container (after an event): update in place or append.
    void upsert(const ContainerInfo &container);
    bool removeContainer(const QString &id);
    // The answer of the slow size=1 list: only the size columns change.
    void applySizes(const QVector<ContainerInfo> &containers);

    void setBusy(const QString &id, const QString &text);
    void clearBusy(const QString &id);
    QString busyText(const QString &id) const { return m_busy.value(id); }
    // The engine's state word, translated ("running" -> "läuft").
    static QString stateText(const QString &state);

private:
    void rebuildIndex(int fromRow);
    void updateRow(int row, ContainerInfo container);

    QVector<ContainerInfo> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_busy;
};

} // namespace dx
