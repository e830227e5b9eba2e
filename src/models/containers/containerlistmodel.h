#pragma once

#include "api/containertypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

class QTimer;

namespace dx {

// Every container of the engine, one row each: the one model of ContainerStore, which every
// view wraps in its own proxy. Updates arrive as diffs (a list, one container after an
// event, sizes later) and are applied as row inserts, dataChanged and row removals, never as
// a reset, so selection and scroll position survive.
//
// The Status column ("Up 4 minutes") is counted here from the container's times; a timer
// re-words it while some container has a clock that moves (running, or exited recently),
// with dataChanged for that column only.
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
    using Clock = std::function<QDateTime()>;

    explicit ContainerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ContainerSummary &containerAt(int row) const { return m_rows.at(row).container; }
    QList<ContainerSummary> containers() const;
    int rowOf(const QString &id) const { return m_index.value(id, -1); }
    bool contains(const QString &id) const { return m_index.contains(id); }

    // A whole list: rows missing from it go, new ones are appended, changed ones updated.
    // Sizes already known are kept when the list came without them.
    void setContainers(const QList<ContainerSummary> &containers);
    // One container (after an event): update in place or append.
    void upsert(const ContainerSummary &container);
    bool removeContainer(const QString &id);
    // The answer of a size=1 list: only the size columns change.
    void applySizes(const QList<ContainerSummary> &containers);

    void setBusy(const QString &id, const QString &text);
    void clearBusy(const QString &id);
    QString busyText(const QString &id) const { return m_busy.value(id); }
    // The engine's state word, translated ("running" -> "läuft").
    static QString stateText(const QString &state);

    // Re-words the Status column now; dataChanged only for rows whose words changed.
    void tick();
    // The timer's interval while running; 0 while nothing has a moving clock.
    int tickInterval() const;
    // Tests move time on instead of waiting for it.
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }

private:
    struct Row
    {
        ContainerSummary container;
        QString status; // statusText() at the last tick or change
    };

    void rebuildIndex(int fromRow);
    void updateRow(int row, ContainerSummary container);
    Row makeRow(ContainerSummary container) const;
    void updateTimer();

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_busy;
    Clock m_clock;
    QTimer *m_timer;
};

} // namespace dx
