#include "curlmulti.h"

#include "curltransfer.h"

#include <QPointer>
#include <QSocketNotifier>

namespace dx {

namespace {

struct CurlGlobal {
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

CURLM *multiHandle(void *m)
{
    return static_cast<CURLM *>(m);
}

} // namespace

CurlMulti::CurlMulti(QObject *parent)
    : QObject(parent)
    , m_timer(this) // a child, so it moves to the engine thread with us
    , m_stallTimer(this)
{
    static CurlGlobal global;
    m_multi = curl_multi_init();
    curl_multi_setopt(multiHandle(m_multi), CURLMOPT_SOCKETFUNCTION, &CurlMulti::socketCallback);
    curl_multi_setopt(multiHandle(m_multi), CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multiHandle(m_multi), CURLMOPT_TIMERFUNCTION, &CurlMulti::timerCallback);
    curl_multi_setopt(multiHandle(m_multi), CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CurlMulti::onTimeout);
    connect(&m_stallTimer, &QTimer::timeout, this, &CurlMulti::checkStalls);
    m_clock.start();
}

CurlMulti::~CurlMulti()
{
    const auto transfers = m_transfers;
    m_transfers.clear();
    for (CurlTransfer *t : transfers) {
        curl_multi_remove_handle(multiHandle(m_multi), t->easy);
        if (t->request.bodySource)
            t->request.bodySource->cancel();
        delete t;
    }
    for (const Watch &w : std::as_const(m_watches)) {
        delete w.read;
        delete w.write;
    }
    curl_multi_cleanup(multiHandle(m_multi));
}

quint64 CurlMulti::start(const Endpoint &endpoint, const QString &url, const EngineRequest &request,
                         DataHandler onData, DoneHandler onDone, HeadersHandler onHeaders)
{
    auto *t = new CurlTransfer;
    t->id = m_nextId++;
    t->endpoint = endpoint;
    t->request = request;
    t->onData = std::move(onData);
    t->onDone = std::move(onDone);
    t->onHeaders = std::move(onHeaders);
    t->configure(url);
    t->lastMoveMs = m_clock.elapsed();
    if (request.hasStallLimit()) {
        // A quarter of the limit keeps the overshoot small; a second is fine enough for 60 s.
        const int interval = qBound(50, request.stallTimeoutMs / 4, 1000);
        if (!m_stallTimer.isActive() || m_stallTimer.interval() > interval)
            m_stallTimer.start(interval);
    }
    if (request.bodySource) {
        // The producer may signal from any thread: hop onto ours before touching curl.
        const quint64 id = t->id;
        QPointer<CurlMulti> self(this);
        request.bodySource->setWakeUp([self, id] {
            if (self)
                QMetaObject::invokeMethod(self, [self, id] { if (self) self->resume(id); }, Qt::QueuedConnection);
        });
    }
    m_transfers.insert(t->id, t);
    curl_multi_add_handle(multiHandle(m_multi), t->easy);
    return t->id;
}

void CurlMulti::resume(quint64 id)
{
    CurlTransfer *t = m_transfers.value(id);
    if (t && t->readPaused) {
        t->readPaused = false;
        curl_easy_pause(t->easy, t->receivePaused ? CURLPAUSE_RECV : CURLPAUSE_CONT);
    }
}

void CurlMulti::setReceivePaused(quint64 id, bool paused)
{
    if (CurlTransfer *t = m_transfers.value(id)) {
        t->receivePaused = paused;
        // Resuming may deliver held-back data at once, through the write callback.
        curl_easy_pause(t->easy, (paused ? CURLPAUSE_RECV : CURLPAUSE_RECV_CONT) | (t->readPaused ? CURLPAUSE_SEND : 0));
    }
}

void CurlMulti::abort(quint64 id)
{
    CurlTransfer *t = m_transfers.value(id);
    if (!t)
        return;
    // We are never inside a curl callback here (abort arrives through the event loop), so
    // the handle can be removed at once: the engine sees the connection close immediately.
    t->cancelled = true;
    finish(t, CURLE_ABORTED_BY_CALLBACK);
}

void CurlMulti::abortAll()
{
    const QList<quint64> ids = m_transfers.keys();
    for (quint64 id : ids)
        abort(id);
}

void CurlMulti::checkStalls()
{
    const qint64 now = m_clock.elapsed();
    QList<quint64> stalled; // ids: a done handler may end other transfers
    bool watching = false;
    for (CurlTransfer *t : std::as_const(m_transfers)) {
        if (!t->watchesStall())
            continue;
        watching = true;
        const qint64 moved = t->bytesMoved();
        // A consumer holding the data back is not the engine stalling.
        if (moved != t->bytesSeen || t->receivePaused) {
            t->bytesSeen = moved;
            t->lastMoveMs = now;
        } else if (now - t->lastMoveMs >= t->request.stallTimeoutMs) {
            stalled.append(t->id);
        }
    }
    for (quint64 id : std::as_const(stalled)) {
        if (CurlTransfer *t = m_transfers.value(id)) {
            t->stalled = true;
            finish(t, CURLE_OPERATION_TIMEDOUT);
        }
    }
    if (!watching)
        m_stallTimer.stop();
}

int CurlMulti::socketCallback(void *, int socket, int what, void *userp, void *)
{
    static_cast<CurlMulti *>(userp)->watchSocket(socket, what);
    return 0;
}

int CurlMulti::timerCallback(void *, long timeoutMs, void *userp)
{
    auto *self = static_cast<CurlMulti *>(userp);
    if (timeoutMs < 0)
        self->m_timer.stop();
    else
        self->m_timer.start(int(timeoutMs));
    return 0;
}

void CurlMulti::watchSocket(int socket, int what)
{
    Watch &w = m_watches[socket];
    const auto retire = [](QSocketNotifier *&n) {
        if (n) {
            // We may be inside this notifier's own signal: never delete it synchronously.
            n->setEnabled(false);
            n->deleteLater();
            n = nullptr;
        }
    };
    if (what == CURL_POLL_REMOVE) {
        retire(w.read);
        retire(w.write);
        m_watches.remove(socket);
        return;
    }
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead && !w.read) {
        w.read = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        connect(w.read, &QSocketNotifier::activated, this,
                [this, socket] { onSocketActivity(socket, CURL_CSELECT_IN); });
    } else if (!wantRead) {
        retire(w.read);
    }
    if (wantWrite && !w.write) {
        w.write = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(w.write, &QSocketNotifier::activated, this,
                [this, socket] { onSocketActivity(socket, CURL_CSELECT_OUT); });
    } else if (!wantWrite) {
        retire(w.write);
    }
}

void CurlMulti::onSocketActivity(int socket, int eventMask)
{
    int running = 0;
    curl_multi_socket_action(multiHandle(m_multi), socket, eventMask, &running);
    processDone();
}

void CurlMulti::onTimeout()
{
    int running = 0;
    curl_multi_socket_action(multiHandle(m_multi), CURL_SOCKET_TIMEOUT, 0, &running);
    processDone();
}

void CurlMulti::processDone()
{
    int pending = 0;
    while (CURLMsg *msg = curl_multi_info_read(multiHandle(m_multi), &pending)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CurlTransfer *t = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
        if (t)
            finish(t, msg->data.result);
    }
}

void CurlMulti::finish(CurlTransfer *t, int curlCode)
{
    m_transfers.remove(t->id);
    curl_multi_remove_handle(multiHandle(m_multi), t->easy);
    t->complete(CURLcode(curlCode));
    if (t->request.bodySource && !t->response.ok())
        t->request.bodySource->cancel();
    // The handler may start new requests or destroy this object's owner's state: move the
    // handler out and free the transfer first.
    DoneHandler done = std::move(t->onDone);
    const EngineResponse response = std::move(t->response);
    delete t;
    if (done)
        done(response);
}

} // namespace dx
