#pragma once

#include "apicall.h"
#include "commandrecord.h"
#include "containertypes.h"
#include "registry/registryauth.h"
#include "resourcetypes.h"

#include <QMap>
#include <QStringList>

#include <memory>

namespace dx {

class BodySource;
class DockerApi;
class EngineReply;

// What POST /images/create?fromSrc=- (docker import) answered. The engine reports a failure
// inside its 200 stream, so `error` is the engine's own message, empty on success.
struct ImageImportReport
{
    QString imageId; // sha256:..., when the engine named it
    QString error;
};

// What POST /images/load (docker load) answered: the names (repo:tag) it loaded, or the ids
// of images saved without a name. A failure (a damaged or cut tar) is the engine's message.
struct ImageLoadReport
{
    QStringList loaded;
    QString error;
};

// /images/... Images are named by the reference the user chose (`demo_image:latest`) or id.
class ImagesApi final
{
    Q_DISABLE_COPY_MOVE(ImagesApi)

public:
    explicit ImagesApi(DockerApi *api)
        : m_api(api)
    {
    }

    ApiCall<QList<ImageSummary>> list(bool all = false, const QMap<QString, QStringList> &filters = {},
                                      const CallContext &context = {});
    ApiCall<ImageDetails> inspect(const QString &image, const CallContext &context = {});
    ApiCall<QList<ImageHistoryEntry>> history(const QString &image, const CallContext &context = {});
    ApiCall<QList<ImageDeleteItem>> remove(const QString &image, bool force = false, const CallContext &context = {});
    // `target` is "repo[:tag]".
    ApiCall<NoContent> tag(const QString &image, const QString &target, const CallContext &context = {});
    // dangling only unless `all`
    ApiCall<PruneReport> prune(bool all = false, const CallContext &context = {});
    // `docker image prune -f [-a] --filter label=...`: only images whose labels match.
    ApiCall<PruneReport> prune(bool all, const QMap<QString, QStringList> &filters, const CallContext &context);
    // An image made of one layer, the tar `rootfs` (`docker import - repository:tag`), with
    // Dockerfile instructions such as "LABEL a=b" applied (`--change`).
    ApiCall<ImageImportReport> import(const QByteArray &rootfs, const QString &repository, const QString &tag,
                                      const QStringList &changes = {}, const CallContext &context = {});

    // `docker pull REFERENCE` (POST /images/create?fromImage=NAME&tag=TAG) and
    // `docker push REFERENCE` (POST /images/NAME/push?tag=TAG), with `auth` as X-Registry-Auth
    // (RegistryCredentials::forImage() finds the CLI's). No tag means latest, as at the
    // command line. Both stream ImageProgress lines (decode with ImageProgressDecoder) and are
    // never timed out while the engine works. The engine refuses early failures (unauthorized,
    // unknown image) with an HTTP error and reports later ones in an error line of its 200
    // stream; the Docker Commands panel shows either as the command's outcome.
    EngineReply *pull(const QString &reference, const RegistryAuth &auth = {}, const CallContext &context = {});
    // `docker pull --platform PLATFORM REFERENCE` ("linux/arm64"): that variant of a multi-platform
    // image; an empty platform is the engine's own, as above.
    EngineReply *pull(const QString &reference, const QString &platform, const RegistryAuth &auth,
                      const CallContext &context = {});
    EngineReply *push(const QString &reference, const RegistryAuth &auth = {}, const CallContext &context = {});

    // `docker save IMAGE...` (GET /images/{name}/get for one image, GET /images/get?names=...
    // for several): the images as one tar, streamed (read dataReceived(); set the reply's
    // receive pause when the reader falls behind). A Bulk request: no cap on the whole
    // transfer, only on a stall. Unknown images are refused with an HTTP error before any byte.
    EngineReply *save(const QStringList &images, const CallContext &context = {});
    // `docker load` (POST /images/load?quiet=1): a tar written by `docker save`, plain or
    // gzip-compressed (the engine tells), streamed from `tar` as the engine reads it.
    ApiCall<ImageLoadReport> load(std::shared_ptr<BodySource> tar, const CallContext &context = {});

private:
    EngineReply *sendProgressStream(const EngineRequest &request, const Command &command, const CallContext &context);

    DockerApi *m_api;
};

} // namespace dx
