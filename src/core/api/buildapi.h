#pragma once

#include "apicall.h"
#include "commandrecord.h"
#include "containertypes.h"

#include <QUrlQuery>

#include <memory>

namespace dx {

class BodySource;
class DockerApi;
class EngineReply;

// POST /build and the build cache.
class BuildApi final
{
    Q_DISABLE_COPY_MOVE(BuildApi)

public:
    explicit BuildApi(DockerApi *api)
        : m_api(api)
    {
    }

    // Streams the JSON-lines progress; `query` comes from the build parameters, `command` is
    // the `docker build` line that gives the same image (see BuildParameters).
    EngineReply *build(const QUrlQuery &query, std::shared_ptr<BodySource> context, const Command &command,
                       const CallContext &callContext = {});
    ApiCall<PruneReport> pruneCache(bool all = false, const CallContext &context = {});

private:
    DockerApi *m_api;
};

} // namespace dx
