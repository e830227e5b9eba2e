#include "containersview.h"

#include "containerdetails.h"
#include "containerchangeswidget.h"
#include "containerlogswidget.h"
#include "containerstatswidget.h"
#include "containerstoolbar.h"
#include "containers/containerfiltermodel.h"
#include "containers/containerlistmodel.h"
#include "containers/containersync.h"
#include "containerstatedelegate.h"
#include "engine/engine.h"
#include "rundialog.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dx {

using Action = ContainerActions::Action;

ContainersView::ContainersView(AppServices *services, QWidget *parent)
    : View(services, parent)
    , m_model(new ContainerListModel(this))
    , m_filter(new ContainerFilterModel(this))
    , m_sync(new ContainerSync(services->engine(), m_model, this))
    , m_runner(new ContainerActions(services, m_model, m_sync, this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_list(new QTreeView(this))
    , m_details(new ContainerDetails(services, this))
    , m_toolBar(new ContainersToolBar(services, this, this))
    , m_liveBanner(new QLabel(this))
    , m_messageBar(new QWidget(this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("containersView"));
    m_filter->setSourceModel(m_model);

    m_list->setObjectName(QStringLiteral("containerList"));
    m_list->setModel(m_filter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ContainerListModel::Created, Qt::DescendingOrder);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setItemDelegateForColumn(ContainerListModel::State, new ContainerStateDelegate(m_list));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {14, 15, 8, 13, 17, 14, 6, 14};
    for (int c = 0; c < ContainerListModel::ColumnCount; ++c)
        m_list->header()->resizeSection(c, widths[c] * em);
    m_list->header()->setStretchLastSection(true);

    connect(m_toolBar, &ContainersToolBar::actionTriggered, this, &ContainersView::trigger);
    connect(m_toolBar, &ContainersToolBar::removeRequested, this, &ContainersView::confirmRemove);
    connect(m_toolBar, &ContainersToolBar::runRequested, this, &ContainersView::openRunDialog);
    connect(m_toolBar, &ContainersToolBar::refreshRequested, m_sync, &ContainerSync::refresh);
    connect(m_toolBar, &ContainersToolBar::filterTextChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updatePages();
    });
    connect(m_toolBar, &ContainersToolBar::stateFilterChanged, this, [this](ContainerFilterModel::StateFilter state) {
        m_filter->setStateFilter(state);
        updatePages();
    });

    m_liveBanner->setObjectName(QStringLiteral("liveBanner"));
    m_liveBanner->setText(tr("Live updates interrupted: the list may be out of date. It is read again when the event stream is back (or press F5)."));
    m_liveBanner->setWordWrap(true);
    m_liveBanner->setMargin(6);
    m_liveBanner->setStyleSheet(QStringLiteral("background: %1; color: black;").arg(Theme::warning().lighter(150).name()));
    m_liveBanner->hide();

    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setAutoFillBackground(true);
    QPalette pal = m_messageBar->palette();
    pal.setColor(QPalette::Window, Theme::danger().lighter(Theme::isDark() ? 60 : 185));
    m_messageBar->setPalette(pal);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(m_messageBar);
    close->setIcon(services->icons()->icon(QStringLiteral("cancel")));
    close->setToolTip(tr("Hide the message"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, m_messageBar, &QWidget::hide);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(8, 4, 4, 4);
    auto *errorIcon = new QLabel(m_messageBar);
    errorIcon->setPixmap(services->icons()->icon(QStringLiteral("error"), Theme::danger()).pixmap(18, 18));
    messageLayout->addWidget(errorIcon);
    messageLayout->addWidget(m_message, 1);
    messageLayout->addWidget(close);
    m_messageBar->hide();

    // The lesson shown while the engine has no container at all.
    auto *empty = new QLabel(this);
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setMargin(24);
    empty->setTextFormat(Qt::RichText);
    empty->setText(tr("<h2>No containers yet — press Run to create one</h2>"
                      "<p>An <b>image</b> is like a class: a read-only template. A <b>container</b> is an instance "
                      "of it: the image's layers plus its own thin writable layer, and a process running in it.</p>"
                      "<p><b>Run</b> (<code>docker run</code>) makes a <i>new</i> container every time. "
                      "<b>Start</b> (<code>docker start</code>) continues an existing container with the files it already wrote.</p>"));

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_summary);
    m_summary->setContentsMargins(6, 2, 6, 2);
    m_splitter->addWidget(listPage);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_pages->addWidget(empty);
    m_pages->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_liveBanner);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContainersView::updateDetails);
    connect(m_list, &QTreeView::customContextMenuRequested, this, &ContainersView::showContextMenu);
    connect(m_list, &QTreeView::doubleClicked, this, [this] { m_details->showTab(ContainerDetails::LogsTab); });
    connect(m_model, &ContainerListModel::dataChanged, this, &ContainersView::onRowsChanged);
    connect(m_model, &ContainerListModel::rowsInserted, this, [this] {
        if (!m_pendingSelect.isEmpty() && m_model->contains(m_pendingSelect)) {
            selectContainer(m_pendingSelect);
            m_pendingSelect.clear();
        }
        updatePages();
    });
    connect(m_model, &ContainerListModel::rowsRemoved, this, &ContainersView::updatePages);
    connect(m_filter, &ContainerFilterModel::rowsRemoved, this, &ContainersView::updateDetails);
    connect(m_sync, &ContainerSync::listed, this, [this] {
        updatePages();
        if (m_list->selectionModel()->selectedRows().isEmpty() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        applyScreenshotState();
    });
    connect(m_sync, &ContainerSync::listFailed, this, [this](const QString &message) {
        showMessage(tr("Could not list the containers: %1").arg(message));
    });
    connect(m_sync, &ContainerSync::liveChanged, m_liveBanner, [this](bool live) { m_liveBanner->setVisible(!live); });
    connect(m_runner, &ContainerActions::failed, this, &ContainersView::showMessage);
    connect(m_runner, &ContainerActions::finished, this, &ContainersView::updateActions);
    connect(services, &AppServices::showContainerRequested, this, &ContainersView::selectContainer);
    m_sync->refresh();
    updatePages();
    updateActions();
}

