#include "buildview.h"

#include "api/dockerapi.h"
#include "build/buildhistorymodel.h"
#include "build/buildlogmodel.h"
#include "build/buildstepmodel.h"
#include "build/layermapfetcher.h"
#include "buildlogview.h"
#include "buildoptionspanel.h"
#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/settings.h"
#include "shell/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
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
#include <QRegularExpression>
#include <QSplitter>
#include <QTimer>
#include <QtConcurrent>

namespace dx {

BuildView::BuildView(AppServices *services, QWidget *parent)
    : View(services, parent)
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
        // Another Dockerfile: the tag it was built with last, or none (never the previous
        // file's tag, which would name a different image).
        m_options->setTags(rememberedTag().isEmpty() ? QStringList() : QStringList{rememberedTag()});
    });
    connect(services, &AppServices::buildRequested, this, &BuildView::buildRequested);
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
    connect(m_log, &BuildLogModel::flushed, m_logView, &BuildLogView::scrollToEndIfFollowing);
    connect(m_history, &BuildHistoryModel::logLoaded, this, [this](const QString &id, const QString &log) {
        const int row = m_history->rowOf(id);
        if (!isBuilding() && id == m_buildId && row >= 0)
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
    if (m_runner)
        m_runner->cancel();
    if (m_fetcher)
        m_fetcher->cancel();
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
    return m_runner && m_runner->isRunning();
}

bool BuildView::usesBuildKit(const BuildOptions &options) const
{
    return options.usesBuildKit(services()->engine()->info());
}

BuildOptions BuildView::currentOptions() const
{
    BuildOptions o = m_options->options();
    o.labels += m_extraLabels;
    if (o.useDockerfileText) {
        const QString text = services()->dockerfileText();
        const bool sameFile = services()->dockerfilePath().isEmpty()
            || QFileInfo(services()->dockerfilePath()) == QFileInfo(o.absoluteDockerfile());
        // The editor's text only stands in for the file it was loaded from, and only when it
        // is not what is saved: a saved file builds as itself (`docker build -f FILE`), unsaved
        // text as `docker build -f- … <<'EOF'`, so the command shown makes the same image.
        o.useDockerfileText = false;
        if (!text.isEmpty() && sameFile) {
            o.dockerfileText = text.toUtf8();
            o.useDockerfileText = dockerfileBytes(o) != o.dockerfileText;
        }
    }
    return o;
}

QByteArray BuildView::dockerfileBytes(const BuildOptions &options)
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
    m_options->setCommandLine(o.parameters(usesBuildKit(o)).commandLine());
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
    watcher->setFuture(QtConcurrent::run([o] { return o.scanContext(); }));
}

void BuildView::buildRequested()
{
    if (isBuilding())
        return;
    m_options->setUseEditorText(true);
    // The lesson asks for its tag (demo_image); take it once.
    const QString requested = services()->requestedBuildTag();
    if (!requested.isEmpty()) {
        services()->setRequestedBuildTag({});
        m_options->setTags({requested});
    } else if (m_options->options().tags.isEmpty()) {
        const QString remembered = rememberedTag();
        if (remembered.isEmpty()) {
            askTagAndBuild();
            return;
        }
        m_options->setTags({remembered});
    }
    startBuild();
}

void BuildView::askTagAndBuild()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("buildTagDialog"));
    dialog->setWindowTitle(tr("Name the image"));
    dialog->setLabelText(tr("The image this Dockerfile builds gets a name (a tag), so that you find it "
                            "under Images and can run it, e.g. demo_image or myapp:1.0.\n"
                            "It is asked once: the next builds of this Dockerfile use it (change it "
                            "under Tags in the Build view)."));
    // The explanation wraps at a readable width instead of stretching the dialog across the screen.
    if (auto *label = dialog->findChild<QLabel *>())
        label->setWordWrap(true);
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 64);
    dialog->setTextValue(QStringLiteral("demo_image"));
    dialog->setOkButtonText(tr("Build"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString tag = text.trimmed();
        // Lower case, as the engine wants: repository[:tag], no spaces.
        static const QRegularExpression reference(
            QStringLiteral("^[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$"));
        if (!reference.match(tag).hasMatch()) {
            showMessage(tr("\"%1\" is not a valid image name: use lower-case letters, digits, \".\", \"_\" "
                           "and \"-\", optionally followed by \":\" and a tag, e.g. demo_image:1.0").arg(tag), true);
            return;
        }
        m_options->setTags({tag});
        startBuild();
    });
    dialog->open();
}

