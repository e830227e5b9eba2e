#include "fakeconnection.h"

#include "fakeengine.h"

#include <QDateTime>
#include <QLocalSocket>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace dx::test {

namespace {

// Bigger heads than this are a broken client, not a request.
constexpr qsizetype MaxHeadSize = 1024 * 1024;

QString decodeQueryPart(QByteArray part)
{
    part.replace('+', ' '); // Go's url.ParseQuery, which dockerd uses, reads '+' as a space
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

QList<QPair<QString, QString>> decodeQuery(const QByteArray &raw)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> parts = raw.split('&');
    for (const QByteArray &part : parts) {
        // Go 1.17+ (dockerd 20.10 is built with it) rejects a bare ';' and drops that pair.
        if (part.isEmpty() || part.contains(';'))
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            items.append({decodeQueryPart(part), QString()});
        else
            items.append({decodeQueryPart(part.left(eq)), decodeQueryPart(part.mid(eq + 1))});
    }
    return items;
}

QByteArray httpDate()
{
    // Go writes e.g. "Wed, 02 Dec 2026 06:21:34 GMT", always in English.
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace

FakeConnection::FakeConnection(QLocalSocket *socket, int number, FakeEngine *engine)
    : QObject(engine)
    , m_socket(socket)
    , m_number(number)
    , m_engine(engine)
    , m_tick(this)
{
    m_socket->setParent(this);
    connect(m_socket, &QLocalSocket::readyRead, this, &FakeConnection::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        m_gone = true;
        m_tick.stop();
        emit closed(this);
    });
    connect(&m_tick, &QTimer::timeout, this, &FakeConnection::onTick);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &FakeConnection::onReadyRead, Qt::QueuedConnection);
}

FakeConnection::~FakeConnection()
{
    // The socket dies with us; its last "disconnected" must not reach a half-destroyed object.
    m_socket->disconnect(this);
}

bool FakeConnection::isOpen() const
{
    return !m_gone && m_socket->state() == QLocalSocket::ConnectedState;
}

void FakeConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    while (parse()) {
    }
    answerNext();
}

bool FakeConnection::parse()
{
    switch (m_state) {
    case ParseState::Head: {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > MaxHeadSize)
                badRequest("request head too large");
            return false;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        if (!parseHead(head))
            return false;
        if (m_parsing.header("Expect").toLower().contains("100-continue"))
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (m_parsing.header("Transfer-Encoding").toLower().contains("chunked")) {
            m_parsing.chunkedBody = true;
            m_state = ParseState::ChunkSize;
        } else if (const qint64 length = m_parsing.header("Content-Length").trimmed().toLongLong(); length > 0) {
            m_remaining = length;
            m_state = ParseState::Body;
        } else {
            completeRequest();
        }
        return true;
    }
    case ParseState::Body:
    case ParseState::ChunkData: {
        if (m_buffer.isEmpty())
            return false;
        const qsizetype n = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
        takeBody(n);
        if (m_remaining > 0)
            return false;
        if (m_state == ParseState::Body)
            completeRequest();
        else
            m_state = ParseState::ChunkDataEnd;
        return true;
    }
    case ParseState::ChunkDataEnd:
        if (m_buffer.size() < 2)
            return false;
        if (!m_buffer.startsWith("\r\n")) {
            badRequest("chunk not followed by CRLF");
            return false;
        }
        m_buffer.remove(0, 2);
        m_state = ParseState::ChunkSize;
        return true;
    case ParseState::ChunkSize: {
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0)
            return false;
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
            line.truncate(semicolon); // chunk extensions mean nothing to us
        bool ok = false;
        const qint64 size = line.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            badRequest("bad chunk size");
            return false;
        }
        m_remaining = size;
        m_state = size == 0 ? ParseState::Trailers : ParseState::ChunkData;
        return true;
    }
    case ParseState::Trailers: {
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0)
            return false;
        const bool last = end == 0;
        m_buffer.remove(0, end + 2);
        if (last)
            completeRequest();
        return true;
    }
    }
    return false;
}

bool FakeConnection::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        badRequest("malformed request line");
        return false;
    }
    m_parsing = FakeRequest();
    m_parsing.method = requestLine[0];
    m_parsing.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m_parsing.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const bool http10 = requestLine[2] == "HTTP/1.0";
    m_clientClose = http10 || m_parsing.header("Connection").toLower() == "close";

    const qsizetype question = m_parsing.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? m_parsing.target : m_parsing.target.left(question);
    m_parsing.rawQuery = question < 0 ? QByteArray() : m_parsing.target.mid(question + 1);
    m_parsing.queryItems = decodeQuery(m_parsing.rawQuery);
    QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    // dockerd routes /vX.Y/foo and /foo alike; the log keeps the version apart.
    static const QRegularExpression versioned(QStringLiteral("^/v([0-9]+(?:\\.[0-9]+)*)(/.*)?$"));
    if (const QRegularExpressionMatch m = versioned.match(path); m.hasMatch()) {
        m_parsing.apiVersion = m.captured(1);
        path = m.captured(2).isEmpty() ? QStringLiteral("/") : m.captured(2);
    }
    m_parsing.path = path;
    m_parsing.connection = m_number;
    return true;
}

void FakeConnection::takeBody(qsizetype n)
{
    m_parsing.body.append(m_buffer.constData(), n);
    m_buffer.remove(0, n);
    m_remaining -= n;
}

void FakeConnection::completeRequest()
{
    m_queue.enqueue({m_parsing, m_clientClose});
    m_parsing = FakeRequest();
    m_state = ParseState::Head;
}

void FakeConnection::badRequest(const QByteArray &why)
{
    // What Go's server does with garbage: a plain 400 and the connection closed.
    m_buffer.clear();
    m_socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    "Connection: close\r\n\r\n400 Bad Request: " + why);
    cut();
}

