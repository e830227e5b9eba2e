#include "containerfileswidget.h"

#include "volumes/entrybrowser.h"
#include "volumes/fileviewer.h"
#include "volumes/volumefilereader.h"
#include "volumes/volumetransfer.h"
#include "volumes/volumetreeloader.h"
#include "volumes/volumetreemodel.h"

#include "api/commandrecord.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"
#include "streams/containerpathstat.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace dx {

namespace {
// The jobs' paths are relative to the container's "/".
const QString Root;
} // namespace

ContainerFilesWidget::ContainerFilesWidget(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_api(services->session()->api())
    , m_model(new VolumeTreeModel(this))
    , m_toolBar(new QToolBar(this))
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

    m_tree->setObjectName(QStringLiteral("containerFilesTree"));
    layout->addWidget(EntryBrowser::treeBesideViewer(m_tree, m_model, m_viewer, services->icons(), this), 1);
    m_tree->addActions({m_download, m_uploadFiles});
    layout->addLayout(EntryBrowser::statusRow(m_status, m_progress));
    m_askOverwrite = [this](const QStringList &names) { return EntryBrowser::confirmOverwrite(this, names); };
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const VolumeEntry e = m_model->entryAt(index);
        if (e.type == VolumeEntry::Type::File)
            openFile(e.path);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContainerFilesWidget::updateActions);
    updateActions();
    retranslate(this, [=] {
        m_tree->setToolTip(tr("Double-click a file to view it"));
    });
}

ContainerFilesWidget::~ContainerFilesWidget() = default;

