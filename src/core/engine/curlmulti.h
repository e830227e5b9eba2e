#pragma once

#include "endpoint.h"
#include "enginerequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace dx {

struct CurlTransfer;

// libcurl's multi interface driven by the Qt event loop of the thread this object lives in:
// sockets are watched with QSocketNotifier and curl's timeouts with a QTimer, so any number of
// requests and long streams run side by side on one thread without blocking each other.
class CurlMulti final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlMulti)

public:
    using DataHandler = std::function<void(const QByteArray &chunk)>;
    using DoneHandler = std::function<void(const EngineResponse &response)>;
    using HeadersHandler = std::function<void(int status)>;

    explicit CurlMulti(QObject *parent = nullptr);
    ~CurlMulti() override;

    // Starts a transfer to url on the endpoint. onData gets body chunks of streaming requests
    // with a success status; onDone is called exactly once, also after abort(); onHeaders,
    // when given, once the status line and headers are in (from inside a curl callback: it
    // must not start or abort transfers synchronously).
    quint64 start(const Endpoint &endpoint, const QString &url, const EngineRequest &request,
                  DataHandler onData, DoneHandler onDone, HeadersHandler onHeaders = {});
    void abort(quint64 id);
    // Stops (or resumes) receiving a transfer's body: flow control for slow consumers.
    void setReceivePaused(quint64 id, bool paused);
    void abortAll();
    int activeCount() const { return m_transfers.size(); }

private:
    static int socketCallback(void *easy, int socket, int what, void *userp, void *socketp);
    static int timerCallback(void *multi, long timeoutMs, void *userp);

    void watchSocket(int socket, int what);
    void onSocketActivity(int socket, int eventMask);
    void onTimeout();
    void processDone();
    void finish(CurlTransfer *transfer, int curlCode);
    void resume(quint64 id);
    // Ends Bulk and Upload transfers in which nothing moved for their stallTimeoutMs.
    void checkStalls();

    void *m_multi = nullptr;
    QTimer m_timer;
    QTimer m_stallTimer;
    QElapsedTimer m_clock;
    struct Watch {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };
    QHash<int, Watch> m_watches;
    QHash<quint64, CurlTransfer *> m_transfers;
    quint64 m_nextId = 1;
};

} // namespace dx
