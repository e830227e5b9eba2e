#include "apirequest_p.h"

namespace dx::api {

EngineRequest request(Kind kind, const QByteArray &method, const QString &path, const QUrlQuery &query)
{
    EngineRequest r;
    r.method = method;
    r.path = path;
    r.query = query;
    switch (kind) {
    case Kind::Short:
        r.timeout = EngineRequest::Timeout::Short;
        r.timeoutMs = method == "GET" || method == "HEAD" ? EngineRequest::DefaultTimeoutMs
                                                          : EngineRequest::WorkTimeoutMs;
        break;
    case Kind::Stream:
        r.timeout = EngineRequest::Timeout::Idle;
        r.timeoutMs = 0;
        r.streaming = true;
        break;
    case Kind::Bulk:
        r.timeout = EngineRequest::Timeout::Bulk;
        r.timeoutMs = 0;
        r.streaming = true;
        break;
    case Kind::Upload:
        r.timeout = EngineRequest::Timeout::Upload;
        r.timeoutMs = 0;
        r.streaming = true;
        break;
    }
    return r;
}

EngineRequest jsonRequest(const QByteArray &method, const QString &path, const QUrlQuery &query,
                          const QJsonObject &body)
{
    EngineRequest r = request(Kind::Short, method, path, query);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    return r;
}

void addFilters(QUrlQuery *query, const QMap<QString, QStringList> &filters)
{
    if (filters.isEmpty())
        return;
    QJsonObject object;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    addText(query, QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void addText(QUrlQuery *query, const QString &key, QString text)
{
    query->addQueryItem(key, text.replace(QLatin1Char('%'), QLatin1String("%25")));
}

void addBool(QUrlQuery *query, const QString &key, bool value)
{
    query->addQueryItem(key, value ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace dx::api
