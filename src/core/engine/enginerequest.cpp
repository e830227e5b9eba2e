#include "enginerequest.h"

namespace dx {

EngineRequest EngineRequest::get(const QString &path, const QUrlQuery &query)
{
    EngineRequest request;
    request.path = path;
    request.query = query;
    request.timeoutMs = 60000;
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
    request.timeoutMs = 120000;
    return request;
}

EngineRequest EngineRequest::del(const QString &path, const QUrlQuery &query)
{
    EngineRequest request;
    request.method = "DELETE";
    request.path = path;
    request.query = query;
    request.timeoutMs = 120000;
    return request;
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
