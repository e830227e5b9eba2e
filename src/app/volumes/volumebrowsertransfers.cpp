// VolumeBrowser: downloads, uploads and new folders (split from volumebrowser.cpp).
#include "volumebrowser.h"

#include "volumes/volumehelper.h"
#include "volumes/volumetransfer.h"
#include "volumes/volumetreemodel.h"

#include "shell/appservices.h"
#include "streams/containerpathstat.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QProgressBar>
#include <QTreeView>

#include <memory>

namespace dx {

namespace {
QString cliPath(const QString &volumePath)
{
    return VolumeHelper::containerPath(volumePath);
}
} // namespace

void VolumeBrowser::startTransfer()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    updateActions();
}

void VolumeBrowser::cancelTransfer()
{
    m_transfer->cancel();
}

void VolumeBrowser::onDownloadClicked()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QString target = QFileDialog::getExistingDirectory(this, tr("Download %1 to").arg(path));
    if (!target.isEmpty())
        downloadTo(path, target);
}

void VolumeBrowser::downloadTo(const QString &volumePath, const QString &targetDir)
{
    const QString name = volumePath.mid(volumePath.lastIndexOf(QLatin1Char('/')) + 1);
    const bool exists = QFileInfo::exists(QDir(targetDir).filePath(name))
            || QFileInfo(QDir(targetDir).filePath(name)).isSymLink();
    if (exists && !m_askOverwrite({QDir(targetDir).filePath(name)}))
        return;
    // Sum of the sizes below it, for the progress bar (the archive is a bit larger).
    qint64 expected = 0;
    const VolumeEntries all = m_model->allEntries();
    for (const VolumeEntry &e : all) {
        if (e.path == volumePath || e.path.startsWith(volumePath + QLatin1Char('/')))
            expected += e.size;
    }
    whenHelperReady([this, volumePath, targetDir, exists, expected] {
        m_services->logCommand(QStringLiteral("docker cp %1:%2 %3").arg(m_helperId.left(12), cliPath(volumePath), targetDir),
                               tr("Copy from the volume to this computer (through the helper container)"));
        showStatus(tr("Downloading %1…").arg(volumePath));
        m_transfer->download(m_helperId, volumePath, targetDir, exists, expected > 0 ? expected : -1);
        startTransfer();
    });
}

void VolumeBrowser::onUploadClicked(bool folder)
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

void VolumeBrowser::uploadPaths(const QStringList &localPaths, const QString &volumeDir)
{
    whenHelperReady([this, localPaths, volumeDir] {
        // Stat every top-level name first: PUT .../archive replaces silently.
        struct Pending
        {
            int left = 0;
            QStringList existing;
            QString error;
        };
        auto state = std::make_shared<Pending>();
        state->left = int(localPaths.size());
        const quint64 session = m_session;
        auto go = [this, localPaths, volumeDir, state, session] {
            if (session != m_session)
                return;
            if (!state->error.isEmpty()) {
                showStatus(state->error, true);
                emit transferFinished(false, state->error);
                return;
            }
            if (!state->existing.isEmpty() && !m_askOverwrite(state->existing)) {
                emit transferFinished(false, tr("Nothing uploaded"));
                return;
            }
            QStringList names;
            for (const QString &p : localPaths)
                names.append(p);
            m_services->logCommand(QStringLiteral("docker cp %1 %2:%3")
                                           .arg(names.join(QLatin1Char(' ')), m_helperId.left(12), cliPath(volumeDir)),
                                   tr("Copy into the volume (through the helper container)"));
            showStatus(tr("Uploading %n item(s)…", nullptr, int(localPaths.size())));
            m_transfer->upload(m_helperId, volumeDir, localPaths);
            startTransfer();
        };
        for (const QString &p : localPaths) {
            const QString inVolume = joinVolumePath(volumeDir, QFileInfo(p).fileName());
            VolumeTransfer::stat(m_services->engine(), this, m_helperId, inVolume,
                                 [state, inVolume, go](const std::optional<ContainerPathStat> &st, const QString &error) {
                                     if (st)
                                         state->existing.append(inVolume);
                                     if (!error.isEmpty())
                                         state->error = error;
                                     if (--state->left == 0)
                                         go();
                                 });
        }
    });
}

void VolumeBrowser::onNewFolderClicked()
{
    const QString dir = currentDir();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"),
                                               tr("Name of the new folder in %1:").arg(cliPath(dir)),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (ok && !name.isEmpty())
        createFolder(dir, name);
}

void VolumeBrowser::createFolder(const QString &parentDir, const QString &name)
{
    if (name.contains(QLatin1Char('/')) || name == QLatin1String(".") || name == QLatin1String("..")) {
        showStatus(tr("A folder name cannot contain \"/\" or be \".\" or \"..\"."), true);
        emit transferFinished(false, statusText());
        return;
    }
    if (m_model->contains(joinVolumePath(parentDir, name))) {
        showStatus(tr("%1 already exists.").arg(joinVolumePath(parentDir, name)), true);
        emit transferFinished(false, statusText());
        return;
    }
    whenHelperReady([this, parentDir, name] {
        m_services->logCommand(QStringLiteral("docker exec <container> mkdir %1").arg(cliPath(joinVolumePath(parentDir, name))),
                               tr("Create a folder (sent as a tar with one folder to the helper container)"));
        m_transfer->createFolder(m_helperId, parentDir, name);
        startTransfer();
    });
}

} // namespace dx
