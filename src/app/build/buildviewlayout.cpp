// BuildView::buildUi(): the widgets and actions, kept apart from the build logic.
#include "buildview.h"

#include "build/buildcompactmodel.h"
#include "build/buildhistorymodel.h"
#include "build/buildlogmodel.h"
#include "build/buildstepmodel.h"
#include "buildlogview.h"
#include "buildoptionspanel.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/settings.h"
#include "shell/theme.h"
#include "shell/language.h"
#include "shell/zoom.h"

#include <QAction>
#include <QActionGroup>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QIcon>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dx {

namespace {

// Adds a result icon to the history rows.
class HistoryIconProxy final : public QIdentityProxyModel
{
public:
    HistoryIconProxy(IconProvider *icons, QObject *parent)
        : QIdentityProxyModel(parent), m_icons(icons) {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        switch (BuildRecord::Result(index.data(BuildHistoryModel::ResultRole).toInt())) {
        case BuildRecord::Result::Succeeded: return m_icons->icon(QStringLiteral("ok"), Theme::success());
        case BuildRecord::Result::Failed: return m_icons->icon(QStringLiteral("error"), Theme::danger());
        case BuildRecord::Result::Canceled: return m_icons->icon(QStringLiteral("cancel"), Theme::warning());
        }
        return {};
    }

private:
    IconProvider *m_icons;
};

} // namespace

