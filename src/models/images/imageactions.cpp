#include "imageactions.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "api/imagesapi.h"

namespace dx {

ApiCall<QList<ImageDeleteItem>> ImageActions::remove(const QString &reference, bool force) const
{
    return m_api->images().remove(reference, force, CallContext::user());
}

ApiCall<NoContent> ImageActions::tag(const QString &reference, const QString &target) const
{
    return m_api->images().tag(reference, target, CallContext::user());
}

ApiCall<PruneReport> ImageActions::pruneDangling() const
{
    return m_api->images().prune(false, CallContext::user());
}

ApiCall<QList<ContainerSummary>> ImageActions::usersOf(const QString &imageId) const
{
    ContainerListOptions options;
    options.all = true;
    options.filters.insert(QStringLiteral("ancestor"), {imageId});
    return m_api->containers().list(options, CallContext::internal());
}

} // namespace dx
