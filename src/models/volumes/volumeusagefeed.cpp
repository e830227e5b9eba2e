#include "volumeusagefeed.h"

#include "volumehelper.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "engine/engine.h"
#include "engine/engineevent.h"

namespace dx {

VolumeUsageFeed::VolumeUsageFeed(DockerApi *api, Listener listener, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_listener(std::move(listener))
{
    // create + start of one container (or a compose project) is one listing.
    m_burst.setSingleShot(true);
    m_burst.setInterval(250);
    connect(&m_burst, &QTimer::timeout, this, &VolumeUsageFeed::refresh);
    if (api && api->engine())
        connect(api->engine(), &Engine::event, this, &VolumeUsageFeed::handleEvent);
}

VolumeUsageFeed::~VolumeUsageFeed() = default;

void VolumeUsageFeed::refresh()
{
    if (!m_api)
        return;
    if (m_listing) {
        m_again = true; // never two listings at once: one more when this one is back
        return;
    }
    m_listing = true;
    ContainerListOptions options;
    options.all = true;
    m_api->containers().list(options, CallContext::internal())
        .then(this, [this](const ApiResult<QList<ContainerSummary>> &r) {
            m_listing = false;
            if (r.ok() && m_listener)
                m_listener(r.value); // a failed listing keeps the last usage
            if (std::exchange(m_again, false))
                refresh();
        });
}

void VolumeUsageFeed::handleEvent(const EngineEvent &event)
{
    if (event.type == QLatin1String("volume")) {
        const QString action = event.baseAction();
        if (action == QLatin1String("mount") || action == QLatin1String("unmount"))
            m_burst.start();
        return;
    }
    if (event.type != QLatin1String("container"))
        return;
    // Our own helpers come and go while browsing; they never change "used by".
    if (event.attributes.contains(QString::fromLatin1(VolumeHelper::LabelKey)))
        return;
    static const QStringList relevant{QStringLiteral("create"), QStringLiteral("destroy"), QStringLiteral("start"),
                                      QStringLiteral("die"), QStringLiteral("rename")};
    if (relevant.contains(event.baseAction()))
        m_burst.start();
}

} // namespace dx
