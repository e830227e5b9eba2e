#include "containerlistmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace dx {

namespace {

// Exited containers re-word hourly for two days ("Exited (0) 47 hours ago"); after that a
// day is the smallest step, which the next event or refresh picks up anyway.
constexpr qint64 RecentSecs = 48 * 3600;

} // namespace

ContainerListModel::ContainerListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &ContainerListModel::tick);
}

int ContainerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const ContainerSummary &c = r.container;
    switch (role) {
    case IdRole: return c.id;
    case StateRole: return c.state;
    case BusyRole: return m_busy.value(c.id);
    case NameRole: return c.name;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return c.name;
        case Image: return c.image;
        case State: {
            const QString busy = m_busy.value(c.id);
            return busy.isEmpty() ? stateText(c.state) : busy;
        }
        case Status: return r.status;
        case Ports: return c.portsText();
        case Created: return QLocale().toString(c.created, QLocale::ShortFormat);
        case Size:
            return c.hasSize ? QLocale().formattedDataSize(c.sizeRw, 1, QLocale::DataSizeSIFormat) : QString();
        case Mounts: return c.mountsText();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Created: return c.created.toSecsSinceEpoch();
        case Size: return c.sizeRw;
        case Name: return c.name.toLower();
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return QCoreApplication::translate("dx::ContainerListModel", "%1\nID %2\nCommand: %3")
                              .arg(c.name, c.shortId(), c.command);
        case Image: return c.imageId;
        case State:
        case Status:
            if (c.state == QLatin1String("exited") || c.state == QLatin1String("dead"))
                return QCoreApplication::translate("dx::ContainerListModel", "%1\nExit code %2")
                    .arg(data(index, Qt::DisplayRole).toString(), exitCodeMeaning(c.exitCode));
            return data(index, Qt::DisplayRole);
        case Size:
            return QCoreApplication::translate("dx::ContainerListModel",
                       "Writable layer: %1 (the image underneath: %2)")
                .arg(QLocale().formattedDataSize(c.sizeRw, 1, QLocale::DataSizeSIFormat),
                     QLocale().formattedDataSize(c.sizeRootFs - c.sizeRw, 1, QLocale::DataSizeSIFormat));
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QString ContainerListModel::stateText(const QString &state)
{
    if (state == QLatin1String("running")) return tr("running");
    if (state == QLatin1String("exited")) return tr("exited");
    if (state == QLatin1String("created")) return tr("created");
    if (state == QLatin1String("paused")) return tr("paused");
    if (state == QLatin1String("restarting")) return tr("restarting");
    if (state == QLatin1String("removing")) return tr("removing");
    if (state == QLatin1String("dead")) return tr("dead");
    return state;
}

QVariant ContainerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Image: return tr("Image");
    case State: return tr("State");
    case Status: return tr("Status");
    case Ports: return tr("Ports");
    case Created: return tr("Created");
    case Size: return tr("Size");
    case Mounts: return tr("Mounts");
    }
    return {};
}

QHash<int, QByteArray> ContainerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "containerId");
    names.insert(StateRole, "state");
    names.insert(BusyRole, "busy");
    names.insert(NameRole, "name");
    return names;
}


QList<ContainerSummary> ContainerListModel::containers() const
{
    QList<ContainerSummary> list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list.append(row.container);
    return list;
}

void ContainerListModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_index.insert(m_rows.at(row).container.id, row);
}

ContainerListModel::Row ContainerListModel::makeRow(ContainerSummary container) const
{
    Row row{std::move(container), {}};
    row.status = row.container.statusText(m_clock());
    return row;
}

