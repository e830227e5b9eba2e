#pragma once

#include "apicall.h"
#include "commandrecord.h"
#include "resourcetypes.h"

namespace dx {

class DockerApi;

// /version, /info, /system/df.
class SystemApi final
{
    Q_DISABLE_COPY_MOVE(SystemApi)

public:
    explicit SystemApi(DockerApi *api)
        : m_api(api)
    {
    }

    ApiCall<VersionInfo> version(const CallContext &context = {});
    ApiCall<SystemInfo> info(const CallContext &context = {});
    // Walks every layer and volume on the engine: seconds on a big host.
    ApiCall<DiskUsage> diskUsage(const CallContext &context = {});

private:
    DockerApi *m_api;
};

} // namespace dx
