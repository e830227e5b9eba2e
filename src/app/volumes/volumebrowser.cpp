#include "volumebrowser.h"

#include "entrybrowser.h"
#include "fileviewer.h"
#include "volumes/volumefilereader.h"
#include "volumes/volumehelper.h"
#include "volumes/volumestore.h"
#include "volumes/volumetransfer.h"
#include "volumes/volumetreeloader.h"
#include "volumes/volumetreemodel.h"

#include "api/commandrecord.h"
#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace dx {

VolumeBrowser::VolumeBrowser(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_api(services->session()->api())
    , m_store(services->session()->volumes())
    , m_helper(new VolumeHelper(services->session()->api(), this))
    , m_model(new VolumeTreeModel(this))
    , m_toolBar(new QToolBar(this))
    , m_title(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_viewer(new FileViewer(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    setupActions();
    layout->addWidget(m_toolBar);

    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->viewport()->installEventFilter(this);
    layout->addWidget(EntryBrowser::treeBesideViewer(m_tree, m_model, m_viewer, services->icons(), this), 1);
    m_tree->addActions({m_download, m_uploadFiles, m_newFolder});
    layout->addLayout(EntryBrowser::statusRow(m_status, m_progress));
    m_askOverwrite = [this](const QStringList &names) { return EntryBrowser::confirmOverwrite(this, names); };
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const VolumeEntry e = m_model->entryAt(index);
        if (e.type == VolumeEntry::Type::File)
            openFile(e.path);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VolumeBrowser::updateActions);
    connect(m_store, &VolumeStore::changed, this, [this](const QString &name) {
        if (name == m_volume)
            onUsersChanged();
    });
    // A folder expanded for the first time is listed (the model asks); one listed before
    // may be stale, as only the folders shown open are polled.
    connect(m_model, &VolumeTreeModel::folderWanted, this, [this](const QString &dir) { requestFolders({dir}); });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        const VolumeEntry e = m_model->entryAt(index);
        if (e.isDirectory() && m_model->isListed(e.path))
            requestFolders({e.path});
    });
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &VolumeBrowser::pollOpenFolder);
    updateActions();
    retranslate(this, [=] {
        m_tree->setToolTip(tr("Double-click a file to view it; drop files or folders here to upload them."));
    });
}

VolumeBrowser::~VolumeBrowser()
{
    // The removal is an essential request: quitting waits for it (DockerApi::drain). A helper
    // the engine does not remove now goes at the next start.
    if (!m_helperId.isEmpty())
        m_helper->release(m_helperId);
}

