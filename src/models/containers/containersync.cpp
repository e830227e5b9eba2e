#include "containersync.h"

#include "containerlistmodel.h"
#include "engine/engine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace dx {

namespace {

QVector<ContainerInfo> parseList(const QByteArray &body)
{
    const QJsonArray array = QJsonDocument::fromJson(body).array();
    QVector<ContainerInfo> list;
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list.append(ContainerInfo::fromJson(v.toObject()));
    return list;
}

// Actions that do not change what the list shows (exec sessions, tty resizes, copies).
bool ignoredAction(const QString &action)
{
    return action.startsWith(QLatin1String("exec_")) || action == QLatin1String("resize")
        || action == QLatin1String("attach") || action == QLatin1String("detach") || action == QLatin1String("top")
        || action == QLatin1String("archive-path") || action == QLatin1String("extract-to-dir")
        || action == QLatin1String("copy") || action == QLatin1String("export") || action == QLatin1String("commit");
}

} // namespace

ContainerSync::ContainerSync(Engine *engine, ContainerListModel *model, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_model(model)
{
    if (!m_engine)
        return;
    connect(m_engine, &Engine::engineEvent, this, &ContainerSync::handleEvent);
    connect(m_engine, &Engine::eventsLiveChanged, this, [this](bool live) {
        emit liveChanged(live);
        // Events may have been missed while the stream was down: re-list and diff. The first
        // "live" after connecting needs no second list.
        if (live && (m_interrupted || (!m_listed && !m_listing)))
            refresh();
        m_interrupted = !live;
    });
    connect(m_engine, &Engine::connectedChanged, this, [this](bool connected) {
        if (connected)
            refresh();
    });
}

void ContainerSync::refresh()
{
    if (!m_engine || !m_engine->isConnected())
        return;
    const int generation = ++m_generation;
    m_listing = true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    EngineReply *reply = m_engine->get(QStringLiteral("/containers/json"), query);
    connect(reply, &EngineReply::finished, this, [this, generation](const EngineResponse &r) {
        if (generation != m_generation)
            return;
        m_listing = false;
        if (!r.ok()) {
            emit listFailed(r.message);
            return;
        }
        m_model->setContainers(parseList(r.body));
        m_listed = true;
        emit listed();
        fetchSizes(generation);
    });
}

void ContainerSync::fetchSizes(int generation)
{
    // size=1 walks every writable layer on the engine: slow on big hosts, so it comes second.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("size"), QStringLiteral("1"));
    EngineReply *reply = m_engine->get(QStringLiteral("/containers/json"), query);
    connect(reply, &EngineReply::finished, this, [this, generation](const EngineResponse &r) {
        if (generation != m_generation || !r.ok())
            return;
        m_model->applySizes(parseList(r.body));
    });
}

void ContainerSync::handleEvent(const QJsonObject &event)
{
    if (event.value(QLatin1String("Type")).toString() != QLatin1String("container"))
        return;
    QString action = event.value(QLatin1String("Action")).toString();
    if (ignoredAction(action))
        return;
    action = action.section(QLatin1Char(':'), 0, 0); // "health_status: healthy"
    const QString id = event.value(QLatin1String("Actor")).toObject().value(QLatin1String("ID")).toString();
    if (id.isEmpty())
        return;
    if (action == QLatin1String("destroy")) {
        QElapsedTimer timer;
        timer.start();
        const bool removed = m_model->removeContainer(id);
        m_lastApplyNs = timer.nsecsElapsed();
        m_again.remove(id);
        if (removed)
            emit containerApplied(id, action);
        return;
    }
    if (!m_engine)
        return;
    if (m_inFlight.contains(id)) {
        m_again.insert(id, action); // bursts (create, start) collapse into one more fetch
        return;
    }
    fetchOne(id, action);
}

void ContainerSync::reload(const QString &id)
{
    if (!m_engine)
        return;
    if (m_inFlight.contains(id))
        m_again.insert(id, QStringLiteral("reload"));
    else
        fetchOne(id, QStringLiteral("reload"));
}

void ContainerSync::fetchOne(const QString &id, const QString &action)
{
    m_inFlight.insert(id);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("filters"),
                       QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), QJsonArray{id}}})
                                             .toJson(QJsonDocument::Compact)));
    // A stop changes the writable layer less often than it ends a container; sizes of a
    // single container are cheap, so ask for them when the container came to rest.
    const bool withSize = action == QLatin1String("die") || action == QLatin1String("stop");
    if (withSize)
        query.addQueryItem(QStringLiteral("size"), QStringLiteral("1"));
    EngineReply *reply = m_engine->get(QStringLiteral("/containers/json"), query);
    connect(reply, &EngineReply::finished, this, [this, id, action](const EngineResponse &r) {
        m_inFlight.remove(id);
        if (r.ok()) {
            const QVector<ContainerInfo> list = parseList(r.body);
            QElapsedTimer timer;
            timer.start();
            bool applied = false;
            for (const ContainerInfo &c : list) {
                if (c.id == id) {
                    m_model->upsert(c);
                    applied = true;
                }
            }
            if (!applied)
                applied = m_model->removeContainer(id); // gone before we asked
            m_lastApplyNs = timer.nsecsElapsed();
            emit containerApplied(id, action);
        }
        if (m_again.contains(id))
            fetchOne(id, m_again.take(id));
    });
}

} // namespace dx
