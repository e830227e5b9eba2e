#pragma once

#include "apicall.h"
#include "commandrecord.h"
#include "containertypes.h"
#include "resourcetypes.h"

#include <QMap>
#include <QStringList>

namespace dx {

class DockerApi;

struct VolumeCreateOptions
{
    QString name;    // empty: the engine picks one (an anonymous volume)
    QString driver;  // empty: local
    QMap<QString, QString> labels;
    QMap<QString, QString> driverOptions;
};

// /volumes/...
class VolumesApi final
{
    Q_DISABLE_COPY_MOVE(VolumesApi)

public:
    explicit VolumesApi(DockerApi *api)
        : m_api(api)
    {
    }

    ApiCall<QList<VolumeSummary>> list(const QMap<QString, QStringList> &filters = {}, const CallContext &context = {});
    ApiCall<VolumeSummary> inspect(const QString &name, const CallContext &context = {});
    ApiCall<VolumeSummary> create(const VolumeCreateOptions &options, const CallContext &context = {});
    ApiCall<NoContent> remove(const QString &name, bool force = false, const CallContext &context = {});
    ApiCall<PruneReport> prune(const QMap<QString, QStringList> &filters = {}, const CallContext &context = {});

private:
    DockerApi *m_api;
};

} // namespace dx
