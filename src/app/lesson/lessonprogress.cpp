#include "lessonprogress.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "containers/containerstore.h"
#include "engine/engine.h"
#include "engine/engineevent.h"
#include "images/imagestore.h"
#include "session/enginesession.h"
#include "volumes/volumehelper.h"
#include "volumes/volumestore.h"

#include <QTimer>

#include <algorithm>

namespace dx {

namespace {

bool isDemoReference(QString image)
{
    // Podman names a local image localhost/NAME:TAG, and a Docker Hub one docker.io/library/NAME.
    for (const QLatin1String prefix : {QLatin1String("localhost/"), QLatin1String("docker.io/library/")}) {
        if (image.startsWith(prefix))
            image.remove(0, prefix.size());
    }
    return image == LessonSteps::imageName() || image == LessonSteps::imageName() + QLatin1String(":latest");
}

bool mountsAtTarget(const ContainerSummary &c)
{
    return std::any_of(c.mounts.cbegin(), c.mounts.cend(), [](const ContainerMount &m) {
        return m.destination == LessonSteps::volumeTarget();
    });
}

bool mountsLessonVolume(const ContainerSummary &c)
{
    // Our own helpers (the volume browser's) read the volume; they are not the lesson's users.
    if (c.labels.contains(QString::fromLatin1(VolumeHelper::LabelKey)))
        return false;
    return std::any_of(c.mounts.cbegin(), c.mounts.cend(), [](const ContainerMount &m) {
        return m.type == QLatin1String("volume") && m.name == LessonSteps::volumeName();
    });
}

// What changes when the container runs again: its state and the times of its last run.
QString runKey(const ContainerSummary &c)
{
    return c.state + QLatin1Char('|') + QString::number(c.startedAt.toMSecsSinceEpoch()) + QLatin1Char('|')
        + QString::number(c.finishedAt.toMSecsSinceEpoch());
}

} // namespace

LessonProgress::LessonProgress(EngineSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_containers(session->containers())
    , m_images(session->images())
    , m_volumes(session->volumes())
    , m_volumeSizes(new QTimer(this))
{
    // A container with the volume ended: ask the volumes' sizes once per burst of them.
    m_volumeSizes->setSingleShot(true);
    m_volumeSizes->setInterval(500);
    connect(m_volumeSizes, &QTimer::timeout, m_volumes, &VolumeStore::refreshSizes);

    connect(m_containers, &ContainerStore::loaded, this, &LessonProgress::updateContainers);
    connect(m_containers, &ContainerStore::changed, this, &LessonProgress::updateContainers);
    connect(m_containers, &ContainerStore::removed, this, &LessonProgress::updateContainers);
    connect(m_images, &ImageStore::loaded, this, &LessonProgress::updateImage);
    connect(m_images, &ImageStore::changed, this, [this](const QString &id) {
        const QString before = m_demoImageId;
        updateImage();
        // The demo image was built or tagged again: a failure before it is history.
        if (m_buildFailed && !m_demoImageId.isEmpty() && (id == m_demoImageId || m_demoImageId != before)) {
            m_buildFailed = false;
            emit changed();
        }
    });
    connect(m_images, &ImageStore::removed, this, &LessonProgress::updateImage);
    connect(m_volumes, &VolumeStore::loaded, this, &LessonProgress::updateVolume);
    connect(m_volumes, &VolumeStore::changed, this, &LessonProgress::updateVolume);
    connect(m_volumes, &VolumeStore::removed, this, &LessonProgress::updateVolume);
    connect(session->engine(), &Engine::event, this, &LessonProgress::onEvent);
    refresh();
}

bool LessonProgress::isDone(LessonStep::Id step) const
{
    using Id = LessonStep::Id;
    switch (step) {
    case Id::Recipe:
        return m_demoOpened;
    case Id::Build:
        return imageExists() && !m_buildFailed;
    case Id::Layers:
        return imageExists();
    case Id::Instance:
        return m_demoContainers >= 1;
    case Id::WritableLayer:
        return !m_layerContainerId.isEmpty();
    case Id::RunAgain:
        return m_demoContainers >= 2;
    case Id::StopStart:
        return std::any_of(m_restarted.cbegin(), m_restarted.cend(),
                           [this](const QString &id) { return m_watched.contains(id); });
    case Id::Volume:
        return m_volumeExists;
    case Id::ShareVolume:
        return m_volumeExists && m_volumeUsersSeen.size() >= 2;
    case Id::LookInside:
        return volumeSize() > 0;
    }
    return false;
}

bool LessonProgress::isDemoContainer(const ContainerSummary &container) const
{
    // By the reference it was run with, or by the image it runs (a run by id, an older tag).
    return isDemoReference(container.image) || (!m_demoImageId.isEmpty() && container.imageId == m_demoImageId);
}

void LessonProgress::setDemoDockerfileOpen(bool open)
{
    // Reading the recipe once is the step; opening another file later does not undo it.
    if (!open || m_demoOpened)
        return;
    m_demoOpened = true;
    emit changed();
}

void LessonProgress::setBuildFailed(bool failed)
{
    if (failed == m_buildFailed)
        return;
    m_buildFailed = failed;
    emit changed();
}

QString LessonProgress::layerContainerName() const
{
    return nameOf(m_layerContainerId);
}

QString LessonProgress::volumeContainerName() const
{
    return nameOf(m_volumeContainerId);
}

qint64 LessonProgress::volumeSize() const
{
    const std::optional<VolumeInfo> volume = m_volumes->find(LessonSteps::volumeName());
    return volume ? volume->size : -1;
}

qint64 LessonProgress::sizeOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    const std::optional<ContainerSummary> c = m_containers->find(id);
    return c && c->hasSize ? c->sizeRw : -1;
}

QString LessonProgress::nameOf(const QString &id) const
{
    if (id.isEmpty())
        return {};
    const std::optional<ContainerSummary> c = m_containers->find(id);
    return c ? c->name : QString();
}

void LessonProgress::refresh()
{
    updateImage();
    updateVolume();
    updateContainers();
}

void LessonProgress::updateImage()
{
    std::optional<ImageSummary> image = m_images->find(LessonSteps::imageName());
    if (!image)
        image = m_images->find(QStringLiteral("localhost/") + LessonSteps::imageName());
    const QString id = image ? image->id : QString();
    if (id == m_demoImageId)
        return;
    m_demoImageId = id;
    emit changed();
    updateContainers(); // containers known by the image's id only
}

void LessonProgress::updateVolume()
{
    const bool exists = m_volumes->find(LessonSteps::volumeName()).has_value();
    if (!exists)
        m_volumeUsersSeen.clear(); // a new volume of that name has had no users yet
    const bool appeared = exists && !m_volumeExists;
    m_volumeExists = exists;
    if (appeared) {
        updateContainers(); // `docker run -v` makes the volume and its first user at once
        return;
    }
    // Sizes and usage change without the existence changing: the panel shows them.
    emit changed();
}

void LessonProgress::onEvent(const EngineEvent &event)
{
    if (event.type != QLatin1String("container"))
        return;
    const std::optional<ContainerSummary> known = m_containers->find(event.actorId);
    const bool demo = known ? isDemoContainer(*known) : isDemoReference(event.attribute(QStringLiteral("image")));
    if (!demo)
        return;
    // Stop then start of the same container: the lesson's point about the writable layer.
    // The events say it exactly; the store may fold a quick restart into one fetch.
    const QString action = event.baseAction();
    if (action == QLatin1String("die")) {
        m_stoppedDemoContainers.insert(event.actorId);
    } else if (action == QLatin1String("start") && m_stoppedDemoContainers.contains(event.actorId)
               && !m_restarted.contains(event.actorId)) {
        m_restarted.insert(event.actorId);
        emit changed();
    }
}

void LessonProgress::updateContainers()
{
    QList<ContainerSummary> demo;
    QHash<QString, Watched> watched;
    for (const ContainerSummary &c : m_containers->all()) {
        if (m_volumeExists && mountsLessonVolume(c))
            m_volumeUsersSeen.insert(c.id);
        if (!isDemoContainer(c))
            continue;
        demo.append(c);
        // A container that has exited before counts as stopped: its next start is a restart.
        if (c.state == QLatin1String("exited"))
            m_stoppedDemoContainers.insert(c.id);
        Watched w = m_watched.value(c.id);
        w.withVolume = mountsAtTarget(c);
        const QString key = runKey(c);
        if (key != w.key && c.state != QLatin1String("created")) {
            w.key = key;
            // Its size for the panel (the store's list has none until someone asks)...
            m_containers->fetch(c.id, true);
            // ...and whether the file went into its writable layer.
            if (!w.withVolume)
                askChanges(c.id, key);
            else if (!c.isRunning() && mountsLessonVolume(c))
                m_volumeSizes->start();
        }
        watched.insert(c.id, w);
    }
    m_watched = watched;
    for (auto it = m_restarted.begin(); it != m_restarted.end();)
        it = m_watched.contains(*it) ? std::next(it) : m_restarted.erase(it);

    const auto byCreated = [](const ContainerSummary &a, const ContainerSummary &b) { return a.created < b.created; };
    std::sort(demo.begin(), demo.end(), byCreated);
    // The oldest container is the one the lesson started with; the newest show the sizes.
    m_containerId = demo.isEmpty() ? QString() : demo.constFirst().id;
    m_containerName = demo.isEmpty() ? QString() : demo.constFirst().name;
    m_demoContainers = int(demo.size());
    m_layerContainerId.clear();
    m_volumeContainerId.clear();
    for (const ContainerSummary &c : std::as_const(demo)) {
        const Watched &w = m_watched[c.id];
        if (!w.withVolume && w.hasFile)
            m_layerContainerId = c.id;
        if (w.withVolume && mountsLessonVolume(c))
            m_volumeContainerId = c.id;
    }
    emit changed();
}

void LessonProgress::askChanges(const QString &id, const QString &key)
{
    m_session->api()->containers().changes(id, CallContext::internal())
        .then(this, [this, id, key](const ApiResult<QList<ContainerChange>> &r) {
            auto it = m_watched.find(id);
            if (it == m_watched.end() || it->key != key || !r.ok())
                return;
            const bool hasFile = std::any_of(r.value.cbegin(), r.value.cend(), [](const ContainerChange &c) {
                return c.path == LessonSteps::outputFile() && c.kind != ContainerChange::Kind::Deleted;
            });
            if (hasFile == it->hasFile)
                return;
            it->hasFile = hasFile;
            updateContainers();
        });
}

} // namespace dx
