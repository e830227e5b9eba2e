#pragma once

#include "api/containertypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;
class QTreeView;

namespace dx {

class AppServices;
class EngineReply;
class ProcessListModel;

// The Processes tab: `docker top`, asked again every two seconds while the tab is visible and
// the container runs. The first answer for a container is the user's command in the Docker
// Commands panel; the refreshes after it are the app's own (shown with internal requests).
class ContainerProcessesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerProcessesWidget)

public:
    static constexpr int RefreshMs = 2000;

    explicit ContainerProcessesWidget(AppServices *services, QWidget *parent = nullptr);
    ~ContainerProcessesWidget() override;

    void setContainer(const ContainerSummary &container);
    void setActive(bool active);
    ProcessListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString message() const;
    bool isRefreshing() const;
    bool isLoading() const { return !m_reply.isNull(); }

private:
    void updatePolling();
    void ask();
    void retranslateState();

    AppServices *m_services;
    ProcessListModel *m_model;
    QTreeView *m_view;
    QLabel *m_state;
    QTimer *m_timer;
    QPointer<EngineReply> m_reply;
    QString m_id;
    QString m_name;
    QString m_error;
    bool m_running = false;
    bool m_active = false;
    bool m_asked = false; // the first `docker top` of this container was sent
};

} // namespace dx