bool ContainersView::isLoading() const
{
    if (!m_screenshotRead) {
        m_screenshotRead = true;
        m_screenshotState = qEnvironmentVariable("DX_SCREENSHOT_STATE");
        if (!m_screenshotState.isEmpty() && m_sync->hasListed())
            QTimer::singleShot(0, const_cast<ContainersView *>(this), &ContainersView::applyScreenshotState);
    }
    if (!services()->engine()->isConnected())
        return false;
    if (!m_sync->hasListed() || m_details->isLoading() || !m_screenshotState.isEmpty())
        return true;
    // Screenshots of the Stats tab want a few samples in the charts.
    if (m_details->tabs()->currentIndex() == ContainerDetails::StatsTab && m_details->stats()->isStreaming())
        return m_details->stats()->sampleCount() < 4;
    return m_details->changes()->isLoading();
}

void ContainersView::activated()
{
    if (!m_sync->hasListed() && !m_sync->isListing())
        m_sync->refresh();
}

QAction *ContainersView::action(ContainerActions::Action action) const
{
    return m_toolBar->action(action);
}

QAction *ContainersView::runAction() const
{
    return m_toolBar->runAction();
}

QAction *ContainersView::refreshAction() const
{
    return m_toolBar->refreshAction();
}

QList<QAction *> ContainersView::toolBarActions() const
{
    return {};
}

QVector<const ContainerInfo *> ContainersView::selectedContainers() const
{
    QVector<const ContainerInfo *> out;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        const int row = m_filter->mapToSource(index).row();
        if (row >= 0)
            out.append(&m_model->containerAt(row));
    }
    return out;
}

