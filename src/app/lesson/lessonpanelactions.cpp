// What the lesson's buttons do: they drive the existing views, so the class sees the same
// dialogs and lists it would use by hand. Each does what its label says and nothing more.

#include "lessonpanel.h"

#include "lessonadvice.h"
#include "lessoncommandbox.h"
#include "lessonprogress.h"
#include "build/buildoptionspanel.h"
#include "build/buildview.h"
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
        if (!m_progress->imageExists())
            showMessage(tr("There is no image %1 yet: build it in step 2, then it is selected here.")
                            .arg(LessonSteps::imageName()));
        break;
    case Id::Instance:
    case Id::RunAgain:
        runDemo({});
        break;
    case Id::WritableLayer: {
        const QString id = m_progress->layerContainerId().isEmpty() ? m_progress->demoContainerId()
                                                                    : m_progress->layerContainerId();
        showContainerChanges(id);
        break;
    }
    case Id::StopStart:
        showContainerChanges(m_progress->demoContainerId());
        break;
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
        if (!volumes || !volumes->browseVolume(LessonSteps::volumeName()))
            showMessage(tr("There is no volume %1 yet: create it in step 8.").arg(LessonSteps::volumeName()));
        break;
    }
    }
}

void LessonPanel::triggerSecondAction(int index)
{
    if (index < 0 || index >= m_steps.size())
        return;
    switch (m_steps.at(index).id) {
    case LessonStep::Id::Recipe:
        if (!demoIsOpen() && !openDemo())
            return;
        m_window->showView(ViewId::Recipe);
        break;
    case LessonStep::Id::Build:
        // Only the view: the build starts with "Build Now" or the view's own Build button.
        m_window->showView(ViewId::Build);
        break;
    default:
        break;
    }
}

void LessonPanel::showContainerChanges(const QString &id)
{
    m_window->showView(ViewId::Containers);
    if (id.isEmpty()) {
        showMessage(tr("There is no container of %1 yet: run one in step 4.").arg(LessonSteps::imageName()));
        return;
    }
    emit m_services->showContainerRequested(id);
    if (auto *containers = qobject_cast<ContainersView *>(m_window->view(ViewId::Containers)))
        containers->details()->showTab(ContainerDetailsPane::ChangesTab);
}

bool LessonPanel::demoIsOpen() const
{
    const QString demo = LessonSteps::demoDir();
    return !demo.isEmpty() && !m_services->dockerfilePath().isEmpty()
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
    return true;
}

void LessonPanel::buildDemo()
{
    // The build view builds what the editor holds: with another file open, open the demo
    // first and ask for the build once its text has arrived.
    if (demoIsOpen()) {
        requestDemoBuild();
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
        QTimer::singleShot(0, this, &LessonPanel::requestDemoBuild);
    });
    // A file that never arrives (unreadable, the user cancelled) must not build much later.
    QTimer::singleShot(10000, once, &QObject::deleteLater);
}

void LessonPanel::requestDemoBuild()
{
    auto *build = qobject_cast<BuildView *>(m_window->view(ViewId::Build));
    if (!build) {
        showMessage(tr("The Build view is not part of this build."), true);
        return;
    }
    if (build->isBuilding()) {
        showMessage(tr("A build is running: wait for it to end, or cancel it in the Build view."));
        return;
    }
    // The base image as chosen here: the Dockerfile's default needs no build argument.
    QList<QPair<QString, QString>> args = build->currentOptions().buildArgs;
    args.erase(std::remove_if(args.begin(), args.end(),
                              [](const QPair<QString, QString> &a) { return a.first == LessonSteps::baseImageArg(); }),
               args.end());
    if (baseImage() != LessonSteps::defaultBaseImage())
        args.append({LessonSteps::baseImageArg(), baseImage()});
    build->optionsPanel()->setBuildArgs(args);
    m_services->setRequestedBuildTag(LessonSteps::imageName());
    emit m_services->buildRequested();
    showMessage(tr("Building %1 on %2: the Build view shows its progress.").arg(LessonSteps::imageName(), baseImage()));
}

void LessonPanel::onBuildFinished(const BuildResult &result)
{
    auto *build = qobject_cast<BuildView *>(m_window->view(ViewId::Build));
    if (!build || result.canceled)
        return;
    // Only builds of the demo image, whoever started them (this panel or the Build view).
    const QStringList tags = build->currentOptions().tags;
    const QString image = LessonSteps::imageName();
    if (!tags.contains(image) && !tags.contains(image + QStringLiteral(":latest")))
        return;
    QString base = LessonSteps::defaultBaseImage();
    for (const auto &arg : build->currentOptions().buildArgs) {
        if (arg.first == LessonSteps::baseImageArg())
            base = arg.second;
    }
    if (result.ok) {
        m_buildError.clear();
        m_progress->setBuildFailed(false);
        if (m_steps.at(currentStep()).id == LessonStep::Id::Build)
            showMessage(tr("Built %1 on %2.").arg(image, base));
        return;
    }
    m_buildError = LessonAdvice::explainBuildFailure(result.error, base);
    m_progress->setBuildFailed(true);
    if (m_steps.at(currentStep()).id == LessonStep::Id::Build)
        showMessage(m_buildError, true);
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