void ContainerListModel::updateRow(int row, ContainerSummary container)
{
    const ContainerSummary &old = m_rows.at(row).container;
    if (!container.hasSize && old.hasSize) {
        container.hasSize = true;
        container.sizeRw = old.sizeRw;
        container.sizeRootFs = old.sizeRootFs;
    }
    if (old.sameAs(container))
        return;
    m_rows[row] = makeRow(std::move(container));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContainerListModel::setContainers(const QList<ContainerSummary> &containers)
{
    QSet<QString> incoming;
    incoming.reserve(containers.size());
    for (const ContainerSummary &c : containers)
        incoming.insert(c.id);

    // Remove from the back in contiguous runs, so each removal is one signal pair.
    int firstRemoved = int(m_rows.size());
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).container.id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).container.id))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r) {
            m_index.remove(m_rows.at(r).container.id);
            m_busy.remove(m_rows.at(r).container.id);
        }
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        firstRemoved = first;
        row = first - 1;
    }
    if (firstRemoved < m_rows.size())
        rebuildIndex(firstRemoved);

    QList<Row> added;
    for (const ContainerSummary &c : containers) {
        const int row = m_index.value(c.id, -1);
        if (row >= 0)
            updateRow(row, c);
        else
            added.append(makeRow(c));
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        rebuildIndex(first);
        endInsertRows();
    }
    updateTimer();
}

void ContainerListModel::upsert(const ContainerSummary &container)
{
    const int row = m_index.value(container.id, -1);
    if (row >= 0) {
        updateRow(row, container);
    } else {
        const int last = int(m_rows.size());
        beginInsertRows({}, last, last);
        m_rows.append(makeRow(container));
        m_index.insert(container.id, last);
        endInsertRows();
    }
    updateTimer();
}

bool ContainerListModel::removeContainer(const QString &id)
{
    const int row = m_index.value(id, -1);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    m_index.remove(id);
    m_busy.remove(id);
    rebuildIndex(row);
    endRemoveRows();
    updateTimer();
    return true;
}

void ContainerListModel::applySizes(const QList<ContainerSummary> &containers)
{
    int first = -1;
    int last = -1;
    for (const ContainerSummary &c : containers) {
        const int row = m_index.value(c.id, -1);
        if (row < 0 || !c.hasSize)
            continue;
        ContainerSummary &mine = m_rows[row].container;
        if (mine.hasSize && mine.sizeRw == c.sizeRw && mine.sizeRootFs == c.sizeRootFs)
            continue;
        mine.hasSize = true;
        mine.sizeRw = c.sizeRw;
        mine.sizeRootFs = c.sizeRootFs;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        emit dataChanged(index(first, Size), index(last, Size));
}

void ContainerListModel::setBusy(const QString &id, const QString &text)
{
    const int row = m_index.value(id, -1);
    if (row < 0)
        return;
    m_busy.insert(id, text);
    emit dataChanged(index(row, State), index(row, State));
}

void ContainerListModel::clearBusy(const QString &id)
{
    if (!m_busy.remove(id))
        return;
    const int row = m_index.value(id, -1);
    if (row >= 0)
        emit dataChanged(index(row, State), index(row, State));
}

void ContainerListModel::tick()
{
    const QDateTime now = m_clock();
    // Contiguous runs of re-worded rows, one dataChanged each.
    int first = -1;
    for (int row = 0; row <= m_rows.size(); ++row) {
        bool changed = false;
        if (row < m_rows.size() && m_rows.at(row).container.hasClock()) {
            const QString text = m_rows.at(row).container.statusText(now);
            if (text != m_rows.at(row).status) {
                m_rows[row].status = text;
                changed = true;
            }
        }
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            emit dataChanged(index(first, Status), index(row - 1, Status), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
            first = -1;
        }
    }
    updateTimer();
}

int ContainerListModel::tickInterval() const
{
    const QDateTime now = m_clock();
    qint64 youngest = -1;
    for (const Row &row : m_rows) {
        const ContainerSummary &c = row.container;
        if (!c.hasClock())
            continue;
        const bool live = c.state == QLatin1String("running") || c.isPaused();
        const qint64 age = (live ? c.startedAt : c.finishedAt).secsTo(now);
        if (!live && age > RecentSecs)
            continue;
        youngest = youngest < 0 ? age : std::min(youngest, age);
    }
    if (youngest < 0)
        return 0;
    // Seconds count visibly during the first minute; after that a word changes at most
    // once a minute.
    return youngest < 60 ? 5000 : 20000;
}

void ContainerListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    tick();
}

void ContainerListModel::updateTimer()
{
    const int interval = tickInterval();
    if (interval == 0) {
        m_timer->stop();
        return;
    }
    if (!m_timer->isActive() || m_timer->interval() != interval)
        m_timer->start(interval);
}

} // namespace dx
