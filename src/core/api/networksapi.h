#pragma once

#include "apicall.h"
#include "commandrecord.h"
#include "resourcetypes.h"

#include <QMap>
#include <QStringList>

namespace dx {

class DockerApi;

// /networks/...
class NetworksApi final
{
    Q_DISABLE_COPY_MOVE(NetworksApi)

public:
    explicit NetworksApi(DockerApi *api)
        : m_api(api)
    {
    }

    ApiCall<QList<NetworkSummary>> list(const QMap<QString, QStringList> &filters = {}, const CallContext &context = {});
    ApiCall<NetworkSummary> inspect(const QString &network, const CallContext &context = {});
    ApiCall<QString> create(const QString &name, const QString &driver = {}, const QMap<QString, QString> &labels = {},
                            const CallContext &context = {});
    ApiCall<NoContent> remove(const QString &network, const CallContext &context = {});

private:
    DockerApi *m_api;
};

} // namespace dx
