// What a finished build leaves behind: the history record, the line -> layer map, and the
// earlier builds shown again. Kept apart from starting and following a build (buildview.cpp).
#include "buildview.h"

#include "api/dockerapi.h"
#include "build/buildhistorymodel.h"
#include "build/buildlogmodel.h"
#include "build/buildstepmodel.h"
#include "build/layermapfetcher.h"
#include "images/imagelayersjob.h"
#include "images/layerfilespanel.h"
#include "images/imagestore.h"
#include "session/enginesession.h"
#include "shell/appservices.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>

namespace dx {

void BuildView::onFinished(const BuildResult &result)
{
    m_tick->stop();
    m_log->flush();
    m_steps->finish(result.ok);
    m_buildAction->setEnabled(true);
    m_cancelAction->setEnabled(false);
    const int expected = qMax(1, m_steps->expectedCount());
    m_progress->setRange(0, expected);
    m_progress->setValue(result.ok ? expected : m_steps->finishedCount());
    const double seconds = double(result.elapsedMs) / 1000.0;
    if (result.ok) {
        m_status->setText(tr("Built %1 in %2 s").arg(result.imageId.left(19)).arg(seconds, 0, 'f', 1));
        if (!result.note.isEmpty())
            showMessage(result.note, false);
    } else if (result.canceled) {
        m_status->setText(tr("Cancelled after %1 s").arg(seconds, 0, 'f', 1));
        m_log->appendLine(tr("Build cancelled"), BuildEvent::Kind::Error);
    } else {
        m_status->setText(tr("Failed after %1 s").arg(seconds, 0, 'f', 1));
        showMessage(result.error, true);
        // The engine's stream usually ends with its own error lines (BuildKit's "------" block
        // and "ERROR: ..."): the message is added only when none of the last lines holds it.
        const QString start = result.error.left(40);
        bool shown = false;
        for (int row = m_log->rowCount() - 1; row >= qMax(0, m_log->rowCount() - 40) && !shown; --row)
            shown = m_log->lineAt(row).text.contains(start);
        if (!shown)
            m_log->appendLine(result.error, BuildEvent::Kind::Error);
    }
    m_log->flush();

    BuildRecord record;
    record.id = m_buildId;
    record.tags = m_running.tags;
    record.dockerfile = m_runningDockerfile;
    record.contextDir = m_running.contextDir;
    record.started = QDateTime::currentDateTime().addMSecs(-result.elapsedMs);
    record.durationMs = result.elapsedMs;
    record.result = result.ok ? BuildRecord::Result::Succeeded
                              : result.canceled ? BuildRecord::Result::Canceled : BuildRecord::Result::Failed;
    record.imageId = result.imageId;
    record.error = result.error;
    record.buildKit = result.buildKit;
    record.steps = m_steps->rowCount();
    record.cachedSteps = m_steps->cachedLines().size();
    record.stepTable = m_steps->saveSteps();
    m_history->add(record, m_log->toPlainText());
    {
        const QSignalBlocker block(m_historyView->selectionModel());
        m_historyView->setCurrentIndex(m_history->index(0));
    }

    if (result.ok && !result.imageId.isEmpty()) {
        // A build without a tag makes no image event: tell the shared store about the image.
        services()->session()->images()->fetch(result.imageId);
        startLayerMap(result.imageId);
    }
    emit buildFinished(result);
}

void BuildView::startLayerMap(const QString &imageId)
{
    m_mappedImage = imageId;
    const QList<int> cached = m_steps->cachedLines();
    DockerApi *api = services()->session()->api();
    auto *fetcher = new LayerMapFetcher(api, imageId, m_parsed, m_running.target,
                                        QSet<int>(cached.begin(), cached.end()), this);
    m_fetcher = fetcher;
    connect(fetcher, &LayerMapFetcher::mapped, this, &BuildView::onLayersMapped);
    connect(fetcher, &Job::failed, this, [this](const QString &message) {
        showMessage(tr("Cannot map lines to layers: %1").arg(message), true);
    });
    connect(fetcher, &Job::ended, fetcher, &QObject::deleteLater);
    api->trackJob(fetcher);
    fetcher->start();
}

void BuildView::onLayersMapped(const QList<LayerMapEntry> &entries)
{
    m_layerMap = entries;
    QList<LineLayerInfo> infos;
    m_layers->removeRows(0, m_layers->rowCount());
    for (const LayerMapEntry &e : entries) {
        LineLayerInfo i;
        i.startLine = e.startLine;
        i.endLine = e.endLine;
        i.instruction = e.instruction;
        i.historyId = e.historyId;
        i.layerDigest = e.layerDigest;
        i.size = e.size;
        i.cached = e.cached;
        i.emptyLayer = e.emptyLayer;
        infos.append(i);
        QList<QStandardItem *> row;
        auto *line = new QStandardItem;
        line->setData(e.startLine, Qt::DisplayRole);
        row << line << new QStandardItem(e.instruction)
            << new QStandardItem(e.layerDigest.isEmpty() ? tr("no layer") : e.layerDigest.left(19))
            << new QStandardItem(QLocale().formattedDataSize(e.size))
            << new QStandardItem(e.cached ? tr("yes") : tr("no"));
        row[2]->setToolTip(e.layerDigest);
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_layers->appendRow(row);
    }
    services()->setLineLayersImage(m_mappedImage);
    services()->setLineLayers(m_runningDockerfile, infos);
    emit layerMapReady();
    readLayerFiles(entries);
}

void BuildView::readLayerFiles(const QList<LayerMapEntry> &entries)
{
    // What each line's layer holds, so hovering the line shows it; a big image only when
    // its layers are opened in Images.
    qint64 bytes = 0;
    for (const LayerMapEntry &e : entries)
        bytes += e.size;
    if (m_mappedImage.isEmpty() || bytes > LayerFilesPanel::AutoReadBytes)
        return;
    auto *job = new ImageLayersJob(services()->session()->api(), m_mappedImage, bytes, CallContext::internal(), this);
    connect(job, &Job::finished, this, [this, job] { services()->addLayerFiles(job->report()); });
    connect(job, &Job::ended, job, &QObject::deleteLater);
    job->start();
}

void BuildView::showHistoryEntry(const QModelIndex &index)
{
    if (!index.isValid() || isBuilding())
        return;
    const BuildRecord &r = m_history->recordAt(index.row());
    m_buildId = r.id;
    // The failed-line button opens the Dockerfile this build used.
    m_runningDockerfile = r.dockerfile;
    m_layers->removeRows(0, m_layers->rowCount());
    m_openFailed->setVisible(false);
    m_steps->restoreSteps(r.stepTable); // shows the button again when a step failed
    m_status->setText(tr("%1 · %2 s · %3").arg(BuildHistoryModel::resultText(r.result))
                          .arg(double(r.durationMs) / 1000.0, 0, 'f', 1)
                          .arg(r.imageId.isEmpty() ? r.error.left(120) : r.imageId.left(19)));
    m_progress->setRange(0, 1);
    m_progress->setValue(r.result == BuildRecord::Result::Succeeded ? 1 : 0);
    m_progress->setFormat(r.steps > 0 ? tr("%n step(s), %1 cached", nullptr, r.steps).arg(r.cachedSteps)
                                      : BuildHistoryModel::resultText(r.result));
    showMessage(QString(), false);
    m_history->loadLog(r.id);
}

void BuildView::openStepLine(int row)
{
    if (row < 0 || row >= m_steps->rowCount())
        return;
    const int line = m_steps->stepAt(row).line;
    if (line > 0)
        emit services()->openInEditorRequested(m_runningDockerfile, line);
}

} // namespace dx
