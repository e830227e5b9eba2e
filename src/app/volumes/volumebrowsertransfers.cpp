// VolumeBrowser: downloads, uploads and new folders (split from volumebrowser.cpp).
#include "volumebrowser.h"

#include "volumes/volumehelper.h"
#include "volumes/volumetransfer.h"
#include "volumes/volumetreemodel.h"

#include "api/commandrecord.h"
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

void VolumeBrowser::startTransfer(VolumeTransfer *transfer, const QString &cli, const QString &description,
                                  const QString &changedDir)
{
    transfer->setUserCommand(cli, description);
    connect(transfer, &Job::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    const auto ended = [this, changedDir](bool ok, const QString &message) {
        m_progress->hide();
        updateActions();
        showStatus(message, !ok);
        // Show what arrived or what is gone.
        QStringList dirs = shownFolders();
        if (changedDir.isEmpty() || m_model->contains(changedDir))
            dirs.append(changedDir);
        listFolders(dirs);
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

void VolumeBrowser::cancelTransfer()
{
    if (m_transfer)
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
    const QString local = QDir(targetDir).filePath(name);
    const bool exists = QFileInfo::exists(local) || QFileInfo(local).isSymLink();
    if (exists && !m_askOverwrite({local}))
        return;
    // Sum of the sizes below it, for the progress bar (the archive is a bit larger); unknown
    // while folders below it were never listed.
    qint64 expected = 0;
    if (m_model->isFullyListed(volumePath)) {
        const VolumeEntries all = m_model->allEntries();
        for (const VolumeEntry &e : all) {
            if (e.path == volumePath || e.path.startsWith(volumePath + QLatin1Char('/')))
                expected += e.size;
        }
    }
    whenHelperReady([this, volumePath, targetDir, exists, expected] {
        showStatus(tr("Downloading %1…").arg(volumePath));
        startTransfer(VolumeTransfer::download(m_api, m_helperId, volumePath, targetDir, exists,
                                               expected > 0 ? expected : -1, this),
                      shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), helperPath(volumePath), targetDir}),
                      tr("Copy from volume %1 to this computer (through its helper container)").arg(m_volume));
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
        // PUT .../archive replaces silently: ask first about what exists.
        const quint64 session = m_session;
        VolumeTransfer::existingTargets(
            m_api, this, m_helperId, volumeDir, localPaths,
            [this, localPaths, volumeDir, session](const QStringList &existing, const QString &error) {
                if (session != m_session)
                    return;
                if (!error.isEmpty()) {
                    showStatus(error, true);
                    emit transferFinished(false, error);
                    return;
                }
                if (!existing.isEmpty() && !m_askOverwrite(existing)) {
                    emit transferFinished(false, tr("Nothing uploaded"));
                    return;
                }
                showStatus(tr("Uploading %n item(s)…", nullptr, int(localPaths.size())));
                startTransfer(VolumeTransfer::upload(m_api, m_helperId, volumeDir, localPaths, this),
                              shellJoin(QStringList{QStringLiteral("docker"), QStringLiteral("cp")} + localPaths
                                        + QStringList{helperPath(volumeDir)}),
                              tr("Copy into volume %1 (through its helper container)").arg(m_volume), volumeDir);
            });
    });
}

void VolumeBrowser::onNewFolderClicked()
{
    const QString dir = currentDir();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"),
                                               tr("Name of the new folder in %1:").arg(VolumeHelper::containerPath(dir)),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
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
        // What is sent: a tar holding one empty folder, unpacked into the parent folder.
        startTransfer(VolumeTransfer::createFolder(m_api, m_helperId, parentDir, name, this),
                      shellJoin({QStringLiteral("mkdir"), name}) + QStringLiteral(" && tar -c ") + shellQuote(name)
                          + QStringLiteral(" | ")
                          + shellJoin({QStringLiteral("docker"), QStringLiteral("cp"), QStringLiteral("-"),
                                       helperPath(parentDir)}),
                      tr("Create folder %1 in volume %2 (through its helper container)")
                          .arg(joinVolumePath(parentDir, name), m_volume),
                      parentDir);
    });
}

} // namespace dx
