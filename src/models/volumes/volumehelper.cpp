#include "volumehelper.h"

#include "engine/engine.h"
#include "streams/chunkqueue.h"
#include "streams/tarbuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace dx {

namespace {

QString shortId(const QString &id)
{
    return id.left(12);
}

// Which running app made a helper: "host/pid". Start-up cleanup only removes helpers whose
// app is gone, so two windows (or a test run beside the app) never pull each other's helpers.
constexpr const char *OwnerKey = "io.github.dockerexplorer.helper.owner";

QString ownerValue()
{
    return QSysInfo::machineHostName() + QLatin1Char('/') + QString::number(QCoreApplication::applicationPid());
}

bool ownerIsGone(const QJsonObject &container)
{
    const QString owner = container.value(QLatin1String("Labels")).toObject().value(QLatin1String(OwnerKey)).toString();
    const qint64 created = container.value(QLatin1String("Created")).toInteger();
    const bool dayOld = created > 0 && QDateTime::currentSecsSinceEpoch() - created > 24 * 3600;
    const qsizetype slash = owner.lastIndexOf(QLatin1Char('/'));
    if (owner.isEmpty() || slash < 0)
        return true; // made by an older version: nobody owns it
    if (owner.left(slash) != QSysInfo::machineHostName())
        return dayOld; // another machine's app: only when it is clearly abandoned
    const qint64 pid = owner.mid(slash + 1).toLongLong();
    if (pid == QCoreApplication::applicationPid())
        return false;
    return pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH);
}

// POST /images/create answers 200 and reports failures inside its JSON stream.
QString streamError(const QByteArray &body)
{
    for (const QByteArray &line : body.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QLatin1String("error")))
            return o.value(QLatin1String("error")).toString();
    }
    return {};
}

} // namespace

VolumeHelper::VolumeHelper(Engine *engine, QObject *parent)
    : QObject(parent), m_engine(engine)
{
}

VolumeHelper::~VolumeHelper() = default;

void VolumeHelper::setImage(const QString &repository, const QString &tag)
{
    m_repository = repository;
    m_tag = tag;
    m_imageReady = false;
}

QString VolumeHelper::containerPath(const QString &volumePath)
{
    return volumePath.isEmpty() ? QString::fromLatin1(MountPoint)
                                : QString::fromLatin1(MountPoint) + QLatin1Char('/') + volumePath;
}

EngineReply *VolumeHelper::streamArchive(Engine *engine, const QString &helperId, const QString &volumePath,
                                         const std::shared_ptr<ChunkQueue> &queue, QObject *context, QString *error)
{
    EngineRequest request = EngineRequest::download(QStringLiteral("/containers/%1/archive").arg(helperId));
    request.addQueryItem(QStringLiteral("path"), containerPath(volumePath));
    request.streaming = true;
    EngineReply *reply = engine->send(request);

    // The GUI thread must never wait for the consumer: chunks that do not fit wait here,
    // and the engine is asked to hold back the rest until the consumer has made room.
    struct Feed {
        QList<QByteArray> pending;
        bool ended = false;
        bool paused = false;
    };
    auto feed = std::make_shared<Feed>();
    const std::weak_ptr<ChunkQueue> weakQueue = queue; // the queue holds the callback below
    const QPointer<EngineReply> guard(reply);
    const auto drain = [weakQueue, feed, guard] {
        const std::shared_ptr<ChunkQueue> q = weakQueue.lock();
        if (!q)
            return;
        while (!feed->pending.isEmpty()) {
            const ChunkQueue::TryResult result = q->tryFeed(feed->pending.constFirst());
            if (result == ChunkQueue::TryResult::Full)
                return;
            if (result == ChunkQueue::TryResult::Closed) {
                feed->pending.clear();
                if (guard)
                    guard->abort();
                return;
            }
            feed->pending.removeFirst();
        }
        if (feed->paused && guard) {
            feed->paused = false;
            guard->setReceivePaused(false);
        }
        if (feed->ended)
            q->finish();
    };
    const QPointer<QObject> alive(context);
    queue->setSpaceCallback([alive, drain] {
        // Called on the consumer's thread: hop over to the GUI thread.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [alive, drain] {
            if (alive)
                drain();
        }, Qt::QueuedConnection);
    });
    QObject::connect(reply, &EngineReply::dataReceived, context, [feed, drain, guard](const QByteArray &chunk) {
        feed->pending.append(chunk);
        drain();
        if (!feed->pending.isEmpty() && !feed->paused && guard) {
            feed->paused = true;
            guard->setReceivePaused(true);
        }
    });
    QObject::connect(reply, &EngineReply::finished, context, [queue, error, feed, drain](const EngineResponse &r) {
        if (r.ok()) {
            feed->ended = true;
            drain();
            return;
        }
        if (r.error != EngineResponse::Error::Cancelled)
            *error = r.message;
        queue->abort();
    });
    return reply;
}

