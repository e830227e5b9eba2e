// VolumeBrowser: listing the volume and reading files, and following the containers that
// write to it (split from volumebrowser.cpp).
#include "volumebrowser.h"

#include "fileviewer.h"
#include "volumes/volumefilereader.h"
#include "volumes/volumehelper.h"
#include "volumes/volumestore.h"
#include "volumes/volumetreeloader.h"
#include "volumes/volumetreemodel.h"

#include "api/commandrecord.h"

#include <QLabel>
#include <QTreeView>

namespace dx {

bool VolumeBrowser::listsByExec() const
{
    return !m_execFailed && !m_archiveListing && m_helper->runsLister(m_helperId);
}

void VolumeBrowser::listFolders(QStringList dirs, bool byUser, bool recursive)
{
    if (m_volume.isEmpty() || (!m_local && m_helperId.isEmpty()))
        return;
    if (m_loader && m_loader->isRunning()) {
        dirs += m_loader->directories();
        recursive = recursive || m_loader->isRecursive();
    }
    abandon(m_loader);
    dirs += std::exchange(m_pendingDirs, {});
    dirs.removeDuplicates();
    const bool byExec = !m_local && listsByExec();
    if (!m_local && !byExec) {
        dirs = QStringList{QString()}; // the archive of the top lists everything
        recursive = true;
    }
    m_treeLoading = true;
    m_reloadWanted = false;
    m_model->beginSync();
    VolumeTreeLoader *loader = m_local ? VolumeTreeLoader::local(m_api, m_mountpoint, dirs, recursive, this)
        : byExec                       ? VolumeTreeLoader::remote(m_api, m_helperId, dirs, recursive, this)
                                       : VolumeTreeLoader::archive(m_api, m_helperId, QString(), this);
    if (byUser) {
        const QString cli = byExec || m_local
            ? shellJoin(QStringList{QStringLiteral("docker"), QStringLiteral("exec"), m_helperId.left(12)}
                        + VolumeHelper::listerCommand(dirs, recursive))
            : shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), helperPath(QString()), QStringLiteral("-")})
                + QStringLiteral(" | tar -tv");
        loader->setUserCommand(cli, tr("List the files of volume %1 (through its helper container)").arg(m_volume));
    }
    connect(loader, &VolumeTreeLoader::entriesArrived, m_model, &VolumeTreeModel::addEntries);
    connect(loader, &VolumeTreeLoader::foldersListed, m_model, &VolumeTreeModel::markListed);
    connect(loader, &Job::finished, this, [this] { onTreeLoaded(true, {}); });
    connect(loader, &Job::failed, this, [this, byExec](const QString &message) {
        if (byExec && !m_volume.isEmpty()) {
            // The lister cannot run in this helper any more (stopped behind our back, an
            // engine that refuses exec): the archive endpoints still work on it.
            qInfo("volume listing falls back to the archive endpoint: %s", qPrintable(message));
            m_execFailed = true;
            m_pendingDirs.append(QString());
        }
        onTreeLoaded(false, message);
    });
    connect(loader, &Job::cancelled, this, [this] { onTreeLoaded(false, {}); });
    connect(loader, &Job::ended, loader, &QObject::deleteLater);
    m_loader = loader;
    loader->start();
}

void VolumeBrowser::requestFolders(const QStringList &dirs)
{
    if (m_treeLoading) {
        m_pendingDirs += dirs;
        return;
    }
    listFolders(dirs);
}

QStringList VolumeBrowser::shownFolders() const
{
    QStringList out;
    const QStringList listed = m_model->listedFolders(); // parents first
    for (const QString &dir : listed) {
        if (dir.isEmpty() || (out.contains(parentVolumePath(dir)) && m_tree->isExpanded(m_model->indexForPath(dir))))
            out.append(dir);
    }
    const QString fileDir = parentVolumePath(m_openFile);
    if (!m_openFile.isEmpty() && !out.contains(fileDir) && m_model->isListed(fileDir))
        out.append(fileDir);
    return out;
}