QWidget *BuildView::createOutput(QWidget *parent)
{
    // Above the output: BuildKit's two displays, as `docker build` shows them in a terminal
    // (compact) and with --progress=plain. Both follow the same build.
    auto *output = new QWidget(parent);
    auto *layout = new QVBoxLayout(output);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    auto *caption = new QLabel(QString(), output);
    m_compactButton = new QToolButton(output);
    m_compactButton->setObjectName(QStringLiteral("buildCompactOutput"));
    m_plainButton = new QToolButton(output);
    m_plainButton->setObjectName(QStringLiteral("buildPlainOutput"));
    auto *group = new QButtonGroup(output);
    for (QToolButton *b : {m_compactButton, m_plainButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        group->addButton(b);
    }
    bar->addWidget(caption);
    bar->addWidget(m_compactButton);
    bar->addWidget(m_plainButton);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_outputStack = new QStackedWidget(output);
    m_logView = new BuildLogView(m_outputStack);
    m_logView->setModel(m_log);
    m_compact = new BuildCompactModel(m_steps, this);
    m_compact->setColors(Theme::danger(), palette().color(QPalette::PlaceholderText));
    m_compactView = new QTreeView(m_outputStack);
    m_compactView->setObjectName(QStringLiteral("buildCompactView"));
    m_compactView->setModel(m_compact);
    m_compactView->setRootIsDecorated(false);
    m_compactView->setUniformRowHeights(true);
    m_compactView->setHeaderHidden(true);
    m_compactView->setFont(Zoom::fixedFont());
    m_compactView->header()->setStretchLastSection(false);
    m_compactView->header()->setSectionResizeMode(BuildCompactModel::TextColumn, QHeaderView::Stretch);
    m_compactView->header()->setSectionResizeMode(BuildCompactModel::TimeColumn, QHeaderView::ResizeToContents);
    connect(m_compactView, &QTreeView::activated, this, [this](const QModelIndex &i) {
        if (i.row() > 0)
            openStepLine(i.row() - 1);
    });
    m_outputStack->addWidget(m_logView);
    m_outputStack->addWidget(m_compactView);
    layout->addWidget(m_outputStack, 1);
    connect(m_compactButton, &QToolButton::toggled, this, [this](bool on) { setCompactOutput(on); });
    connect(m_plainButton, &QToolButton::toggled, this, [this](bool on) { setCompactOutput(!on); });
    setCompactOutput(Settings::buildCompactOutput.get());
    retranslate(this, [=] {
        caption->setText(tr("Display:"));
        m_compactButton->setText(tr("Compact"));
        m_compactButton->setToolTip(tr("One line per step with its state and time, as BuildKit shows a build in a terminal"));
        m_plainButton->setText(tr("Plain"));
        m_plainButton->setToolTip(tr("Every line of every step with its hashes, as docker build --progress=plain prints it"));
        m_compactView->setToolTip(tr("Double-click a step to open its Dockerfile line"));
    });
    return output;
}

bool BuildView::isCompactOutput() const
{
    return m_outputStack->currentWidget() == m_compactView;
}

void BuildView::setCompactOutput(bool compact)
{
    m_outputStack->setCurrentWidget(compact ? static_cast<QWidget *>(m_compactView) : m_logView);
    const QSignalBlocker blockCompact(m_compactButton);
    const QSignalBlocker blockPlain(m_plainButton);
    m_compactButton->setChecked(compact);
    m_plainButton->setChecked(!compact);
    if (Settings::buildCompactOutput.get() != compact)
        Settings::buildCompactOutput.set(compact);
}

void BuildView::buildUi()
{
    IconProvider *icons = services()->icons();

    m_buildAction = new QAction(icons->icon(QStringLiteral("build")), QString(), this);
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_buildAction, &QAction::triggered, this, &BuildView::startBuild);
    m_cancelAction = new QAction(icons->icon(QStringLiteral("cancel")), QString(), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &BuildView::cancelBuild);
    m_clearAction = new QAction(icons->icon(QStringLiteral("clear")), QString(), this);
    connect(m_clearAction, &QAction::triggered, this, &BuildView::clearOutput);
    addActions({m_buildAction, m_cancelAction, m_clearAction});

    auto *builderMenu = new QMenu(this);
    m_builderGroup = new QActionGroup(this);
    const QList<QPair<const char *, BuildOptions::Builder>> builders = {
        {QT_TR_NOOP("Auto (BuildKit when available)"), BuildOptions::Builder::Auto},
        {QT_TR_NOOP("Classic builder"), BuildOptions::Builder::Classic},
        {QT_TR_NOOP("BuildKit"), BuildOptions::Builder::BuildKit}};
    for (const auto &b : builders) {
        QAction *a = builderMenu->addAction(QString());
        retranslate(a, [a, text = b.first] { a->setText(tr(text)); });
        a->setCheckable(true);
        a->setData(int(b.second));
        a->setChecked(b.second == BuildOptions::Builder::Auto);
        m_builderGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, b] { m_options->setBuilder(b.second); });
    }
    m_builderAction = new QAction(icons->icon(QStringLiteral("engine")), QString(), this);
    m_builderAction->setMenu(builderMenu);
    connect(m_builderAction, &QAction::triggered, this, [this, builderMenu] {
        builderMenu->popup(QCursor::pos());
    });

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    outer->addWidget(m_message);

    auto *split = m_split = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(split, 1);

    // Left: options above, history below.
    auto *left = m_left = new QSplitter(Qt::Vertical, split);
    auto *scroll = new QScrollArea(left);
    m_optionsPage = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_options = new BuildOptionsPanel(services(), scroll);
    scroll->setWidget(m_options);
    auto *historyBox = new QWidget(left);
    m_historyPage = historyBox;
    auto *hl = new QVBoxLayout(historyBox);
    hl->setContentsMargins(0, 4, 0, 0);
    auto *historyTitle = new QLabel(QString(), historyBox);
    historyTitle->setObjectName(QStringLiteral("buildHistoryTitle"));
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    hl->addWidget(historyTitle);
    m_historyView = new QListView(historyBox);
    m_historyView->setObjectName(QStringLiteral("buildHistory"));
    m_historyView->setModel(new HistoryIconProxy(icons, m_history));
    static_cast<QIdentityProxyModel *>(m_historyView->model())->setSourceModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    hl->addWidget(m_historyView);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showHistoryEntry(current); });
    // Narrow, the earlier builds are a tab of their own: a click shows that build's output.
    connect(m_historyView, &QListView::clicked, this, [this] {
        if (m_tabs->indexOf(m_historyPage) >= 0)
            m_tabs->setCurrentWidget(m_outputPage);
    });

    // Right: progress, status and the output tabs.
    auto *right = new QWidget(split);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(right);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v/%m steps"));
    progressRow->addWidget(m_progress, 1);
    m_openFailed = new QPushButton(icons->icon(QStringLiteral("edit"), Theme::danger()), QString(), right);
    m_openFailed->setObjectName(QStringLiteral("openFailedLine"));
    m_openFailed->setVisible(false);
    connect(m_openFailed, &QPushButton::clicked, this, [this] { openStepLine(m_openFailed->property("row").toInt()); });
    progressRow->addWidget(m_openFailed);
    rl->addLayout(progressRow);
    m_status = new QLabel(QString(), right);
    m_status->setWordWrap(true);
    rl->addWidget(m_status);

    m_tabs = new QTabWidget(right);
    QWidget *output = createOutput(m_tabs);
    m_outputPage = output;
    m_tabs->addTab(output, icons->icon(QStringLiteral("logs")), QString());
    connect(m_logView, &BuildLogView::hashClicked, this, [this](const QString &hash) {
        emit services()->showImageRequested(hash);
    });

    m_stepView = new QTreeView(m_tabs);
    m_stepView->setRootIsDecorated(false);
    m_stepView->setUniformRowHeights(true);
    m_stepView->setModel(m_steps);
    m_stepView->header()->setSectionResizeMode(BuildStepModel::InstructionColumn, QHeaderView::Stretch);
    m_stepView->header()->setStretchLastSection(false);
    connect(m_stepView, &QTreeView::activated, this, [this](const QModelIndex &i) { openStepLine(i.row()); });
    m_tabs->addTab(m_stepView, icons->icon(QStringLiteral("recipe")), QString());

    m_layers = new QStandardItemModel(0, 5, this);

    m_layerView = new QTableView(m_tabs);
    m_layerView->setModel(m_layers);
    m_layerView->verticalHeader()->setVisible(false);
    m_layerView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_layerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_layerView, &QTableView::activated, this, [this](const QModelIndex &i) {
        const int line = m_layers->item(i.row(), 0)->data(Qt::DisplayRole).toInt();
        if (line > 0)
            emit services()->openInEditorRequested(m_runningDockerfile, line);
    });
    m_tabs->addTab(m_layerView, icons->icon(QStringLiteral("layer")), QString());
    retranslate(m_tabs, [this, output] {
        m_tabs->setTabText(m_tabs->indexOf(output), tr("Output"));
        m_tabs->setTabText(m_tabs->indexOf(m_stepView), tr("Steps"));
        m_tabs->setTabText(m_tabs->indexOf(m_layerView), tr("Layers"));
        m_tabs->setTabText(m_tabs->indexOf(m_optionsPage), tr("Options"));
        m_tabs->setTabText(m_tabs->indexOf(m_historyPage), tr("History"));
        m_tabs->setTabToolTip(m_tabs->indexOf(m_historyPage), tr("Earlier builds"));
        m_layers->setHorizontalHeaderLabels({tr("Line"), tr("Instruction"), tr("Layer"), tr("Size"), tr("Cached")});
    });
    rl->addWidget(m_tabs, 1);

    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &BuildView::onTick);
    m_scanDebounce = new QTimer(this);
    m_scanDebounce->setSingleShot(true);
    m_scanDebounce->setInterval(400);
    connect(m_scanDebounce, &QTimer::timeout, this, &BuildView::runScan);
    retranslate(this, [=] {
        m_buildAction->setText(tr("&Build"));
        m_buildAction->setToolTip(tr("Build the image (Ctrl+B)"));
        m_cancelAction->setText(tr("&Cancel"));
        m_cancelAction->setToolTip(tr("Stop the build on the engine (Esc)"));
        m_clearAction->setText(tr("C&lear"));
        m_clearAction->setToolTip(tr("Clear the output"));
        m_builderAction->setText(tr("Builder"));
        m_builderAction->setToolTip(tr("Choose the builder: classic or BuildKit"));
        historyTitle->setText(tr("Earlier builds"));
        m_historyView->setToolTip(tr("Click a build to see its log"));
        m_progress->setToolTip(tr("Finished steps of the build"));
        m_openFailed->setToolTip(tr("Show the failed instruction in the editor"));
        m_status->setText(tr("No build yet — press Build (Ctrl+B) to start one"));
        m_stepView->setToolTip(tr("Double-click a step to open its Dockerfile line"));
        m_layerView->setToolTip(tr("Which layer each line produced in the last successful build"));
    });
}

