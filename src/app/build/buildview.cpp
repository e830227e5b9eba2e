#include "buildview.h"

#include "build/buildhistorymodel.h"
#include "build/buildlogmodel.h"
#include "build/buildstepmodel.h"
#include "build/layermapfetcher.h"
#include "buildlogview.h"
#include "buildoptionspanel.h"
#include "engine/engine.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QtConcurrent>

namespace dx {

BuildView::BuildView(AppServices *services, QWidget *parent)
    : View(services, parent)
    , m_runner(new BuildRunner(services->engine(), this))
    , m_fetcher(new LayerMapFetcher(services->engine(), this))
    , m_log(new BuildLogModel(this))
    , m_steps(new BuildStepModel(this))
    , m_history(new BuildHistoryModel(QString(), this))
{
    m_log->setColors(Theme::danger(), Theme::danger(), Theme::success());
    buildUi();

    const QString dockerfile = services->dockerfilePath();
    QString context = services->contextDir();
    if (context.isEmpty() && !dockerfile.isEmpty())
        context = QFileInfo(dockerfile).absolutePath();
    m_options->setContextDir(context);
    m_options->setDockerfilePath(dockerfile);

    connect(services, &AppServices::dockerfileChanged, this, [this](const QString &path, const QString &dir) {
        m_options->setDockerfilePath(path);
        m_options->setContextDir(dir.isEmpty() ? QFileInfo(path).absolutePath() : dir);
    });
    connect(services, &AppServices::buildRequested, this, [this, services] {
        // The lesson asks for its tag (demo_image); take it once.
        if (!services->requestedBuildTag().isEmpty()) {
            m_options->setTags({services->requestedBuildTag()});
            services->setRequestedBuildTag({});
        }
        m_options->setUseEditorText(true);
        startBuild();
    });
    connect(m_options, &BuildOptionsPanel::optionsChanged, this, [this] {
        updateCommand();
        scheduleScan();
    });
    connect(m_options, &BuildOptionsPanel::builderChanged, this, [this](BuildOptions::Builder b) {
        for (QAction *a : m_builderGroup->actions()) {
            if (a->data().toInt() == int(b))
                a->setChecked(true);
        }
    });
    connect(services->engine(), &Engine::infoChanged, this, &BuildView::updateCommand);
    connect(m_runner, &BuildRunner::eventsReceived, this, &BuildView::onEvents);
    connect(m_runner, &BuildRunner::finished, this, &BuildView::onFinished);
    connect(m_runner, &BuildRunner::noteAdded, this, [this](const QString &note) {
        showMessage(note, false);
        m_log->appendLine(QStringLiteral("# ") + note);
        m_steps->reset(m_parsed);
    });
    connect(m_runner, &BuildRunner::scanned, this, [this](qint64 files, qint64 bytes, const QStringList &warnings) {
        m_options->setContextSummary(tr("%n file(s), %1", nullptr, int(files)).arg(QLocale().formattedDataSize(bytes)),
                                     warnings, false);
    });
    connect(m_fetcher, &LayerMapFetcher::mapped, this, &BuildView::onLayersMapped);
    connect(m_fetcher, &LayerMapFetcher::failed, this, [this](const QString &message) {
        showMessage(tr("Cannot map lines to layers: %1").arg(message), true);
    });
    connect(m_log, &BuildLogModel::flushed, m_logView, &BuildLogView::scrollToEndIfFollowing);
    connect(m_history, &BuildHistoryModel::logLoaded, this, [this](const QString &id, const QString &log) {
        const int row = m_history->rowOf(id);
        if (!m_runner->isRunning() && id == m_buildId && row >= 0)
            m_log->setPlainText(log, m_history->recordAt(row).error);
    });
    connect(m_steps, &BuildStepModel::stepFailed, this, [this](int row) {
        const int line = m_steps->stepAt(row).line;
        m_openFailed->setVisible(line > 0);
        m_openFailed->setText(tr("Open failed line %1").arg(line));
        m_openFailed->setProperty("row", row);
    });

    updateCommand();
    scheduleScan();
    // The latest build is what the user (and the screenshot) wants to see first.
    if (m_history->rowCount() > 0)
        showHistoryEntry(m_history->index(0));
}

BuildView::~BuildView()
{
    m_runner->cancel();
    m_history->waitForWrites();
}

bool BuildView::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        m_options->setContextDir(info.absoluteFilePath());
        m_options->setDockerfilePath(QString());
        return true;
    }
    if (info.isFile()) {
        m_options->setContextDir(info.absolutePath());
        m_options->setDockerfilePath(info.absoluteFilePath());
        return true;
    }
    return false;
}

void BuildView::activated()
{
    updateCommand();
    scheduleScan();
}

QList<QAction *> BuildView::toolBarActions() const
{
    return {m_buildAction, m_cancelAction, m_clearAction, m_builderAction};
}

QString BuildView::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool BuildView::isBuilding() const
{
    return m_runner->isRunning();
}

BuildOptions BuildView::currentOptions() const
{
    BuildOptions o = m_options->options();
    o.labels += m_extraLabels;
    if (o.useDockerfileText) {
        const QString text = services()->dockerfileText();
        const bool sameFile = services()->dockerfilePath().isEmpty()
            || QFileInfo(services()->dockerfilePath()) == QFileInfo(o.absoluteDockerfile());
        // The editor's text only stands in for the file it was loaded from.
        if (text.isEmpty() || !sameFile)
            o.useDockerfileText = false;
        else
            o.dockerfileText = text.toUtf8();
    }
    return o;
}