void FakeConnection::answerNext()
{
    if (m_active || m_gone || m_queue.isEmpty() || !m_engine)
        return;
    Pending next = m_queue.dequeue();
    FakeRequest &request = next.request;
    const bool clientClose = next.close;
    m_reply = m_engine->answer(request);
    m_active = true;
    m_isHead = request.method == "HEAD";
    m_closeAfter = clientClose || m_reply.closeConnection;
    m_sentBodyBytes = 0;
    if (m_reply.drop) {
        cut();
        return;
    }
    if (m_reply.delayMs > 0) {
        QTimer::singleShot(m_reply.delayMs, this, [this] {
            if (!m_gone) {
                sendHead();
                startBody();
            }
        });
        return;
    }
    sendHead();
    startBody();
}

void FakeConnection::sendHead()
{
    // Go's net/http writes the handler's headers sorted by name, then Date and the framing.
    QMap<QByteArray, QPair<QByteArray, QByteArray>> sorted;
    const FakeHeaders base = m_engine ? m_engine->serverHeaders() : FakeHeaders();
    for (const auto &h : base)
        sorted.insert(h.first.toLower(), h);
    for (const auto &h : std::as_const(m_reply.headers))
        sorted.insert(h.first.toLower(), h);
    const bool noBody = m_reply.status == 204 || m_reply.status == 304 || (m_reply.status >= 100 && m_reply.status < 200);
    if (noBody)
        sorted.remove("content-type");
    const QByteArray explicitLength = sorted.take("content-length").second;
    sorted.remove("transfer-encoding");

    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_reply.status) + ' ' + reasonPhrase(m_reply.status) + "\r\n";
    for (const auto &h : std::as_const(sorted))
        head += h.first + ": " + h.second + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    if (m_closeAfter)
        head += "Connection: close\r\n";
    if (m_reply.chunked && !noBody)
        head += "Transfer-Encoding: chunked\r\n";
    else if (!noBody)
        head += "Content-Length: " + (explicitLength.isEmpty() ? QByteArray::number(m_reply.body.size()) : explicitLength) + "\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void FakeConnection::startBody()
{
    if (m_isHead || m_reply.status == 204 || m_reply.status == 304) {
        finishReply();
        return;
    }
    if (m_reply.cutAfterBytes == 0) {
        cut();
        return;
    }
    if (!m_reply.streamName.isEmpty()) {
        if (m_engine)
            m_engine->onStreamOpened(m_reply.streamName);
        return; // the test pushes and ends it
    }
    m_elapsed.start();
    if (m_reply.repeatBody || m_reply.intervalMs > 0) {
        m_pendingBody = m_reply.body;
        if (!m_reply.repeatBody)
            onTick(); // a throttled reply starts at once, a trickle after its first interval
        if (m_active && !m_gone)
            m_tick.start(m_reply.intervalMs);
        return;
    }
    if (m_reply.chunked && m_reply.chunkSize > 0) {
        for (qsizetype at = 0; at < m_reply.body.size() && m_active; at += m_reply.chunkSize)
            writeBody(m_reply.body.mid(at, m_reply.chunkSize));
    } else {
        writeBody(m_reply.body);
    }
    if (m_active)
        finishReply();
}

void FakeConnection::onTick()
{
    if (!m_active || m_gone) {
        m_tick.stop();
        return;
    }
    if (m_reply.repeatBody) {
        writeBody(m_reply.body);
        if (m_active && m_elapsed.elapsed() + m_reply.intervalMs / 2 >= m_reply.durationMs)
            finishReply();
        return;
    }
    writeBody(m_pendingBody.left(m_reply.chunkSize));
    m_pendingBody.remove(0, qMin<qsizetype>(m_reply.chunkSize, m_pendingBody.size()));
    if (m_active && m_pendingBody.isEmpty())
        finishReply();
}

void FakeConnection::writeBody(const QByteArray &data)
{
    if (m_gone || !m_active || data.isEmpty())
        return;
    QByteArray payload = data;
    bool cutNow = false;
    if (m_reply.cutAfterBytes >= 0 && m_sentBodyBytes + payload.size() >= m_reply.cutAfterBytes) {
        payload.truncate(qsizetype(m_reply.cutAfterBytes - m_sentBodyBytes));
        cutNow = true;
    }
    m_sentBodyBytes += payload.size();
    if (!payload.isEmpty()) {
        if (m_reply.chunked)
            m_socket->write(QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n");
        else
            m_socket->write(payload);
    }
    if (cutNow)
        cut();
}

void FakeConnection::pushChunk(const QByteArray &data)
{
    if (!streamName().isEmpty())
        writeBody(data);
}

void FakeConnection::endStream()
{
    if (!streamName().isEmpty())
        finishReply();
}

void FakeConnection::finishReply()
{
    if (!m_active)
        return;
    m_tick.stop();
    if (m_reply.chunked && !m_isHead && !m_gone && m_reply.status != 204 && m_reply.status != 304)
        m_socket->write("0\r\n\r\n");
    m_active = false;
    m_reply = FakeReply();
    m_pendingBody.clear();
    if (m_closeAfter) {
        m_socket->disconnectFromServer();
        return;
    }
    // The next pipelined request, after the current call stack has unwound.
    QMetaObject::invokeMethod(this, &FakeConnection::answerNext, Qt::QueuedConnection);
}

void FakeConnection::cut()
{
    m_tick.stop();
    m_active = false;
    m_queue.clear();
    if (m_gone)
        return;
    m_gone = true;
    // Flushes what was written so far, then closes: the client sees the reply end mid-body.
    m_socket->disconnectFromServer();
}

} // namespace dx::test