QString VolumeHelper::labelFilter() const
{
    QJsonArray labels{QStringLiteral("%1=1").arg(QLatin1String(LabelKey))};
    for (auto it = m_extraLabels.cbegin(); it != m_extraLabels.cend(); ++it)
        labels.append(QString(it.key() + QLatin1Char('=') + it.value()));
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("label"), labels}}).toJson(QJsonDocument::Compact));
}

void VolumeHelper::acquire(const QString &volume, const Callback &done)
{
    ensureImage([this, volume, done](const QString &error) {
        if (!error.isEmpty()) {
            done({}, error);
            return;
        }
        createContainer(volume, done);
    });
}

void VolumeHelper::ensureImage(const std::function<void(const QString &)> &done)
{
    if (!m_engine) {
        done(tr("Not connected to an engine."));
        return;
    }
    if (m_imageReady) {
        done({});
        return;
    }
    EngineReply *reply = m_engine->get(QStringLiteral("/images/%1/json").arg(imageReference()));
    connect(reply, &EngineReply::finished, this, [this, done](const EngineResponse &r) {
        if (r.ok()) {
            m_imageReady = true;
            done({});
        } else if (r.status == 404) {
            createImage(done);
        } else {
            done(r.message);
        }
    });
}

void VolumeHelper::createImage(const std::function<void(const QString &)> &done)
{
    // A single empty file is enough: the container is never started, so it needs no binary.
    QByteArray tar;
    TarBuilder builder([&tar](const char *data, qsizetype size) {
        tar.append(data, size);
        return true;
    });
    builder.addFile(QStringLiteral(".dx-helper"), {});
    builder.finish();

    EngineRequest request = EngineRequest::post(QStringLiteral("/images/create"));
    request.query.addQueryItem(QStringLiteral("fromSrc"), QStringLiteral("-"));
    request.query.addQueryItem(QStringLiteral("repo"), m_repository);
    request.query.addQueryItem(QStringLiteral("tag"), m_tag);
    QString changes = QStringLiteral("LABEL %1=1").arg(QLatin1String(LabelKey));
    request.query.addQueryItem(QStringLiteral("changes"), changes);
    for (auto it = m_extraLabels.cbegin(); it != m_extraLabels.cend(); ++it)
        request.query.addQueryItem(QStringLiteral("changes"), QStringLiteral("LABEL %1=%2").arg(it.key(), it.value()));
    request.body = tar;
    request.contentType = "application/x-tar";
    emit commandLogged(QStringLiteral("tar -c .dx-helper | docker import --change 'LABEL %1=1' - %2")
                               .arg(QLatin1String(LabelKey), imageReference()),
                       tr("Create the tiny helper image used to read volumes"));
    EngineReply *reply = m_engine->send(request);
    connect(reply, &EngineReply::finished, this, [this, done](const EngineResponse &r) {
        const QString error = r.ok() ? streamError(r.body) : r.message;
        if (error.isEmpty())
            m_imageReady = true;
        done(error);
    });
}

