#include "volumesview.h"

#include "fileviewer.h"
#include "volumebrowser.h"
#include "volumecreatedialog.h"
#include "volumes/volumeactions.h"
#include "volumes/volumehelper.h"
#include "volumes/volumelistmodel.h"
#include "volumes/volumestore.h"
#include "volumes/volumetreemodel.h"

#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"
#include "shell/stackfit.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace dx {

VolumesView::VolumesView(AppServices *services, QWidget *parent)
    : View(services, parent),
      m_store(services->session()->volumes()),
      m_model(m_store->model()),
      m_actions(new VolumeActions(services->session()->api(), m_store, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_empty(new QLabel(this)),
      m_message(new QLabel(this)),
      m_browser(new VolumeBrowser(services, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VolumeListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->horizontalHeader()->setSectionResizeMode(VolumeListModel::NameColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(VolumeListModel::DriverColumn, em * 5);
    m_table->setColumnWidth(VolumeListModel::UsedByColumn, em * 16);
    m_table->setColumnWidth(VolumeListModel::SizeColumn, em * 6);
    m_table->setColumnWidth(VolumeListModel::CreatedColumn, em * 10);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(6, 2, 6, 2);
    m_message->hide();
    listLayout->addWidget(m_message);
    setUpBackupActions();
    listLayout->addWidget(m_backupBar);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty, 1);
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_browser);
    sizeToCurrentPage(m_stack);

    IconProvider *icons = services->icons();
    m_create = new QAction(icons->icon(QStringLiteral("add")), QString(), this);
    m_create->setShortcut(QKeySequence::New);
    connect(m_create, &QAction::triggered, this, [this] { openCreateDialog(); });
    m_browse = new QAction(icons->icon(QStringLiteral("open")), QString(), this);
    m_browse->setShortcut(QKeySequence(Qt::Key_Return));
    m_browse->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_browse);
    connect(m_browse, &QAction::triggered, this, &VolumesView::browseSelected);
    m_remove = new QAction(icons->icon(QStringLiteral("remove")), QString(), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_remove);
    connect(m_remove, &QAction::triggered, this, &VolumesView::removeSelected);
    m_prune = new QAction(icons->icon(QStringLiteral("prune")), QString(), this);
    connect(m_prune, &QAction::triggered, this, &VolumesView::pruneUnused);
    m_refresh = new QAction(icons->icon(QStringLiteral("refresh")), QString(), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refresh, &QAction::triggered, this, [this] {
        m_store->refresh(CallContext::user());
        m_store->refreshSizes();
    });
    addAction(m_refresh);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };
    connect(m_table, &QTableView::doubleClicked, this, &VolumesView::browseSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VolumesView::updateActions);
    connect(m_store, &VolumeStore::errorOccurred, this, [this](const QString &e) { showMessage(e, true); });
    connect(m_store, &VolumeStore::staleChanged, this, &VolumesView::onStaleChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &VolumesView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &VolumesView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &VolumesView::updateActions);
    // "Used by" arrives after the list (another request): fit its column once it is known.
    auto *fitUsers = new QTimer(this);
    fitUsers->setSingleShot(true);
    fitUsers->setInterval(50);
    connect(fitUsers, &QTimer::timeout, this, [this] {
        const int before = m_table->columnWidth(VolumeListModel::UsedByColumn);
        m_table->resizeColumnToContents(VolumeListModel::UsedByColumn);
        const int fitted = m_table->columnWidth(VolumeListModel::UsedByColumn);
        m_table->setColumnWidth(VolumeListModel::UsedByColumn, qBound(before, fitted, qMax(before, m_table->width() / 3)));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, fitUsers, qOverload<>(&QTimer::start));
    const auto fitColumns = [this] {
        updateEmptyState();
        for (int c : {VolumeListModel::DriverColumn, VolumeListModel::UsedByColumn, VolumeListModel::CreatedColumn})
            m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(VolumeListModel::SizeColumn,
                                m_table->fontMetrics().horizontalAdvance(QStringLiteral("000.0 MiB")) + 16);
    };
    if (m_store->isLoaded())
        QTimer::singleShot(0, this, fitColumns);
    else
        connect(m_store, &VolumeStore::loaded, this, fitColumns);
    connect(m_store, &VolumeStore::changed, this, [this](const QString &name) {
        if (!m_selectWhenListed.isEmpty() && name == m_selectWhenListed && selectVolume(name))
            m_selectWhenListed.clear();
    });
    connect(m_store, &VolumeStore::removed, this, [this](const QString &name) {
        if (m_browser->volumeName() == name) {
            m_browser->closeVolume();
            showList();
        }
    });
    connect(m_browser, &VolumeBrowser::backRequested, this, &VolumesView::showList);
    connect(services, &AppServices::showVolumeRequested, this, [this](const QString &name) {
        showList();
        selectVolume(name);
    });
    connect(services->engine(), &Engine::connectedChanged, this, &VolumesView::onConnected);
    if (services->engine()->isConnected())
        QTimer::singleShot(0, this, [this] { onConnected(true); });
    updateEmptyState();
    updateActions();
    retranslate(this, [=] {
        m_empty->setText(tr("No volumes yet — press Create Volume to make one. A volume keeps files that "
                            "outlive containers: mount it into several containers and they share its files."));
        m_create->setText(tr("Create Volume…"));
        m_create->setToolTip(tr("Create a volume (Ctrl+N)"));
        m_browse->setText(tr("Browse Files"));
        m_browse->setToolTip(tr("Browse, view, download and upload the volume's files (Enter or double-click)"));
        m_remove->setText(tr("Remove"));
        m_remove->setToolTip(tr("Remove the volume and its data (Del); refused while containers use it"));
        m_prune->setText(tr("Prune…"));
        m_prune->setToolTip(tr("Remove volumes no container uses (you see the list first)"));
        m_refresh->setText(tr("Refresh"));
        m_refresh->setToolTip(tr("List the volumes again (F5)"));
    });
}

VolumesView::~VolumesView() = default;

void VolumesView::onConnected(bool connected)
{
    if (!connected)
        return;
    if (!m_cleanedUp && m_browser->helperId().isEmpty()) {
        // Helpers of an app that was killed: ours are never running and hold nothing.
        m_cleanedUp = true;
        m_browser->helper()->removeLeftovers();
    }
}

bool VolumesView::isLoading() const
{
    if (!services()->engine()->isConnected())
        return false;
    return !m_store->isLoaded() || m_browser->isLoading();
}

void VolumesView::activated()
{
    m_table->setFocus();
}

QList<QAction *> VolumesView::toolBarActions() const
{
    return {m_create, m_browse, m_remove, m_prune, m_export, m_import, m_clone, m_refresh};
}

QString VolumesView::messageText() const
{
    return m_message->text();
}

void VolumesView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void VolumesView::updateEmptyState()
{
    const bool empty = m_store->isLoaded() && m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    updateActions();
}

void VolumesView::updateActions()
{
    const bool selected = !selectedVolume().isEmpty();
    m_browse->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_export->setEnabled(selected && !isBackupRunning());
    m_clone->setEnabled(selected && !isBackupRunning());
    m_import->setEnabled(!isBackupRunning());
}

bool VolumesView::selectVolume(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString VolumesView::selectedVolume() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(VolumeListModel::NameRole).toString();
}

void VolumesView::showList()
{
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

void VolumesView::openCreateDialog(const QString &name)
{
    auto *dialog = new VolumeCreateDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setName(name);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_actions->create(dialog->name(), dialog->driver(), dialog->labels(),
                          [this](const QString &name, const QString &error) {
                              if (!error.isEmpty())
                                  showMessage(error, true);
                              else if (!selectVolume(name))
                                  m_selectWhenListed = name; // its event is on the way
                          });
    });
    dialog->open();
}

