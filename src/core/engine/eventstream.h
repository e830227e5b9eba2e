#pragma once

#include "backoff.h"
#include "engineevent.h"
#include "streams/jsonlinessplitter.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>

namespace dx {

class Engine;
class EngineReply;
struct EngineResponse;

// The engine's GET /events, held open while it is connected. Each message is decoded once.
// When the stream ends while the engine stays connected it is re-opened after a backoff
// (0.25 s doubling to 10 s, reset once a stream has worked) with `since` = the time of the
// last event received, so that what happened in between is replayed: the engine repeats
// that last event (since is inclusive), and replays are recognised and dropped.
class EventStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    // A stream counts as having worked after this long (or its first new event).
    static constexpr int StableMs = 5000;

    explicit EventStream(Engine *engine);
    ~EventStream() override;

    // The engine is connected: open from now on.
    void start();
    // The engine went away or is being replaced: close, and forget the position.
    void stop();

    // True while no event can have been missed: a stream is open, or being re-opened after a
    // cut with a replay. False when disconnected or when the engine refuses the stream.
    bool isLive() const { return m_live; }
    int reconnects() const { return m_reconnects; }

signals:
    void liveChanged(bool live);
    void event(const dx::EngineEvent &event);

private:
    void open();
    void onHeaders(int status);
    void onData(const QByteArray &chunk);
    void onFinished(const EngineResponse &response);
    void handle(const JsonLine &line);
    // False for an event already delivered (a replay after a re-open).
    bool remember(const EngineEvent &event);
    void setLive(bool live);

    Engine *m_engine;
    QPointer<EngineReply> m_reply;
    JsonLinesSplitter m_splitter;
    QTimer m_retry;
    Backoff m_backoff;
    QElapsedTimer m_opened;
    QString m_firstSince;         // since of the first stream after connecting
    qint64 m_lastNano = 0;        // newest event delivered
    QSet<QString> m_seen;         // keys of the recent events delivered ...
    QQueue<QString> m_seenOrder;  // ... oldest first, to bound the set
    bool m_active = false;
    bool m_live = false;
    bool m_refused = false;       // the last attempt was answered with an HTTP error
    int m_reconnects = 0;
};

} // namespace dx
