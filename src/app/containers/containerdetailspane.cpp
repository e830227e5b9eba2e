#include "containerdetailspane.h"

#include "containerchangeswidget.h"
#include "containerfileswidget.h"
#include "containerinspectwidget.h"
#include "containerlogswidget.h"
#include "containerprocesseswidget.h"
#include "containers/containerlistmodel.h"
#include "containers/containerstore.h"
#include "containerstatswidget.h"
#include "containerterminalswidget.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dx {

ContainerDetailsPane::ContainerDetailsPane(AppServices *services, ContainerStore *store, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_logs(new ContainerLogsWidget(services, this))
    , m_stats(new ContainerStatsWidget(services, this))
    , m_changes(new ContainerChangesWidget(services, store, this))
    , m_files(new ContainerFilesWidget(services, this))
    , m_inspect(new ContainerInspectWidget(services, this))
    , m_terminals(new ContainerTerminalsWidget(services, store, this))
    , m_processes(new ContainerProcessesWidget(services, this))
{
    IconProvider *icons = services->icons();
    m_tabs->setObjectName(QStringLiteral("containerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_logs, icons->icon(QStringLiteral("logs")), QString());
    m_tabs->addTab(m_stats, icons->icon(QStringLiteral("stats")), QString());
    m_tabs->addTab(m_changes, icons->icon(QStringLiteral("changes")), QString());
    m_tabs->addTab(m_files, icons->icon(QStringLiteral("folder")), QString());
    m_tabs->addTab(m_inspect, icons->icon(QStringLiteral("inspect")), QString());
    m_tabs->addTab(m_terminals, icons->icon(QStringLiteral("terminal")), QString());
    m_tabs->addTab(m_processes, icons->icon(QStringLiteral("stats")), QString());
    retranslate(this, [this] {
        m_tabs->setTabText(m_tabs->indexOf(m_logs), tr("Logs"));
        m_tabs->setTabText(m_tabs->indexOf(m_stats), tr("Stats"));
        m_tabs->setTabText(m_tabs->indexOf(m_changes), tr("Changes"));
        m_tabs->setTabText(m_tabs->indexOf(m_files), tr("Files"));
        m_tabs->setTabText(m_tabs->indexOf(m_inspect), tr("Inspect"));
        m_tabs->setTabText(m_tabs->indexOf(m_terminals), tr("Terminal"));
        m_tabs->setTabText(m_tabs->indexOf(m_processes), tr("Processes"));
        m_tabs->setTabToolTip(m_tabs->indexOf(m_processes), tr("The processes running in the container (docker top)"));
    });
    m_title->setTextFormat(Qt::RichText);
    m_title->setContentsMargins(6, 4, 6, 0);
    // Wrapped, and never what makes the pane wide: a long image reference at 200 % was 1,340 px.
    m_title->setWordWrap(true);
    QSizePolicy titlePolicy = m_title->sizePolicy();
    titlePolicy.setHorizontalPolicy(QSizePolicy::Ignored);
    m_title->setSizePolicy(titlePolicy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ContainerDetailsPane::updateActive);
    connect(m_tabs, &QTabWidget::tabBarClicked, this, &ContainerDetailsPane::tabChosen);
    // A changed file opens in the Files tab's viewer; a download goes through it too.
    connect(m_changes, &ContainerChangesWidget::openFileRequested, this, [this](const QString &path) {
        showTab(FilesTab);
        m_files->openFile(path);
    });
    connect(m_changes, &ContainerChangesWidget::downloadRequested, m_files, &ContainerFilesWidget::chooseAndDownload);
    connect(store, &ContainerStore::detailsChanged, this, &ContainerDetailsPane::onDetails);
    connect(store, &ContainerStore::detailsFailed, this, &ContainerDetailsPane::onDetailsFailed);
    setContainer({});
    connect(Language::instance(), &Language::changed, this, [this] { setContainer(m_container); });
}

void ContainerDetailsPane::setContainer(const ContainerSummary &container)
{
    const bool sameId = container.id == m_container.id;
    const bool stateChanged = sameId && container.state != m_container.state;
    m_container = container;
    const bool running = container.isRunning();
    if (!sameId)
        m_details = m_store->details(container.id);
    updateTitle();
    m_processes->setContainer(container);
    if (!sameId) {
        m_detailsPending = false;
        m_logs->setContainer(container.id, container.name, running, container.hasTimes ? container.startedAt : QDateTime(),
                          container.hasTimes ? container.finishedAt : QDateTime());
        m_stats->setContainer(container.id, container.name, running);
        m_changes->setContainer(container);
        m_files->setContainer(container);
        m_terminals->setContainer(container);
        if (m_details) {
            m_logs->setTty(m_details->tty);
            m_inspect->setDetails(*m_details);
        } else {
            m_inspect->clear();
        }
    } else {
        m_logs->setContainer(container.id, container.name, running, container.hasTimes ? container.startedAt : QDateTime(),
                          container.hasTimes ? container.finishedAt : QDateTime());
        m_stats->setRunning(running);
        m_changes->setContainer(container);
        m_files->setContainer(container);
        m_terminals->setContainer(container);
        // What a run or a stop wrote: read again if the reader is looking at it.
        if (stateChanged && tabVisible(ChangesTab))
            m_changes->reload();
    }
    updateActive();
}

// The name, image and state; for an exited container what its exit code means (whether 137
// was the kernel's OOM killer the inspect document tells).
void ContainerDetailsPane::updateTitle()
{
    const ContainerSummary &c = m_container;
    if (c.id.isEmpty()) {
        m_title->setText(tr("<i>No container selected</i>"));
        m_title->setToolTip(QString());
        return;
    }
    QString text = tr("<b>%1</b> · %2 · %3")
                       .arg(c.name.toHtmlEscaped(), c.image.toHtmlEscaped(), ContainerListModel::stateText(c.state));
    QString tip;
    if (c.state == QLatin1String("exited") || c.state == QLatin1String("dead")) {
        const int code = c.exitCode;
        tip = exitCodeMeaning(code, m_details && !m_details->running && m_details->exitCode == code && m_details->oomKilled);
        text += tr(" (%1)<br><small>Exit code %2</small>").arg(code).arg(tip.toHtmlEscaped());
    }
    m_title->setText(text);
    m_title->setToolTip(tip);
}

void ContainerDetailsPane::onDetails(const ContainerDetails &details)
{
    if (details.id != m_container.id)
        return;
    m_details = details;
    updateTitle();
    m_detailsPending = false;
    m_logs->setTty(details.tty);
    m_inspect->setDetails(details);
}

void ContainerDetailsPane::onDetailsFailed(const QString &id, const QString &message)
{
    if (id != m_container.id)
        return;
    m_detailsPending = false;
    m_inspect->setDetails({}, message);
}

void ContainerDetailsPane::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
    emit tabChosen();
}

bool ContainerDetailsPane::tabVisible(Tab tab) const
{
    return isVisible() && m_tabs->currentIndex() == int(tab);
}

void ContainerDetailsPane::updateActive()
{
    m_logs->setActive(tabVisible(LogsTab));
    m_stats->setActive(tabVisible(StatsTab));
    m_changes->setActive(tabVisible(ChangesTab));
    m_files->setActive(tabVisible(FilesTab));
    m_terminals->setActive(tabVisible(TerminalTab));
    m_processes->setActive(tabVisible(ProcessesTab));
    // The logs need Config.Tty (how the stream is framed), the Inspect tab the whole
    // document: asked for only when one of them is looked at.
    const bool needDetails = tabVisible(LogsTab) || tabVisible(InspectTab);
    if (needDetails && !m_container.id.isEmpty() && !m_details && !m_detailsPending) {
        m_detailsPending = true;
        m_store->fetch(m_container.id);
    }
}

void ContainerDetailsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActive();
}

void ContainerDetailsPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActive();
}

} // namespace dx
