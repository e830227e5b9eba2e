#include "systemapi.h"

#include "apirequest_p.h"

#include <QCoreApplication>

namespace dx {

using namespace api;

ApiCall<VersionInfo> SystemApi::version(const CallContext &context)
{
    return call<VersionInfo>(m_api, request(Kind::Short, "GET", QStringLiteral("/version")),
                             plumbing({QStringLiteral("docker"), QStringLiteral("version")}, QCoreApplication::translate("dx::SystemApi", "Engine version")),
                             context, objectParser<VersionInfo>());
}

ApiCall<SystemInfo> SystemApi::info(const CallContext &context)
{
    return call<SystemInfo>(m_api, request(Kind::Short, "GET", QStringLiteral("/info")),
                            plumbing({QStringLiteral("docker"), QStringLiteral("info")}, QCoreApplication::translate("dx::SystemApi", "Engine facts")), context,
                            objectParser<SystemInfo>());
}

ApiCall<DiskUsage> SystemApi::diskUsage(const CallContext &context)
{
    EngineRequest r = request(Kind::Short, "GET", QStringLiteral("/system/df"));
    r.timeoutMs = 300000;
    return call<DiskUsage>(m_api, r,
                           plumbing({QStringLiteral("docker"), QStringLiteral("system"), QStringLiteral("df"), QStringLiteral("-v")},
                                    QCoreApplication::translate("dx::SystemApi", "Disk space used by images, containers and volumes")),
                           context, objectParser<DiskUsage>());
}

} // namespace dx
