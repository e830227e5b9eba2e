#include "volumebrowser.h"

#include "fileviewer.h"
#include "volumes/volumefilereader.h"
#include "volumes/volumehelper.h"
#include "volumes/volumetransfer.h"
#include "volumes/volumetreeloader.h"
#include "volumes/volumetreemodel.h"

#include "engine/engine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace dx {

namespace {

// Folder, file and link icons in the name column.
class EntryDelegate final : public QStyledItemDelegate
{
public:
    EntryDelegate(IconProvider *icons, QObject *parent) : QStyledItemDelegate(parent), m_icons(icons) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == VolumeTreeModel::NameColumn) {
            const auto type = VolumeEntry::Type(index.data(VolumeTreeModel::TypeRole).toInt());
            option->icon = m_icons->icon(type == VolumeEntry::Type::Directory ? QStringLiteral("folder")
                                         : type == VolumeEntry::Type::Symlink ? QStringLiteral("symlink")
                                                                               : QStringLiteral("file"));
            option->features |= QStyleOptionViewItem::HasDecoration;
        } else if (index.column() == VolumeTreeModel::ModeColumn) {
            option->font.setFamily(QStringLiteral("monospace"));
        }
    }

private:
    IconProvider *m_icons;
};

QString parentOf(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace

VolumeBrowser::VolumeBrowser(AppServices *services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_helper(new VolumeHelper(services->engine(), this)),
      m_model(new VolumeTreeModel(this)),
      m_loader(new VolumeTreeLoader(services->engine(), this)),
      m_reader(new VolumeFileReader(services->engine(), this)),
      m_transfer(new VolumeTransfer(services->engine(), this)),
      m_toolBar(new QToolBar(this)),
      m_title(new QLabel(this)),
      m_tree(new QTreeView(this)),
      m_viewer(new FileViewer(this)),
      m_status(new QLabel(this)),
      m_progress(new QProgressBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    setupActions();
    layout->addWidget(m_toolBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new EntryDelegate(services->icons(), m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_download, m_uploadFiles, m_newFolder});
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->viewport()->installEventFilter(this);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(VolumeTreeModel::NameColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    m_tree->setColumnWidth(VolumeTreeModel::SizeColumn, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
    m_tree->setColumnWidth(VolumeTreeModel::ModeColumn, fontMetrics().horizontalAdvance(QLatin1Char('w')) * 11);
    m_tree->setColumnWidth(VolumeTreeModel::ModifiedColumn, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 20);
    m_tree->setToolTip(tr("Double-click a file to view it; drop files or folders here to upload them."));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(4, 0, 4, 2);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_status, 1);
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_progress->hide();
    bottom->addWidget(m_progress);
    layout->addLayout(bottom);

    m_askOverwrite = [this](const QStringList &names) {
        return QMessageBox::question(this, tr("Overwrite?"),
                                     tr("These already exist and would be overwritten:\n%1\n\nOverwrite them?")
                                             .arg(names.join(QLatin1Char('\n'))))
                == QMessageBox::Yes;
    };
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const VolumeEntry e = m_model->entryAt(index);
        if (e.type == VolumeEntry::Type::File)
            openFile(e.path);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VolumeBrowser::updateActions);
    connect(m_loader, &VolumeTreeLoader::entriesArrived, m_model, &VolumeTreeModel::addEntries);
    connect(m_loader, &VolumeTreeLoader::finished, this, &VolumeBrowser::onTreeLoaded);
    connect(m_reader, &VolumeFileReader::finished, this, &VolumeBrowser::onPreview);
    connect(m_reader, &VolumeFileReader::failed, this, [this](const QString &message) {
        m_fileLoading = false;
        m_viewer->showMessage(message);
        emit fileFailed(message);
    });
    connect(m_helper, &VolumeHelper::commandLogged, services, &AppServices::logCommand);
    connect(m_transfer, &VolumeTransfer::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    connect(m_transfer, &VolumeTransfer::finished, this, [this](bool ok, const QString &message) {
        m_progress->hide();
        updateActions();
        showStatus(message, !ok);
        loadDir(QString()); // show what arrived or what is gone
        emit transferFinished(ok, message);
    });
    connect(services->engine(), &Engine::engineEvent, this, &VolumeBrowser::handleEngineEvent);
    m_pollTimer.setInterval(2000);
    connect(&m_pollTimer, &QTimer::timeout, this, &VolumeBrowser::pollOpenFolder);
    updateActions();
}

VolumeBrowser::~VolumeBrowser()
{
    // Fire and forget: a helper the engine does not remove now goes at the next start.
    if (!m_helperId.isEmpty())
        m_helper->release(m_helperId);
}

void VolumeBrowser::setupActions()
{
    IconProvider *icons = m_services->icons();
    m_back = m_toolBar->addAction(icons->icon(QStringLiteral("up")), tr("Volumes"), this, &VolumeBrowser::backRequested);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_back->setToolTip(tr("Back to the list of volumes (Alt+Up)"));
    m_toolBar->addWidget(m_title);
    m_toolBar->addSeparator();
    m_refresh = m_toolBar->addAction(icons->icon(QStringLiteral("refresh")), tr("Refresh"), this, &VolumeBrowser::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("List the volume's files again (F5)"));
    m_download = m_toolBar->addAction(icons->icon(QStringLiteral("download")), tr("Download…"), this,
                                      &VolumeBrowser::onDownloadClicked);
    m_download->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_download->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_download->setToolTip(tr("Copy the selected file or folder to this computer (Ctrl+D)"));
    m_uploadFiles = m_toolBar->addAction(icons->icon(QStringLiteral("upload")), tr("Upload Files…"), this,
                                         [this] { onUploadClicked(false); });
    m_uploadFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_uploadFiles->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_uploadFiles->setToolTip(tr("Copy files from this computer into the selected folder (Ctrl+U); "
                                 "you can also drop them on the tree"));
    m_uploadFolder = m_toolBar->addAction(icons->icon(QStringLiteral("folder")), tr("Upload Folder…"), this,
                                          [this] { onUploadClicked(true); });
    m_uploadFolder->setToolTip(tr("Copy a folder from this computer into the selected folder"));
    m_newFolder = m_toolBar->addAction(icons->icon(QStringLiteral("new-folder")), tr("New Folder…"), this,
                                       &VolumeBrowser::onNewFolderClicked);
    m_newFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newFolder->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newFolder->setToolTip(tr("Create a folder in the selected folder (Ctrl+Shift+N)"));
    m_cancel = m_toolBar->addAction(icons->icon(QStringLiteral("cancel")), tr("Cancel"), this,
                                    &VolumeBrowser::cancelTransfer);
    m_cancel->setToolTip(tr("Stop the running transfer"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void VolumeBrowser::updateActions()
{
    const bool busy = m_transfer->isRunning();
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

QString VolumeBrowser::statusText() const
{
    return m_status->text();
}

void VolumeBrowser::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
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
    showStatus({});
    const Engine *engine = m_services->engine();
    const QFileInfo folder(mountpoint);
    m_local = !m_forceRemote && qEnvironmentVariableIsEmpty("DX_VOLUME_FORCE_REMOTE")
            && engine->info().endpoint.kind == Endpoint::Kind::Unix && folder.isDir() && folder.isReadable()
            && folder.isExecutable();
    m_treeLoading = true;
    if (m_local)
        loadDir(QString()); // no need to wait for the helper to list
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
            loadDir(QString());
        const auto pending = std::exchange(m_pendingActions, {});
        for (const auto &action : pending)
            action();
        emit helperReady();
    });
    fetchUsers();
    updateActions();
}

void VolumeBrowser::closeVolume(const std::function<void()> &done)
{
    ++m_session;
    m_loader->cancel();
    m_reader->cancel();
    m_transfer->cancel();
    m_pollTimer.stop();
    m_users.clear();
    m_pendingActions.clear();
    m_volume.clear();
    m_treeLoading = m_fileLoading = false;
    const QString id = std::exchange(m_helperId, {});
    if (id.isEmpty()) {
        if (done)
            done();
    } else {
        m_helper->release(id, done);
    }
    updateActions();
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

void VolumeBrowser::loadDir(const QString &dir)
{
    if (m_volume.isEmpty())
        return;
    if (!m_local && m_helperId.isEmpty())
        return;
    m_treeLoading = true;
    m_model->beginSync(dir);
    if (m_local)
        m_loader->loadLocal(m_mountpoint, dir);
    else
        m_loader->loadRemote(m_helperId, dir);
}

void VolumeBrowser::onTreeLoaded(bool complete, const QString &error)
{
    m_treeLoading = false;
    m_model->endSync(complete);
    if (!error.isEmpty())
        showStatus(error, true);
    else if (m_status->text().isEmpty() || !complete)
        showStatus(tr("%n item(s)", nullptr, m_model->entryCount()));
    // Re-read the open file when the listing says it changed (a container appended to it).
    if (!m_openFile.isEmpty() && !m_fileLoading) {
        const VolumeEntry e = m_model->entryAt(m_model->indexForPath(m_openFile));
        if (!e.path.isEmpty() && (e.size != m_openFileSize || e.mtime != m_openFileMtime))
            openFile(m_openFile);
    }
    emit treeLoaded(complete);
}

void VolumeBrowser::refresh()
{
    loadDir(QString());
    if (!m_openFile.isEmpty())
        openFile(m_openFile);
}

void VolumeBrowser::expandAll()
{
    m_tree->expandAll();
}

void VolumeBrowser::openFile(const QString &path)
{
    m_openFile = path;
    const VolumeEntry e = m_model->entryAt(m_model->indexForPath(path));
    m_openFileSize = e.size;
    m_openFileMtime = e.mtime;
    m_fileLoading = true;
    if (m_viewer->path() != path)
        m_viewer->showMessage(tr("Loading %1…").arg(path));
    if (m_local)
        m_reader->readLocal(m_mountpoint, path);
    else
        whenHelperReady([this, path] { m_reader->readRemote(m_helperId, path); });
}

void VolumeBrowser::onPreview(const FilePreview &preview)
{
    m_fileLoading = false;
    m_viewer->showPreview(preview);
    emit fileShown(preview.path);
}

QString VolumeBrowser::selectedPath() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? m_model->entryAt(index).path : QString();
}

QString VolumeBrowser::currentDir() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return {};
    const VolumeEntry e = m_model->entryAt(index);
    return e.isDirectory() ? e.path : parentOf(e.path);
}

void VolumeBrowser::fetchUsers()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("volume"), QJsonArray{m_volume}}}).toJson(QJsonDocument::Compact)));
    EngineReply *reply = m_services->engine()->get(QStringLiteral("/containers/json"), q);
    const quint64 session = m_session;
    connect(reply, &EngineReply::finished, this, [this, session](const EngineResponse &r) {
        if (session != m_session || !r.ok())
            return;
        m_users.clear();
        bool running = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array()) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("Labels")).toObject().contains(QLatin1String(VolumeHelper::LabelKey)))
                continue;
            m_users.insert(c.value(QLatin1String("Id")).toString());
            running = running || c.value(QLatin1String("State")).toString() == QLatin1String("running");
        }
        // Docker reports no file changes; polling the open folder is the only way to see a
        // running container write. Nothing runs: nothing can change, so no polling.
        if (running)
            m_pollTimer.start();
        else
            m_pollTimer.stop();
    });
}

