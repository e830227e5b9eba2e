#include "fakereply.h"

#include <QFile>
#include <QtDebug>

namespace dx::test {

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool FakeRequest::hasQueryItem(const QString &key) const
{
    for (const auto &item : queryItems) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString FakeRequest::queryItem(const QString &key) const
{
    for (const auto &item : queryItems) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QStringList FakeRequest::queryItemValues(const QString &key) const
{
    QStringList values;
    for (const auto &item : queryItems) {
        if (item.first == key)
            values.append(item.second);
    }
    return values;
}

QJsonObject FakeRequest::queryJson(const QString &key) const
{
    return QJsonDocument::fromJson(queryItem(key).toUtf8()).object();
}

QJsonDocument FakeRequest::json() const
{
    return QJsonDocument::fromJson(body);
}

FakeReply FakeReply::json(const QByteArray &body, int status)
{
    FakeReply r;
    r.status = status;
    r.body = body;
    r.withHeader("Content-Type", "application/json");
    return r;
}

FakeReply FakeReply::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n', status);
}

FakeReply FakeReply::json(const QJsonArray &array, int status)
{
    return json(QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n', status);
}

FakeReply FakeReply::text(const QByteArray &body, int status)
{
    FakeReply r;
    r.status = status;
    r.body = body;
    r.withHeader("Content-Type", "text/plain; charset=utf-8");
    return r;
}

FakeReply FakeReply::fixture(const QString &name, int status)
{
    const QByteArray body = fixtures::read(name);
    if (name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".jsonl")))
        return json(body, status);
    return text(body, status);
}

FakeReply FakeReply::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("message"), message}}, status);
}

FakeReply FakeReply::notFound()
{
    return error(404, QStringLiteral("page not found"));
}

FakeReply FakeReply::noContent()
{
    FakeReply r;
    r.status = 204;
    return r;
}

FakeReply FakeReply::malformedJson(const QByteArray &body)
{
    return json(body, 200);
}

FakeReply FakeReply::stream(const QString &name)
{
    FakeReply r = json(QByteArray(), 200);
    r.chunked = true;
    r.streamName = name;
    return r;
}

FakeReply FakeReply::trickle(const QByteArray &unit, int intervalMs, int durationMs)
{
    FakeReply r = json(unit, 200);
    r.chunked = true;
    r.repeatBody = true;
    r.intervalMs = qMax(1, intervalMs);
    r.durationMs = durationMs;
    return r;
}

FakeReply FakeReply::dropConnection()
{
    FakeReply r;
    r.drop = true;
    return r;
}

FakeReply &FakeReply::withStatus(int code)
{
    status = code;
    return *this;
}

FakeReply &FakeReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

FakeReply &FakeReply::withChunked(int bytesPerChunk)
{
    chunked = true;
    chunkSize = bytesPerChunk;
    return *this;
}

FakeReply &FakeReply::throttled(int bytesPerTick, int interval)
{
    chunkSize = qMax(1, bytesPerTick);
    intervalMs = qMax(1, interval);
    return *this;
}

FakeReply &FakeReply::cutAfter(qint64 bodyBytes)
{
    cutAfterBytes = qMax<qint64>(0, bodyBytes);
    return *this;
}

FakeReply &FakeReply::delayed(int ms)
{
    delayMs = ms;
    return *this;
}

FakeReply &FakeReply::closingConnection()
{
    closeConnection = true;
    return *this;
}

QByteArray FakeReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace fixtures {

QString directory()
{
    return QStringLiteral(DX_FAKEENGINE_FIXTURES);
}

QByteArray read(const QString &name)
{
    QFile file(directory() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "fake engine: no fixture" << file.fileName();
        return {};
    }
    return file.readAll();
}

QJsonDocument json(const QString &name)
{
    return QJsonDocument::fromJson(read(name));
}

QJsonObject capture()
{
    return json(QStringLiteral("capture.json")).object();
}

QList<QByteArray> eventLines()
{
    QList<QByteArray> lines;
    const QList<QByteArray> all = read(QStringLiteral("events.jsonl")).split('\n');
    for (const QByteArray &line : all) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

FakeHeaders headers(const QString &name)
{
    FakeHeaders result;
    const QList<QByteArray> lines = read(name).split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith("HTTP/") || colon <= 0)
            continue;
        result.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return result;
}

} // namespace fixtures

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 413: return "Request Entity Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace dx::test
