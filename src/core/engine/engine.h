#pragma once

#include "endpoint.h"
#include "engineevent.h"
#include "engineinfo.h"
#include "enginerequest.h"
#include "streams/jsonlinessplitter.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace dx {

class EngineClient;

// The answer to one request, living on the caller's thread (like QNetworkReply).
// It deletes itself after finished() unless setAutoDelete(false).
class EngineReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineReply)

public:
    quint64 id() const { return m_id; }
    bool isFinished() const { return m_finished; }
    const EngineResponse &response() const { return m_response; }
    void setAutoDelete(bool on) { m_autoDelete = on; }

    // Flow control for streaming replies whose consumer falls behind: the engine stops
    // sending until resumed. Chunks already on their way still arrive.
    void setReceivePaused(bool paused);

public slots:
    void abort();

signals:
    void dataReceived(const QByteArray &chunk);
    void finished(const dx::EngineResponse &response);

private:
    friend class Engine;
    EngineReply(quint64 id, class Engine *engine);
    void deliverData(const QByteArray &chunk);
    void deliverFinished(const EngineResponse &response);

    quint64 m_id;
    QPointer<class Engine> m_engine;
    EngineResponse m_response;
    bool m_finished = false;
    bool m_autoDelete = true;
};

// GUI-side facade of the engine client: owns the worker thread (quit and joined on
// destruction), routes replies, keeps one /events stream open while connected and tells
// everybody about the connection.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    void connectTo(const Endpoint &endpoint);
    void connectToDefault(); // the docker CLI's resolution order
    // Resolves on the engine thread (it reads the docker config files): see EndpointResolver::fromChoice.
    void connectToChoice(const QString &choice);
    const EngineInfo &info() const { return m_info; }
    bool isConnected() const { return m_info.isConnected(); }
    bool eventsLive() const { return m_eventsLive; }

    EngineReply *send(const EngineRequest &request);
    EngineReply *get(const QString &path, const QUrlQuery &query = {});
    EngineReply *post(const QString &path, const QUrlQuery &query = {}, const QByteArray &json = {});
    EngineReply *del(const QString &path, const QUrlQuery &query = {});

signals:
    void infoChanged(const dx::EngineInfo &info);
    void connectedChanged(bool connected);
    // One decoded message of GET /events (Type, Action, Actor, time, ...).
    void engineEvent(const QJsonObject &event);
    // The same message, decoded and checked once; malformed lines never get here.
    void event(const dx::EngineEvent &event);
    // False when the event stream broke; true again once it is re-opened: re-list then.
    void eventsLiveChanged(bool live);

private:
    friend class EngineReply;
    void abortReply(quint64 id);
    void pauseReply(quint64 id, bool paused);
    void onInfoChanged(const EngineInfo &info);
    void onReplyData(quint64 id, const QByteArray &chunk);
    void onReplyFinished(quint64 id, const EngineResponse &response);
    void openEventStream();
    void setEventsLive(bool live);

    QThread m_thread;
    EngineClient *m_client = nullptr;
    EngineInfo m_info;
    QHash<quint64, QPointer<EngineReply>> m_replies;
    quint64 m_nextId = 1;
    QPointer<EngineReply> m_events;
    JsonLinesSplitter m_eventSplitter;
    bool m_eventsLive = false;
};

} // namespace dx
