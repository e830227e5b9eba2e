// VolumesView: export, import and clone of whole volumes (split from volumesview.cpp).
#include "volumesview.h"

#include "volumebrowser.h"
#include "volumes/volumebackupjob.h"
#include "volumes/volumehelper.h"
#include "volumes/volumelistmodel.h"
#include "volumes/volumestore.h"

#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>

namespace dx {

namespace {
QString archiveFilter()
{
    return VolumesView::tr("Tar archives (*.tar *.tar.gz *.tgz);;All files (*)");
}

// A volume name from an archive's file name: "db-backup.tar.gz" → "db-backup".
QString volumeNameFor(const QString &file)
{
    QString name = QFileInfo(file).fileName();
    for (const char *suffix : {".tar.gz", ".tgz", ".tar"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            name.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    }
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("-"));
    return name;
}
} // namespace

void VolumesView::setUpBackupActions()
{
    IconProvider *icons = services()->icons();
    m_export = new QAction(icons->icon(QStringLiteral("download")), QString(), this);
    connect(m_export, &QAction::triggered, this, &VolumesView::onExportClicked);
    m_import = new QAction(icons->icon(QStringLiteral("upload")), QString(), this);
    connect(m_import, &QAction::triggered, this, &VolumesView::onImportClicked);
    m_clone = new QAction(icons->icon(QStringLiteral("copy")), QString(), this);
    connect(m_clone, &QAction::triggered, this, &VolumesView::onCloneClicked);
    m_table->addAction(m_export);
    m_table->addAction(m_clone);

    m_backupBar = new QWidget(this);
    auto *row = new QHBoxLayout(m_backupBar);
    row->setContentsMargins(6, 2, 6, 2);
    m_backupLabel = new QLabel(m_backupBar);
    m_backupProgress = new QProgressBar(m_backupBar);
    m_backupProgress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_backupCancel = new QPushButton(icons->icon(QStringLiteral("cancel")), QString(), m_backupBar);
    connect(m_backupCancel, &QPushButton::clicked, this, &VolumesView::cancelBackup);
    row->addWidget(m_backupLabel, 1);
    row->addWidget(m_backupProgress);
    row->addWidget(m_backupCancel);
    m_backupBar->hide();
    retranslate(this, [=] {
        m_export->setText(tr("Export…"));
        m_export->setToolTip(tr("Save everything in the volume to a .tar or .tar.gz file, with owners, modes and times"));
        m_import->setText(tr("Import…"));
        m_import->setToolTip(tr("Unpack a .tar or .tar.gz file into a new or empty volume"));
        m_clone->setText(tr("Clone…"));
        m_clone->setToolTip(tr("Copy everything in the volume into a new volume"));
        m_backupCancel->setText(tr("Cancel"));
        m_backupCancel->setToolTip(tr("Stop the running export, import or clone"));
    });
}

void VolumesView::onExportClicked()
{
    const QString volume = selectedVolume();
    if (volume.isEmpty())
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Volume %1").arg(volume),
                                                      volume + QStringLiteral(".tar.gz"), archiveFilter());
    if (!file.isEmpty())
        exportVolume(volume, file);
}

void VolumesView::onImportClicked()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Archive into a Volume"), QString(), archiveFilter());
    if (file.isEmpty())
        return;
    bool ok = false;
    // A new volume named after the file is the safe default; an existing one can be typed.
    const QString volume = QInputDialog::getText(this, tr("Import into Volume"),
                                                 tr("Volume to unpack %1 into (created when it does not exist):")
                                                     .arg(QFileInfo(file).fileName()),
                                                 QLineEdit::Normal, volumeNameFor(file), &ok).trimmed();
    if (ok && !volume.isEmpty())
        importArchive(file, volume);
}

void VolumesView::onCloneClicked()
{
    const QString source = selectedVolume();
    if (source.isEmpty())
        return;
    bool ok = false;
    const QString target = QInputDialog::getText(this, tr("Clone Volume"),
                                                 tr("Name of the new volume that gets a copy of everything in %1:").arg(source),
                                                 QLineEdit::Normal, source + QStringLiteral("-copy"), &ok).trimmed();
    if (ok && !target.isEmpty())
        cloneVolume(source, target);
}

