#include "containerfiltermodel.h"

#include "containerlistmodel.h"

#include "volumes/volumehelper.h"

namespace dx {

ContainerFilterModel::ContainerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContainerListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows changed by events must re-sort and re-filter by themselves.
    setDynamicSortFilter(true);
}

void ContainerFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void ContainerFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

void ContainerFilterModel::setShowInternal(bool show)
{
    if (show == m_showInternal)
        return;
    m_showInternal = show;
    invalidateRowsFilter();
}

bool ContainerFilterModel::stateMatches(StateFilter filter, const QString &state)
{
    switch (filter) {
    case StateFilter::All: return true;
    case StateFilter::Running: return state == QLatin1String("running") || state == QLatin1String("restarting");
    case StateFilter::Paused: return state == QLatin1String("paused");
    case StateFilter::Stopped:
        return state == QLatin1String("exited") || state == QLatin1String("created") || state == QLatin1String("dead");
    }
    return true;
}

bool ContainerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    auto *list = qobject_cast<const ContainerListModel *>(sourceModel());
    if (!list)
        return true;
    const ContainerSummary &c = list->containerAt(sourceRow);
    if (!m_showInternal && VolumeHelper::isHelper(c.labels))
        return false;
    if (!stateMatches(m_state, c.state))
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
    return has(c.name) || has(c.image) || c.id.startsWith(m_text, Qt::CaseInsensitive) || has(list->index(sourceRow, ContainerListModel::Status).data().toString())
        || has(c.portsText()) || has(c.command);
}

} // namespace dx