void BuildView::showOptions()
{
    if (m_tabs->indexOf(m_optionsPage) >= 0)
        m_tabs->setCurrentWidget(m_optionsPage);
}

void BuildView::showHistory()
{
    if (m_tabs->indexOf(m_historyPage) >= 0)
        m_tabs->setCurrentWidget(m_historyPage);
}

void BuildView::setNarrow(bool narrow)
{
    if (narrow == (m_tabs->indexOf(m_optionsPage) >= 0))
        return;
    IconProvider *icons = services()->icons();
    QWidget *current = m_tabs->currentWidget();
    if (narrow) {
        m_tabs->insertTab(0, m_optionsPage, icons->icon(QStringLiteral("settings")), tr("Options"));
        m_tabs->setTabToolTip(m_tabs->addTab(m_historyPage, icons->icon(QStringLiteral("history")), tr("History")),
                              tr("Earlier builds"));
        m_historyPage->findChild<QLabel *>(QStringLiteral("buildHistoryTitle"))->hide(); // the tab says it
        m_left->hide();
        // Every tab in sight rather than some behind scroll arrows: the texts without icons.
        for (int i = 0; i < m_tabs->count(); ++i) {
            m_tabs->widget(i)->setProperty("dxTabIcon", m_tabs->tabIcon(i));
            m_tabs->setTabIcon(i, QIcon());
        }
    } else {
        m_tabs->removeTab(m_tabs->indexOf(m_optionsPage));
        m_tabs->removeTab(m_tabs->indexOf(m_historyPage));
        m_left->insertWidget(0, m_optionsPage);
        m_left->insertWidget(1, m_historyPage);
        m_optionsPage->show();
        m_historyPage->show();
        m_historyPage->findChild<QLabel *>(QStringLiteral("buildHistoryTitle"))->show();
        m_left->show();
        for (int i = 0; i < m_tabs->count(); ++i)
            m_tabs->setTabIcon(i, m_tabs->widget(i)->property("dxTabIcon").value<QIcon>());
        if (current == m_optionsPage || current == m_historyPage)
            current = m_outputPage;
    }
    m_tabs->setCurrentWidget(current);
}

} // namespace dx
