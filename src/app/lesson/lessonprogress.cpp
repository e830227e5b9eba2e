#include "lessonprogress.h"

#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "api/volumesapi.h"
#include "containers/containerstore.h"
#include "engine/engine.h"
#include "engine/engineevent.h"
#include "session/enginesession.h"

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

} // namespace

LessonProgress::LessonProgress(EngineSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_containers(session->containers())
    , m_imageDebounce(new QTimer(this))
    , m_volumeDebounce(new QTimer(this))
{
    // A build or a run produces bursts of events: ask once per burst.
    for (QTimer *t : {m_imageDebounce, m_volumeDebounce}) {
        t->setSingleShot(true);
        t->setInterval(300);
    }
    connect(m_imageDebounce, &QTimer::timeout, this, &LessonProgress::lookUpImage);
    connect(m_volumeDebounce, &QTimer::timeout, this, &LessonProgress::lookUpVolume);
    connect(m_containers, &ContainerStore::loaded, this, &LessonProgress::updateContainers);
    connect(m_containers, &ContainerStore::changed, this, &LessonProgress::updateContainers);
    connect(m_containers, &ContainerStore::removed, this, &LessonProgress::updateContainers);
    Engine *engine = session->engine();
    connect(engine, &Engine::event, this, &LessonProgress::onEvent);
    const auto askAgain = [this](bool up) {
        if (!up)
            return;
        if (!m_imageFromStore)
            m_imageDebounce->start();
        if (!m_volumeFromStore)
            m_volumeDebounce->start();
    };
    connect(engine, &Engine::connectedChanged, this, askAgain);
    connect(engine, &Engine::eventsLiveChanged, this, askAgain);
    askAgain(engine->isConnected());
    updateContainers();
}

bool LessonProgress::isDone(LessonStep::Id step) const
{
    using Id = LessonStep::Id;
    switch (step) {
    case Id::Build:
    case Id::Layers:
        return m_imageExists;
    case Id::Instance:
        return m_demoContainers >= 1;
    case Id::RunAgain:
        return m_demoContainers >= 2;
    case Id::StopStart:
        return m_restarted;
    case Id::Volume:
        return m_volumeExists;
    case Id::ShareVolume:
        return m_volumeUsers >= 2;
    case Id::LookInside:
        return m_volumeExists && m_marked.contains(step);
    case Id::Recipe:
        return m_marked.contains(step);
    }
    return false;
}

void LessonProgress::markDone(LessonStep::Id step)
{
    if (m_marked.contains(step))
        return;
    m_marked.insert(step);
    emit changed();
}

bool LessonProgress::isDemoContainer(const ContainerSummary &container) const
{
    // By the reference it was run with, or by the image it runs (a run by id, an older tag).
    return isDemoReference(container.image) || (!m_demoImageId.isEmpty() && container.imageId == m_demoImageId);
}

void LessonProgress::setDemoImage(bool exists, const QString &imageId)
{
    m_imageFromStore = true;
    m_imageDebounce->stop();
    ++m_imageLookup; // an own lookup still on its way is outdated now
    const bool idChanged = imageId != m_demoImageId;
    m_demoImageId = imageId;
    if (exists != m_imageExists) {
        m_imageExists = exists;
        emit changed();
    }
    if (idChanged)
        updateContainers();
}

void LessonProgress::setDemoVolume(bool exists)
{
    m_volumeFromStore = true;
    m_volumeDebounce->stop();
    ++m_volumeLookup;
    if (exists != m_volumeExists) {
        m_volumeExists = exists;
        emit changed();
    }
}

void LessonProgress::refresh()
{
    updateContainers();
    if (!m_imageFromStore)
        lookUpImage();
    if (!m_volumeFromStore)
        lookUpVolume();
}

void LessonProgress::onEvent(const EngineEvent &event)
{
    if (event.type == QLatin1String("image")) {
        if (!m_imageFromStore)
            m_imageDebounce->start();
        return;
    }
    if (event.type == QLatin1String("volume")) {
        if (!m_volumeFromStore)
            m_volumeDebounce->start();
        return;
    }
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
    } else if (action == QLatin1String("start") && m_stoppedDemoContainers.contains(event.actorId) && !m_restarted) {
        m_restarted = true;
        emit changed();
    }
}

void LessonProgress::updateContainers()
{
    QList<ContainerSummary> demo;
    int volumeUsers = 0;
    for (const ContainerSummary &c : m_containers->all()) {
        for (const ContainerMount &m : c.mounts) {
            if (m.type == QLatin1String("volume") && m.name == LessonSteps::volumeName()) {
                ++volumeUsers;
                break;
            }
        }
        if (!isDemoContainer(c))
            continue;
        demo.append(c);
        // A container that has exited before counts as stopped: its next start is a restart.
        if (c.state == QLatin1String("exited"))
            m_stoppedDemoContainers.insert(c.id);
    }
    // The oldest container is the one the lesson started with.
    const auto oldest = std::min_element(demo.cbegin(), demo.cend(), [](const ContainerSummary &a, const ContainerSummary &b) {
        return a.created < b.created;
    });
    const QString id = oldest == demo.cend() ? QString() : oldest->id;
    const QString name = oldest == demo.cend() ? QString() : oldest->name;
    if (int(demo.size()) == m_demoContainers && volumeUsers == m_volumeUsers && id == m_containerId
        && name == m_containerName)
        return;
    m_demoContainers = int(demo.size());
    m_volumeUsers = volumeUsers;
    m_containerId = id;
    m_containerName = name;
    emit changed();
}

void LessonProgress::lookUpImage()
{
    Engine *engine = m_session->engine();
    if (m_imageFromStore || !engine || !engine->isConnected())
        return;
    const quint64 lookup = ++m_imageLookup;
    m_session->api()->images().list(false, {{QStringLiteral("reference"), {LessonSteps::imageName()}}}, CallContext::internal())
        .then(this, [this, lookup](const ApiResult<QList<ImageSummary>> &r) {
            if (lookup != m_imageLookup || !r.ok())
                return;
            const bool exists = !r.value.isEmpty();
            const QString id = exists ? r.value.constFirst().id : QString();
            const bool idChanged = id != m_demoImageId;
            m_demoImageId = id;
            if (exists != m_imageExists) {
                m_imageExists = exists;
                emit changed();
            }
            if (idChanged)
                updateContainers();
        });
}

void LessonProgress::lookUpVolume()
{
    Engine *engine = m_session->engine();
    if (m_volumeFromStore || !engine || !engine->isConnected())
        return;
    const quint64 lookup = ++m_volumeLookup;
    m_session->api()->volumes().list({{QStringLiteral("name"), {LessonSteps::volumeName()}}}, CallContext::internal())
        .then(this, [this, lookup](const ApiResult<QList<VolumeSummary>> &r) {
            if (lookup != m_volumeLookup || !r.ok())
                return;
            // The name filter matches substrings: compare exactly.
            const bool exists = std::any_of(r.value.cbegin(), r.value.cend(), [](const VolumeSummary &v) {
                return v.name == LessonSteps::volumeName();
            });
            if (exists != m_volumeExists) {
                m_volumeExists = exists;
                emit changed();
            }
        });
}

} // namespace dx
