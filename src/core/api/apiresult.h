#pragma once

#include "engine/enginerequest.h"

#include <QCoreApplication>
#include <QString>

#include <utility>

namespace dx {

// Why a typed call failed. The transport's own classification is kept, so a view can say
// "the engine is not running" rather than a generic error.
struct ApiError
{
    enum class Kind {
        None,
        Transport, // no answer: see `transport`
        Http,      // the engine answered >= 400; `message` is its own text
        Malformed, // the engine answered, but not with what the API promises
        Cancelled,
    };

    Kind kind = Kind::None;
    EngineResponse::Error transport = EngineResponse::Error::None;
    int status = 0;
    QString message;

    bool isNone() const { return kind == Kind::None; }
    bool isNotFound() const { return kind == Kind::Http && status == 404; }
    bool isConflict() const { return kind == Kind::Http && status == 409; }

    static ApiError fromResponse(const EngineResponse &response);
    // What to change when the engine's message says its container runtime itself failed
    // (crun on hybrid or v1 cgroups, Podman's runtime without ulimits); empty otherwise.
    static QString runtimeHint(const QString &engineMessage);
    // What to do when the engine's message says a registry refused the credentials sent (or
    // that none were sent); empty otherwise.
    static QString registryHint(const QString &engineMessage);
    // engineMessage, followed by its runtimeHint (or registryHint) on a paragraph of its own
    // when there is one.
    static QString withRuntimeHint(const QString &engineMessage);
    static ApiError malformed(const QString &what, const QString &detail);
};

// Requests that answer with nothing worth keeping (204 No Content and friends).
struct NoContent
{
};

template<typename T>
struct ApiResult
{
    T value{};
    ApiError error;

    bool ok() const { return error.isNone(); }
    const QString &message() const { return error.message; }
};

} // namespace dx