void ContainerFilesWidget::setupActions()
{
    IconProvider *icons = m_services->icons();
    m_refresh = m_toolBar->addAction(icons->icon(QStringLiteral("refresh")), QString(), this,
                                     &ContainerFilesWidget::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_download = m_toolBar->addAction(icons->icon(QStringLiteral("download")), QString(), this,
                                      [this] { chooseAndDownload(selectedPath()); });
    m_download->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_download->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_uploadFiles = m_toolBar->addAction(icons->icon(QStringLiteral("upload")), QString(), this,
                                         [this] { onUploadClicked(false); });
    m_uploadFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_uploadFiles->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_uploadFolder = m_toolBar->addAction(icons->icon(QStringLiteral("folder")), QString(), this,
                                          [this] { onUploadClicked(true); });
    m_cancel = m_toolBar->addAction(icons->icon(QStringLiteral("cancel")), QString(), this,
                                    &ContainerFilesWidget::cancelTransfer);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    retranslate(this, [=] {
        m_refresh->setText(tr("Refresh"));
        m_refresh->setToolTip(tr("List the container's files again (F5)"));
        m_download->setText(tr("Download…"));
        m_download->setToolTip(tr("Copy the selected file or folder to this computer (Ctrl+D)"));
        m_uploadFiles->setText(tr("Upload Files…"));
        m_uploadFiles->setToolTip(tr("Copy files from this computer into the selected folder (Ctrl+U)"));
        m_uploadFolder->setText(tr("Upload Folder…"));
        m_uploadFolder->setToolTip(tr("Copy a folder from this computer into the selected folder"));
        m_cancel->setText(tr("Cancel"));
        m_cancel->setToolTip(tr("Stop the running transfer"));
    });
}

void ContainerFilesWidget::updateActions()
{
    const bool busy = isTransferring();
    const bool open = !m_id.isEmpty();
    m_refresh->setEnabled(open);
    m_download->setEnabled(open && !busy && m_tree->currentIndex().isValid());
    m_uploadFiles->setEnabled(open && !busy);
    m_uploadFolder->setEnabled(open && !busy);
    m_cancel->setEnabled(busy);
}

bool ContainerFilesWidget::isLoading() const
{
    return (m_loader && m_loader->isRunning()) || (m_reader && m_reader->isRunning());
}

bool ContainerFilesWidget::isTransferring() const
{
    return m_transfer && m_transfer->isRunning();
}

QString ContainerFilesWidget::statusText() const
{
    return m_status->text();
}

void ContainerFilesWidget::showStatus(const QString &text, bool error)
{
    EntryBrowser::showStatus(m_status, text, error);
}

QString ContainerFilesWidget::absolutePath(const QString &path)
{
    return QLatin1Char('/') + path;
}

QString ContainerFilesWidget::containerWord() const
{
    return m_name.isEmpty() ? m_id.left(12) : m_name;
}

QString ContainerFilesWidget::cpPath(const QString &path) const
{
    return containerWord() + QLatin1Char(':') + absolutePath(path);
}

void ContainerFilesWidget::setContainer(const ContainerSummary &container)
{
    const bool same = container.id == m_id;
    m_id = container.id;
    m_name = container.name;
    if (!same) {
        ++m_session;
        abandon(m_loader);
        abandon(m_reader);
        if (m_transfer)
            m_transfer->cancel(); // it still reports how it ended
        m_loadedId.clear();
        m_model->clear();
        m_viewer->clear();
        showStatus({});
        if (m_active)
            refresh();
    }
    updateActions();
}

void ContainerFilesWidget::setActive(bool active)
{
    m_active = active;
    if (active && !m_id.isEmpty() && m_loadedId != m_id)
        refresh();
}

void ContainerFilesWidget::abandon(Job *job)
{
    if (!job)
        return;
    // Superseded: nothing of it reaches the tree or this view any more.
    disconnect(job, nullptr, this, nullptr);
    disconnect(job, nullptr, m_model, nullptr);
    job->cancel();
}

void ContainerFilesWidget::refresh()
{
    if (m_id.isEmpty())
        return;
    m_loadedId = m_id;
    list();
    if (!m_viewer->path().isEmpty())
        openFile(m_viewer->path());
}

void ContainerFilesWidget::list()
{
    abandon(m_loader);
    m_model->beginSync();
    VolumeTreeLoader *loader = VolumeTreeLoader::archive(m_api, m_id, QString(), this);
    loader->setRoot(Root);
    loader->setUserCommand(shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), cpPath({}), QStringLiteral("-")})
                               + QStringLiteral(" | tar -tv"),
                           tr("List the files of container %1").arg(containerWord()));
    connect(loader, &VolumeTreeLoader::entriesArrived, m_model, &VolumeTreeModel::addEntries);
    connect(loader, &VolumeTreeLoader::foldersListed, m_model, &VolumeTreeModel::markListed);
    connect(loader, &Job::finished, this, [this] { onTreeEnded(true, {}); });
    connect(loader, &Job::failed, this, [this](const QString &message) { onTreeEnded(false, message); });
    connect(loader, &Job::cancelled, this, [this] { onTreeEnded(false, {}); });
    connect(loader, &Job::ended, loader, &QObject::deleteLater);
    m_loader = loader;
    showStatus(tr("Listing the files…"));
    loader->start();
}

void ContainerFilesWidget::onTreeEnded(bool complete, const QString &error)
{
    m_model->endSync();
    if (!error.isEmpty())
        showStatus(tr("Cannot list the files: %1").arg(error), true);
    else
        showStatus(tr("%n item(s)", nullptr, m_model->entryCount()));
    emit treeLoaded(complete);
}

void ContainerFilesWidget::openFile(const QString &path)
{
    if (m_id.isEmpty())
        return;
    if (m_viewer->path() != path)
        m_viewer->showMessage(tr("Loading %1…").arg(absolutePath(path)));
    abandon(m_reader);
    VolumeFileReader *reader = VolumeFileReader::remote(m_api, m_id, path, -1, this);
    reader->setRoot(Root);
    reader->setUserCommand(shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), cpPath(path), QStringLiteral("-")})
                               + QStringLiteral(" | tar -xO"),
                           tr("Show a file of container %1").arg(containerWord()));
    connect(reader, &Job::finished, this, [this, reader] { onPreview(reader->preview()); });
    connect(reader, &Job::failed, this, [this, path](const QString &message) {
        const QString text = tr("Cannot show %1: %2").arg(absolutePath(path), message);
        m_viewer->showMessage(text);
        emit fileFailed(text);
    });
    connect(reader, &Job::ended, reader, &QObject::deleteLater);
    m_reader = reader;
    reader->start();
}

void ContainerFilesWidget::onPreview(const FilePreview &preview)
{
    m_viewer->showPreview(preview);
    emit fileShown(preview.path);
}

