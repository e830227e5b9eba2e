#include "volumeactions.h"

#include "volumestore.h"

#include "api/dockerapi.h"
#include "api/volumesapi.h"

#include <QLocale>

namespace dx {

VolumeActions::VolumeActions(DockerApi *api, VolumeStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
}

VolumeActions::~VolumeActions() = default;

void VolumeActions::create(const QString &name, const QString &driver, const QMap<QString, QString> &labels,
                           const std::function<void(const QString &, const QString &)> &done)
{
    if (!m_api) {
        done({}, tr("Not connected to an engine."));
        return;
    }
    VolumeCreateOptions options;
    options.name = name;
    // "local" is the default: `docker volume create` without --driver.
    if (driver != QLatin1String("local"))
        options.driver = driver;
    options.labels = labels;
    m_api->volumes().create(options, CallContext::user()).then(this, [done](const ApiResult<VolumeSummary> &r) {
        done(r.value.name, r.message());
    });
}

void VolumeActions::remove(const QString &name, const Done &done)
{
    if (m_store) {
        const std::optional<VolumeInfo> volume = m_store->find(name);
        if (volume && !volume->usedBy.isEmpty()) {
            done(tr("Volume %1 is used by %2. Remove those containers first.")
                     .arg(name, QLocale().createSeparatedList(volume->usedBy)));
            return;
        }
    }
    if (!m_api) {
        done(tr("Not connected to an engine."));
        return;
    }
    m_api->volumes().remove(name, false, CallContext::user()).then(this, [done](const ApiResult<NoContent> &r) {
        done(r.message()); // the engine's 409 text, verbatim
    });
}

void VolumeActions::prune(const PruneDone &done)
{
    if (!m_api) {
        done({}, 0, tr("Not connected to an engine."));
        return;
    }
    m_api->volumes().prune({}, CallContext::user()).then(this, [done](const ApiResult<PruneReport> &r) {
        done(r.value.deleted, r.value.spaceReclaimed, r.message());
    });
}

} // namespace dx
