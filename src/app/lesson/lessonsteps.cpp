#include "lessonsteps.h"

#include <QDir>
#include <QFileInfo>

namespace dx {

QVector<LessonStep> LessonSteps::all()
{
    using Id = LessonStep::Id;
    QVector<LessonStep> steps;
    steps.append({Id::Recipe, tr("The Dockerfile is a recipe"),
                  tr("An image is built from a Dockerfile, just as a dish is cooked from a recipe. Each line is "
                     "one instruction: start from a base image, copy files in, say which program to run. "
                     "The demo project holds a small Python script that appends a line to a text file, "
                     "and the Dockerfile that packs it into an image."),
                  QStringLiteral("cat Dockerfile"),
                  tr("Open the Demo Dockerfile"), QStringLiteral("dockerfile"), tr("Show as Cards"),
                  tr("The demo Dockerfile is open in the editor."),
                  tr("Open the demo project to read its recipe.")});
    steps.append({Id::Build, tr("Build the image"),
                  tr("docker build follows the recipe line by line and stores the result as an image named "
                     "%1. With --progress=plain, every step is printed with its hash instead of the compact "
                     "live display. Building needs the base image python:3.12-slim: it is pulled from a "
                     "registry, or used as it is when it is already present.").arg(imageName()),
                  QStringLiteral("docker build . -t %1\ndocker build . --progress=plain -t %1").arg(imageName()),
                  tr("Go to the Build View"), QStringLiteral("build"), {},
                  tr("The image %1 exists.").arg(imageName()),
                  tr("Build the demo project with the tag %1.").arg(imageName())});
    steps.append({Id::Layers, tr("An image is made of read-only layers"),
                  tr("An image is the template for containers. It consists of read-only layers: each "
                     "instruction that changes files adds one. The image's history lists them, together with "
                     "the instruction that made each layer and its size."),
                  QStringLiteral("docker history %1").arg(imageName()),
                  tr("Show the Layers of %1").arg(imageName()), QStringLiteral("layer"), {},
                  tr("The image %1 and its layers can be explored.").arg(imageName()),
                  tr("Build %1 first (step 2).").arg(imageName())});
    steps.append({Id::Instance, tr("Image = class, container = instance"),
                  tr("If the image is a class, a container is an instance of it. Creating a container puts a "
                     "thin writable layer on top of the image's layers and gives it a name, an ID, network "
                     "ports and resource limits. The image itself stays unchanged."),
                  QStringLiteral("docker run %1").arg(imageName()),
                  tr("Run a Container…"), QStringLiteral("run"), {},
                  tr("A container made from %1 exists.").arg(imageName()),
                  tr("Run %1 once.").arg(imageName())});
    steps.append({Id::RunAgain, tr("Run it again: a new container every time"),
                  tr("docker run does not restart the container from before: every call creates a brand-new "
                     "container with its own name, ID and writable layer. Run the image a second time, and "
                     "the Containers view lists two containers made from %1.").arg(imageName()),
                  QStringLiteral("docker run %1").arg(imageName()),
                  tr("Run Another Container…"), QStringLiteral("run"), {},
                  tr("Two or more containers made from %1 exist.").arg(imageName()),
                  tr("Run %1 a second time.").arg(imageName())});
    steps.append({Id::StopStart, tr("Stop and start keep the writable layer"),
                  tr("A stopped container keeps its writable layer. docker start runs the same container "
                     "again, and the files it changed are still there. Select a container and open its "
                     "Changes tab to see which files it added or modified."),
                  stopStartCommand({}),
                  tr("Show the Containers"), QStringLiteral("container"), {},
                  tr("A container of %1 was stopped and started again.").arg(imageName()),
                  tr("Stop a container of %1, then start it again.").arg(imageName())});
    steps.append({Id::Volume, tr("A volume keeps data"),
                  tr("A volume is storage that Docker manages outside of any container. Its files stay when "
                     "containers are removed, it does not make containers bigger, and it is easy to back up. "
                     "A container of a newer version of the application can use the same data right away."),
                  QStringLiteral("docker volume create %1").arg(volumeName()),
                  tr("Create %1…").arg(volumeName()), QStringLiteral("volume"), {},
                  tr("The volume %1 exists.").arg(volumeName()),
                  tr("Create the volume %1.").arg(volumeName())});
    steps.append({Id::ShareVolume, tr("Share a volume between containers"),
                  tr("Mount the volume at %1 and run the image twice. Both containers append their line to "
                     "the same file, lines.txt, because they share the volume. Removing the containers "
                     "leaves the file in place.").arg(volumeTarget()),
                  QStringLiteral("docker run -v %1:%2 %3").arg(volumeName(), volumeTarget(), imageName()),
                  tr("Run with %1…").arg(volumeName()), QStringLiteral("run"), {},
                  tr("Two or more containers have used %1.").arg(volumeName()),
                  tr("Run %1 twice with the volume mounted.").arg(imageName())});
    steps.append({Id::LookInside, tr("Look inside the volume"),
                  tr("Open the files of the volume and read lines.txt: there is one line from every "
                     "container that ran with it. The file outlives the containers that wrote it."),
                  QStringLiteral("docker run --rm -v %1:%2 %3 cat %2/lines.txt")
                      .arg(volumeName(), volumeTarget(), imageName()),
                  tr("Browse %1").arg(volumeName()), QStringLiteral("folder"), {},
                  tr("The files of %1 were opened.").arg(volumeName()),
                  tr("Create %1 (step 7), then open its files.").arg(volumeName())});
    return steps;
}

QString LessonSteps::stopStartCommand(const QString &containerName)
{
    const QString name = containerName.isEmpty() ? QStringLiteral("<name>") : containerName;
    return QStringLiteral("docker stop %1\ndocker start %1").arg(name);
}

QString LessonSteps::demoDir()
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("DX_EXAMPLES_DIR");
    if (!fromEnv.isEmpty())
        candidates << fromEnv + QStringLiteral("/demo");
    candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/docker-explorer/examples/demo");
#ifdef DX_SOURCE_EXAMPLES_DIR
    candidates << QStringLiteral(DX_SOURCE_EXAMPLES_DIR "/demo");
#endif
    for (const QString &dir : std::as_const(candidates)) {
        if (QFileInfo::exists(dir + QStringLiteral("/Dockerfile")))
            return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    }
    return {};
}

} // namespace dx
