#include "systemapi.h"

#include "apirequest_p.h"

#include "registry/imagereference.h"

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

bool LoginReply::fromJson(const QJsonObject &o, LoginReply *reply, QString *error)
{
    JsonFields f(o);
    reply->status = f.string(QLatin1String("Status"));
    reply->identityToken = f.string(QLatin1String("IdentityToken"));
    if (!f.ok())
        *error = f.error();
    return f.ok();
}

ApiCall<LoginReply> SystemApi::login(const RegistryAuth &auth, const CallContext &context)
{
    // The CLI's words: Docker Hub is the default and not named.
    QStringList cli{QStringLiteral("docker"), QStringLiteral("login")};
    if (!auth.username.isEmpty())
        cli << QStringLiteral("-u") << auth.username;
    if (!auth.serverAddress.isEmpty() && auth.serverAddress != ImageReference::dockerHubAuthKey())
        cli << auth.serverAddress;
    EngineRequest r = jsonRequest("POST", QStringLiteral("/auth"), {}, auth.toJson());
    r.timeoutMs = 60000; // the engine asks the registry, which may be slow to answer
    return call<LoginReply>(m_api, r,
                            user(cli, QCoreApplication::translate("dx::SystemApi", "Log in to a registry")), context,
                            objectParser<LoginReply>());
}

} // namespace dx
