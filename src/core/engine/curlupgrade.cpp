#include "curlupgrade.h"

#include "curltransfer.h"

#include <QCoreApplication>
#include <QSocketNotifier>

namespace dx {

namespace {

CURLM *multiHandle(void *m)
{
    return static_cast<CURLM *>(m);
}

// The value of header `name` in an answer head (lines after the status line), lower-cased
// name given; empty when absent.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

CurlUpgrade::CurlUpgrade(const Endpoint &endpoint, const QString &url, const EngineRequest &request,
                         CurlMulti::DataHandler onData, CurlMulti::DoneHandler onDone,
                         CurlMulti::HeadersHandler onHeaders, QObject *parent)
    : QObject(parent)
    , m_transfer(std::make_unique<CurlTransfer>())
    , m_url(url)
    , m_connectPoll(this)
{
    CurlTransfer *t = m_transfer.get();
    t->endpoint = endpoint;
    t->request = request;
    t->request.streaming = true;
    t->onData = std::move(onData);
    t->onDone = std::move(onDone);
    t->onHeaders = std::move(onHeaders);
    m_connectPoll.setInterval(5);
    connect(&m_connectPoll, &QTimer::timeout, this, &CurlUpgrade::pollConnect);
}

CurlUpgrade::~CurlUpgrade()
{
    delete m_readNotifier;
    delete m_writeNotifier;
    if (m_multi) {
        if (m_transfer && m_transfer->easy)
            curl_multi_remove_handle(multiHandle(m_multi), m_transfer->easy);
        curl_multi_cleanup(multiHandle(m_multi));
    }
}

QByteArray CurlUpgrade::requestText(const QString &url, const EngineRequest &request)
{
    const QByteArray u = url.toUtf8();
    const qsizetype hostStart = u.indexOf("://") + 3;
    qsizetype pathStart = u.indexOf('/', hostStart);
    if (pathStart < 0)
        pathStart = u.size();
    const QByteArray host = u.mid(hostStart, pathStart - hostStart);
    QByteArray target = u.mid(pathStart);
    if (target.isEmpty())
        target = "/";
    QByteArray text = request.method.toUpper() + ' ' + target + " HTTP/1.1\r\n";
    text += "Host: " + host + "\r\n";
    text += "User-Agent: docker-explorer/" DX_VERSION "\r\n";
    for (const auto &h : request.headers)
        text += h.first + ": " + h.second + "\r\n";
    if (!request.contentType.isEmpty())
        text += "Content-Type: " + request.contentType + "\r\n";
    text += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    text += "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n";
    text += request.body;
    return text;
}

void CurlUpgrade::start()
{
    CurlTransfer *t = m_transfer.get();
    t->configure(m_url);
    // Only the connection (and the TLS handshake): the request itself is ours to write.
    curl_easy_setopt(t->easy, CURLOPT_CONNECT_ONLY, 1L);
    m_out = requestText(m_url, t->request);
    m_multi = curl_multi_init();
    curl_multi_add_handle(multiHandle(m_multi), t->easy);
    pollConnect();
    if (m_phase == Phase::Connecting)
        m_connectPoll.start();
}

void CurlUpgrade::pollConnect()
{
    if (m_phase != Phase::Connecting)
        return;
    // A connect-only transfer in a multi handle of its own: polled, because watching its
    // sockets would need a second socket-callback machinery for a phase that lasts a few
    // milliseconds (a unix socket connects at once).
    int running = 0;
    curl_multi_perform(multiHandle(m_multi), &running);
    int pending = 0;
    while (CURLMsg *msg = curl_multi_info_read(multiHandle(m_multi), &pending)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        m_connectPoll.stop();
        if (msg->data.result != CURLE_OK) {
            finish(msg->data.result);
            return;
        }
        onConnected();
        return;
    }
}

void CurlUpgrade::onConnected()
{
    // The easy handle stays in its multi handle: curl_easy_send/recv find the connection there.
    curl_socket_t socket = CURL_SOCKET_BAD;
    curl_easy_getinfo(m_transfer->easy, CURLINFO_ACTIVESOCKET, &socket);
    if (socket == CURL_SOCKET_BAD) {
        finish(CURLE_COULDNT_CONNECT);
        return;
    }
    m_phase = Phase::Answer;
    m_readNotifier = new QSocketNotifier(qintptr(socket), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &CurlUpgrade::onReadable);
    m_writeNotifier = new QSocketNotifier(qintptr(socket), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &CurlUpgrade::onWritable);
    flush();
    // TLS may have read the first bytes of the answer along with the handshake.
    if (m_phase != Phase::Done)
        onReadable();
}

void CurlUpgrade::write(const QByteArray &data)
{
    if (m_phase == Phase::Done || data.isEmpty())
        return;
    m_out += data;
    if (m_phase != Phase::Connecting)
        flush();
}

void CurlUpgrade::flush()
{
    while (!m_out.isEmpty() && m_phase != Phase::Done) {
        size_t sent = 0;
        const CURLcode code = curl_easy_send(m_transfer->easy, m_out.constData(), size_t(m_out.size()), &sent);
        if (code == CURLE_AGAIN)
            break;
        if (code != CURLE_OK) {
            finish(code);
            return;
        }
        m_out.remove(0, qsizetype(sent));
    }
    updateNotifiers();
}

void CurlUpgrade::onWritable()
{
    flush();
}

void CurlUpgrade::acknowledge(qint64 bytes)
{
    const bool wasHeld = m_unacknowledged >= MaxUnacknowledged;
    m_unacknowledged = qMax<qint64>(0, m_unacknowledged - bytes);
    if (wasHeld && m_unacknowledged < MaxUnacknowledged && m_phase == Phase::Open) {
        updateNotifiers();
        // Data TLS already decrypted never makes the socket readable again: read now.
        onReadable();
    }
}

void CurlUpgrade::onReadable()
{
    static constexpr size_t BufferSize = 64 * 1024;
    char buffer[BufferSize];
    while (m_phase == Phase::Answer || (m_phase == Phase::Open && m_unacknowledged < MaxUnacknowledged)) {
        size_t received = 0;
        const CURLcode code = curl_easy_recv(m_transfer->easy, buffer, BufferSize, &received);
        if (code == CURLE_AGAIN)
            break;
        if (code != CURLE_OK) {
            finish(code == CURLE_UNSUPPORTED_PROTOCOL ? CURLE_RECV_ERROR : code);
            return;
        }
        if (received == 0) {
            m_eof = true;
            if (m_phase == Phase::Open) {
                finish(CURLE_OK);
            } else {
                // Closed during (or right after) an error answer, or before any answer.
                QByteArray body;
                if (m_headEnd >= 0 && errorBodyComplete(&body)) {
                    m_transfer->response.body = body;
                    finish(CURLE_OK);
                } else {
                    finish(CURLE_GOT_NOTHING);
                }
            }
            return;
        }
        if (m_phase == Phase::Open) {
            deliver(QByteArray(buffer, qsizetype(received)));
            continue;
        }
        m_answer.append(buffer, qsizetype(received));
        if (m_answer.size() > 1024 * 1024) {
            finish(CURLE_WEIRD_SERVER_REPLY);
            return;
        }
        if (!parseHead())
            continue;
        const int status = m_transfer->response.status;
        if (status == 101 || (status >= 200 && status < 300)) {
            m_phase = Phase::Open;
            m_transfer->headersDone = true;
            const QByteArray rest = m_answer.mid(m_headEnd);
            m_answer.clear();
            if (m_transfer->onHeaders)
                m_transfer->onHeaders(status);
            if (m_phase != Phase::Done && !rest.isEmpty())
                deliver(rest);
        } else {
            QByteArray body;
            if (errorBodyComplete(&body)) {
                m_transfer->response.body = body;
                finish(CURLE_OK);
                return;
            }
        }
    }
    updateNotifiers();
}

bool CurlUpgrade::parseHead()
{
    if (m_headEnd >= 0)
        return true;
    const qsizetype end = m_answer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    m_headEnd = end + 4;
    const QByteArray head = m_answer.left(end);
    const QList<QByteArray> statusLine = head.left(head.indexOf('\r')).split(' ');
    EngineResponse &r = m_transfer->response;
    r.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    bool ok = false;
    const qint64 length = headerValue(head, "content-length").toLongLong(&ok);
    m_contentLength = ok ? length : -1;
    m_chunked = headerValue(head, "transfer-encoding").toLower().contains("chunked");
    return true;
}

bool CurlUpgrade::errorBodyComplete(QByteArray *body) const
{
    const QByteArray raw = m_answer.mid(m_headEnd);
    if (m_chunked) {
        QByteArray out;
        qsizetype pos = 0;
        while (true) {
            const qsizetype lineEnd = raw.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return m_eof ? (*body = out, true) : false;
            bool ok = false;
            const qint64 size = raw.mid(pos, lineEnd - pos).split(';').constFirst().trimmed().toLongLong(&ok, 16);
            if (!ok)
                return m_eof ? (*body = out, true) : false;
            if (size == 0) {
                *body = out;
                return true;
            }
            if (raw.size() < lineEnd + 2 + size)
                return m_eof ? (*body = out + raw.mid(lineEnd + 2), true) : false;
            out += raw.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
    }
    if (m_contentLength >= 0) {
        if (raw.size() < m_contentLength && !m_eof)
            return false;
        *body = raw.left(m_contentLength);
        return true;
    }
    if (!m_eof)
        return false;
    *body = raw;
    return true;
}

void CurlUpgrade::deliver(const QByteArray &data)
{
    m_unacknowledged += data.size();
    if (m_transfer->onData)
        m_transfer->onData(data);
}

void CurlUpgrade::updateNotifiers()
{
    if (!m_readNotifier)
        return;
    const bool reading = m_phase == Phase::Answer || (m_phase == Phase::Open && m_unacknowledged < MaxUnacknowledged);
    m_readNotifier->setEnabled(reading);
    m_writeNotifier->setEnabled(m_phase != Phase::Done && !m_out.isEmpty());
}

void CurlUpgrade::abort()
{
    if (m_phase == Phase::Done)
        return;
    m_transfer->cancelled = true;
    finish(CURLE_ABORTED_BY_CALLBACK);
}

void CurlUpgrade::finish(int curlCode)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_connectPoll.stop();
    for (QSocketNotifier *n : {m_readNotifier, m_writeNotifier}) {
        if (n)
            n->setEnabled(false);
    }
    CurlTransfer *t = m_transfer.get();
    t->complete(CURLcode(curlCode));
    // An open stream that ended by a cut rather than a close is a lost connection, whatever
    // libcurl calls it.
    if (t->response.error == EngineResponse::Error::Other && t->headersDone) {
        t->response.error = EngineResponse::Error::ConnectionLost;
        t->response.message = QCoreApplication::translate("EngineClient", "The connection to the engine was lost: %1")
                                  .arg(QString::fromUtf8(curl_easy_strerror(CURLcode(curlCode))));
    }
    CurlMulti::DoneHandler done = std::move(t->onDone);
    const EngineResponse response = t->response;
    // The handler may delete us (through our parent): nothing touches members after it.
    deleteLater();
    if (done)
        done(response);
}

} // namespace dx
