#include "volumesapi.h"

#include "apirequest_p.h"

#include <QCoreApplication>

namespace dx {

using namespace api;

namespace {

void filterWords(QStringList *cli, const QMap<QString, QStringList> &filters)
{
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        for (const QString &v : it.value())
            *cli << QStringLiteral("--filter") << it.key() + QLatin1Char('=') + v;
    }
}

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

ApiCall<QList<VolumeSummary>> VolumesApi::list(const QMap<QString, QStringList> &filters, const CallContext &context)
{
    QUrlQuery query;
    addFilters(&query, filters);
    QStringList cli{QStringLiteral("docker"), QStringLiteral("volume"), QStringLiteral("ls")};
    filterWords(&cli, filters);
    return call<QList<VolumeSummary>>(
        m_api, request(Kind::Short, "GET", QStringLiteral("/volumes"), query), plumbing(cli, QCoreApplication::translate("dx::VolumesApi", "List volumes")),
        context, [](const EngineResponse &response, QList<VolumeSummary> *list, QString *error) {
            QJsonObject object;
            if (!json::parseObject(response.body, &object, error))
                return false;
            const QJsonValue volumes = object.value(QLatin1String("Volumes"));
            if (volumes.isNull() || volumes.isUndefined())
                return true; // no volumes at all
            if (!volumes.isArray()) {
                *error = QStringLiteral("\"Volumes\" is not an array");
                return false;
            }
            return json::parseList<VolumeSummary>(QJsonDocument(volumes.toArray()).toJson(QJsonDocument::Compact),
                                                  list, error, &VolumeSummary::fromJson);
        });
}

ApiCall<VolumeSummary> VolumesApi::inspect(const QString &name, const CallContext &context)
{
    return call<VolumeSummary>(m_api, request(Kind::Short, "GET", QStringLiteral("/volumes/") + seg(name)),
                               plumbing({QStringLiteral("docker"), QStringLiteral("volume"), QStringLiteral("inspect"), name},
                                        QCoreApplication::translate("dx::VolumesApi", "Show a volume")),
                               context, objectParser<VolumeSummary>());
}

ApiCall<VolumeSummary> VolumesApi::create(const VolumeCreateOptions &options, const CallContext &context)
{
    QJsonObject body;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("volume"), QStringLiteral("create")};
    if (!options.driver.isEmpty()) {
        body.insert(QStringLiteral("Driver"), options.driver);
        cli << QStringLiteral("--driver") << options.driver;
    }
    for (auto it = options.driverOptions.cbegin(); it != options.driverOptions.cend(); ++it)
        cli << QStringLiteral("--opt") << it.key() + QLatin1Char('=') + it.value();
    for (auto it = options.labels.cbegin(); it != options.labels.cend(); ++it)
        cli << QStringLiteral("--label") << it.key() + QLatin1Char('=') + it.value();
    if (!options.name.isEmpty()) {
        body.insert(QStringLiteral("Name"), options.name);
        cli << options.name;
    }
    if (!options.labels.isEmpty())
        body.insert(QStringLiteral("Labels"), toObject(options.labels));
    if (!options.driverOptions.isEmpty())
        body.insert(QStringLiteral("DriverOpts"), toObject(options.driverOptions));
    return call<VolumeSummary>(m_api, jsonRequest("POST", QStringLiteral("/volumes/create"), {}, body),
                               user(cli, QCoreApplication::translate("dx::VolumesApi", "Create a volume: storage that outlives containers")), context,
                               objectParser<VolumeSummary>());
}

ApiCall<NoContent> VolumesApi::remove(const QString &name, bool force, const CallContext &context)
{
    QUrlQuery query;
    QStringList cli{QStringLiteral("docker"), QStringLiteral("volume"), QStringLiteral("rm")};
    if (force) {
        addBool(&query, QStringLiteral("force"), true);
        cli << QStringLiteral("-f");
    }
    cli << name;
    return callNoContent(m_api, request(Kind::Short, "DELETE", QStringLiteral("/volumes/") + seg(name), query),
                         user(cli, QCoreApplication::translate("dx::VolumesApi", "Remove a volume and all data in it")), context);
}

ApiCall<PruneReport> VolumesApi::prune(const QMap<QString, QStringList> &filters, const CallContext &context)
{
    QUrlQuery query;
    addFilters(&query, filters);
    QStringList cli{QStringLiteral("docker"), QStringLiteral("volume"), QStringLiteral("prune"), QStringLiteral("-f")};
    filterWords(&cli, filters);
    return call<PruneReport>(m_api, request(Kind::Short, "POST", QStringLiteral("/volumes/prune"), query),
                             user(cli, QCoreApplication::translate("dx::VolumesApi", "Remove volumes no container uses")), context,
                             [](const EngineResponse &response, PruneReport *report, QString *error) {
                                 QJsonObject object;
                                 if (!json::parseObject(response.body, &object, error))
                                     return false;
                                 JsonFields f(object);
                                 report->deleted = f.strings(QLatin1String("VolumesDeleted"));
                                 report->spaceReclaimed = f.integer(QLatin1String("SpaceReclaimed"));
                                 *error = f.error();
                                 return f.ok();
                             });
}

} // namespace dx