QStringList ContainersView::selectedIds() const
{
    QStringList ids;
    for (const ContainerInfo *c : selectedContainers())
        ids.append(c->id);
    return ids;
}

void ContainersView::selectContainer(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_pendingSelect = id; // not listed yet: select when its event arrives
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void ContainersView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_messageBar->show();
}

void ContainersView::trigger(Action action)
{
    QStringList ids;
    QStringList names;
    for (const ContainerInfo *c : selectedContainers()) {
        if (!m_model->busyText(c->id).isEmpty())
            continue;
        const bool running = c->isRunning() || c->isPaused();
        const bool applies = (action == Action::Start && !running) || (action == Action::Stop && running)
            || (action == Action::Kill && running) || (action == Action::Restart)
            || (action == Action::Pause && c->isRunning()) || (action == Action::Unpause && c->isPaused())
            || action == Action::Remove;
        if (applies) {
            ids.append(c->id);
            names.append(c->name);
        }
    }
    m_runner->trigger(action, ids, names);
    updateActions();
}

void ContainersView::confirmRemove()
{
    const QVector<const ContainerInfo *> selected = selectedContainers();
    if (selected.isEmpty())
        return;
    QStringList names;
    QStringList ids;
    bool anyRunning = false;
    for (const ContainerInfo *c : selected) {
        names.append(c->name);
        ids.append(c->id);
        anyRunning = anyRunning || c->isRunning() || c->isPaused();
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Containers"),
                                tr("Remove %n container(s)? %1", nullptr, int(names.size())).arg(names.join(QLatin1String(", "))),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirm"));
    box->setInformativeText(anyRunning ? tr("Running containers are stopped first. Their writable layers are deleted; named volumes are kept.")
                                       : tr("Their writable layers are deleted; named volumes are kept."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    auto *volumes = new QCheckBox(tr("Also remove their anonymous volumes (-v)"), box);
    box->setCheckBox(volumes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, volumes, ids, names] {
        if (box->clickedButton() == remove)
            m_runner->trigger(Action::Remove, ids, names, volumes->isChecked());
        updateActions();
    });
    box->open();
}

void ContainersView::openRunDialog()
{
    if (!m_runDialog) {
        m_runDialog = new RunDialog(services(), this);
        connect(m_runDialog, &RunDialog::containerStarted, this, [this](const QString &id, const QString &, bool follow) {
            selectContainer(id);
            if (follow)
                m_details->showTab(ContainerDetails::LogsTab);
        });
    }
    m_runDialog->open();
    m_runDialog->raise();
}

void ContainersView::openRunDialogFor(const QString &image, const QString &volumeSpec)
{
    openRunDialog();
    RunSpec spec = m_runDialog->spec();
    spec.image = image;
    spec.name.clear(); // every run makes a new container: a fixed name would clash the second time
    spec.mounts.clear();
    const QStringList parts = volumeSpec.split(QLatin1Char(':'));
    if (parts.size() >= 2) {
        RunMount mount;
        mount.source = parts.at(0);
        mount.target = parts.at(1);
        mount.readOnly = parts.size() > 2 && parts.at(2) == QLatin1String("ro");
        mount.kind = mount.source.startsWith(QLatin1Char('/')) ? RunMount::Kind::Bind : RunMount::Kind::Volume;
        spec.mounts.append(mount);
    }
    m_runDialog->setSpec(spec);
}

void ContainersView::updateActions()
{
    bool start = false, stop = false, pause = false, unpause = false, any = false;
    for (const ContainerInfo *c : selectedContainers()) {
        if (!m_model->busyText(c->id).isEmpty())
            continue;
        any = true;
        start = start || !(c->isRunning() || c->isPaused());
        stop = stop || c->isRunning() || c->isPaused();
        pause = pause || c->isRunning();
        unpause = unpause || c->isPaused();
    }
    m_toolBar->setAvailable(start, stop, pause, unpause, any);
}

void ContainersView::updateDetails()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_filter->mapToSource(current).row() : -1;
    m_details->setContainer(row >= 0 ? m_model->containerAt(row) : ContainerInfo());
}

void ContainersView::onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QString current = m_details->containerId();
    const int row = m_model->rowOf(current);
    if (row >= topLeft.row() && row <= bottomRight.row())
        m_details->setContainer(m_model->containerAt(row));
    updateActions();
    updatePages();
}

