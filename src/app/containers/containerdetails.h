#pragma once

#include "containers/containerinfo.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace dx {

class AppServices;
class ContainerChangesWidget;
class ContainerInspectWidget;
class ContainerLogsWidget;
class ContainerStatsWidget;

// The pane under the list: Logs, Stats, Changes and Inspect of the selected container.
class ContainerDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerDetails)

public:
    enum Tab { LogsTab, StatsTab, ChangesTab, InspectTab };

    explicit ContainerDetails(AppServices *services, QWidget *parent = nullptr);

    // Empty id: nothing selected. Called again with the same id when the row changed.
    void setContainer(const ContainerInfo &container);
    QString containerId() const { return m_container.id; }
    void showTab(Tab tab);
    bool isLoading() const { return m_inspectPending; }

    ContainerLogsWidget *logs() const { return m_logs; }
    ContainerStatsWidget *stats() const { return m_stats; }
    ContainerChangesWidget *changes() const { return m_changes; }
    ContainerInspectWidget *inspect() const { return m_inspect; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fetchInspect();
    void updateActive();

    AppServices *m_services;
    QLabel *m_title;
    QTabWidget *m_tabs;
    ContainerLogsWidget *m_logs;
    ContainerStatsWidget *m_stats;
    ContainerChangesWidget *m_changes;
    ContainerInspectWidget *m_inspect;
    ContainerInfo m_container;
    bool m_inspectPending = false;
};

} // namespace dx