void VolumeBrowser::onTreeLoaded(bool complete, const QString &error)
{
    m_treeLoading = false;
    m_model->endSync();
    if (!error.isEmpty() && m_pendingDirs.isEmpty())
        showStatus(error, true);
    else if (m_status->text().isEmpty() || !complete)
        showStatus(tr("%n item(s)", nullptr, m_model->entryCount()));
    if (complete && std::exchange(m_expandWanted, false))
        m_tree->expandAll();
    // Re-read the open file when the listing says it changed (a container appended to it).
    if (!m_openFile.isEmpty() && !m_fileLoading) {
        const VolumeEntry e = m_model->entryAt(m_model->indexForPath(m_openFile));
        if (!e.path.isEmpty() && (e.size != m_openFileSize || e.mtime != m_openFileMtime))
            readFile(m_openFile, false);
    }
    emit treeLoaded(complete);
    if (m_volume.isEmpty() || m_treeLoading)
        return; // closed, or a slot of treeLoaded listed again
    if (!m_pendingDirs.isEmpty())
        listFolders({});
    else if (std::exchange(m_reloadWanted, false))
        pollOpenFolder();
}

void VolumeBrowser::refresh()
{
    listFolders(m_model->listedFolders() + QStringList{QString()}, true);
    if (!m_openFile.isEmpty())
        openFile(m_openFile);
}

void VolumeBrowser::expandAll()
{
    if (m_model->isFullyListed(QString())) {
        m_tree->expandAll();
        return;
    }
    m_expandWanted = true;
    if (m_local || !m_helperId.isEmpty())
        listFolders({QString()}, false, true);
}

void VolumeBrowser::openFile(const QString &path)
{
    readFile(path, true);
}

void VolumeBrowser::readFile(const QString &path, bool byUser)
{
    m_openFile = path;
    const VolumeEntry e = m_model->entryAt(m_model->indexForPath(path));
    m_openFileSize = e.size;
    m_openFileMtime = e.mtime;
    m_fileLoading = true;
    if (m_viewer->path() != path)
        m_viewer->showMessage(tr("Loading %1…").arg(path));
    abandon(m_reader);
    const auto start = [this, path, byUser] {
        VolumeFileReader *reader = m_local ? VolumeFileReader::local(m_api, m_mountpoint, path, -1, this)
                                           : VolumeFileReader::remote(m_api, m_helperId, path, -1, this);
        if (byUser) {
            reader->setUserCommand(shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), helperPath(path), QStringLiteral("-")})
                                       + QStringLiteral(" | tar -xO"),
                                   tr("Show a file of volume %1 (through its helper container)").arg(m_volume));
        }
        connect(reader, &Job::finished, this, [this, reader] { onPreview(reader->preview()); });
        connect(reader, &Job::failed, this, [this](const QString &message) {
            m_fileLoading = false;
            m_viewer->showMessage(message);
            emit fileFailed(message);
        });
        connect(reader, &Job::ended, reader, &QObject::deleteLater);
        m_reader = reader;
        reader->start();
    };
    if (m_local)
        start();
    else
        whenHelperReady(start);
}

void VolumeBrowser::onPreview(const FilePreview &preview)
{
    m_fileLoading = false;
    m_viewer->showPreview(preview);
    emit fileShown(preview.path);
}

void VolumeBrowser::onUsersChanged()
{
    if (m_volume.isEmpty())
        return;
    const std::optional<VolumeInfo> volume = m_store->find(m_volume);
    const QStringList running = volume ? volume->runningUsers : QStringList();
    // Docker reports no file changes; polling the open folder is the only way to see a
    // running container write. Nothing runs: nothing can change, so no polling.
    if (running.isEmpty())
        m_pollTimer.stop();
    else if (!m_pollTimer.isActive())
        m_pollTimer.start();
    // A user started or stopped: what it wrote (or its last words) shows at once.
    if (running != std::exchange(m_runningUsers, running))
        pollOpenFolder();
}

void VolumeBrowser::pollOpenFolder()
{
    if (isTransferring())
        return; // its end lists the volume again
    if (m_treeLoading) {
        m_reloadWanted = true; // never pile up, never lose the last change: once more after it
        return;
    }
    listFolders(shownFolders());
}

} // namespace dx
