#pragma once

#include <QSortFilterProxyModel>

namespace dx {

// Filters the container list by a search text (name, image, id, ports, status) and a state.
// The app's own helper containers (VolumeHelper) are left out unless internal objects are shown.
class ContainerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerFilterModel)

public:
    enum class StateFilter { All, Running, Stopped, Paused };

    explicit ContainerFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    void setShowInternal(bool show);
    bool showsInternal() const { return m_showInternal; }

    static bool stateMatches(StateFilter filter, const QString &state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StateFilter m_state = StateFilter::All;
    bool m_showInternal = false;
};

} // namespace dx
