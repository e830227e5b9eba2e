#include "containerstoolbar.h"

#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/toolbarfitter.h"
#include "shell/zoom.h"
#include "shell/language.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QResizeEvent>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace dx {

using Action = ContainerActions::Action;

// Text and tip by their source (QT_TR_NOOP): translated now and when the language changes.
QAction *ContainersToolBar::makeAction(const QString &icon, const char *text, const QKeySequence &shortcut, const char *tip)
{
    auto *action = new QAction(m_services->icons()->icon(icon), QString(), this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    retranslate(action, [action, text, tip, shortcut] {
        action->setText(tr(text));
        action->setToolTip(shortcut.isEmpty() ? tr(tip)
                                              : tr("%1 (%2)").arg(tr(tip), shortcut.toString(QKeySequence::NativeText)));
    });
    m_host->addAction(action);
    return action;
}

ContainersToolBar::ContainersToolBar(AppServices *services, QWidget *host, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_host(host)
    , m_search(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
{
    m_run = makeAction(QStringLiteral("run"), QT_TR_NOOP("Run…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                       QT_TR_NOOP("Create and start a NEW container from an image (docker run)"));
    m_refresh = makeAction(QStringLiteral("refresh"), QT_TR_NOOP("Refresh"), QKeySequence(Qt::Key_F5), QT_TR_NOOP("List the containers again"));
    const struct { Action action; const char *icon; const char *text; QKeySequence key; const char *tip; } specs[] = {
        {Action::Start, "start", QT_TR_NOOP("Start"), QKeySequence(Qt::CTRL | Qt::Key_Return), QT_TR_NOOP("Start the selected containers again, with their files (docker start)")},
        {Action::Stop, "stop", QT_TR_NOOP("Stop"), QKeySequence(Qt::CTRL | Qt::Key_Period), QT_TR_NOOP("Stop the selected containers: SIGTERM, then SIGKILL after 10 s")},
        {Action::Restart, "restart", QT_TR_NOOP("Restart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QT_TR_NOOP("Stop and start the selected containers")},
        {Action::Pause, "pause", QT_TR_NOOP("Pause"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QT_TR_NOOP("Freeze every process of the selected containers")},
        {Action::Unpause, "resume", QT_TR_NOOP("Unpause"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), QT_TR_NOOP("Let the frozen processes go on")},
        {Action::Kill, "kill", QT_TR_NOOP("Kill"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), QT_TR_NOOP("Send SIGKILL to the selected containers at once")},
        {Action::Remove, "remove", QT_TR_NOOP("Remove…"), QKeySequence(QKeySequence::Delete), QT_TR_NOOP("Remove the selected containers and their writable layers")},
    };
    for (const auto &s : specs) {
        QAction *a = makeAction(QString::fromLatin1(s.icon), s.text, s.key, s.tip);
        m_actions.insert(int(s.action), a);
        if (s.action == Action::Remove)
            connect(a, &QAction::triggered, this, &ContainersToolBar::removeRequested);
        else
            connect(a, &QAction::triggered, this, [this, act = s.action] { emit actionTriggered(act); });
    }
    const struct { More more; const char *icon; const char *text; QKeySequence key; const char *tip; } moreSpecs[] = {
        {More::StopAfter, "stop", QT_TR_NOOP("Stop After…"), QKeySequence(), QT_TR_NOOP("Stop with a grace period you choose: SIGTERM, then SIGKILL after it (docker stop -t)")},
        {More::Rename, "edit", QT_TR_NOOP("Rename…"), QKeySequence(Qt::Key_F2), QT_TR_NOOP("Give the selected container another name (docker rename)")},
        {More::Commit, "layer", QT_TR_NOOP("Commit to Image…"), QKeySequence(), QT_TR_NOOP("Make the container's writable layer the top layer of a new image (docker commit)")},
        {More::Recreate, "restart", QT_TR_NOOP("Recreate…"), QKeySequence(), QT_TR_NOOP("Replace the container by a new one from a (newer) image, with the same settings and volumes")},
    };
    auto *menu = new QMenu(this);
    for (const auto &s : moreSpecs) {
        QAction *a = makeAction(QString::fromLatin1(s.icon), s.text, s.key, s.tip);
        m_more.insert(int(s.more), a);
        menu->addAction(a);
        connect(a, &QAction::triggered, this, [this, more = s.more] { emit moreRequested(more); });
    }
    m_moreMenu = new QAction(m_services->icons()->icon(QStringLiteral("settings")), QString(), this);
    m_moreMenu->setMenu(menu);
    retranslate(m_moreMenu, [this] {
        m_moreMenu->setText(tr("More"));
        m_moreMenu->setToolTip(tr("More actions: stop after a chosen time, rename, commit to an image, recreate"));
    });
    connect(m_run, &QAction::triggered, this, &ContainersToolBar::runRequested);
    connect(m_refresh, &QAction::triggered, this, &ContainersToolBar::refreshRequested);

    auto *tools = m_tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    Zoom::setIconSize(tools, QSize(18, 18));
    tools->addAction(m_run);
    tools->addSeparator();
    // The primary actions first: short of room, a tool bar moves its last actions into the
    // overflow menu, and those are the secondary ones.
    for (Action a : {Action::Start, Action::Stop, Action::Remove})
        tools->addAction(m_actions.value(int(a)));
    tools->addSeparator();
    for (Action a : {Action::Restart, Action::Pause, Action::Unpause, Action::Kill})
        tools->addAction(m_actions.value(int(a)));
    tools->addAction(m_moreMenu);
    if (auto *button = qobject_cast<QToolButton *>(tools->widgetForAction(m_moreMenu))) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    // Secondary actions show their icon only, so the bar fits at 200 % zoom.
    for (Action a : {Action::Restart, Action::Pause, Action::Unpause, Action::Kill})
        if (auto *button = qobject_cast<QToolButton *>(tools->widgetForAction(m_actions.value(int(a)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // Run, Start, Stop and Remove never go into the overflow menu: short of room they lose
    // their text first.
    new ToolBarFitter(tools);

    m_search->setObjectName(QStringLiteral("containerFilter"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(m_services->icons()->icon(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(8 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    auto *find = new QAction(m_host);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_host->addAction(find);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    for (auto filter : {ContainerFilterModel::StateFilter::All, ContainerFilterModel::StateFilter::Running,
                        ContainerFilterModel::StateFilter::Stopped, ContainerFilterModel::StateFilter::Paused})
        m_stateFilter->addItem(QString(), int(filter));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { emit filterTextChanged(text.trimmed()); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        emit stateFilterChanged(ContainerFilterModel::StateFilter(m_stateFilter->currentData().toInt()));
    });

    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(4, 2, 6, 2);
    m_layout->setVerticalSpacing(2);
    arrange(false);
    retranslate(this, [=] {
        m_search->setPlaceholderText(tr("Filter by name, image, ID, port (Ctrl+F)"));
        m_stateFilter->setToolTip(tr("Show only containers in this state"));
        m_stateFilter->setItemText(0, tr("All"));
        m_stateFilter->setItemText(1, tr("Running"));
        m_stateFilter->setItemText(2, tr("Stopped"));
        m_stateFilter->setItemText(3, tr("Paused"));
    });
}

// One row when the actions (icons at least) and the filter fit side by side; else the filter
// goes below, so that no action has to go into the tool bar's overflow menu.
void ContainersToolBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int spacing = m_tools->style()->pixelMetric(QStyle::PM_ToolBarItemSpacing, nullptr, m_tools);
    int iconsOnly = 2 * m_tools->style()->pixelMetric(QStyle::PM_ToolBarFrameWidth, nullptr, m_tools)
                    + 2 * m_tools->style()->pixelMetric(QStyle::PM_ToolBarItemMargin, nullptr, m_tools);
    for (QAction *a : m_tools->actions()) {
        if (QWidget *w = m_tools->widgetForAction(a)) // an icon-only button is about square
            iconsOnly += (a->isSeparator() ? w->sizeHint().width() : w->sizeHint().height()) + spacing;
    }
    const int filters = m_search->sizeHint().width() + m_stateFilter->sizeHint().width() + 24;
    const bool twoRows = width() < iconsOnly + filters;
    if (twoRows != m_twoRows)
        QTimer::singleShot(0, this, [this, twoRows] { arrange(twoRows); }); // not from inside a layout pass
}

void ContainersToolBar::arrange(bool twoRows)
{
    m_twoRows = twoRows;
    for (QWidget *w : {static_cast<QWidget *>(m_tools), static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_stateFilter)})
        m_layout->removeWidget(w);
    if (twoRows) {
        m_layout->addWidget(m_tools, 0, 0, 1, 2);
        m_layout->addWidget(m_search, 1, 0);
        m_layout->addWidget(m_stateFilter, 1, 1);
        m_layout->setColumnStretch(0, 1);
        m_layout->setColumnStretch(2, 0);
    } else {
        m_layout->addWidget(m_tools, 0, 0);
        m_layout->addWidget(m_search, 0, 1);
        m_layout->addWidget(m_stateFilter, 0, 2);
        m_layout->setColumnStretch(0, 1);
    }
}

void ContainersToolBar::setAvailable(bool start, bool stop, bool pause, bool unpause, bool any)
{
    m_actions.value(int(Action::Start))->setEnabled(start);
    m_actions.value(int(Action::Stop))->setEnabled(stop);
    m_actions.value(int(Action::Kill))->setEnabled(stop);
    m_actions.value(int(Action::Restart))->setEnabled(any);
    m_actions.value(int(Action::Pause))->setEnabled(pause);
    m_actions.value(int(Action::Unpause))->setEnabled(unpause);
    m_actions.value(int(Action::Remove))->setEnabled(any);
    m_more.value(int(More::StopAfter))->setEnabled(stop);
}

void ContainersToolBar::setSingleAvailable(bool single)
{
    for (More m : {More::Rename, More::Commit, More::Recreate})
        m_more.value(int(m))->setEnabled(single);
}

} // namespace dx