QString ContainerFilesWidget::selectedPath() const
{
    return m_model->entryAt(m_tree->currentIndex()).path;
}

QString ContainerFilesWidget::currentDir() const
{
    return m_model->folderAt(m_tree->currentIndex());
}

void ContainerFilesWidget::startTransfer(VolumeTransfer *transfer, const QString &cli, const QString &description)
{
    transfer->setRoot(Root);
    transfer->setUserCommand(cli, description);
    connect(transfer, &Job::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    const bool upload = transfer->kind() != VolumeTransfer::Kind::Download;
    const auto ended = [this, upload](bool ok, const QString &message) {
        m_progress->hide();
        updateActions();
        showStatus(message, !ok);
        if (ok && upload)
            list(); // show what arrived
        emit transferFinished(ok, message);
    };
    connect(transfer, &Job::finished, this, [ended](const QVariant &result) { ended(true, result.toString()); });
    connect(transfer, &Job::failed, this, [ended](const QString &message) { ended(false, message); });
    connect(transfer, &Job::cancelled, this, [ended] { ended(false, tr("Cancelled")); });
    connect(transfer, &Job::ended, transfer, &QObject::deleteLater);
    m_transfer = transfer;
    m_progress->setRange(0, 0);
    m_progress->show();
    transfer->start();
    updateActions();
}

void ContainerFilesWidget::cancelTransfer()
{
    if (m_transfer)
        m_transfer->cancel();
}

void ContainerFilesWidget::chooseAndDownload(const QString &path)
{
    if (m_id.isEmpty())
        return;
    const QString target = QFileDialog::getExistingDirectory(this, tr("Download %1 to").arg(absolutePath(path)));
    if (!target.isEmpty())
        downloadTo(path, target);
}

void ContainerFilesWidget::downloadTo(const QString &path, const QString &targetDir)
{
    if (m_id.isEmpty() || isTransferring())
        return;
    const QString name = path.isEmpty() ? QString() : path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    const QString local = QDir(targetDir).filePath(name);
    const bool exists = !name.isEmpty() && (QFileInfo::exists(local) || QFileInfo(local).isSymLink());
    if (exists && !m_askOverwrite({local})) {
        emit transferFinished(false, tr("Nothing downloaded"));
        return;
    }
    showStatus(tr("Downloading %1…").arg(absolutePath(path)));
    startTransfer(VolumeTransfer::download(m_api, m_id, path, targetDir, exists, -1, this),
                  shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), cpPath(path), targetDir}),
                  tr("Copy from container %1 to this computer").arg(containerWord()));
}

void ContainerFilesWidget::onUploadClicked(bool folder)
{
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Upload Folder"));
        if (!dir.isEmpty())
            paths.append(dir);
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Upload Files"));
    }
    if (!paths.isEmpty())
        uploadPaths(paths, currentDir());
}

void ContainerFilesWidget::uploadPaths(const QStringList &localPaths, const QString &dir)
{
    if (m_id.isEmpty() || isTransferring() || localPaths.isEmpty())
        return;
    // PUT .../archive replaces silently: ask first about what exists.
    const quint64 session = m_session;
    VolumeTransfer::existingTargets(
        m_api, this, m_id, dir, localPaths,
        [this, localPaths, dir, session](QStringList existing, const QString &error) {
            if (session != m_session)
                return;
            if (!error.isEmpty()) {
                showStatus(error, true);
                emit transferFinished(false, error);
                return;
            }
            for (QString &path : existing)
                path = absolutePath(path);
            if (!existing.isEmpty() && !m_askOverwrite(existing)) {
                emit transferFinished(false, tr("Nothing uploaded"));
                return;
            }
            showStatus(tr("Uploading %n item(s)…", nullptr, int(localPaths.size())));
            startTransfer(VolumeTransfer::upload(m_api, m_id, dir, localPaths, this),
                          shellJoin(QStringList{QStringLiteral("docker"), QStringLiteral("cp")} + localPaths
                                    + QStringList{cpPath(dir)}),
                          tr("Copy into container %1").arg(containerWord()));
        },
        Root);
}

} // namespace dx
