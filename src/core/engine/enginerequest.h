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

struct EngineRequest
{
    QByteArray method = "GET";
    QString path;                 // without the /vX.Y prefix, e.g. /containers/json
    QUrlQuery query;
    QByteArray body;              // used when bodySource is null
    std::shared_ptr<BodySource> bodySource;
    QByteArray contentType;       // e.g. application/json, application/x-tar
    QList<QPair<QByteArray, QByteArray>> headers;
    bool streaming = false;       // deliver the body as it arrives instead of at the end
    bool unversioned = false;     // /_ping and friends
    int timeoutMs = 0;            // whole transfer; 0 = none (streams)
    int connectTimeoutMs = 5000;

    static EngineRequest get(const QString &path, const QUrlQuery &query = {});
    static EngineRequest post(const QString &path, const QUrlQuery &query = {}, const QByteArray &json = {});
    static EngineRequest del(const QString &path, const QUrlQuery &query = {});
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
