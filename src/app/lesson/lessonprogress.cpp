#include "lessonprogress.h"

#include "engine/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace dx {

namespace {

QString attribute(const QJsonObject &event, const char *key)
{
    return event.value(QLatin1String("Actor")).toObject().value(QLatin1String("Attributes")).toObject()
        .value(QLatin1String(key)).toString();
}

bool isDemoImage(const QString &image)
{
    return image == LessonSteps::imageName() || image == LessonSteps::imageName() + QLatin1String(":latest");
}

} // namespace

LessonProgress::LessonProgress(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_debounce(new QTimer(this))
{
    // A build or a run produces bursts of events: ask once per burst.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &LessonProgress::refresh);
    connect(engine, &Engine::engineEvent, this, &LessonProgress::onEvent);
    connect(engine, &Engine::connectedChanged, this, [this](bool connected) {
        if (connected)
            m_debounce->start();
    });
    connect(engine, &Engine::eventsLiveChanged, this, [this](bool live) {
        if (live)
            m_debounce->start();
    });
    if (engine->isConnected())
        m_debounce->start();
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

void LessonProgress::onEvent(const QJsonObject &event)
{
    const QString type = event.value(QLatin1String("Type")).toString();
    if (type != QLatin1String("image") && type != QLatin1String("container") && type != QLatin1String("volume"))
        return;
    if (type == QLatin1String("container") && isDemoImage(attribute(event, "image"))) {
        // Stop then start of the same container: the lesson's point about the writable layer.
        const QString action = event.value(QLatin1String("Action")).toString();
        const QString id = event.value(QLatin1String("Actor")).toObject().value(QLatin1String("ID")).toString();
        if (action == QLatin1String("die") || action == QLatin1String("stop")) {
            m_stoppedDemoContainers.insert(id);
        } else if (action == QLatin1String("start") && m_stoppedDemoContainers.contains(id) && !m_restarted) {
            m_restarted = true;
            emit changed();
        }
    }
    m_debounce->start();
}

EngineReply *LessonProgress::list(const QString &path, const QString &filterKey, const QString &value, bool all)
{
    QUrlQuery query;
    if (all)
        query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(QJsonObject{
        {filterKey, QJsonArray{value}}}).toJson(QJsonDocument::Compact)));
    ++m_outstanding;
    return m_engine->get(path, query);
}

void LessonProgress::refresh()
{
    if (!m_engine->isConnected())
        return;
    // Answers of an older round are dropped: only the newest picture counts.
    const quint64 generation = ++m_generation;
    m_outstanding = 0;
    const auto current = [this, generation] { return generation == m_generation; };

    connect(list(QStringLiteral("/images/json"), QStringLiteral("reference"), LessonSteps::imageName(), false),
            &EngineReply::finished, this, [this, current](const EngineResponse &r) {
        if (!current())
            return;
        m_imageExists = r.ok() && !QJsonDocument::fromJson(r.body).array().isEmpty();
        finishOne();
    });
    // An unknown image in the ancestor filter is an error (404/400): that means "none".
    connect(list(QStringLiteral("/containers/json"), QStringLiteral("ancestor"), LessonSteps::imageName(), true),
            &EngineReply::finished, this, [this, current](const EngineResponse &r) {
        if (!current())
            return;
        const QJsonArray containers = r.ok() ? QJsonDocument::fromJson(r.body).array() : QJsonArray();
        m_demoContainers = int(containers.size());
        // A container that has exited before counts as stopped: its next start is a restart.
        for (const QJsonValue &c : containers) {
            if (c.toObject().value(QLatin1String("State")).toString() == QLatin1String("exited"))
                m_stoppedDemoContainers.insert(c.toObject().value(QLatin1String("Id")).toString());
        }
        m_containerName.clear();
        m_containerId.clear();
        if (!containers.isEmpty()) {
            // The list is newest first: the oldest container is the one the lesson started with.
            const QJsonObject oldest = containers.last().toObject();
            m_containerId = oldest.value(QLatin1String("Id")).toString();
            const QJsonArray names = oldest.value(QLatin1String("Names")).toArray();
            m_containerName = names.isEmpty() ? QString() : names.first().toString().mid(1);
        }
        finishOne();
    });
    connect(list(QStringLiteral("/volumes"), QStringLiteral("name"), LessonSteps::volumeName(), false),
            &EngineReply::finished, this, [this, current](const EngineResponse &r) {
        if (!current())
            return;
        // The name filter matches substrings: compare exactly.
        m_volumeExists = false;
        const QJsonArray volumes = QJsonDocument::fromJson(r.body).object().value(QLatin1String("Volumes")).toArray();
        for (const QJsonValue &v : volumes)
            m_volumeExists = m_volumeExists || v.toObject().value(QLatin1String("Name")).toString() == LessonSteps::volumeName();
        finishOne();
    });
    connect(list(QStringLiteral("/containers/json"), QStringLiteral("volume"), LessonSteps::volumeName(), true),
            &EngineReply::finished, this, [this, current](const EngineResponse &r) {
        if (!current())
            return;
        m_volumeUsers = r.ok() ? int(QJsonDocument::fromJson(r.body).array().size()) : 0;
        finishOne();
    });
}

void LessonProgress::finishOne()
{
    if (--m_outstanding == 0)
        emit changed();
}

} // namespace dx
