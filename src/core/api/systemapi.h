#pragma once

#include "apicall.h"
#include "commandrecord.h"
#include "registry/registryauth.h"
#include "resourcetypes.h"

namespace dx {

class DockerApi;

// What POST /auth answered a good login: the engine's words ("Login Succeeded") and, from a
// registry that hands them out, an identity token to store instead of the password.
struct LoginReply
{
    QString status;
    QString identityToken;

    static bool fromJson(const QJsonObject &object, LoginReply *reply, QString *error);
};

// /version, /info, /system/df, /auth.
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

    // `docker login [SERVER] -u USER`: the engine asks the registry whether it takes these
    // credentials (POST /auth); 401 when it does not. Nothing is stored: that is the caller's
    // (RegistryCredentials::store). The password travels in the body only, never in a record.
    ApiCall<LoginReply> login(const RegistryAuth &auth, const CallContext &context = {});

private:
    DockerApi *m_api;
};

} // namespace dx
