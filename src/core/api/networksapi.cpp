#include "networksapi.h"

#include "apirequest_p.h"

#include <QCoreApplication>

namespace dx {

using namespace api;

ApiCall<QList<NetworkSummary>> NetworksApi::list(const QMap<QString, QStringList> &filters, const CallContext &context)
{
    QUrlQuery query;
    addFilters(&query, filters);
    return call<QList<NetworkSummary>>(m_api, request(Kind::Short, "GET", QStringLiteral("/networks"), query),
                                       plumbing({QStringLiteral("docker"), QStringLiteral("network"), QStringLiteral("ls")},
                                                QCoreApplication::translate("dx::NetworksApi", "List networks")),
                                       context, listParser<NetworkSummary>());
}

ApiCall<NetworkSummary> NetworksApi::inspect(const QString &network, const CallContext &context)
{
    return call<NetworkSummary>(m_api, request(Kind::Short, "GET", QStringLiteral("/networks/") + seg(network)),
                                plumbing({QStringLiteral("docker"), QStringLiteral("network"), QStringLiteral("inspect"), network},
                                         QCoreApplication::translate("dx::NetworksApi", "Show a network")),
                                context, objectParser<NetworkSummary>());
}

ApiCall<QString> NetworksApi::create(const QString &name, const QString &driver, const QMap<QString, QString> &labels,
                                     const CallContext &context)
{
    QJsonObject body{{QStringLiteral("Name"), name}, {QStringLiteral("CheckDuplicate"), true}};
    QStringList cli{QStringLiteral("docker"), QStringLiteral("network"), QStringLiteral("create")};
    if (!driver.isEmpty()) {
        body.insert(QStringLiteral("Driver"), driver);
        cli << QStringLiteral("--driver") << driver;
    }
    if (!labels.isEmpty()) {
        QJsonObject l;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            l.insert(it.key(), it.value());
            cli << QStringLiteral("--label") << it.key() + QLatin1Char('=') + it.value();
        }
        body.insert(QStringLiteral("Labels"), l);
    }
    cli << name;
    return call<QString>(m_api, jsonRequest("POST", QStringLiteral("/networks/create"), {}, body),
                         user(cli, QCoreApplication::translate("dx::NetworksApi", "Create a network")), context,
                         [](const EngineResponse &response, QString *id, QString *error) {
                             QJsonObject object;
                             if (!json::parseObject(response.body, &object, error))
                                 return false;
                             JsonFields f(object);
                             *id = f.string(QLatin1String("Id"), true);
                             *error = f.error();
                             return f.ok();
                         });
}

ApiCall<NoContent> NetworksApi::remove(const QString &network, const CallContext &context)
{
    return callNoContent(m_api, request(Kind::Short, "DELETE", QStringLiteral("/networks/") + seg(network)),
                         user({QStringLiteral("docker"), QStringLiteral("network"), QStringLiteral("rm"), network},
                              QCoreApplication::translate("dx::NetworksApi", "Remove a network")),
                         context);
}

} // namespace dx
