#include "containersview.h"

#include "containerchangeswidget.h"
#include "containerdetailspane.h"
#include "containerfileswidget.h"
#include "containerlogswidget.h"
#include "containerprocesseswidget.h"
#include "containers/containerfiltermodel.h"
#include "containers/containerlistmodel.h"
#include "containers/containerstore.h"
#include "containerstatedelegate.h"
#include "containerstatswidget.h"
#include "containerstoolbar.h"
#include "engine/engine.h"
#include "rundialog.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"
#include "shell/language.h"
#include "shell/settings.h"
#include "shell/stackfit.h"
#include "volumes/volumehelper.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
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
    , m_store(services->session()->containers())
    , m_model(m_store->model())
    , m_filter(new ContainerFilterModel(this))
    , m_actions(new ContainerActions(services->session()->api(), m_store, this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_list(new QTreeView(this))
    , m_details(new ContainerDetailsPane(services, m_store, this))
    , m_toolBar(new ContainersToolBar(services, this, this))
    , m_liveBanner(new QLabel(this))
    , m_messageBar(new QWidget(this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("containersView"));
    m_filter->setShowInternal(Settings::showInternalObjects.get());
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
    connect(m_toolBar, &ContainersToolBar::moreRequested, this, &ContainersView::triggerMore);
    connectMoreActions();
    connect(m_toolBar, &ContainersToolBar::runRequested, this, &ContainersView::openRunDialog);
    connect(m_toolBar, &ContainersToolBar::refreshRequested, m_store, [this] {
        // The user asks: the list and the sizes (which walk every writable layer).
        m_store->refresh();
        m_store->refreshSizes();
    });
    connect(m_toolBar, &ContainersToolBar::filterTextChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updatePages();
    });
    connect(m_toolBar, &ContainersToolBar::stateFilterChanged, this, [this](ContainerFilterModel::StateFilter state) {
        m_filter->setStateFilter(state);
        updatePages();
    });

    m_liveBanner->setObjectName(QStringLiteral("liveBanner"));
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
    sizeToCurrentPage(m_pages);

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
    connect(m_list, &QTreeView::doubleClicked, this, [this] { m_details->showTab(ContainerDetailsPane::LogsTab); });
    // On a page that scrolls (200 % on a projector) the chosen tab comes into sight, once
    // the layout has given it its room.
    connect(m_details, &ContainerDetailsPane::tabChosen, this, [this] {
        QTimer::singleShot(0, this, [this] {
            // A terminal's prompt is at its bottom.
            revealInPage(m_details->tabs(), m_details->tabs()->currentIndex() == ContainerDetailsPane::TerminalTab);
        });
    });
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
    connect(m_store, &ContainerStore::loaded, this, [this] {
        updatePages();
        if (m_list->selectionModel()->selectedRows().isEmpty() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_store, &ContainerStore::errorOccurred, this, &ContainersView::showMessage);
    connect(m_store, &ContainerStore::staleChanged, m_liveBanner, &QLabel::setVisible);
    connect(m_actions, &ContainerActions::failed, this, &ContainersView::showMessage);
    connect(m_actions, &ContainerActions::finished, this, &ContainersView::updateActions);
    connect(services, &AppServices::showContainerRequested, this, &ContainersView::selectContainer);
    if (m_store->isLoaded()) {
        // The store was filled before this view existed: choose a row as a fresh list would.
        if (m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    } else {
        m_store->refresh();
    }
    m_liveBanner->setVisible(m_store->isStale());
    updatePages();
    updateActions();
    retranslate(this, [=] {
        m_liveBanner->setText(tr("Live updates interrupted: the list may be out of date. It is read again when the engine is back (or press F5)."));
        close->setToolTip(tr("Hide the message"));
        empty->setText(tr("<h2>No containers yet — press Run to create one</h2>"
                          "<p>An <b>image</b> is like a class: a read-only template. A <b>container</b> is an instance "
                          "of it: the image's layers plus its own thin writable layer, and a process running in it.</p>"
                          "<p><b>Run</b> (<code>docker run</code>) makes a <i>new</i> container every time. "
                          "<b>Start</b> (<code>docker start</code>) continues an existing container with the files it already wrote.</p>"));
    });
}

bool ContainersView::isLoading() const
{
    if (!services()->engine()->isConnected())
        return false;
    if (!m_store->isLoaded() || m_details->isLoading())
        return true;
    // A Stats tab without a few samples has empty charts.
    if (m_details->tabs()->currentIndex() == ContainerDetailsPane::StatsTab && m_details->stats()->isStreaming())
        return m_details->stats()->sampleCount() < 4;
    if (m_details->tabs()->currentIndex() == ContainerDetailsPane::ProcessesTab && m_details->processes()->isLoading())
        return true;
    return m_details->changes()->isLoading() || m_details->files()->isLoading();
}

void ContainersView::activated()
{
    if (!m_store->isLoaded() && !m_store->isListing())
        m_store->refresh();
}

QAction *ContainersView::action(ContainerActions::Action action) const
{
    return m_toolBar->action(action);
}

QAction *ContainersView::moreAction(ContainersToolBar::More more) const
{
    return m_toolBar->moreAction(more);
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

QList<const ContainerSummary *> ContainersView::selectedContainers() const
{
    QList<const ContainerSummary *> out;
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
    for (const ContainerSummary *c : selectedContainers())
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
    for (const ContainerSummary *c : selectedContainers()) {
        if (m_model->busyText(c->id).isEmpty() && ContainerActions::appliesTo(action, *c))
            ids.append(c->id);
    }
    m_actions->trigger(action, ids);
    updateActions();
}

void ContainersView::updateActions()
{
    bool start = false, stop = false, pause = false, unpause = false, any = false;
    for (const ContainerSummary *c : selectedContainers()) {
        if (!m_model->busyText(c->id).isEmpty())
            continue;
        any = true;
        start = start || ContainerActions::appliesTo(Action::Start, *c);
        stop = stop || ContainerActions::appliesTo(Action::Stop, *c);
        pause = pause || ContainerActions::appliesTo(Action::Pause, *c);
        unpause = unpause || ContainerActions::appliesTo(Action::Unpause, *c);
    }
    m_toolBar->setAvailable(start, stop, pause, unpause, any);
    const ContainerSummary *single = singleSelected();
    m_toolBar->setSingleAvailable(single && m_model->busyText(single->id).isEmpty());
}

void ContainersView::updateDetails()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_filter->mapToSource(current).row() : -1;
    m_details->setContainer(row >= 0 ? m_model->containerAt(row) : ContainerSummary());
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

void ContainersView::setShowInternal(bool show)
{
    m_filter->setShowInternal(show);
    updatePages();
}

void ContainersView::updatePages()
{
    // The app's own helpers, while hidden, count nowhere: neither as containers nor as filtered out.
    int listed = 0;
    int running = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ContainerSummary &c = m_model->containerAt(row);
        if (!m_filter->showsInternal() && VolumeHelper::isHelper(c.labels))
            continue;
        ++listed;
        running += c.isRunning() ? 1 : 0;
    }
    const bool empty = m_store->isLoaded() && listed == 0;
    m_pages->setCurrentIndex(empty ? 0 : 1);
    if (m_filter->rowCount() == 0 && listed > 0)
        m_summary->setText(tr("No container matches the filter (%n hidden)", nullptr, listed));
    else
        m_summary->setText(tr("%n container(s), %1 running", nullptr, listed).arg(running));
}

void ContainersView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (Action a : {Action::Start, Action::Stop, Action::Restart, Action::Pause, Action::Unpause, Action::Kill})
        menu.addAction(m_toolBar->action(a));
    menu.addAction(m_toolBar->moreAction(ContainersToolBar::More::StopAfter));
    menu.addSeparator();
    for (auto more : {ContainersToolBar::More::Rename, ContainersToolBar::More::Commit, ContainersToolBar::More::Recreate})
        menu.addAction(m_toolBar->moreAction(more));
    menu.addSeparator();
    menu.addAction(m_toolBar->action(Action::Remove));
    menu.addSeparator();
    menu.addAction(m_toolBar->runAction());
    menu.addAction(m_toolBar->refreshAction());
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace dx
