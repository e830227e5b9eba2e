#include "containerrecreator.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "api/imagesapi.h"

#include <QJsonArray>
#include <QSet>

namespace dx {

namespace {

// Removes from the container's config what it only has because the old image said so: the
// new image's own values apply then, as they would at `docker run`.
void dropInherited(QJsonObject *config, const QJsonObject &image)
{
    static const QStringList whole{QStringLiteral("Cmd"),        QStringLiteral("Entrypoint"), QStringLiteral("WorkingDir"),
                                   QStringLiteral("User"),       QStringLiteral("StopSignal"), QStringLiteral("Healthcheck"),
                                   QStringLiteral("OnBuild"),    QStringLiteral("Shell")};
    for (const QString &key : whole) {
        if (config->contains(key) && config->value(key) == image.value(key))
            config->remove(key);
    }
    const QJsonArray imageEnv = image.value(QLatin1String("Env")).toArray();
    QJsonArray env;
    for (const QJsonValue &v : config->value(QLatin1String("Env")).toArray()) {
        if (!imageEnv.contains(v))
            env.append(v);
    }
    config->insert(QStringLiteral("Env"), env);
    for (const char *mapKey : {"Labels", "ExposedPorts", "Volumes"}) {
        const QString key = QLatin1String(mapKey);
        const QJsonObject fromImage = image.value(key).toObject();
        QJsonObject own = config->value(key).toObject();
        for (auto it = fromImage.begin(); it != fromImage.end(); ++it) {
            if (own.value(it.key()) == it.value())
                own.remove(it.key());
        }
        config->insert(key, own);
    }
}

} // namespace

ContainerRecreator::ContainerRecreator(DockerApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

QString ContainerRecreator::temporaryName(const QString &name)
{
    return name + QStringLiteral("-recreated");
}

QJsonObject ContainerRecreator::createBody(const QJsonObject &inspect, const QJsonObject &oldImageConfig, const QString &image)
{
    QJsonObject config = inspect.value(QLatin1String("Config")).toObject();
    const QString id = inspect.value(QLatin1String("Id")).toString();
    // The engine names a container's host after its id unless one was given.
    if (config.value(QLatin1String("Hostname")).toString() == id.left(12))
        config.remove(QStringLiteral("Hostname"));
    if (!oldImageConfig.isEmpty())
        dropInherited(&config, oldImageConfig);
    config.insert(QStringLiteral("Image"), image);

    QJsonObject host = inspect.value(QLatin1String("HostConfig")).toObject();
    // Anonymous volumes (`-v /data`, an image's VOLUME) are in no bind: name them, or the new
    // container would get new empty ones.
    QSet<QString> covered;
    QJsonArray binds = host.value(QLatin1String("Binds")).toArray();
    for (const QJsonValue &b : binds) {
        const QStringList parts = b.toString().split(QLatin1Char(':'));
        if (parts.size() >= 2)
            covered.insert(parts.at(1));
    }
    for (const QJsonValue &m : host.value(QLatin1String("Mounts")).toArray())
        covered.insert(m.toObject().value(QLatin1String("Target")).toString());
    for (const QJsonValue &v : inspect.value(QLatin1String("Mounts")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString destination = m.value(QLatin1String("Destination")).toString();
        if (m.value(QLatin1String("Type")).toString() != QLatin1String("volume") || covered.contains(destination))
            continue;
        QString bind = m.value(QLatin1String("Name")).toString() + QLatin1Char(':') + destination;
        if (!m.value(QLatin1String("RW")).toBool(true))
            bind += QLatin1String(":ro");
        binds.append(bind);
    }
    if (!binds.isEmpty())
        host.insert(QStringLiteral("Binds"), binds);
    config.insert(QStringLiteral("HostConfig"), host);

    // The network of NetworkMode with its aliases and fixed addresses (an engine before API 1.44
    // takes one network at create); the old container's id as an alias is not carried over.
    const QString mode = host.value(QLatin1String("NetworkMode")).toString();
    const QJsonObject networks = inspect.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Networks")).toObject();
    if (networks.contains(mode)) {
        const QJsonObject old = networks.value(mode).toObject();
        QJsonObject endpoint;
        QJsonArray aliases;
        for (const QJsonValue &a : old.value(QLatin1String("Aliases")).toArray()) {
            if (!id.startsWith(a.toString()))
                aliases.append(a);
        }
        if (!aliases.isEmpty())
            endpoint.insert(QStringLiteral("Aliases"), aliases);
        if (old.value(QLatin1String("IPAMConfig")).isObject())
            endpoint.insert(QStringLiteral("IPAMConfig"), old.value(QLatin1String("IPAMConfig")));
        if (!endpoint.isEmpty())
            config.insert(QStringLiteral("NetworkingConfig"),
                          QJsonObject{{QStringLiteral("EndpointsConfig"), QJsonObject{{mode, endpoint}}}});
    }
    return config;
}

void ContainerRecreator::recreate(const QString &container, const QString &image, int stopTimeout, bool start)
{
    m_old = container;
    m_image = image;
    m_stopTimeout = stopTimeout;
    m_start = start;
    emit progress(tr("Reading the settings of %1…").arg(container));
    m_api->containers().inspect(container, CallContext::internal()).then(this, [this](const ApiResult<ContainerDetails> &r) {
        if (!r.ok()) {
            fail(tr("Could not read the settings of %1: %2").arg(m_old, r.message()));
            return;
        }
        m_old = r.value.name;
        m_wasRunning = r.value.running || r.value.paused || r.value.restarting;
        const QJsonObject inspect = r.value.raw;
        // The old image tells which settings were only its defaults; gone, everything is kept.
        m_api->images().inspect(r.value.imageId, CallContext::internal()).then(this, [this, inspect](const ApiResult<ImageDetails> &image) {
            createNew(inspect, image.ok() ? image.value.raw.value(QLatin1String("Config")).toObject() : QJsonObject());
        });
    });
}

void ContainerRecreator::createNew(const QJsonObject &inspect, const QJsonObject &imageConfig)
{
    emit progress(tr("Creating the new container from %1…").arg(m_image));
    CallContext context = CallContext::user();
    context.description = tr("Recreate %1: the new container from %2, with its settings, under a temporary name").arg(m_old, m_image);
    m_api->containers().create(createBody(inspect, imageConfig, m_image), temporaryName(m_old), context)
        .then(this, [this](const ApiResult<ContainerCreated> &r) {
            if (!r.ok()) {
                fail(tr("Could not create the new container from %1: %2. %3 is unchanged.").arg(m_image, r.message(), m_old));
                return;
            }
            m_newId = r.value.id;
            stopOld();
        });
}

void ContainerRecreator::stopOld()
{
    if (!m_wasRunning) {
        startNew();
        return;
    }
    emit progress(tr("Stopping %1…").arg(m_old));
    m_api->containers().stop(m_old, m_stopTimeout).then(this, [this](const ApiResult<NoContent> &r) {
        if (!r.ok()) {
            rollBack(tr("Could not stop %1: %2").arg(m_old, r.message()));
            return;
        }
        startNew();
    });
}

void ContainerRecreator::startNew()
{
    if (!m_start) {
        removeOld();
        return;
    }
    emit progress(tr("Starting the new container…"));
    m_api->containers().start(temporaryName(m_old)).then(this, [this](const ApiResult<NoContent> &r) {
        if (!r.ok()) {
            rollBack(tr("The new container from %1 did not start: %2").arg(m_image, r.message()));
            return;
        }
        removeOld();
    });
}

void ContainerRecreator::removeOld()
{
    emit progress(tr("Removing %1 (its volumes are kept)…").arg(m_old));
    m_api->containers().remove(m_old, false, false).then(this, [this](const ApiResult<NoContent> &r) {
        // Gone already: one made with --rm removes itself when it stops.
        if (!r.ok() && !r.error.isNotFound()) {
            fail(tr("The new container runs as %1, but %2 could not be removed: %3")
                     .arg(temporaryName(m_old), m_old, r.message()));
            return;
        }
        renameNew();
    });
}

void ContainerRecreator::renameNew()
{
    m_api->containers().rename(temporaryName(m_old), m_old).then(this, [this](const ApiResult<NoContent> &r) {
        if (!r.ok()) {
            fail(tr("The new container is called %1: it could not be renamed to %2: %3")
                     .arg(temporaryName(m_old), m_old, r.message()));
            return;
        }
        emit finished(m_newId, m_old);
    });
}

// The new container goes; the old one runs again as it did.
void ContainerRecreator::rollBack(const QString &message)
{
    m_api->containers().remove(temporaryName(m_old), true, false).then(this, [this, message](const ApiResult<NoContent> &) {
        if (!m_wasRunning) {
            fail(tr("%1. %2 is unchanged.").arg(message, m_old));
            return;
        }
        m_api->containers().start(m_old).then(this, [this, message](const ApiResult<NoContent> &r) {
            fail(r.ok() ? tr("%1. %2 was started again.").arg(message, m_old)
                        : tr("%1. %2 is kept, but could not be started again: %3").arg(message, m_old, r.message()));
        });
    });
}

void ContainerRecreator::fail(const QString &message)
{
    emit failed(message);
}

} // namespace dx
