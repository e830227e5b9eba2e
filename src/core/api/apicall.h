#pragma once

#include "apiresult.h"
#include "engine/engine.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace dx {

// The pending answer of one typed request. The JSON → value type conversion happens here,
// on the caller's thread, once the whole body arrived; callers only ever see `ApiResult<T>`.
//
//     api->containers().list({}).then(this, [this](const ApiResult<QList<ContainerSummary>> &r) {...});
//
// A handle is cheap to copy; the request runs whether or not anybody waits for it.
template<typename T>
class ApiCall
{
public:
    // Returns false (with `error` set) when the body is not what the endpoint promises.
    using Parser = std::function<bool(const EngineResponse &response, T *value, QString *error)>;

    ApiCall() = default;
    ApiCall(EngineReply *reply, QString what, Parser parser)
        : m_reply(reply)
        , m_what(std::move(what))
        , m_parser(std::move(parser))
    {
    }

    // Calls `fn(const ApiResult<T> &)` on `context`'s thread when the request ended; nothing
    // when `context` is gone by then.
    template<typename Fn>
    const ApiCall &then(const QObject *context, Fn fn) const
    {
        if (!m_reply)
            return *this;
        QObject::connect(m_reply, &EngineReply::finished, context,
                         [what = m_what, parser = m_parser, fn = std::move(fn)](const EngineResponse &response) {
                             fn(resultOf(response, what, parser));
                         });
        return *this;
    }

    EngineReply *reply() const { return m_reply; }
    bool isValid() const { return m_reply != nullptr; }
    void abort() const
    {
        if (m_reply)
            m_reply->abort();
    }

    static ApiResult<T> resultOf(const EngineResponse &response, const QString &what, const Parser &parser)
    {
        ApiResult<T> result;
        result.error = ApiError::fromResponse(response);
        if (!result.ok() || !parser)
            return result;
        QString detail;
        if (!parser(response, &result.value, &detail)) {
            result.value = T{};
            result.error = ApiError::malformed(what, detail);
        }
        return result;
    }

private:
    QPointer<EngineReply> m_reply;
    QString m_what;
    Parser m_parser;
};

} // namespace dx
