#include "screenshotstage.h"

#include "containers/containerdetailspane.h"
#include "containers/containerlistmodel.h"
#include "containers/containersview.h"
#include "containers/rundialog.h"
#include "lesson/lessonpanel.h"
#include "mainwindow.h"
#include "volumes/volumebrowser.h"
#include "volumes/volumesview.h"
#include "volumes/volumetreemodel.h"

#include <QDockWidget>
#include <QHash>
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
    if (panel)
        panel->setCurrentStep(m_state.mid(prefix.size()).toInt() - 1);
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
    else if (!m_state.isEmpty())
        applyContainers();
}

void ScreenshotStage::applyContainers()
{
    auto *view = qobject_cast<ContainersView *>(m_window->view(ViewId::Containers));
    if (!view)
        return;
    if (m_state == QLatin1String("rundialog")) {
        view->openRunDialog();
        RunDialog *dialog = view->runDialog();
        // An example filled in, so the picture shows the live `docker run` line.
        RunSpec example;
        const ContainerListModel *model = view->model();
        example.image = model->rowCount() > 0 ? model->containerAt(0).image : QStringLiteral("nginx:alpine");
        example.name = QStringLiteral("web-2");
        example.env = {{QStringLiteral("GREETING"), QStringLiteral("hello")}};
        example.ports = {{QStringLiteral("127.0.0.1"), 8080, 80, QStringLiteral("tcp")}};
        example.mounts = {{RunMount::Kind::Volume, QStringLiteral("web-data"), QStringLiteral("/data"), false}};
        dialog->setSpec(example);
        // The screenshot grabs the main window only: the dialog is shown inside it.
        dialog->setWindowFlags(Qt::Widget);
        dialog->setAttribute(Qt::WA_StyledBackground);
        dialog->setStyleSheet(
            QStringLiteral("QDialog#runDialog { background: palette(window); border: 1px solid palette(dark); }"));
        dialog->setAutoFillBackground(true);
        dialog->setParent(m_window);
        // The size the dialog gives itself on this screen (never more than the screen offers),
        // centred over the window as a window manager places it.
        const QSize size = dialog->size().boundedTo(m_window->size());
        dialog->setGeometry(QRect(QPoint((m_window->width() - size.width()) / 2, (m_window->height() - size.height()) / 2),
                                  size));
        dialog->show();
        dialog->raise();
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
                                                         {QStringLiteral("inspect"), ContainerDetailsPane::InspectTab}};
    if (tabs.contains(m_state))
        view->details()->showTab(tabs.value(m_state));
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

} // namespace dx
