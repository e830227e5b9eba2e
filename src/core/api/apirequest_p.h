#pragma once

// Private to src/core/api: how the resource classes build and send requests.

#include "apicall.h"
#include "commandrecord.h"
#include "dockerapi.h"
#include "engine/enginerequest.h"
#include "jsonfields.h"

#include <QJsonDocument>
#include <QMap>
#include <QStringList>
#include <QUrlQuery>

namespace dx::api {

// The timeout policy of each kind of request lives here, once.
// Short: a whole-transfer limit (30 s for GET, 120 s for work such as stop or prune).
// Stream: a connect timeout only (events and followed logs may be silent for hours). Bulk: a
// connect timeout and a stall limit, never a cap on the whole transfer (a volume download may
// take an hour). Upload: the stall limit while the body is sent, then silent as long as it
// likes (a build's RUN step). EngineRequest::Timeout documents the limits.
enum class Kind { Short, Stream, Bulk, Upload };

EngineRequest request(Kind kind, const QByteArray &method, const QString &path, const QUrlQuery &query = {});
EngineRequest jsonRequest(const QByteArray &method, const QString &path, const QUrlQuery &query,
                          const QJsonObject &body);

// {"label":["a=b"]} as the `filters` query parameter; nothing for an empty map.
void addFilters(QUrlQuery *query, const QMap<QString, QStringList> &filters);
void addBool(QUrlQuery *query, const QString &key, bool value);
// Free text (names, paths, build arguments, labels): QUrlQuery takes "%41" in a value for an
// escaped 'A', so '%' is escaped here; EngineRequest::encodedQuery() then encodes every
// character the engine could read differently ('+', ';', ...).
void addText(QUrlQuery *query, const QString &key, QString text);

inline QString seg(const QString &value)
{
    return DockerApi::segment(value);
}

// `docker stop web` style command lines.
inline Command user(const QStringList &cliWords, const QString &description)
{
    return {shellJoin(cliWords), description, false};
}
inline Command plumbing(const QStringList &cliWords, const QString &description)
{
    return {shellJoin(cliWords), description, true};
}

template<typename T>
ApiCall<T> call(DockerApi *api, const EngineRequest &request, const Command &command, const CallContext &context,
                typename ApiCall<T>::Parser parser)
{
    const QString what = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    return ApiCall<T>(api->send(request, command, context), what, std::move(parser));
}

inline ApiCall<NoContent> callNoContent(DockerApi *api, const EngineRequest &request, const Command &command,
                                        const CallContext &context)
{
    return call<NoContent>(api, request, command, context, nullptr);
}

// Parsers for the two common shapes: one object, or an array of objects.
template<typename T>
typename ApiCall<T>::Parser objectParser()
{
    return [](const EngineResponse &response, T *value, QString *error) {
        QJsonObject object;
        return json::parseObject(response.body, &object, error) && T::fromJson(object, value, error);
    };
}

template<typename T>
typename ApiCall<QList<T>>::Parser listParser()
{
    return [](const EngineResponse &response, QList<T> *list, QString *error) {
        return json::parseList<T>(response.body, list, error, &T::fromJson);
    };
}


} // namespace dx::api
