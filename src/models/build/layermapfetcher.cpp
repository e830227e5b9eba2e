#include "layermapfetcher.h"

#include "api/dockerapi.h"
#include "api/imagesapi.h"

namespace dx {

namespace {
constexpr int kMaxIntermediateImages = 200;
}

LayerMapFetcher::LayerMapFetcher(DockerApi *api, const QString &imageId, const ParseResult &dockerfile,
                                 const QString &target, const QSet<int> &cachedLines, QObject *parent)
    : Job(tr("Map Dockerfile lines to layers"), parent)
    , m_api(api)
    , m_imageId(imageId)
{
    qRegisterMetaType<QList<dx::LayerMapEntry>>();
    m_input.dockerfile = dockerfile;
    m_input.target = target;
    m_input.cachedLines = cachedLines;
}

template<typename T, typename Apply>
void LayerMapFetcher::ask(const ApiCall<T> &call, bool required, Apply apply)
{
    ++m_asked;
    ++m_pending;
    m_replies.append(call.reply());
    call.then(this, [this, required, apply](const ApiResult<T> &r) {
        if (!isRunning())
            return;
        if (r.ok())
            apply(r.value);
        else if (required && m_error.isEmpty())
            m_error = r.message();
        answered();
    });
}

void LayerMapFetcher::run()
{
    if (!m_api) {
        fail(tr("No engine"));
        return;
    }
    ImagesApi &images = m_api->images();
    const CallContext plumbing = CallContext::internal();
    ask(images.history(m_imageId, plumbing), true, [this, plumbing](const QList<ImageHistoryEntry> &history) {
        m_input.history = history;
        // The classic builder's intermediate images tell exactly which step added a layer.
        int asked = 0;
        for (const ImageHistoryEntry &entry : history) {
            if (!entry.id.startsWith(QLatin1String("sha256:")) || ++asked > kMaxIntermediateImages)
                continue;
            const QString id = entry.id;
            ask(m_api->images().inspect(id, plumbing), false, [this, id](const ImageDetails &details) {
                m_input.layerCountById.insert(id, int(details.layers.size()));
            });
        }
    });
    ask(images.inspect(m_imageId, plumbing), true,
        [this](const ImageDetails &details) { m_input.layers = details.layers; });
    const QString base = LayerMapper::baseImage(m_input.dockerfile, m_input.target);
    if (!base.isEmpty()) {
        ask(images.history(base, plumbing), false, [this](const QList<ImageHistoryEntry> &history) {
            m_input.baseHistoryCount = int(history.size());
        });
        ask(images.inspect(base, plumbing), false,
            [this](const ImageDetails &details) { m_input.baseLayerCount = int(details.layers.size()); });
    }
}

void LayerMapFetcher::answered()
{
    reportProgress(m_asked - m_pending + 1, m_asked);
    if (--m_pending > 0)
        return;
    m_replies.clear();
    if (!m_error.isEmpty()) {
        fail(m_error);
        return;
    }
    m_entries = LayerMapper::map(m_input);
    emit mapped(m_entries);
    succeed(QVariant::fromValue(m_entries));
}

void LayerMapFetcher::abortWork()
{
    const QList<QPointer<EngineReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<EngineReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
    confirmCancelled();
}

} // namespace dx
