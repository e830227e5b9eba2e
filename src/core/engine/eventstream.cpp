#include "eventstream.h"

#include "engine.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace dx {

namespace {

Q_LOGGING_CATEGORY(lcEvents, "dx.engine.events")

// Docker keeps the last 256 events for replays; remembering more keys than that is enough to
// recognise every replayed one.
constexpr int SeenLimit = 512;

QString keyOf(const EngineEvent &e)
{
    return QString::number(e.timeNano) + u'\n' + e.type + u'\n' + e.action + u'\n' + e.actorId;
}

} // namespace

EventStream::EventStream(Engine *engine)
    : QObject(engine)
    , m_engine(engine)
    , m_retry(this)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        ++m_reconnects;
        open();
    });
}

EventStream::~EventStream() = default;

void EventStream::start()
{
    m_active = true;
    m_retry.stop();
    m_backoff.reset();
    m_refused = false;
    m_lastNano = 0;
    m_seen.clear();
    m_seenOrder.clear();
    // From now: what happened before is covered by the re-list that follows eventsLiveChanged.
    m_firstSince = QString::number(QDateTime::currentSecsSinceEpoch());
    open();
}

void EventStream::stop()
{
    m_active = false;
    m_retry.stop();
    if (m_reply)
        m_reply->abort(); // its finished() arrives later and is ignored: m_active is false
    m_reply = nullptr;
    setLive(false);
}

void EventStream::open()
{
    if (m_reply || !m_active)
        return;
    EngineRequest request = EngineRequest::stream(QStringLiteral("/events"));
    request.livenessStream = true;
    request.query.addQueryItem(QStringLiteral("since"),
                               m_lastNano > 0 ? EngineEvent::sinceValue(m_lastNano) : m_firstSince);
    m_splitter.reset();
    m_opened.start();
    EngineReply *reply = m_engine->send(request);
    m_reply = reply;
    connect(reply, &EngineReply::headersReceived, this, [this, reply](int status) {
        if (reply == m_reply)
            onHeaders(status);
    });
    connect(reply, &EngineReply::dataReceived, this, [this, reply](const QByteArray &chunk) {
        if (reply == m_reply)
            onData(chunk);
    });
    connect(reply, &EngineReply::finished, this, [this, reply](const EngineResponse &response) {
        if (reply == m_reply)
            onFinished(response);
    });
    // The ping that reported the engine connected has just shown that it answers, so the
    // first stream counts as live at once (views re-list now). After a refusal it takes the
    // engine's answer to say so.
    if (!m_refused)
        setLive(true);
}

void EventStream::onHeaders(int status)
{
    if (status < 400) {
        m_refused = false;
        setLive(true);
    }
}

void EventStream::onData(const QByteArray &chunk)
{
    m_refused = false;
    setLive(true);
    const QVector<JsonLine> lines = m_splitter.feed(chunk);
    for (const JsonLine &line : lines)
        handle(line);
}

void EventStream::handle(const JsonLine &line)
{
    if (!line.isValid()) {
        qCWarning(lcEvents) << "skipping an event that is not JSON:" << line.error;
        return;
    }
    QString error;
    const std::optional<EngineEvent> decoded = EngineEvent::fromJson(line.object, &error);
    if (!decoded) {
        // Still passed on raw, as before there was a typed event.
        qCWarning(lcEvents) << "skipping a malformed event:" << error << line.raw.left(200);
        return;
    }
    if (!remember(*decoded))
        return;
    // A new event shows the stream works: the next cut is retried quickly again.
    m_backoff.reset();
    emit event(*decoded);
}

bool EventStream::remember(const EngineEvent &e)
{
    const QString key = keyOf(e);
    if (m_seen.contains(key))
        return false;
    m_seen.insert(key);
    m_seenOrder.enqueue(key);
    while (m_seenOrder.size() > SeenLimit)
        m_seen.remove(m_seenOrder.dequeue());
    m_lastNano = qMax(m_lastNano, e.timeNano);
    return true;
}

void EventStream::onFinished(const EngineResponse &response)
{
    m_reply = nullptr;
    if (!m_active)
        return;
    if (response.error == EngineResponse::Error::Http) {
        // Refused (an authorization plugin, a proxy): no events reach us until it is accepted.
        qCWarning(lcEvents) << "the engine refused the event stream:" << response.status << response.message;
        m_refused = true;
        setLive(false);
    } else if (m_opened.elapsed() >= StableMs) {
        m_backoff.reset();
    }
    // Still connected as far as we know; if the engine is gone, the ping that the client sends
    // when this stream ends says so and stop() cancels the retry.
    const int delay = m_backoff.next();
    qCDebug(lcEvents) << "event stream ended (" << response.message << "), re-opening in" << delay << "ms";
    m_retry.start(delay);
}

void EventStream::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    emit liveChanged(live);
}

} // namespace dx