void VolumeBrowser::handleEngineEvent(const QJsonObject &event)
{
    if (m_volume.isEmpty() || event.value(QLatin1String("Type")).toString() != QLatin1String("container"))
        return;
    const QString action = event.value(QLatin1String("Action")).toString();
    const QJsonObject actor = event.value(QLatin1String("Actor")).toObject();
    if (actor.value(QLatin1String("Attributes")).toObject().contains(QLatin1String(VolumeHelper::LabelKey)))
        return;
    const QString id = actor.value(QLatin1String("ID")).toString();
    if (action == QLatin1String("start") || action == QLatin1String("die") || action == QLatin1String("destroy")
        || action == QLatin1String("create")) {
        const bool user = m_users.contains(id);
        fetchUsers();
        if (user && (action == QLatin1String("start") || action == QLatin1String("die")))
            pollOpenFolder();
    }
}

void VolumeBrowser::pollOpenFolder()
{
    if (m_treeLoading || m_transfer->isRunning())
        return; // the previous listing is still streaming: never pile up
    loadDir(currentDir());
}

bool VolumeBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (drag->mimeData()->hasUrls() && !m_volume.isEmpty() && !m_transfer->isRunning()) {
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
            const VolumeEntry target = m_model->entryAt(m_tree->indexAt(drop->position().toPoint()));
            const QString dir = target.path.isEmpty() ? QString()
                                                      : target.isDirectory() ? target.path : parentOf(target.path);
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
