#pragma once

#include "api/apicall.h"
#include "api/containertypes.h"
#include "api/resourcetypes.h"

namespace dx {

class DockerApi;

// What the user can do to images. Each call is the user's own `docker …` command in the
// Docker Commands panel, logged by the API when it is really sent. Nothing re-lists after
// it: the engine's image events update ImageStore.
class ImageActions final
{
    Q_DISABLE_COPY_MOVE(ImageActions)

public:
    explicit ImageActions(DockerApi *api)
        : m_api(api)
    {
    }

    // `docker rmi REFERENCE`: an image with other names only loses this one.
    ApiCall<QList<ImageDeleteItem>> remove(const QString &reference, bool force = false) const;
    // `docker tag REFERENCE TARGET`
    ApiCall<NoContent> tag(const QString &reference, const QString &target) const;
    // `docker image prune -f`: dangling images no container uses.
    ApiCall<PruneReport> pruneDangling() const;
    // The containers (running or not) made from the image, asked before removing it.
    ApiCall<QList<ContainerSummary>> usersOf(const QString &imageId) const;

private:
    DockerApi *m_api;
};

} // namespace dx