void VolumeHelper::createContainer(const QString &volume, const Callback &done)
{
    QJsonObject labels{{QString::fromLatin1(LabelKey), QStringLiteral("1")},
                       {QString::fromLatin1(OwnerKey), ownerValue()}};
    for (auto it = m_extraLabels.cbegin(); it != m_extraLabels.cend(); ++it)
        labels.insert(it.key(), it.value());
    const QJsonObject mount{{QStringLiteral("Type"), QStringLiteral("volume")},
                            {QStringLiteral("Source"), volume},
                            {QStringLiteral("Target"), QString::fromLatin1(MountPoint)}};
    const QJsonObject body{
        {QStringLiteral("Image"), imageReference()},
        {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("/nonexistent")}},
        {QStringLiteral("Labels"), labels},
        {QStringLiteral("NetworkDisabled"), true},
        {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Mounts"), QJsonArray{mount}}}},
    };
    emit commandLogged(QStringLiteral("docker create --label %1=1 --mount type=volume,src=%2,dst=%3 %4 /nonexistent")
                               .arg(QLatin1String(LabelKey), volume, QLatin1String(MountPoint), imageReference()),
                       tr("Helper container (never started) that gives access to the volume's files"));
    EngineReply *reply = m_engine->post(QStringLiteral("/containers/create"), {},
                                        QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &EngineReply::finished, this, [this, volume, done](const EngineResponse &r) {
        if (r.status == 404 && m_imageReady) {
            // The helper image was removed behind our back: make it again, once.
            m_imageReady = false;
            createImage([this, volume, done](const QString &error) {
                if (!error.isEmpty())
                    done({}, error);
                else
                    createContainer(volume, done);
            });
            return;
        }
        if (!r.ok()) {
            done({}, r.message);
            return;
        }
        done(QJsonDocument::fromJson(r.body).object().value(QLatin1String("Id")).toString(), {});
    });
}

void VolumeHelper::release(const QString &containerId, const std::function<void()> &done)
{
    if (!m_engine || containerId.isEmpty()) {
        if (done)
            done();
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("v"), QStringLiteral("0")); // keep the named volume!
    emit commandLogged(QStringLiteral("docker rm -f %1").arg(shortId(containerId)),
                       tr("Remove the volume helper container (the volume stays)"));
    EngineReply *reply = m_engine->del(QStringLiteral("/containers/") + containerId, q);
    if (done)
        connect(reply, &EngineReply::finished, this, [done](const EngineResponse &) { done(); });
}

void VolumeHelper::removeLeftovers(const std::function<void(int)> &done)
{
    if (!m_engine) {
        if (done)
            done(0);
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("filters"), labelFilter());
    EngineReply *reply = m_engine->get(QStringLiteral("/containers/json"), q);
    connect(reply, &EngineReply::finished, this, [this, done](const EngineResponse &r) {
        QJsonArray list;
        for (const QJsonValue &c : QJsonDocument::fromJson(r.body).array()) {
            if (ownerIsGone(c.toObject()))
                list.append(c);
        }
        auto pending = std::make_shared<int>(int(list.size()));
        if (list.isEmpty() && done)
            done(0);
        for (const QJsonValue &c : list) {
            release(c.toObject().value(QLatin1String("Id")).toString(), [pending, done, n = int(list.size())] {
                if (--*pending == 0 && done)
                    done(n);
            });
        }
    });
}

void VolumeHelper::removeImage(const std::function<void()> &done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    EngineReply *reply = m_engine->del(QStringLiteral("/images/") + imageReference(), q);
    m_imageReady = false;
    connect(reply, &EngineReply::finished, this, [done](const EngineResponse &) {
        if (done)
            done();
    });
}

} // namespace dx
