#include "screenshotstage.h"

#include "build/buildview.h"
#include "containers/containeractiondialogs.h"
#include "containers/containerdetailspane.h"
#include "containers/containerfileswidget.h"
#include "containers/containerlistmodel.h"
#include "containers/containerstore.h"
#include "containers/containerterminalswidget.h"
#include "containers/containersview.h"
#include "containers/rundialog.h"
#include "images/imagehistorymodel.h"
#include "images/imagesview.h"
#include "images/layerfilespanel.h"
#include "images/pulldialog.h"
#include "images/registrydialog.h"
#include "lesson/lessonpanel.h"
#include "mainwindow.h"
#include "terminal/terminalpage.h"
#include "terminal/terminalsession.h"
#include "volumes/volumebrowser.h"
#include "volumes/volumesview.h"
#include "volumes/volumetreemodel.h"

#include <QDockWidget>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <memory>

namespace dx {

ScreenshotStage::ScreenshotStage(MainWindow *window, const QString &state, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_state(state)
{
}

void ScreenshotStage::prepare()
{
    const QLatin1String prefix("lesson-step-");
    if (!m_state.startsWith(prefix))
        return;
    m_applied = true;
    auto *panel = m_window->lessonDock() ? m_window->lessonDock()->findChild<LessonPanel *>() : nullptr;
    // "lesson-step-3" shows step 3 from its top, "lesson-step-3-end" scrolled to its end.
    const QString step = m_state.mid(prefix.size());
    if (panel) {
        panel->setCurrentStep(step.section(QLatin1Char('-'), 0, 0).toInt() - 1);
        if (step.endsWith(QLatin1String("-end")))
            panel->scrollStepToEnd();
    }
}

void ScreenshotStage::apply()
{
    if (m_applied)
        return;
    m_applied = true;
    if (m_state.startsWith(QLatin1String("browse:")) || m_state.startsWith(QLatin1String("file:")))
        applyVolumes();
    else if (m_state.startsWith(QLatin1String("select:")) || m_state.startsWith(QLatin1String("export:")))
        applyVolumeSelection();
    else if (m_state.startsWith(QLatin1String("layers:")))
        applyImageLayers();
    else if (m_state.startsWith(QLatin1String("terminal:")))
        applyTerminal();
    else if (m_state == QLatin1String("build-options") || m_state == QLatin1String("build-history"))
        applyBuild();
    else if (m_state.startsWith(QLatin1String("pull:")) || m_state.startsWith(QLatin1String("push:"))
             || m_state == QLatin1String("registries"))
        applyPull();
    else if (!m_state.isEmpty())
        applyContainers();
}

void ScreenshotStage::applyBuild()
{
    auto *view = qobject_cast<BuildView *>(m_window->view(ViewId::Build));
    if (!view)
        return;
    if (m_state == QLatin1String("build-options"))
        view->showOptions();
    else
        view->showHistory();
}

void ScreenshotStage::showInside(QDialog *dialog)
{
    // The screenshot grabs the main window only: the dialog is shown inside it.
    dialog->setWindowFlags(Qt::Widget);
    dialog->setAttribute(Qt::WA_StyledBackground);
    dialog->setStyleSheet(QStringLiteral("QDialog#%1 { background: palette(window); border: 1px solid palette(dark); }")
                              .arg(dialog->objectName()));
    dialog->setAutoFillBackground(true);
    dialog->setParent(m_window);
    // The size the dialog gives itself on this screen (never more than the screen offers),
    // centred over the window as a window manager places it.
    const QSize size = dialog->size().boundedTo(m_window->size());
    dialog->setGeometry(QRect(QPoint((m_window->width() - size.width()) / 2, (m_window->height() - size.height()) / 2), size));
    dialog->show();
    dialog->raise();
}

void ScreenshotStage::applyPull()
{
    // "pull:FILE[#N]": the first N lines (by default two thirds) of a stream recorded from a real
    // pull (tests/registry/data/pull-stream.jsonl), shown as a pull under way.
    auto *view = qobject_cast<ImagesView *>(m_window->view(ViewId::Images));
    if (view && m_state == QLatin1String("registries")) {
        view->openRegistryDialog(QStringLiteral("127.0.0.1:5000"));
        RegistryDialog *dialog = view->registryDialog();
        dialog->setUser(QStringLiteral("student"));
        showInside(dialog);
        return;
    }
    const bool push = m_state.startsWith(QLatin1String("push:"));
    const QString spec = m_state.mid(int(qstrlen("pull:")));
    QFile file(spec.section(QLatin1Char('#'), 0, 0));
    if (!view || !file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = file.readAll().split('\n');
    const int count = spec.contains(QLatin1Char('#')) ? spec.section(QLatin1Char('#'), 1).toInt() : int(lines.size()) * 2 / 3;
    // The reference the recording names at its end ("Status: Downloaded newer image for REF").
    QString reference = QStringLiteral("recorded:1");
    const QByteArray marker = "newer image for ";
    for (const QByteArray &line : lines) {
        const qsizetype at = line.indexOf(marker);
        if (at >= 0)
            reference = QString::fromUtf8(line.mid(at + marker.size()).split('"').first());
    }
    if (push) {
        // "The push refers to repository [REPO]" and "TAG: digest: ..." name what was pushed.
        static const QRegularExpression repo(QStringLiteral("refers to repository \\[([^\\]]+)\\]"));
        static const QRegularExpression tag(QStringLiteral("\"status\":\"([^:\"]+): digest: "));
        QString name;
        QString tagName;
        for (const QByteArray &line : lines) {
            if (const QRegularExpressionMatch m = repo.match(QString::fromUtf8(line)); m.hasMatch())
                name = m.captured(1);
            if (const QRegularExpressionMatch m = tag.match(QString::fromUtf8(line)); m.hasMatch())
                tagName = m.captured(1);
        }
        reference = tagName.isEmpty() ? name : name + QLatin1Char(':') + tagName;
        view->openPushDialog(reference);
        PullDialog *dialog = view->pushDialog();
        dialog->showRecordedPull(reference, lines.mid(0, count).join('\n') + '\n');
        showInside(dialog);
        return;
    }
    view->openPullDialog();
    PullDialog *dialog = view->pullDialog();
    dialog->showRecordedPull(reference, lines.mid(0, count).join('\n') + '\n');
    showInside(dialog);
}

void ScreenshotStage::applyContainers()
{
    auto *view = qobject_cast<ContainersView *>(m_window->view(ViewId::Containers));
    if (!view)
        return;
    if (m_state == QLatin1String("rundialog") || m_state.startsWith(QLatin1String("rundialog:"))) {
        view->openRunDialog();
        RunDialog *dialog = view->runDialog();
        // An example filled in, so the picture shows the live `docker run` line.
        RunSpec example;
        const ContainerListModel *model = view->model();
        example.image = model->rowCount() > 0 ? model->containerAt(0).image : QStringLiteral("nginx:alpine");
        example.name = QStringLiteral("web-2");
        example.env = {{QStringLiteral("GREETING"), QStringLiteral("hello")}};
        example.ports = {{QStringLiteral("127.0.0.1"), 8080, 80, QStringLiteral("tcp")}};
        example.mounts = {{RunMount::Kind::Volume, QStringLiteral("web-data"), QStringLiteral("/data"), false},
                          {RunMount::Kind::Tmpfs, QStringLiteral("size=64m"), QStringLiteral("/tmp"), false}};
        example.memory = 512 * 1024 * 1024;
        example.hostname = QStringLiteral("web");
        example.labels = {{QStringLiteral("app"), QStringLiteral("shop")}};
        dialog->setSpec(example);
        if (auto *sections = dialog->findChild<QTabWidget *>(QStringLiteral("sections")))
            sections->setCurrentIndex(m_state.endsWith(QLatin1String(":resources")) ? 1
                                      : m_state.endsWith(QLatin1String(":advanced")) ? 2 : 0);
        showInside(dialog);
        return;
    }
    // A running container, one that publishes ports first (a server has output).
    const ContainerListModel *model = view->model();
    QString best;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ContainerSummary &c = model->containerAt(row);
        if (!c.isRunning())
            continue;
        if (best.isEmpty() || !c.ports.isEmpty())
            best = c.id;
        if (!c.ports.isEmpty())
            break;
    }
    if (!best.isEmpty())
        view->selectContainer(best);
    const QHash<QString, ContainerDetailsPane::Tab> tabs{{QStringLiteral("logs"), ContainerDetailsPane::LogsTab},
                                                         {QStringLiteral("stats"), ContainerDetailsPane::StatsTab},
                                                         {QStringLiteral("changes"), ContainerDetailsPane::ChangesTab},
                                                         {QStringLiteral("inspect"), ContainerDetailsPane::InspectTab},
                                                         {QStringLiteral("processes"), ContainerDetailsPane::ProcessesTab}};
    if (tabs.contains(m_state))
        view->details()->showTab(tabs.value(m_state));
    // The "More" dialogs, on the selected container; the commit with an example filled in.
    if (m_state == QLatin1String("commitdialog")) {
        view->openCommitDialog();
        if (CommitDialog *dialog = view->commitDialog()) {
            CommitSpec example = dialog->spec();
            example.reference = QStringLiteral("web:1.2");
            example.comment = QStringLiteral("installed curl");
            example.author = QStringLiteral("Jane Doe <jane@example.com>");
            example.changesText = QStringLiteral("CMD [\"nginx\", \"-g\", \"daemon off;\"]\nENV MODE=production");
            dialog->setSpec(example);
            showInside(dialog);
        }
    } else if (m_state == QLatin1String("recreatedialog")) {
        view->openRecreateDialog();
        if (view->recreateDialog())
            showInside(view->recreateDialog());
    } else if (m_state == QLatin1String("renamedialog")) {
        view->openRenameDialog();
        if (view->renameDialog())
            showInside(view->renameDialog());
    } else if (m_state == QLatin1String("stopafterdialog")) {
        view->openStopAfterDialog();
        if (view->stopAfterDialog())
            showInside(view->stopAfterDialog());
    }
    if (m_state == QLatin1String("files") || m_state.startsWith(QLatin1String("files:")))
        applyContainerFiles(view);
}

void ScreenshotStage::applyContainerFiles(ContainersView *view)
{
    ContainerFilesWidget *files = view->details()->files();
    if (view->details()->containerId().isEmpty())
        return;
    const QString path = m_state.section(QLatin1Char(':'), 1);
    m_pending = true;
    // The listing first, then the file shown beside it (etc/hostname unless one is named).
    connect(files, &ContainerFilesWidget::treeLoaded, this, [this, files, path] {
        files->treeView()->expand(files->model()->indexForPath(QStringLiteral("etc")));
        files->openFile(path.isEmpty() ? QStringLiteral("etc/hostname") : path);
    }, Qt::SingleShotConnection);
    connect(files, &ContainerFilesWidget::fileShown, this, [this] { m_pending = false; });
    connect(files, &ContainerFilesWidget::fileFailed, this, [this] { m_pending = false; });
    view->details()->showTab(ContainerDetailsPane::FilesTab);
}

void ScreenshotStage::applyTerminal()
{
    auto *view = qobject_cast<ContainersView *>(m_window->view(ViewId::Containers));
    const std::optional<ContainerSummary> container = view ? view->store()->find(m_state.section(QLatin1Char(':'), 1, 1))
                                                           : std::nullopt;
    if (!container || !container->isRunning())
        return;
    view->selectContainer(container->id);
    view->details()->showTab(ContainerDetailsPane::TerminalTab); // opens a shell
    TerminalPage *page = view->details()->terminals()->currentPage();
    if (!page)
        return;
    m_pending = true;
    const QByteArray command = m_state.section(QLatin1Char(':'), 2).toUtf8() + '\r';
    TerminalSession *session = page->session();
    const auto typeCommand = [this, session, command] {
        // The prompt first, then the command and a moment for its output (top's first frame).
        QTimer::singleShot(500, this, [this, session, command] {
            session->write(command);
            QTimer::singleShot(2500, this, [this] { m_pending = false; });
        });
    };
    if (session->isOpen())
        typeCommand();
    else
        connect(session, &TerminalSession::opened, this, typeCommand, Qt::SingleShotConnection);
    connect(session, &TerminalSession::finished, this, [this] { m_pending = false; });
}

void ScreenshotStage::applyVolumes()
{
    auto *view = qobject_cast<VolumesView *>(m_window->view(ViewId::Volumes));
    const QStringList parts = m_state.split(QLatin1Char(':'));
    if (!view || parts.size() < 2 || !view->browseVolume(parts.at(1)))
        return;
    m_pending = true;
    VolumeBrowser *browser = view->browser();
    // The tree lists folder by folder: expandAll() lists the rest, and the listing after it
    // is the one to wait for.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(browser, &VolumeBrowser::treeLoaded, this, [this, browser, parts, connection](bool complete) {
        const bool whole = browser->model()->isFullyListed(QString());
        if (complete && !whole) {
            browser->expandAll();
            return;
        }
        disconnect(*connection);
        browser->expandAll();
        if (parts.value(0) != QLatin1String("file") || parts.size() < 3) {
            m_pending = false;
            return;
        }
        const QString path = parts.mid(2).join(QLatin1Char(':'));
        browser->treeView()->setCurrentIndex(browser->model()->indexForPath(path));
        connect(browser, &VolumeBrowser::fileShown, this, [this] { m_pending = false; });
        connect(browser, &VolumeBrowser::fileFailed, this, [this] { m_pending = false; });
        browser->openFile(path);
    });
}

