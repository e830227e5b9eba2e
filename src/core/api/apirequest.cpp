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
        r.timeoutMs = 120000;
        break;
    case Kind::Stream:
    case Kind::Bulk:
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
    query->addQueryItem(QStringLiteral("filters"),
                        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
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