QByteArray BuildView::dockerfileBytes(const BuildOptions &options) const
{
    if (options.useDockerfileText)
        return options.dockerfileText;
    QFile file(options.absoluteDockerfile());
    // Dockerfiles are small; the cap keeps a wrong path (a disk image) from stalling the UI.
    return file.open(QIODevice::ReadOnly) ? file.read(1024 * 1024) : QByteArray();
}

void BuildView::updateCommand()
{
    const BuildOptions o = currentOptions();
    m_options->setCommandLine(o.commandLine(m_runner->wouldUseBuildKit(o)));
    QStringList stages;
    for (const Instruction &in : DockerfileParser::parse(dockerfileBytes(o)).instructions) {
        if (in.name == QLatin1String("from") && in.args.size() >= 3)
            stages.append(in.args.at(2));
    }
    m_options->setStages(stages);
}

void BuildView::scheduleScan()
{
    m_scanDebounce->start();
}

void BuildView::runScan()
{
    const BuildOptions o = currentOptions();
    if (o.contextDir.isEmpty()) {
        m_options->setContextSummary(tr("Choose a context folder"), {}, false);
        return;
    }
    const quint64 generation = ++m_scanGeneration;
    auto *watcher = new QFutureWatcher<ContextScan>(this);
    connect(watcher, &QFutureWatcher<ContextScan>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_scanGeneration)
            return;
        const ContextScan scan = watcher->result();
        if (!scan.ok())
            m_options->setContextSummary(scan.errorString, {}, true);
        else
            m_options->setContextSummary(tr("%n file(s), %1", nullptr, int(scan.fileCount))
                                             .arg(QLocale().formattedDataSize(scan.totalBytes)),
                                         scan.warnings, false);
    });
    watcher->setFuture(QtConcurrent::run([o] { return BuildRunner::scanContext(o); }));
}

void BuildView::startBuild()
{
    if (m_runner->isRunning())
        return;
    BuildOptions o = currentOptions();
    if (o.contextDir.isEmpty()) {
        showMessage(tr("Choose a build context folder first"), true);
        return;
    }
    m_running = o;
    m_runningDockerfile = o.absoluteDockerfile();
    m_parsed = DockerfileParser::parse(dockerfileBytes(o));
    m_steps->reset(m_parsed);
    m_log->clear();
    m_layers->removeRows(0, m_layers->rowCount());
    m_layerMap.clear();
    m_openFailed->setVisible(false);
    m_historyView->clearSelection();
    m_buildId = BuildHistoryModel::newId();
    const bool buildKit = m_runner->wouldUseBuildKit(o);
    services()->logCommand(o.commandLine(buildKit), tr("Build an image"));
    if (services()->engine()->info().podman && o.builder == BuildOptions::Builder::BuildKit)
        showMessage(tr("Podman builds through the classic endpoint"), false);
    else
        showMessage(QString(), false);
    m_status->setText(tr("Scanning the context…"));
    m_progress->setFormat(tr("%v/%m steps"));
    m_progress->setRange(0, 0);
    m_buildAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_tabs->setCurrentIndex(0);
    m_tick->start();
    m_runner->start(o);
}

void BuildView::cancelBuild()
{
    if (!m_runner->isRunning())
        return;
    m_status->setText(tr("Cancelling…"));
    m_runner->cancel();
}

void BuildView::clearOutput()
{
    if (m_runner->isRunning())
        return;
    m_log->clear();
    m_steps->reset({});
    m_layers->removeRows(0, m_layers->rowCount());
    m_openFailed->setVisible(false);
    m_status->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    showMessage(QString(), false);
}

void BuildView::onEvents(const QList<BuildEvent> &events)
{
    m_log->appendEvents(events);
    m_steps->apply(events);
}

void BuildView::onTick()
{
    const double total = double(m_steps->elapsedMs()) / 1000.0;
    if (m_runner->isRunning()) {
        const int expected = m_steps->expectedCount();
        if (m_steps->rowCount() > 0 && expected > 0) {
            m_progress->setRange(0, expected);
            m_progress->setValue(m_steps->finishedCount());
        }
        const qint64 sent = m_runner->uploadedBytes();
        m_status->setText(tr("Building… %1 s · context sent: %2")
                              .arg(total, 0, 'f', 1).arg(QLocale().formattedDataSize(sent)));
        m_steps->tick();
    }
}

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
        if (m_log->rowCount() == 0 || !m_log->lineAt(m_log->rowCount() - 1).text.contains(result.error.left(40)))
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
        const QList<int> cached = m_steps->cachedLines();
        m_fetcher->fetch(result.imageId, m_parsed, m_running.target, QSet<int>(cached.begin(), cached.end()));
    }
    emit buildFinished(result);
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
    services()->setLineLayers(infos);
    emit layerMapReady();
}

void BuildView::showMessage(const QString &text, bool error)
{
    m_message->setVisible(!text.isEmpty());
    m_message->setText(text);
    const QColor c = error ? Theme::danger() : Theme::accent();
    m_message->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; border-radius: 3px; padding: 4px; }")
                                 .arg(c.name()));
}

void BuildView::showHistoryEntry(const QModelIndex &index)
{
    if (!index.isValid() || m_runner->isRunning())
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