void VolumesView::exportVolume(const QString &volume, const QString &file)
{
    if (isBackupRunning())
        return;
    auto *job = VolumeBackupJob::exportVolume(services()->session()->api(), m_browser->helper(), volume, file, this);
    if (const std::optional<VolumeInfo> info = m_store->find(volume))
        job->setExpectedBytes(info->size);
    m_backupLabel->setText(tr("Exporting %1 to %2…").arg(volume, QFileInfo(file).fileName()));
    startBackup(job);
}

void VolumesView::importArchive(const QString &file, const QString &volume, bool overwrite)
{
    if (isBackupRunning())
        return;
    auto *job = VolumeBackupJob::importVolume(services()->session()->api(), m_browser->helper(), file, volume,
                                              overwrite, this);
    connect(job, &Job::failed, this, [this, job, file, volume] {
        if (!job->refusedNotEmpty())
            return;
        // Asked once the job has ended (it looked into the volume: a listing, not a command).
        QMetaObject::invokeMethod(this, [this, file, volume] {
            if (m_confirm(tr("Volume Not Empty"),
                          tr("Volume %1 already holds files. Import %2 anyway?\n\nFiles of the archive replace "
                             "files of the same name; the other files stay.")
                              .arg(volume, QFileInfo(file).fileName())))
                importArchive(file, volume, true);
        }, Qt::QueuedConnection);
    });
    m_backupLabel->setText(tr("Importing %1 into %2…").arg(QFileInfo(file).fileName(), volume));
    startBackup(job);
}

void VolumesView::cloneVolume(const QString &source, const QString &target)
{
    if (isBackupRunning())
        return;
    auto *job = VolumeBackupJob::cloneVolume(services()->session()->api(), m_browser->helper(), source, target, this);
    if (const std::optional<VolumeInfo> info = m_store->find(source))
        job->setExpectedBytes(info->size);
    m_backupLabel->setText(tr("Cloning %1 to %2…").arg(source, target));
    startBackup(job);
}

void VolumesView::cancelBackup()
{
    if (m_backup)
        m_backup->cancel();
}

void VolumesView::startBackup(VolumeBackupJob *job)
{
    m_backup = job;
    connect(job, &Job::progress, this, [this](qint64 done, qint64 total) {
        m_backupProgress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_backupProgress->setValue(int(done * 1000 / total));
        m_backupProgress->setFormat(QLocale().formattedDataSize(done));
        m_backupProgress->setTextVisible(true);
        emit backupProgress(done, total);
    });
    const auto ended = [this](bool ok, const QString &message) {
        m_backup = nullptr;
        m_backupBar->hide();
        showMessage(message, !ok);
        updateActions();
        emit backupFinished(ok, message);
    };
    connect(job, &Job::finished, this, [ended](const QVariant &result) { ended(true, result.toString()); });
    connect(job, &Job::failed, this, [ended, job](const QString &message) {
        ended(false, job->refusedNotEmpty() ? tr("Nothing imported: %1").arg(message) : message);
    });
    connect(job, &Job::cancelled, this, [ended, kind = job->kind()] {
        switch (kind) {
        case VolumeBackupJob::Kind::Export: ended(false, tr("Export cancelled: no file was written.")); break;
        case VolumeBackupJob::Kind::Import: ended(false, tr("Import cancelled: what was unpacked so far stays in the volume.")); break;
        case VolumeBackupJob::Kind::Clone: ended(false, tr("Clone cancelled: the new volume holds what was copied so far.")); break;
        }
    });
    connect(job, &Job::ended, job, &QObject::deleteLater);
    m_backupProgress->setRange(0, 0);
    m_backupProgress->setTextVisible(false);
    m_backupBar->show();
    showMessage({});
    updateActions();
    job->start();
}

} // namespace dx
