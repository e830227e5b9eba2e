#include "imagestore.h"

#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "containers/containerstore.h"
#include "engine/engine.h"
#include "imagelistmodel.h"
#include "volumes/volumehelper.h"

#include <algorithm>

namespace dx {

ImageStore::ImageStore(DockerApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(new ImageListModel(this))
{
    // A pull or a build's tag comes as a burst of events for the same image: one fetch.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(25);
    connect(&m_coalesce, &QTimer::timeout, this, &ImageStore::fetchPending);
    Engine *engine = api->engine();
    connect(engine, &Engine::event, this, &ImageStore::handleEvent);
    connect(engine, &Engine::connectedChanged, this, [this](bool connected) {
        if (connected)
            refresh();
        else
            setStale(true);
    });
    if (engine->isConnected())
        refresh();
}

ImageStore::~ImageStore() = default;

void ImageStore::followContainers(ContainerStore *containers)
{
    m_containers = containers;
    m_usersTimer.setSingleShot(true);
    m_usersTimer.setInterval(0); // a burst of container changes: one pass over the list
    connect(&m_usersTimer, &QTimer::timeout, this, &ImageStore::applyUsers);
    for (auto signal : {&ContainerStore::changed, &ContainerStore::removed})
        connect(containers, signal, &m_usersTimer, qOverload<>(&QTimer::start));
    connect(containers, &ContainerStore::loaded, &m_usersTimer, qOverload<>(&QTimer::start));
    if (containers->isLoaded())
        m_usersTimer.start();
}

void ImageStore::applyUsers()
{
    if (!m_containers || !m_containers->isLoaded())
        return;
    QHash<QString, QList<ImageUser>> users;
    for (const ContainerSummary &c : m_containers->all()) {
        if (VolumeHelper::isHelper(c.labels)) // the app's own helpers are nobody's instances
            continue;
        users[c.imageId].append(ImageUser{c.id, c.name, c.state, c.isRunning()});
    }
    for (QList<ImageUser> &list : users)
        std::sort(list.begin(), list.end(), [](const ImageUser &a, const ImageUser &b) { return a.name < b.name; });
    m_model->setUsers(users);
}

QList<ImageSummary> ImageStore::all() const
{
    return m_model->images();
}

std::optional<ImageSummary> ImageStore::find(const QString &idOrReference) const
{
    const int row = m_model->rowOfId(idOrReference);
    if (row < 0)
        return std::nullopt;
    return m_model->imageAt(row);
}

void ImageStore::refresh(const CallContext &context)
{
    const int generation = ++m_generation;
    m_listing = true;
    m_touchedWhileListing.clear();
    const auto listed = [this, generation](const ApiResult<QList<ImageSummary>> &r) {
        if (generation != m_generation)
            return;
        m_listing = false;
        const QSet<QString> touched = std::exchange(m_touchedWhileListing, {});
        if (!r.ok()) {
            reportError(r.message());
            return;
        }
        QSet<QString> keep;
        for (const ImageSummary &image : r.value)
            keep.insert(image.id);
        const QList<ImageSummary> before = m_model->images();
        for (const ImageSummary &old : before) {
            if (!keep.contains(old.id))
                removeImage(old.id);
        }
        for (const ImageSummary &image : r.value) {
            if (m_model->upsert(image))
                emit changed(image.id);
        }
        // Events that arrived while the list was on its way may be newer than it.
        for (const QString &key : touched)
            fetch(key);
        m_lastError.clear();
        setStale(false);
        if (!m_loaded) {
            m_loaded = true;
            emit loaded();
        }
    };
    m_api->images().list(false, {}, context).then(this, listed);
}

void ImageStore::fetch(const QString &idOrReference)
{
    if (idOrReference.isEmpty())
        return;
    m_pending.insert(idOrReference);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void ImageStore::handleEvent(const EngineEvent &event)
{
    // `docker commit` makes an image with no image event of its own when it gets no name.
    if (event.type == QLatin1String("container") && event.baseAction() == QLatin1String("commit")
        && !event.attribute(QStringLiteral("imageID")).isEmpty()) {
        fetch(event.attribute(QStringLiteral("imageID")));
        return;
    }
    if (event.type != QLatin1String("image") || event.actorId.isEmpty())
        return;
    const QString action = event.baseAction();
    if (m_listing)
        m_touchedWhileListing.insert(event.actorId);
    if (action == QLatin1String("delete")) {
        m_pending.remove(event.actorId);
        removeImage(event.actorId);
        return;
    }
    // pull names the reference it pulled; the others name the image id.
    static const QStringList refetch{QStringLiteral("pull"), QStringLiteral("tag"), QStringLiteral("untag"),
                                     QStringLiteral("import"), QStringLiteral("load")};
    if (refetch.contains(action))
        fetch(event.actorId);
}

void ImageStore::fetchPending()
{
    const QSet<QString> keys = std::exchange(m_pending, {});
    for (const QString &key : keys) {
        const auto inspected = [this, key](const ApiResult<ImageDetails> &r) {
            if (r.error.isNotFound()) {
                applyNotFound(key);
                return;
            }
            if (!r.ok()) {
                reportError(r.message());
                return;
            }
            applyInspection(r.value.summary());
        };
        m_api->images().inspect(key, CallContext::internal()).then(this, inspected);
    }
}

void ImageStore::applyInspection(const ImageSummary &image)
{
    if (m_model->upsert(image))
        emit changed(image.id);
    // A tag moves without an event for the image that lost it (a rebuild of demo_image:latest
    // leaves the old image dangling): whoever else still shows one of these names is stale.
    queueHoldersOf(image.repoTags, image.id);
}

void ImageStore::applyNotFound(const QString &key)
{
    const int row = m_model->rowOfId(key);
    if (row < 0)
        return;
    const ImageSummary gone = m_model->imageAt(row);
    if (gone.id == key || gone.id == QLatin1String("sha256:") + key)
        removeImage(gone.id);
    else
        fetch(gone.id); // a reference that no longer resolves: its last holder lost it
}

void ImageStore::removeImage(const QString &id)
{
    if (m_model->remove(id))
        emit removed(id);
}

void ImageStore::queueHoldersOf(const QStringList &references, const QString &except)
{
    for (const ImageSummary &other : m_model->images()) {
        if (other.id == except)
            continue;
        for (const QString &reference : references) {
            if (other.repoTags.contains(reference)) {
                fetch(other.id);
                break;
            }
        }
    }
}

void ImageStore::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

void ImageStore::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

} // namespace dx
