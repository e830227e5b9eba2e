#pragma once

#include "curlmulti.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace dx {

struct CurlTransfer;

// One request whose connection the engine takes over (EngineRequest::upgrade): POST
// /exec/{id}/start and /containers/{id}/attach for an interactive terminal. libcurl makes the
// connection (unix socket, TCP with TLS, the ssh tunnel's socket) with CURLOPT_CONNECT_ONLY;
// the request is written by hand and the connection is then read and written raw with
// curl_easy_recv/curl_easy_send, so TLS stays libcurl's business. Lives on the engine thread
// and never blocks it: the connect runs in a multi handle of its own, polled until it is up,
// then socket notifiers drive the rest.
//
// Flow control: at most MaxUnacknowledged bytes are handed out before the consumer
// acknowledges them (acknowledge()); beyond that the socket is not read, so a flood of output
// (cat of a big file) waits in the engine's buffers instead of in our event queue, and the
// consumer's thread stays responsive.
class CurlUpgrade final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlUpgrade)

public:
    static constexpr qint64 MaxUnacknowledged = 256 * 1024;

    // onHeaders(status) once the engine answered 101 (or 200): the stream is open. onDone is
    // called exactly once: without error when the engine closed an open stream, with the
    // engine's message when it refused (status >= 400), or the transport's error.
    CurlUpgrade(const Endpoint &endpoint, const QString &url, const EngineRequest &request,
                CurlMulti::DataHandler onData, CurlMulti::DoneHandler onDone, CurlMulti::HeadersHandler onHeaders,
                QObject *parent = nullptr);
    ~CurlUpgrade() override;

    void start();
    // Queued until the connection is up; sent in order.
    void write(const QByteArray &data);
    void acknowledge(qint64 bytes);
    void abort();

    // The request head and body as sent on the wire (public for the tests).
    static QByteArray requestText(const QString &url, const EngineRequest &request);

private:
    enum class Phase { Connecting, Answer, Open, Done };

    void pollConnect();
    void onConnected();
    void onReadable();
    void onWritable();
    void flush();
    // Reads what the answer's head says; returns false when more bytes are needed.
    bool parseHead();
    // An error answer: its body (by Content-Length, chunked, or up to the close) is complete.
    bool errorBodyComplete(QByteArray *body) const;
    void deliver(const QByteArray &data);
    void updateNotifiers();
    void finish(int curlCode);

    std::unique_ptr<CurlTransfer> m_transfer;
    void *m_multi = nullptr;
    QString m_url;
    QTimer m_connectPoll;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    Phase m_phase = Phase::Connecting;
    QByteArray m_out;        // the request, then what the caller wrote, not sent yet
    QByteArray m_answer;     // the head of the answer (and an error answer's body)
    qsizetype m_headEnd = -1;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    qint64 m_unacknowledged = 0;
    bool m_eof = false;
};

} // namespace dx