bool VolumesView::browseVolume(const QString &name)
{
    showList();
    if (!selectVolume(name))
        return false;
    browseSelected();
    return true;
}

void VolumesView::browseSelected()
{
    const int row = m_model->rowOf(selectedVolume());
    if (row < 0)
        return;
    const VolumeInfo v = m_model->volumeAt(row);
    m_browser->openVolume(v.name, v.mountpoint);
    m_stack->setCurrentWidget(m_browser);
    m_browser->treeView()->setFocus();
}

void VolumesView::removeSelected()
{
    const QString name = selectedVolume();
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const VolumeInfo v = m_model->volumeAt(row);
    if (!v.usedBy.isEmpty()) {
        // Checked before asking: the answer would not matter.
        showMessage(tr("Volume %1 cannot be removed: it is used by %2. Remove those containers first.")
                            .arg(name, QLocale().createSeparatedList(v.usedBy)), true);
        return;
    }
    if (!m_confirm(tr("Remove Volume"), tr("Remove volume %1? All data in it is deleted and cannot be recovered.").arg(name)))
        return;
    auto remove = [this, name] {
        m_actions->remove(name, [this, name](const QString &error) {
            showMessage(error.isEmpty() ? tr("Removed volume %1.").arg(name) : error, !error.isEmpty());
        });
    };
    // Our own helper container references the volume: remove it first, then the volume.
    if (m_browser->volumeName() == name)
        m_browser->closeVolume(remove);
    else
        remove();
}

void VolumesView::pruneUnused()
{
    const QStringList candidates = m_store->pruneCandidates();
    if (candidates.isEmpty()) {
        showMessage(tr("Nothing to prune: every volume is used by a container."));
        return;
    }
    if (!m_confirm(tr("Prune Volumes"),
                   tr("These %n volume(s) are used by no container and will be removed with all their data:\n\n%1",
                      nullptr, int(candidates.size())).arg(candidates.join(QLatin1Char('\n')))))
        return;
    m_actions->prune([this](const QStringList &removed, qint64 reclaimed, const QString &error) {
        if (!error.isEmpty())
            showMessage(error, true);
        else
            showMessage(tr("Removed %n volume(s), %1 freed.", nullptr, int(removed.size()))
                                .arg(QLocale().formattedDataSize(reclaimed)));
    });
}

void VolumesView::onStaleChanged(bool stale)
{
    const QString staleText = tr("Not up to date: the connection to the engine was lost. This is the last known list.");
    if (stale)
        showMessage(staleText, true);
    else if (messageText() == staleText)
        showMessage({});
}

} // namespace dx
