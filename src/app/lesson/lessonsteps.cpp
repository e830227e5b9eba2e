#include "lessonsteps.h"

#include <QDir>
#include <QFileInfo>

namespace dx {

namespace {

struct Names
{
    QString image;
    QString volume;
};

Names &names()
{
    static Names n;
    return n;
}

} // namespace

QString LessonSteps::imageName()
{
    return names().image.isEmpty() ? QStringLiteral("demo_image") : names().image;
}

QString LessonSteps::volumeName()
{
    return names().volume.isEmpty() ? QStringLiteral("new_volume") : names().volume;
}

void LessonSteps::setNames(const QString &image, const QString &volume)
{
    names() = {image, volume};
}

QVector<LessonStep> LessonSteps::all()
{
    using Id = LessonStep::Id;
    const QString image = imageName();
    const QString volume = volumeName();
    QVector<LessonStep> steps;
    steps.append({Id::Recipe, tr("The Dockerfile is a recipe"),
                  tr("An image is built from a Dockerfile, just as a dish is cooked from a recipe. Each line is "
                     "one instruction: start from a base image, copy files in, say which program to run. "
                     "The demo project holds a small shell script that appends a line to a text file, "
                     "and the Dockerfile that packs it into an image."),
                  QStringLiteral("cat Dockerfile"),
                  tr("Open the Demo Dockerfile"), QStringLiteral("dockerfile"),
                  tr("Show as Cards"), QStringLiteral("recipe"),
                  tr("The demo Dockerfile is open in the editor."),
                  tr("Open the demo project's Dockerfile (with this button or File > Open).")});
    steps.append({Id::Build, tr("Build the image"),
                  tr("docker build follows the recipe line by line and stores the result as an image named "
                     "%1. BuildKit shows a compact live display, one line per step; with --progress=plain it "
                     "prints every step with its output and hashes. The Build view shows both: switch "
                     "between Compact and Plain above its output. The demo starts from the base image "
                     "%2, which is downloaded when it is missing. Without internet, pick an image that is "
                     "already present, or load one from a file.")
                      .arg(image, defaultBaseImage()),
                  buildCommand(defaultBaseImage()),
                  tr("Build %1 Now").arg(image), QStringLiteral("build"),
                  tr("Go to the Build View"), QStringLiteral("logs"),
                  tr("The image %1 exists.").arg(image),
                  tr("Build the demo project with the tag %1.").arg(image)});
    steps.append({Id::Layers, tr("An image is made of read-only layers"),
                  tr("An image is the template for containers. It consists of read-only layers: each "
                     "instruction that changes files adds one. The image's history lists them, together with "
                     "the instruction that made each layer and its size."),
                  QStringLiteral("docker history %1").arg(image),
                  tr("Show the Layers of %1").arg(image), QStringLiteral("layer"), {}, {},
                  tr("The image %1 exists: its layers are listed under Images.").arg(image),
                  tr("Build %1 first (step 2).").arg(image)});
    steps.append({Id::Instance, tr("Image = class, container = instance"),
                  tr("If the image is a class, a container is an instance of it. Creating a container puts a "
                     "thin writable layer on top of the image's layers and gives it a name, an ID, network "
                     "ports and resource limits. The image itself stays unchanged."),
                  QStringLiteral("docker run %1").arg(image),
                  tr("Run a Container…"), QStringLiteral("run"), {}, {},
                  tr("A container made from %1 exists.").arg(image),
                  tr("Run %1 once.").arg(image)});
    steps.append({Id::WritableLayer, tr("The container's writable layer"),
                  tr("The demo script writes %1 inside the container. Without a volume at %2 the file lands "
                     "in the container's writable layer: the Changes tab lists it as added, and the Size "
                     "column shows the bytes the container adds to its image. The image does not change.")
                      .arg(outputFile(), volumeTarget()),
                  changesCommand({}),
                  tr("Show the Container's Changes"), QStringLiteral("container"), {}, {},
                  tr("%1 is in a container's writable layer.").arg(outputFile()),
                  tr("Run %1 without a volume, then look at its Changes.").arg(image)});
    steps.append({Id::RunAgain, tr("Run it again: a new container every time"),
                  tr("docker run does not restart the container from before: every call creates a brand-new "
                     "container with its own name, ID and writable layer. Run the image a second time, and "
                     "the Containers view lists two containers made from %1.").arg(image),
                  QStringLiteral("docker run %1").arg(image),
                  tr("Run Another Container…"), QStringLiteral("run"), {}, {},
                  tr("Two or more containers made from %1 exist.").arg(image),
                  tr("Run %1 a second time.").arg(image)});
    steps.append({Id::StopStart, tr("Stop and start keep the writable layer"),
                  tr("A stopped container keeps its writable layer. docker start runs the same container "
                     "again: the script appends a second line to the same file, and the container's Size "
                     "grows. Only docker run makes a new container."),
                  stopStartCommand({}),
                  tr("Show the Containers"), QStringLiteral("container"), {}, {},
                  tr("A container of %1 was stopped and started again.").arg(image),
                  tr("Start a stopped container of %1 again (Start in the Containers view).").arg(image)});
    steps.append({Id::Volume, tr("A volume keeps data"),
                  tr("A volume is storage that Docker manages outside of any container. Its files stay when "
                     "containers are removed, it does not make containers bigger, and it is easy to back up. "
                     "A container of a newer version of the application can use the same data right away."),
                  QStringLiteral("docker volume create %1").arg(volume),
                  tr("Create %1…").arg(volume), QStringLiteral("volume"), {}, {},
                  tr("The volume %1 exists.").arg(volume),
                  tr("Create the volume %1.").arg(volume)});
    steps.append({Id::ShareVolume, tr("Share a volume between containers"),
                  tr("Mount the volume at %1 and run the image twice. Both containers append their line to "
                     "the same file in the volume, not to their writable layers: their Size stays as it "
                     "was. Removing the containers leaves the file in place.").arg(volumeTarget()),
                  QStringLiteral("docker run -v %1:%2 %3").arg(volume, volumeTarget(), image),
                  tr("Run with %1…").arg(volume), QStringLiteral("run"), {}, {},
                  tr("Two or more containers have mounted %1.").arg(volume),
                  tr("Run %1 twice with %2 mounted at %3.").arg(image, volume, volumeTarget())});
    steps.append({Id::LookInside, tr("Look inside the volume"),
                  tr("Open the files of the volume and read lines.txt: there is one line from every "
                     "container that ran with it. The file outlives the containers that wrote it."),
                  QStringLiteral("docker run --rm -v %1:%2 %3 cat %4").arg(volume, volumeTarget(), image, outputFile()),
                  tr("Browse %1").arg(volume), QStringLiteral("folder"), {}, {},
                  tr("The volume %1 holds the file the containers wrote.").arg(volume),
                  tr("Run %1 with %2 mounted (step 9), then open its files.").arg(image, volume)});
    return steps;
}

QString LessonSteps::buildCommand(const QString &baseImage)
{
    const QString arg = baseImage.isEmpty() || baseImage == defaultBaseImage()
        ? QString()
        : QStringLiteral(" --build-arg %1=%2").arg(baseImageArg(), baseImage);
    return QStringLiteral("docker build .%1 -t %2\ndocker build .%1 --progress=plain -t %2").arg(arg, imageName());
}

QString LessonSteps::stopStartCommand(const QString &containerName)
{
    const QString name = containerName.isEmpty() ? QStringLiteral("<name>") : containerName;
    return QStringLiteral("docker stop %1\ndocker start %1").arg(name);
}

QString LessonSteps::changesCommand(const QString &containerName)
{
    const QString name = containerName.isEmpty() ? QStringLiteral("<name>") : containerName;
    return QStringLiteral("docker diff %1\ndocker ps -a --size").arg(name);
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
