#include "containerdetails.h"

#include "containerchangeswidget.h"
#include "containers/containerlistmodel.h"
#include "containerinspectwidget.h"
#include "containerlogswidget.h"
#include "containerstatswidget.h"
#include "engine/engine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QJsonDocument>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dx {

ContainerDetails::ContainerDetails(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_logs(new ContainerLogsWidget(services, this))
    , m_stats(new ContainerStatsWidget(services, this))
    , m_changes(new ContainerChangesWidget(services, this))
    , m_inspect(new ContainerInspectWidget(services, this))
{
    IconProvider *icons = services->icons();
    m_tabs->setObjectName(QStringLiteral("containerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_logs, icons->icon(QStringLiteral("logs")), tr("Logs"));
    m_tabs->addTab(m_stats, icons->icon(QStringLiteral("stats")), tr("Stats"));
    m_tabs->addTab(m_changes, icons->icon(QStringLiteral("changes")), tr("Changes"));
    m_tabs->addTab(m_inspect, icons->icon(QStringLiteral("inspect")), tr("Inspect"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setContentsMargins(6, 4, 6, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ContainerDetails::updateActive);
    setContainer({});
}

void ContainerDetails::setContainer(const ContainerInfo &container)
{
    const bool sameId = container.id == m_container.id;
    const bool stateChanged = container.state != m_container.state;
    m_container = container;
    if (container.id.isEmpty()) {
        m_title->setText(tr("<i>No container selected</i>"));
    } else {
        m_title->setText(tr("<b>%1</b> · %2 · %3")
                             .arg(container.name.toHtmlEscaped(), container.image.toHtmlEscaped(), ContainerListModel::stateText(container.state)));
    }
    if (!sameId) {
        m_stats->setContainer(container.id, container.name, container.isRunning());
        m_changes->setContainer(container.id, container.name);
        if (container.id.isEmpty()) {
            m_logs->setContainer({}, {}, false, false);
            m_inspect->setInspect({});
        } else {
            fetchInspect(); // the logs wait for Config.Tty from it
        }
    } else if (stateChanged) {
        m_logs->setRunning(container.isRunning());
        m_stats->setRunning(container.isRunning());
        if (m_tabs->currentIndex() == ChangesTab)
            m_changes->reload();
        fetchInspect();
    }
    updateActive();
}

void ContainerDetails::fetchInspect()
{
    const QString id = m_container.id;
    m_inspectPending = true;
    EngineReply *reply = m_services->engine()->get(QStringLiteral("/containers/%1/json").arg(id));
    connect(reply, &EngineReply::finished, this, [this, id](const EngineResponse &r) {
        if (id != m_container.id)
            return;
        m_inspectPending = false;
        const QJsonObject inspect = QJsonDocument::fromJson(r.body).object();
        m_inspect->setInspect(inspect, r.ok() ? QString() : r.message);
        const bool tty = inspect.value(QLatin1String("Config")).toObject().value(QLatin1String("Tty")).toBool();
        m_logs->setContainer(id, m_container.name, tty, m_container.isRunning());
    });
}

void ContainerDetails::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ContainerDetails::updateActive()
{
    const bool visible = isVisible();
    m_stats->setActive(visible && m_tabs->currentIndex() == StatsTab);
    m_changes->setActive(visible && m_tabs->currentIndex() == ChangesTab);
}

void ContainerDetails::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActive();
}

void ContainerDetails::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActive();
}

} // namespace dx
