// Images to a file and back (the offline classroom: a teacher brings python:3.12-slim on a USB
// stick). Kept apart from listing and inspecting images (imagesview.cpp).
#include "imagesview.h"

#include "images/imagearchivejob.h"
#include "images/imagefiltermodel.h"
#include "images/imagelistmodel.h"
#include "images/imagestore.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>

namespace dx {

namespace {

QString fileFilter()
{
    return ImagesView::tr("Image archives (*.tar *.tar.gz *.tgz);;All files (*)");
}

} // namespace

void ImagesView::createArchiveActions()
{
    IconProvider *icons = services()->icons();
    m_save = new QAction(icons->icon(QStringLiteral("save-as")), QString(), this);
    connect(m_save, &QAction::triggered, this, &ImagesView::saveSelected);
    m_load = new QAction(icons->icon(QStringLiteral("open")), QString(), this);
    connect(m_load, &QAction::triggered, this, &ImagesView::loadFromFile);

    m_transferLabel = new QLabel(m_transferBar);
    m_transferProgress = new QProgressBar(m_transferBar);
    m_transferCancel = new QPushButton(QString(), m_transferBar);
    connect(m_transferCancel, &QPushButton::clicked, this, &ImagesView::cancelTransfer);
    auto *row = new QHBoxLayout(m_transferBar);
    row->setContentsMargins(6, 2, 6, 2);
    row->addWidget(m_transferLabel);
    row->addWidget(m_transferProgress, 1);
    row->addWidget(m_transferCancel);
    m_transferBar->hide();
    retranslate(this, [=] {
        m_save->setText(tr("Save…"));
        m_save->setToolTip(tr("Write the selected images, with all their layers and names, into a .tar or .tar.gz file "
                              "(docker save) — for a computer without internet"));
        m_load->setText(tr("Load…"));
        m_load->setToolTip(tr("Read images from a file written by docker save (docker load)"));
        m_transferCancel->setText(tr("Cancel"));
        m_transferCancel->setToolTip(tr("Stop the transfer; a file being saved is not left behind"));
    });
}

bool ImagesView::isTransferring() const
{
    return m_transfer && !m_transfer->hasEnded();
}

QStringList ImagesView::selectedReferences() const
{
    QStringList references;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const ImageSummary image = m_store->model()->imageAt(m_proxy->mapToSource(index).row());
        QStringList tags;
        for (const QString &tag : image.repoTags) {
            if (tag != QLatin1String("<none>:<none>"))
                tags.append(tag);
        }
        // The names travel with the image only when it is saved by them; by id it loads nameless.
        references << (tags.isEmpty() ? QStringList{image.shortId()} : tags);
    }
    references.removeDuplicates();
    return references;
}

void ImagesView::saveSelected()
{
    const QStringList references = selectedReferences();
    if (references.isEmpty() || isTransferring())
        return;
    QString suggested = references.constFirst();
    suggested.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char(':'), QLatin1Char('_'));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Images"), dir + QLatin1Char('/') + suggested
                                                                                   + QStringLiteral(".tar"), fileFilter());
    if (!file.isEmpty())
        saveSelectedTo(file);
}

void ImagesView::saveSelectedTo(const QString &file)
{
    const QStringList references = selectedReferences();
    if (references.isEmpty() || isTransferring())
        return;
    qint64 bytes = 0;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        bytes += m_store->model()->imageAt(m_proxy->mapToSource(index).row()).size;
    startTransfer(ImageArchiveJob::save(services()->session()->api(), references, file, bytes, this));
}

void ImagesView::loadFromFile()
{
    if (isTransferring())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getOpenFileName(this, tr("Load Images"), dir, fileFilter());
    if (!file.isEmpty())
        loadFrom(file);
}

void ImagesView::loadFrom(const QString &file)
{
    if (!isTransferring())
        startTransfer(ImageArchiveJob::load(services()->session()->api(), file, this));
}

void ImagesView::cancelTransfer()
{
    if (m_transfer)
        m_transfer->cancel();
}

void ImagesView::startTransfer(ImageArchiveJob *job)
{
    m_transfer = job;
    showMessage(QString());
    m_transferLabel->setText(job->title());
    m_transferProgress->setRange(0, 0);
    m_transferProgress->setFormat(QString());
    m_transferBar->show();
    updateState();
    connect(job, &Job::progress, this, [this](qint64 done, qint64 total) {
        const QLocale locale;
        if (total > 0) {
            m_transferProgress->setRange(0, 100); // percent: an int cannot hold the bytes of a big image
            m_transferProgress->setValue(int(qMin<qint64>(100, done * 100 / total)));
            m_transferProgress->setFormat(tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
        } else {
            m_transferProgress->setFormat(locale.formattedDataSize(done));
        }
    });
    connect(job, &Job::ended, this, [this, job] {
        job->deleteLater();
        m_transferBar->hide();
        bool ok = false;
        QString message;
        switch (job->state()) {
        case Job::State::Finished:
            ok = true;
            message = job->result().toString();
            if (job->kind() == ImageArchiveJob::Kind::Load && !job->loaded().isEmpty()) {
                // The first image loaded is the one to look at; the store may see it only later.
                if (!selectImage(job->loaded().constFirst()))
                    emit services()->showImageRequested(job->loaded().constFirst());
            }
            break;
        case Job::State::Cancelled:
            message = job->kind() == ImageArchiveJob::Kind::Save ? tr("Saving was cancelled; no file was written.")
                                                                 : tr("Loading was cancelled.");
            break;
        default:
            message = job->errorString();
            break;
        }
        showMessage(message, !ok && job->state() == Job::State::Failed);
        updateState();
        emit transferEnded(ok, message);
    });
    job->start();
}

} // namespace dx
