#pragma once

#include "api/containertypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;

namespace dx {

class AppServices;
class ContainerChangesWidget;
class ContainerFilesWidget;
class ContainerInspectWidget;
class ContainerLogsWidget;
class ContainerProcessesWidget;
class ContainerStatsWidget;
class ContainerStore;
class ContainerTerminalsWidget;

// The pane under the list: Logs, Stats, Changes, Files, Inspect, Terminal and Processes of the selected container. Only
// the visible tab asks the engine anything, and only about this container. The inspect
// document comes from the store (the fetch an event caused serves this pane too).
class ContainerDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerDetailsPane)

public:
    enum Tab { LogsTab, StatsTab, ChangesTab, FilesTab, InspectTab, TerminalTab, ProcessesTab };

    ContainerDetailsPane(AppServices *services, ContainerStore *store, QWidget *parent = nullptr);

    // Empty id: nothing selected. Called again with the same id when the row changed.
    void setContainer(const ContainerSummary &container);
    QString containerId() const { return m_container.id; }
    void showTab(Tab tab);
    bool isLoading() const { return m_detailsPending; }

    ContainerLogsWidget *logs() const { return m_logs; }
    ContainerStatsWidget *stats() const { return m_stats; }
    ContainerChangesWidget *changes() const { return m_changes; }
    ContainerFilesWidget *files() const { return m_files; }
    ContainerInspectWidget *inspect() const { return m_inspect; }
    ContainerTerminalsWidget *terminals() const { return m_terminals; }
    ContainerProcessesWidget *processes() const { return m_processes; }
    QLabel *title() const { return m_title; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // A tab was chosen, by a click on it or by showTab(): the page should bring the pane
    // into sight when a high zoom made it scroll away.
    void tabChosen();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onDetails(const ContainerDetails &details);
    void onDetailsFailed(const QString &id, const QString &message);
    void updateActive();
    void updateTitle();
    bool tabVisible(Tab tab) const;

    AppServices *m_services;
    ContainerStore *m_store;
    QLabel *m_title;
    QTabWidget *m_tabs;
    ContainerLogsWidget *m_logs;
    ContainerStatsWidget *m_stats;
    ContainerChangesWidget *m_changes;
    ContainerFilesWidget *m_files;
    ContainerInspectWidget *m_inspect;
    ContainerTerminalsWidget *m_terminals;
    ContainerProcessesWidget *m_processes;
    ContainerSummary m_container;
    std::optional<ContainerDetails> m_details;
    bool m_detailsPending = false;
};

} // namespace dx
