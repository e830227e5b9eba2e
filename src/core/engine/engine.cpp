#include "engine.h"

#include "engineclient.h"
#include "eventstream.h"

namespace dx {

EngineReply::EngineReply(quint64 id, Engine *engine)
    : QObject(nullptr)
    , m_id(id)
    , m_engine(engine)
{
}

void EngineReply::abort()
{
    if (!m_finished && m_engine)
        m_engine->abortReply(m_id);
}

void EngineReply::setReceivePaused(bool paused)
{
    if (!m_finished && m_engine)
        m_engine->pauseReply(m_id, paused);
}

void EngineReply::write(const QByteArray &data)
{
    if (m_upgrade && !m_finished && m_engine && !data.isEmpty())
        m_engine->writeReply(m_id, data);
}

void EngineReply::deliverHeaders(int status)
{
    if (!m_finished)
        emit headersReceived(status);
}

void EngineReply::deliverData(const QByteArray &chunk)
{
    if (!m_finished)
        emit dataReceived(chunk);
}

void EngineReply::deliverFinished(const EngineResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response = response;
    emit finished(m_response);
    if (m_autoDelete)
        deleteLater();
}

Engine::Engine(QObject *parent)
    : QObject(parent)
    , m_client(new EngineClient)
    , m_events(new EventStream(this))
{
    qRegisterMetaType<Endpoint>();
    qRegisterMetaType<EngineRequest>();
    qRegisterMetaType<EngineResponse>();
    qRegisterMetaType<EngineInfo>();
    qRegisterMetaType<EngineEvent>();

    m_thread.setObjectName(QStringLiteral("engine"));
    m_client->moveToThread(&m_thread);
    // Deleted on its own thread once the thread's loop has ended.
    connect(&m_thread, &QThread::finished, m_client, &QObject::deleteLater);
    connect(m_client, &EngineClient::infoChanged, this, &Engine::onInfoChanged);
    connect(m_client, &EngineClient::replyHeaders, this, &Engine::onReplyHeaders);
    connect(m_client, &EngineClient::replyData, this, &Engine::onReplyData);
    connect(m_client, &EngineClient::replyFinished, this, &Engine::onReplyFinished);
    connect(m_events, &EventStream::event, this, &Engine::event);
    connect(m_events, &EventStream::liveChanged, this, &Engine::eventsLiveChanged);
    m_thread.start();
}

Engine::~Engine()
{
    QMetaObject::invokeMethod(m_client, &EngineClient::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    for (const QPointer<EngineReply> &reply : std::as_const(m_replies)) {
        if (reply)
            delete reply.data();
    }
}

void Engine::connectTo(const Endpoint &endpoint)
{
    m_info = EngineInfo();
    m_info.endpoint = endpoint;
    m_events->stop();
    EngineClient *client = m_client;
    QMetaObject::invokeMethod(
        m_client, [client, endpoint] { client->setEndpoint(endpoint); }, Qt::QueuedConnection);
}

void Engine::connectToDefault()
{
    connectToChoice(QString());
}

void Engine::connectToChoice(const QString &choice)
{
    m_info = EngineInfo();
    m_events->stop();
    EngineClient *client = m_client;
    QMetaObject::invokeMethod(
        m_client, [client, choice] { client->connectToChoice(choice); }, Qt::QueuedConnection);
}

EngineReply *Engine::send(const EngineRequest &request)
{
    const quint64 id = m_nextId++;
    auto *reply = new EngineReply(id, this);
    reply->m_upgrade = request.upgrade;
    m_replies.insert(id, reply);
    EngineClient *client = m_client;
    QMetaObject::invokeMethod(
        m_client, [client, id, request] { client->startRequest(id, request); }, Qt::QueuedConnection);
    return reply;
}

EngineReply *Engine::get(const QString &path, const QUrlQuery &query)
{
    return send(EngineRequest::get(path, query));
}

EngineReply *Engine::post(const QString &path, const QUrlQuery &query, const QByteArray &json)
{
    return send(EngineRequest::post(path, query, json));
}

EngineReply *Engine::del(const QString &path, const QUrlQuery &query)
{
    return send(EngineRequest::del(path, query));
}

void Engine::abortReply(quint64 id)
{
    EngineClient *client = m_client;
    QMetaObject::invokeMethod(
        m_client, [client, id] { client->abortRequest(id); }, Qt::QueuedConnection);
}

void Engine::pauseReply(quint64 id, bool paused)
{
    EngineClient *client = m_client;
    QMetaObject::invokeMethod(
        m_client, [client, id, paused] { client->setReceivePaused(id, paused); }, Qt::QueuedConnection);
}

void Engine::writeReply(quint64 id, const QByteArray &data)
{
    EngineClient *client = m_client;
    QMetaObject::invokeMethod(
        m_client, [client, id, data] { client->writeRequest(id, data); }, Qt::QueuedConnection);
}

void Engine::onInfoChanged(const EngineInfo &info)
{
    const bool wasConnected = m_info.isConnected();
    m_info = info;
    emit infoChanged(m_info);
    if (wasConnected != m_info.isConnected()) {
        emit connectedChanged(m_info.isConnected());
        if (m_info.isConnected())
            m_events->start();
        else
            m_events->stop();
    }
}

bool Engine::eventsLive() const
{
    return m_events->isLive();
}

int Engine::eventStreamReconnects() const
{
    return m_events->reconnects();
}

quint64 Engine::requestsSent() const
{
    return m_client->requestsSent(); // atomics: safe while the client lives, i.e. as long as we do
}

quint64 Engine::pingsSent() const
{
    return m_client->pingsSent();
}

void Engine::onReplyHeaders(quint64 id, int status)
{
    if (EngineReply *reply = m_replies.value(id))
        reply->deliverHeaders(status);
}

void Engine::onReplyData(quint64 id, const QByteArray &chunk)
{
    const QPointer<EngineReply> reply = m_replies.value(id); // the consumer may delete it
    if (reply)
        reply->deliverData(chunk);
    // An upgraded stream reads on only as far as its consumer keeps up (CurlUpgrade): the
    // chunk has been handled once the signal returned (or nobody was left to take it).
    if (!reply || reply->isUpgrade()) {
        EngineClient *client = m_client;
        const qint64 bytes = chunk.size();
        QMetaObject::invokeMethod(
            m_client, [client, id, bytes] { client->acknowledgeData(id, bytes); }, Qt::QueuedConnection);
    }
}

void Engine::onReplyFinished(quint64 id, const EngineResponse &response)
{
    if (EngineReply *reply = m_replies.take(id))
        reply->deliverFinished(response);
}

} // namespace dx