void VolumeBrowser::setupActions()
{
    IconProvider *icons = m_services->icons();
    m_back = m_toolBar->addAction(icons->icon(QStringLiteral("up")), QString(), this, &VolumeBrowser::backRequested);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_toolBar->addWidget(m_title);
    m_toolBar->addSeparator();
    m_refresh = m_toolBar->addAction(icons->icon(QStringLiteral("refresh")), QString(), this, &VolumeBrowser::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_download = m_toolBar->addAction(icons->icon(QStringLiteral("download")), QString(), this,
                                      &VolumeBrowser::onDownloadClicked);
    m_download->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_download->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_uploadFiles = m_toolBar->addAction(icons->icon(QStringLiteral("upload")), QString(), this,
                                         [this] { onUploadClicked(false); });
    m_uploadFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_uploadFiles->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_uploadFolder = m_toolBar->addAction(icons->icon(QStringLiteral("folder")), QString(), this,
                                          [this] { onUploadClicked(true); });
    m_newFolder = m_toolBar->addAction(icons->icon(QStringLiteral("new-folder")), QString(), this,
                                       &VolumeBrowser::onNewFolderClicked);
    m_newFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newFolder->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancel = m_toolBar->addAction(icons->icon(QStringLiteral("cancel")), QString(), this,
                                    &VolumeBrowser::cancelTransfer);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    retranslate(this, [=] {
        m_back->setText(tr("Volumes"));
        m_back->setToolTip(tr("Back to the list of volumes (Alt+Up)"));
        m_refresh->setText(tr("Refresh"));
        m_refresh->setToolTip(tr("List the volume's files again (F5)"));
        m_download->setText(tr("Download…"));
        m_download->setToolTip(tr("Copy the selected file or folder to this computer (Ctrl+D)"));
        m_uploadFiles->setText(tr("Upload Files…"));
        m_uploadFiles->setToolTip(tr("Copy files from this computer into the selected folder (Ctrl+U); "
                                     "you can also drop them on the tree"));
        m_uploadFolder->setText(tr("Upload Folder…"));
        m_uploadFolder->setToolTip(tr("Copy a folder from this computer into the selected folder"));
        m_newFolder->setText(tr("New Folder…"));
        m_newFolder->setToolTip(tr("Create a folder in the selected folder (Ctrl+Shift+N)"));
        m_cancel->setText(tr("Cancel"));
        m_cancel->setToolTip(tr("Stop the running transfer"));
    });
}

void VolumeBrowser::updateActions()
{
    const bool busy = isTransferring();
    const bool open = !m_volume.isEmpty();
    m_download->setEnabled(open && !busy && !selectedPath().isEmpty());
    m_uploadFiles->setEnabled(open && !busy);
    m_uploadFolder->setEnabled(open && !busy);
    m_newFolder->setEnabled(open && !busy);
    m_cancel->setEnabled(busy);
}

bool VolumeBrowser::isLoading() const
{
    return !m_volume.isEmpty() && (m_treeLoading || m_fileLoading);
}

bool VolumeBrowser::isTransferring() const
{
    return m_transfer && m_transfer->isRunning();
}

QString VolumeBrowser::statusText() const
{
    return m_status->text();
}

void VolumeBrowser::showStatus(const QString &text, bool error)
{
    EntryBrowser::showStatus(m_status, text, error);
}

QString VolumeBrowser::helperPath(const QString &volumePath) const
{
    return m_helperId.left(12) + QLatin1Char(':') + VolumeHelper::containerPath(volumePath);
}

void VolumeBrowser::openVolume(const QString &name, const QString &mountpoint)
{
    if (!m_volume.isEmpty())
        closeVolume();
    ++m_session;
    m_volume = name;
    m_mountpoint = mountpoint;
    m_title->setText(QStringLiteral("  <b>%1</b>").arg(name.toHtmlEscaped()));
    m_model->clear();
    m_viewer->clear();
    m_openFile.clear();
    m_pendingDirs.clear();
    m_expandWanted = m_execFailed = false;
    showStatus({});
    const Engine *engine = m_services->engine();
    const QFileInfo folder(mountpoint);
    m_local = !m_forceRemote && qEnvironmentVariableIsEmpty("DX_VOLUME_FORCE_REMOTE")
        && engine->info().endpoint.kind == Endpoint::Kind::Unix && folder.isDir() && folder.isReadable()
        && folder.isExecutable();
    m_treeLoading = true;
    if (m_local)
        listFolders({QString()}, true); // no need to wait for the helper to list
    const quint64 session = m_session;
    m_helper->acquire(name, [this, session](const QString &id, const QString &error) {
        if (session != m_session) {
            m_helper->release(id); // the user moved on meanwhile
            return;
        }
        if (!error.isEmpty()) {
            m_treeLoading = false;
            showStatus(tr("Cannot open the volume: %1").arg(error), true);
            emit treeLoaded(false);
            return;
        }
        m_helperId = id;
        if (!m_local)
            listFolders({QString()}, true, m_expandWanted);
        const auto pending = std::exchange(m_pendingActions, {});
        for (const auto &action : pending)
            action();
        emit helperReady();
    }, m_local ? VolumeHelper::Mode::Archive : VolumeHelper::Mode::Lister);
    m_runningUsers.clear();
    onUsersChanged();
    updateActions();
}

void VolumeBrowser::closeVolume(const std::function<void()> &done)
{
    ++m_session;
    abandon(m_loader);
    abandon(m_reader);
    if (m_transfer)
        m_transfer->cancel(); // it still reports how it ended
    m_pollTimer.stop();
    m_runningUsers.clear();
    m_pendingActions.clear();
    m_pendingDirs.clear();
    m_volume.clear();
    m_treeLoading = m_fileLoading = m_reloadWanted = m_expandWanted = false;
    const QString id = std::exchange(m_helperId, {});
    if (id.isEmpty()) {
        if (done)
            done();
    } else {
        m_helper->release(id, done);
    }
    updateActions();
}

void VolumeBrowser::abandon(Job *job)
{
    if (!job)
        return;
    // Superseded: nothing of it reaches the tree or this view any more.
    disconnect(job, nullptr, this, nullptr);
    disconnect(job, nullptr, m_model, nullptr);
    job->cancel();
}

bool VolumeBrowser::whenHelperReady(const std::function<void()> &action)
{
    if (m_volume.isEmpty())
        return false;
    if (m_helperId.isEmpty())
        m_pendingActions.append(action);
    else
        action();
    return true;
}

QString VolumeBrowser::selectedPath() const
{
    return m_model->entryAt(m_tree->currentIndex()).path;
}

QString VolumeBrowser::currentDir() const
{
    return m_model->folderAt(m_tree->currentIndex());
}

bool VolumeBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (drag->mimeData()->hasUrls() && !m_volume.isEmpty() && !isTransferring()) {
                drag->setDropAction(Qt::CopyAction);
                drag->accept();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            QStringList paths;
            for (const QUrl &url : drop->mimeData()->urls()) {
                if (url.isLocalFile())
                    paths.append(url.toLocalFile());
            }
            const QString dir = m_model->folderAt(m_tree->indexAt(drop->position().toPoint()));
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                uploadPaths(paths, dir);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dx