QString BuildView::rememberedTag() const
{
    const QString file = currentOptions().absoluteDockerfile();
    return file.isEmpty() ? QString() : Settings::buildTags.get().value(file).toString();
}

void BuildView::rememberTag(const QStringList &tags) const
{
    const QString file = m_runningDockerfile;
    if (file.isEmpty() || tags.isEmpty())
        return;
    QVariantMap all = Settings::buildTags.get();
    if (all.value(file).toString() == tags.constFirst())
        return;
    all.insert(file, tags.constFirst());
    Settings::buildTags.set(all);
}

void BuildView::startBuild()
{
    if (isBuilding())
        return;
    BuildOptions o = currentOptions();
    if (o.contextDir.isEmpty()) {
        showMessage(tr("Choose a build context folder first"), true);
        return;
    }
    m_running = o;
    m_runningDockerfile = o.absoluteDockerfile();
    rememberTag(o.tags);
    updateCommand(); // the form shows the command of what is built now
    m_parsed = DockerfileParser::parse(dockerfileBytes(o));
    m_steps->reset(m_parsed);
    m_log->clear();
    m_layers->removeRows(0, m_layers->rowCount());
    m_layerMap.clear();
    m_openFailed->setVisible(false);
    m_historyView->clearSelection();
    m_buildId = BuildHistoryModel::newId();
    if (m_fetcher)
        m_fetcher->cancel(); // the map of the previous build is of no use any more
    if (services()->engine()->info().podman && o.builder == BuildOptions::Builder::BuildKit)
        showMessage(tr("Podman builds through the classic endpoint"), false);
    else
        showMessage(QString(), false);
    m_status->setText(tr("Scanning the context…"));
    m_progress->setFormat(tr("%v/%m steps"));
    m_progress->setRange(0, 0);
    m_buildAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_tabs->setCurrentWidget(m_outputPage);
    m_tick->start();

    DockerApi *api = services()->session()->api();
    auto *runner = new BuildRunner(api, o, this);
    m_runner = runner;
    connect(runner, &BuildRunner::eventsReceived, this, &BuildView::onEvents);
    connect(runner, &BuildRunner::noteAdded, this, [this](const QString &note) {
        showMessage(note, false);
        m_log->appendLine(QStringLiteral("# ") + note);
        m_steps->reset(m_parsed);
    });
    connect(runner, &BuildRunner::scanned, this, [this](qint64 files, qint64 bytes, const QStringList &warnings) {
        const QString size = QLocale().formattedDataSize(bytes);
        m_options->setContextSummary(tr("%n file(s), %1", nullptr, int(files)).arg(size), warnings, false);
    });
    connect(runner, &Job::ended, this, [this, runner] {
        runner->deleteLater();
        onFinished(runner->buildResult());
    });
    api->trackJob(runner);
    runner->start();
}

void BuildView::cancelBuild()
{
    if (!isBuilding())
        return;
    m_status->setText(tr("Cancelling…"));
    m_runner->cancel();
}

void BuildView::clearOutput()
{
    if (isBuilding())
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
    if (isBuilding()) {
        const int expected = m_steps->expectedCount();
        if (m_steps->rowCount() > 0 && expected > 0) {
            m_progress->setRange(0, expected);
            m_progress->setValue(m_steps->finishedCount());
        }
        const qint64 sent = m_runner ? m_runner->uploadedBytes() : 0;
        m_status->setText(tr("Building… %1 s · context sent: %2")
                              .arg(total, 0, 'f', 1).arg(QLocale().formattedDataSize(sent)));
        m_steps->tick();
    }
}

void BuildView::showMessage(const QString &text, bool error)
{
    m_message->setVisible(!text.isEmpty());
    m_message->setText(text);
    const QColor c = error ? Theme::danger() : Theme::accent();
    m_message->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; border-radius: 3px; padding: 4px; }")
                                 .arg(c.name()));
}

void BuildView::resizeEvent(QResizeEvent *event)
{
    View::resizeEvent(event);
    if (m_split)
        setNarrow(width() < 45 * fontMetrics().lineSpacing());
}

} // namespace dx
