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
class EventStream;

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

    // Upgraded requests (EngineRequest::upgrade) only: bytes for the other end of the
    // hijacked connection (a terminal's keystrokes). Written in order; what is written before
    // the engine answered is sent right after the request. Ignored once finished.
    void write(const QByteArray &data);
    bool isUpgrade() const { return m_upgrade; }

public slots:
    void abort();

signals:
    // Streaming requests only: the engine answered with this status; the body follows.
    void headersReceived(int status);
    void dataReceived(const QByteArray &chunk);
    void finished(const dx::EngineResponse &response);

private:
    friend class Engine;
    EngineReply(quint64 id, class Engine *engine);
    void deliverHeaders(int status);
    void deliverData(const QByteArray &chunk);
    void deliverFinished(const EngineResponse &response);

    quint64 m_id;
    QPointer<class Engine> m_engine;
    EngineResponse m_response;
    bool m_upgrade = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

// GUI-side facade of the engine client: owns the worker thread (quit and joined on
// destruction), routes replies, keeps one /events stream open while connected (EventStream:
// decoded once, re-opened with a replay after a cut) and tells everybody about the connection.
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
    bool eventsLive() const;
    // How often the event stream was re-opened after it ended while connected.
    int eventStreamReconnects() const;
    // Requests the client has sent, /_ping among them (figures for tests and diagnostics).
    quint64 requestsSent() const;
    quint64 pingsSent() const;

    EngineReply *send(const EngineRequest &request);
    EngineReply *get(const QString &path, const QUrlQuery &query = {});
    EngineReply *post(const QString &path, const QUrlQuery &query = {}, const QByteArray &json = {});
    EngineReply *del(const QString &path, const QUrlQuery &query = {});

signals:
    void infoChanged(const dx::EngineInfo &info);
    void connectedChanged(bool connected);
    // One message of GET /events, decoded. Events missed while the stream was re-opened are
    // replayed, each is delivered once.
    void event(const dx::EngineEvent &event);
    // False when events may have been missed (disconnected, or the engine refuses the
    // stream); true again once the stream is back: re-list then. A cut that the replay
    // covers does not count.
    void eventsLiveChanged(bool live);

private:
    friend class EngineReply;
    void abortReply(quint64 id);
    void pauseReply(quint64 id, bool paused);
    void writeReply(quint64 id, const QByteArray &data);
    void onInfoChanged(const EngineInfo &info);
    void onReplyHeaders(quint64 id, int status);
    void onReplyData(quint64 id, const QByteArray &chunk);
    void onReplyFinished(quint64 id, const EngineResponse &response);

    QThread m_thread;
    EngineClient *m_client = nullptr;
    EngineInfo m_info;
    QHash<quint64, QPointer<EngineReply>> m_replies;
    quint64 m_nextId = 1;
    EventStream *m_events = nullptr;
};

} // namespace dx