void ScreenshotStage::applyVolumeSelection()
{
    auto *view = qobject_cast<VolumesView *>(m_window->view(ViewId::Volumes));
    const QString volume = m_state.section(QLatin1Char(':'), 1);
    if (!view || !view->selectVolume(volume) || !m_state.startsWith(QLatin1String("export:")))
        return;
    m_exportDir = std::make_unique<QTemporaryDir>();
    if (!m_exportDir->isValid())
        return;
    m_pending = true;
    connect(view, &VolumesView::backupFinished, this, [this] { m_pending = false; }, Qt::SingleShotConnection);
    view->exportVolume(volume, m_exportDir->filePath(volume + QStringLiteral(".tar.gz")));
}

void ScreenshotStage::applyImageLayers()
{
    auto *view = qobject_cast<ImagesView *>(m_window->view(ViewId::Images));
    const QString spec = m_state.mid(int(qstrlen("layers:")));
    const QString image = spec.section(QLatin1Char('#'), 0, 0);
    const int layer = spec.section(QLatin1Char('#'), 1).toInt() - 1;
    if (!view || !view->selectImage(image))
        return;
    m_pending = true;
    const auto show = [this, view, layer] {
        LayerFilesPanel *files = view->layerFiles();
        if (layer >= 0) {
            ImageHistoryModel *history = view->historyModel();
            int seen = -1;
            for (int row = 0; row < history->rowCount(); ++row) {
                seen += history->rowAt(row).layerDigest.isEmpty() ? 0 : 1;
                if (seen == layer) {
                    view->selectLayer(history->rowAt(row).layerDigest);
                    break;
                }
            }
        }
        files->tree()->expandAll();
        view->revealLayerFiles();
        m_pending = false;
    };
    // Both the history (which step made which layer) and the files are needed.
    const auto check = [view, show] {
        if (!view->historyLoading() && !view->layerFiles()->isLoading()) // read, or failed and said why
            show();
    };
    connect(view, &ImagesView::layerFilesLoaded, this, check);
    connect(view, &ImagesView::historyLoaded, this, check);
    check();
}

} // namespace dx
