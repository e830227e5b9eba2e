#include "enginerequest.h"

#include <QUrl>

namespace dx {

namespace {

// Percent-encodes what a URL path cannot carry. Kept: the unreserved characters, the
// separators, the sub-delimiters Docker's router takes literally (image references carry ':'
// and '@'), and '%', because callers (the api layer's DockerApi::segment) may have encoded
// segments already. QUrl::toPercentEncoding always encodes '%', so this is done by hand.
QByteArray encodePath(const QString &path)
{
    static const QByteArray keep("-._~/:@!$&'()*+,;=%");
    const QByteArray utf8 = path.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || keep.contains(c)) {
            out += c;
        } else {
            out += '%';
            out += QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        }
    }
    return out;
}

} // namespace

EngineRequest EngineRequest::get(const QString &path, const QUrlQuery &query)
{
    EngineRequest request;
    request.path = path;
    request.query = query;
    return request;
}

EngineRequest EngineRequest::post(const QString &path, const QUrlQuery &query, const QByteArray &json)
{
    EngineRequest request;
    request.method = "POST";
    request.path = path;
    request.query = query;
    request.body = json;
    if (!json.isEmpty())
        request.contentType = "application/json";
    request.timeoutMs = WorkTimeoutMs;
    return request;
}

EngineRequest EngineRequest::del(const QString &path, const QUrlQuery &query)
{
    EngineRequest request;
    request.method = "DELETE";
    request.path = path;
    request.query = query;
    request.timeoutMs = WorkTimeoutMs;
    return request;
}

EngineRequest EngineRequest::stream(const QString &path, const QUrlQuery &query)
{
    EngineRequest request = get(path, query);
    request.streaming = true;
    request.timeout = Timeout::Idle;
    return request;
}

EngineRequest EngineRequest::download(const QString &path, const QUrlQuery &query)
{
    EngineRequest request = get(path, query);
    request.streaming = true;
    request.timeout = Timeout::Bulk;
    return request;
}

void EngineRequest::addQueryItem(const QString &key, const QString &value)
{
    query.addQueryItem(queryLiteral(key), queryLiteral(value));
}

QString EngineRequest::queryLiteral(const QString &text)
{
    QString literal = text;
    return literal.replace(QLatin1Char('%'), QLatin1String("%25"));
}

EngineRequest EngineRequest::withTimeout(Timeout kind) const
{
    EngineRequest request = *this;
    request.timeout = kind;
    return request;
}

QByteArray EngineRequest::encodedPath() const
{
    return encodePath(path);
}

QByteArray EngineRequest::encodedQuery() const
{
    // QUrlQuery::query(FullyEncoded) leaves '+', ';', '?' and friends alone, which Go decodes
    // differently: encode each decoded key and value ourselves, every reserved character too.
    QByteArray out;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(item.first);
        out += '=';
        out += QUrl::toPercentEncoding(item.second);
    }
    return out;
}

QByteArray EngineResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace dx
