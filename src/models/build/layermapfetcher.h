#pragma once

#include "api/apicall.h"
#include "api/job.h"
#include "layermapper.h"

#include <QList>
#include <QPointer>

namespace dx {

class DockerApi;
class EngineReply;

// After a build, asks the engine for what LayerMapper needs (the image's history and layers,
// the base image's history length and layer count, the layer count of the classic builder's
// intermediate images) and maps it. A Job: progress() counts the answered requests, cancel()
// aborts the ones still out. Ends with finished(QList<LayerMapEntry>) (also as mapped()) or
// failed(message) when the image itself cannot be read.
class LayerMapFetcher final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerMapFetcher)

public:
    LayerMapFetcher(DockerApi *api, const QString &imageId, const ParseResult &dockerfile, const QString &target,
                    const QSet<int> &cachedLines, QObject *parent = nullptr);

    QList<LayerMapEntry> entries() const { return m_entries; }

signals:
    void mapped(const QList<dx::LayerMapEntry> &entries);

protected:
    void run() override;
    void abortWork() override;

private:
    // Counts one request out; `answer` runs when it is back. A failed optional request (the
    // base image, pulled under another name) only makes the mapping less certain; a failed
    // required one fails the job.
    template<typename T, typename Apply>
    void ask(const ApiCall<T> &call, bool required, Apply apply);
    void answered();

    QPointer<DockerApi> m_api;
    QString m_imageId;
    LayerMapper::Input m_input;
    QList<LayerMapEntry> m_entries;
    QList<QPointer<EngineReply>> m_replies;
    int m_asked = 0;
    int m_pending = 0;
    QString m_error;
};

} // namespace dx

Q_DECLARE_METATYPE(QList<dx::LayerMapEntry>)
