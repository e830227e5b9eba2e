#include "containerprocesseswidget.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "containers/processlistmodel.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/language.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace dx {

ContainerProcessesWidget::ContainerProcessesWidget(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new ProcessListModel(this))
    , m_view(new QTreeView(this))
    , m_state(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("processList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_state->setObjectName(QStringLiteral("processesState"));
    m_state->setWordWrap(true);
    m_state->setContentsMargins(6, 4, 6, 4);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_state);
    layout->addWidget(m_view, 1);
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ContainerProcessesWidget::ask);
    retranslate(this, [this] { retranslateState(); });
}

ContainerProcessesWidget::~ContainerProcessesWidget()
{
    if (m_reply)
        m_reply->abort();
}

void ContainerProcessesWidget::setContainer(const ContainerSummary &container)
{
    if (container.id != m_id) {
        if (m_reply)
            m_reply->abort();
        m_model->clear();
        m_error.clear();
        m_asked = false;
    }
    m_id = container.id;
    m_name = container.name.isEmpty() ? container.shortId() : container.name;
    // A paused container's processes are still there (frozen): top answers for it too.
    const bool running = container.isRunning() || container.isPaused();
    if (!running && m_running)
        m_model->clear();
    m_running = running;
    updatePolling();
}

void ContainerProcessesWidget::setActive(bool active)
{
    m_active = active;
    updatePolling();
}

bool ContainerProcessesWidget::isRefreshing() const
{
    return m_timer->isActive();
}

QString ContainerProcessesWidget::message() const
{
    return m_state->text();
}

void ContainerProcessesWidget::updatePolling()
{
    const bool want = m_active && m_running && !m_id.isEmpty();
    if (want && !m_timer->isActive()) {
        m_timer->start();
        ask();
    } else if (!want) {
        m_timer->stop();
    }
    retranslateState();
}

void ContainerProcessesWidget::ask()
{
    if (m_reply || m_id.isEmpty() || !m_running)
        return;
    // The first look is the user's `docker top`; the refreshes are the app's polling.
    const CallContext context = m_asked ? CallContext::internal() : CallContext::user();
    m_asked = true;
    const QString id = m_id;
    const ApiCall<ProcessList> call = m_services->session()->api()->containers().top(m_name, {}, context);
    m_reply = call.reply();
    call.then(this, [this, id](const ApiResult<ProcessList> &r) {
        m_reply = nullptr;
        if (id != m_id || r.error.kind == ApiError::Kind::Cancelled)
            return;
        if (r.ok()) {
            m_error.clear();
            m_model->setList(r.value);
        } else {
            m_error = r.message();
        }
        retranslateState();
    });
}

void ContainerProcessesWidget::retranslateState()
{
    if (m_id.isEmpty())
        m_state->setText(tr("No container selected."));
    else if (!m_running)
        m_state->setText(tr("%1 is not running, so it has no processes. Start it to see them (docker top).").arg(m_name));
    else if (!m_error.isEmpty())
        m_state->setText(tr("Could not list the processes: %1").arg(m_error));
    else
        m_state->setText(tr("%n process(es) in %1, as the host's ps sees them (docker top), read every %2 s.", nullptr,
                            m_model->rowCount())
                             .arg(m_name)
                             .arg(RefreshMs / 1000));
    m_view->setVisible(m_running && !m_id.isEmpty());
}

} // namespace dx
