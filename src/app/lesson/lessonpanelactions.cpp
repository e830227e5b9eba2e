// What the lesson's buttons do: they drive the existing views, so the class sees the same
// dialogs and lists it would use by hand.

#include "lessonpanel.h"

#include "lessonprogress.h"
#include "containers/containerdetailspane.h"
#include "containers/containersview.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"
#include "volumes/volumesview.h"

#include <QFileInfo>
#include <QTimer>

namespace dx {

void LessonPanel::triggerStep(int index)
{
    if (index < 0 || index >= m_steps.size())
        return;
    setCurrentStep(index);
    showMessage({});
    using Id = LessonStep::Id;
    switch (m_steps.at(index).id) {
    case Id::Recipe:
        openDemo();
        break;
    case Id::Build:
        buildDemo();
        break;
    case Id::Layers:
        emit m_services->showImageRequested(LessonSteps::imageName());
        if (!m_progress->isDone(Id::Build))
            showMessage(tr("There is no image %1 yet: build it in step 2, then it is selected here.")
                            .arg(LessonSteps::imageName()));
        break;
    case Id::Instance:
    case Id::RunAgain:
        runDemo({});
        break;
    case Id::StopStart: {
        m_window->showView(ViewId::Containers);
        const QString id = m_progress->demoContainerId();
        if (id.isEmpty()) {
            showMessage(tr("There is no container of %1 yet: run one in step 4.").arg(LessonSteps::imageName()));
            break;
        }
        emit m_services->showContainerRequested(id);
        if (auto *containers = qobject_cast<ContainersView *>(m_window->view(ViewId::Containers)))
            containers->details()->showTab(ContainerDetailsPane::ChangesTab);
        break;
    }
    case Id::Volume:
        m_window->showView(ViewId::Volumes);
        if (auto *volumes = qobject_cast<VolumesView *>(m_window->view(ViewId::Volumes)))
            volumes->openCreateDialog(LessonSteps::volumeName());
        break;
    case Id::ShareVolume:
        runDemo(LessonSteps::volumeName() + QLatin1Char(':') + LessonSteps::volumeTarget());
        break;
    case Id::LookInside: {
        emit m_services->showVolumeRequested(LessonSteps::volumeName());
        auto *volumes = qobject_cast<VolumesView *>(m_window->view(ViewId::Volumes));
        if (volumes && volumes->browseVolume(LessonSteps::volumeName()))
            m_progress->markDone(Id::LookInside);
        else
            showMessage(tr("There is no volume %1 yet: create it in step 7.").arg(LessonSteps::volumeName()));
        break;
    }
    }
}

void LessonPanel::triggerSecondAction(int index)
{
    if (index < 0 || index >= m_steps.size() || m_steps.at(index).id != LessonStep::Id::Recipe)
        return;
    if (!demoIsOpen() && !openDemo())
        return;
    m_window->showView(ViewId::Recipe);
}

bool LessonPanel::demoIsOpen() const
{
    const QString demo = LessonSteps::demoDir();
    return !demo.isEmpty()
        && QFileInfo(m_services->dockerfilePath()).canonicalFilePath()
               == QFileInfo(demo + QStringLiteral("/Dockerfile")).canonicalFilePath();
}

bool LessonPanel::openDemo()
{
    const QString demo = LessonSteps::demoDir();
    if (demo.isEmpty()) {
        showMessage(tr("The demo project was not found. Point DX_EXAMPLES_DIR at the examples folder "
                       "of Docker Explorer and start it again."), true);
        return false;
    }
    emit m_services->openInEditorRequested(demo + QStringLiteral("/Dockerfile"), 1);
    m_progress->markDone(LessonStep::Id::Recipe);
    return true;
}

void LessonPanel::buildDemo()
{
    // The build view builds what the editor holds: with another file open, open the demo
    // first and ask for the build once its text has arrived.
    m_services->setRequestedBuildTag(LessonSteps::imageName());
    if (demoIsOpen()) {
        emit m_services->buildRequested();
        return;
    }
    if (!openDemo())
        return;
    auto *once = new QObject(this);
    connect(m_services, &AppServices::dockerfileChanged, once, [this, once] {
        once->deleteLater();
        if (!demoIsOpen())
            return;
        // The editor hands over its text right after the path: build on the next turn.
        QTimer::singleShot(0, m_services, &AppServices::buildRequested);
    });
    // A file that never arrives (unreadable, the user cancelled) must not build much later.
    QTimer::singleShot(10000, once, &QObject::deleteLater);
}

void LessonPanel::runDemo(const QString &volumeSpec)
{
    m_window->showView(ViewId::Containers);
    auto *containers = qobject_cast<ContainersView *>(m_window->view(ViewId::Containers));
    if (!containers) {
        showMessage(tr("The Containers view is not part of this build."), true);
        return;
    }
    containers->openRunDialogFor(LessonSteps::imageName(), volumeSpec);
}

} // namespace dx