void ContainersView::updatePages()
{
    const bool empty = m_sync->hasListed() && m_model->rowCount() == 0;
    m_pages->setCurrentIndex(empty ? 0 : 1);
    int running = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        running += m_model->containerAt(row).isRunning() ? 1 : 0;
    if (m_filter->rowCount() == 0 && m_model->rowCount() > 0)
        m_summary->setText(tr("No container matches the filter (%n hidden)", nullptr, m_model->rowCount()));
    else
        m_summary->setText(tr("%n container(s), %1 running", nullptr, m_model->rowCount()).arg(running));
}

void ContainersView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (Action a : {Action::Start, Action::Stop, Action::Restart, Action::Pause, Action::Unpause, Action::Kill})
        menu.addAction(m_toolBar->action(a));
    menu.addSeparator();
    menu.addAction(m_toolBar->action(Action::Remove));
    menu.addSeparator();
    menu.addAction(m_toolBar->runAction());
    menu.addAction(m_toolBar->refreshAction());
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void ContainersView::applyScreenshotState()
{
    // DX_SCREENSHOT_STATE=rundialog|logs|stats|changes|inspect: documentation screenshots.
    const QString state = m_screenshotState;
    if (state.isEmpty())
        return;
    m_screenshotState.clear();
    if (state == QLatin1String("rundialog")) {
        openRunDialog();
        // An example filled in, so the picture shows the live `docker run` line.
        RunSpec example;
        example.image = m_model->rowCount() > 0 ? m_model->containerAt(0).image : QStringLiteral("nginx:alpine");
        example.name = QStringLiteral("web-2");
        example.env = {{QStringLiteral("GREETING"), QStringLiteral("hello")}};
        example.ports = {{QStringLiteral("127.0.0.1"), 8080, 80, QStringLiteral("tcp")}};
        example.mounts = {{RunMount::Kind::Volume, QStringLiteral("web-data"), QStringLiteral("/data"), false}};
        m_runDialog->setSpec(example);
        // The screenshot grabs the main window only: show the dialog inside it.
        m_runDialog->setWindowFlags(Qt::Widget);
        m_runDialog->setAttribute(Qt::WA_StyledBackground);
        m_runDialog->setStyleSheet(QStringLiteral("QDialog#runDialog { background: palette(window); border: 1px solid palette(dark); }"));
        m_runDialog->setAutoFillBackground(true);
        m_runDialog->setParent(window());
        m_runDialog->setGeometry(QRect(QPoint(0, 0), m_runDialog->sizeHint().expandedTo(QSize(700, 700)))
                                     .intersected(window()->rect()).translated(window()->width() / 8, 8));
        m_runDialog->show();
        m_runDialog->raise();
        return;
    }
    // Prefer a running container, one that publishes ports first (a server has output).
    int best = -1;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const ContainerInfo &c = m_model->containerAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
        if (c.isRunning() && (best < 0 || !c.ports.isEmpty()))
            best = row;
        if (c.isRunning() && !c.ports.isEmpty())
            break;
    }
    if (best >= 0)
        m_list->setCurrentIndex(m_filter->index(best, 0));
    const QHash<QString, ContainerDetails::Tab> tabs{{QStringLiteral("logs"), ContainerDetails::LogsTab},
                                                     {QStringLiteral("stats"), ContainerDetails::StatsTab},
                                                     {QStringLiteral("changes"), ContainerDetails::ChangesTab},
                                                     {QStringLiteral("inspect"), ContainerDetails::InspectTab}};
    if (tabs.contains(state))
        m_details->showTab(tabs.value(state));
}

} // namespace dx
