#include "buildapi.h"

#include "apirequest_p.h"

#include <QCoreApplication>

namespace dx {

using namespace api;

EngineReply *BuildApi::build(const QUrlQuery &query, std::shared_ptr<BodySource> context, const Command &command,
                             const CallContext &callContext)
{
    EngineRequest r = request(Kind::Bulk, "POST", QStringLiteral("/build"), query);
    r.bodySource = std::move(context);
    r.contentType = "application/x-tar";
    return m_api->send(r, command, callContext);
}

ApiCall<PruneReport> BuildApi::pruneCache(bool all, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("builder"), QStringLiteral("prune"), QStringLiteral("-f")};
    if (all) {
        addBool(&query, QStringLiteral("all"), true);
        cli << QStringLiteral("-a");
    }
    return call<PruneReport>(m_api, request(Kind::Short, "POST", QStringLiteral("/build/prune"), query),
                             user(cli, QCoreApplication::translate("dx::BuildApi", "Remove the build cache")), context,
                             [](const EngineResponse &response, PruneReport *report, QString *error) {
                                 QJsonObject object;
                                 if (!json::parseObject(response.body, &object, error))
                                     return false;
                                 JsonFields f(object);
                                 report->deleted = f.strings(QLatin1String("CachesDeleted"));
                                 report->spaceReclaimed = f.integer(QLatin1String("SpaceReclaimed"));
                                 *error = f.error();
                                 return f.ok();
                             });
}

} // namespace dx
