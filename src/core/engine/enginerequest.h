#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace dx {

// A request body produced while it is sent (a build context, an upload tar), so that a
// multi-gigabyte body never sits in memory. read() is called on the engine thread and must
// not block: it returns WouldBlock and calls the wake-up function (from any thread) when
// more data is ready.
class BodySource
{
public:
    static constexpr qint64 WouldBlock = -2;
    static constexpr qint64 Failed = -1;

    virtual ~BodySource() = default;
    // > 0 bytes copied, 0 at the end, WouldBlock or Failed.
    virtual qint64 read(char *buffer, qint64 maxSize) = 0;
    virtual qint64 size() const { return -1; } // unknown: sent chunked
    virtual QString errorString() const { return {}; }
    // Called by the engine when the transfer ends early, so a producer can stop.
    virtual void cancel() {}
    void setWakeUp(std::function<void()> wakeUp) { m_wakeUp = std::move(wakeUp); }

protected:
    void wakeUp() const
    {
        if (m_wakeUp)
            m_wakeUp();
    }

private:
    std::function<void()> m_wakeUp;
};

// One call to the engine API. How long it may take is chosen per endpoint by `timeout`,
// because no single limit fits both "list the containers" (a hung engine must not hang the
// view) and "download a 20 GB volume" (must never be cut while data flows). Pick:
//
//   Short   Ordinary calls: list, inspect, create, start, stop, remove, /version, HEAD archive.
//           The whole transfer must end within timeoutMs (get(): DefaultTimeoutMs, 30 s;
//           post()/del(): WorkTimeoutMs, 120 s, because stop waits for the grace period and
//           removing or pruning frees disk).
//   Bulk    Data that flows steadily once it starts: GET and PUT /containers/{id}/archive,
//           GET /containers/{id}/export. No total limit; the transfer fails as stalled
//           when no byte moves either way for stallTimeoutMs (60 s). Time in which the
//           consumer holds the data back (EngineReply::setReceivePaused) does not count.
//   Upload  A request body that must flow, answered by a stream that may be silent for long:
//           POST /build (a RUN step may print nothing for minutes), POST /images/load. The
//           stall limit applies only until the body is sent, then it is Idle.
//   Idle    Streams that are legitimately silent for hours: GET /events, logs?follow=1,
//           stats?stream=1, attach, wait, exec start, POST /images/create (pull), push, and
//           GET /images/get (save: the engine assembles the whole tar before the first byte).
//           No limit but the connect timeout; TCP keep-alive notices a vanished host.
//
// Every kind has connectTimeoutMs. The factories below set the kind; set `timeout` by hand
// only for requests they do not cover.
struct EngineRequest
{
    enum class Timeout { Short, Bulk, Upload, Idle };

    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr int WorkTimeoutMs = 120000;
    static constexpr int DefaultStallTimeoutMs = 60000;

    QByteArray method = "GET";
    // Without the /vX.Y prefix, e.g. /containers/json. Plain or with percent-encoded segments
    // (DockerApi::segment): the client encodes what a URL path cannot carry (space, '?', '#',
    // non-ASCII) and takes '%' as the start of an escape.
    QString path;
    // Keys and values as they should arrive at the engine, in QUrlQuery's decoded form. The
    // client percent-encodes every character but A-Z a-z 0-9 - . _ ~, because the engine's Go
    // server decodes '+' as a space. One trap remains in QUrlQuery itself: addQueryItem() reads
    // a valid %XX in its argument as an escape ("5%41" arrives as "5A"), unless the text also
    // holds an invalid one. For text from users or the engine (file names, labels) use
    // addQueryItem() below or queryLiteral(), which make every character arrive as given.
    QUrlQuery query;
    QByteArray body;              // used when bodySource is null
    std::shared_ptr<BodySource> bodySource;
    QByteArray contentType;       // e.g. application/json, application/x-tar
    QList<QPair<QByteArray, QByteArray>> headers;
    bool streaming = false;       // deliver the body as it arrives instead of at the end
    bool unversioned = false;     // /_ping and friends
    // Marks the endless stream whose end means the engine may be gone (Engine's /events);
    // EngineClient::PingIntervalMs says what the client makes of it.
    bool livenessStream = false;
    // Hijacked: sent with "Connection: Upgrade" / "Upgrade: tcp"; once the engine answers 101
    // (or 200) the connection carries raw bytes both ways (EngineReply::write), as
    // POST /exec/{id}/start and /containers/{id}/attach do for an interactive terminal. The
    // answer is delivered as a stream (headersReceived(101), dataReceived, finished at the
    // end of the connection). Only a connect timeout applies.
    bool upgrade = false;

    Timeout timeout = Timeout::Short;
    int timeoutMs = DefaultTimeoutMs;          // Short: the whole transfer; 0 = no limit
    int stallTimeoutMs = DefaultStallTimeoutMs; // Bulk, Upload
    int connectTimeoutMs = 5000;

    // Short calls.
    static EngineRequest get(const QString &path, const QUrlQuery &query = {});
    static EngineRequest post(const QString &path, const QUrlQuery &query = {}, const QByteArray &json = {});
    static EngineRequest del(const QString &path, const QUrlQuery &query = {});
    // GET streams: Idle (delivered as they arrive, never timed out) and Bulk downloads.
    static EngineRequest stream(const QString &path, const QUrlQuery &query = {});
    static EngineRequest download(const QString &path, const QUrlQuery &query = {});

    // Adds key=value to query so that both arrive exactly as given, '%' included.
    void addQueryItem(const QString &key, const QString &value);
    // Text for QUrlQuery::addQueryItem that QUrlQuery gives back unchanged ('%' as "%25").
    static QString queryLiteral(const QString &text);

    // The same request with another timeout kind, for one-line use with the factories.
    EngineRequest withTimeout(Timeout kind) const;
    // Whether the whole transfer has a time limit (Short with timeoutMs > 0).
    bool hasTotalLimit() const { return timeout == Timeout::Short && timeoutMs > 0; }
    bool hasStallLimit() const
    {
        return (timeout == Timeout::Bulk || timeout == Timeout::Upload) && stallTimeoutMs > 0;
    }

    // The path and query as sent, percent-encoded (see path and query).
    QByteArray encodedPath() const;
    QByteArray encodedQuery() const;
};

struct EngineResponse
{
    enum class Error {
        None,
        Http,              // the engine answered with status >= 400: message is its own text
        SocketMissing,     // nothing at the unix socket path: is the engine running?
        PermissionDenied,  // the socket exists but we may not use it (docker group)
        ConnectionRefused,
        Timeout,
        ConnectionLost,    // the engine went away mid-transfer
        Tls,
        BodyFailed,
        Cancelled,
        Other,
    };

    int status = 0;
    Error error = Error::None;
    QString message;           // for the user: the daemon's message verbatim, or ours
    QByteArray body;           // whole body for non-streaming requests
    QList<QPair<QByteArray, QByteArray>> headers;

    bool ok() const { return error == Error::None; }
    QByteArray header(const QByteArray &name) const;
};

} // namespace dx

Q_DECLARE_METATYPE(dx::EngineRequest)
Q_DECLARE_METATYPE(dx::EngineResponse)
