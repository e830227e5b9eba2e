#include "volumeinfo.h"

#include "api/resourcetypes.h"

namespace dx {

void VolumeInfo::setSummary(const VolumeSummary &summary)
{
    name = summary.name;
    driver = summary.driver;
    mountpoint = summary.mountpoint;
    scope = summary.scope;
    created = summary.created;
    labels = summary.labels;
    // GET /volumes leaves UsageData out; /system/df fills it.
    if (summary.size >= 0)
        size = summary.size;
}

bool VolumeInfo::isAnonymous() const
{
    return labels.contains(QStringLiteral("com.docker.volume.anonymous"));
}

bool VolumeInfo::operator==(const VolumeInfo &o) const
{
    return name == o.name && driver == o.driver && mountpoint == o.mountpoint && scope == o.scope
        && created == o.created && labels == o.labels && usedBy == o.usedBy && runningUsers == o.runningUsers
        && references == o.references && size == o.size;
}

} // namespace dx
