#include "networkstore.h"

#include "api/dockerapi.h"
#include "api/networksapi.h"
#include "engine/engine.h"
#include "networklistmodel.h"

namespace dx {

NetworkStore::NetworkStore(DockerApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(new NetworkListModel(this))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(25);
    connect(&m_coalesce, &QTimer::timeout, this, &NetworkStore::fetchPending);
    Engine *engine = api->engine();
    connect(engine, &Engine::event, this, &NetworkStore::handleEvent);
    connect(engine, &Engine::connectedChanged, this, [this](bool connected) {
        if (connected)
            refresh();
        else
            setStale(true);
    });
    if (engine->isConnected())
        refresh();
}

NetworkStore::~NetworkStore() = default;

QList<NetworkSummary> NetworkStore::all() const
{
    return m_model->networks();
}

std::optional<NetworkSummary> NetworkStore::find(const QString &idOrName) const
{
    const int row = m_model->rowOf(idOrName);
    if (row < 0)
        return std::nullopt;
    return m_model->networks().at(row);
}

void NetworkStore::refresh()
{
    const int generation = ++m_generation;
    m_api->networks().list({}, CallContext::internal()).then(this, [this, generation](const ApiResult<QList<NetworkSummary>> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            reportError(r.message());
            return;
        }
        m_model->setNetworks(r.value);
        m_lastError.clear();
        setStale(false);
        if (!m_loaded) {
            m_loaded = true;
            emit loaded();
        }
    });
}

void NetworkStore::handleEvent(const EngineEvent &event)
{
    if (event.type != QLatin1String("network") || event.actorId.isEmpty())
        return;
    const QString action = event.baseAction();
    if (action == QLatin1String("destroy") || action == QLatin1String("remove")) {
        m_pending.remove(event.actorId);
        if (m_model->remove(event.actorId))
            emit removed(event.actorId);
        return;
    }
    // A container joining or leaving (every start and stop of a container does it) changes
    // only the network's members, which the event names: no request for it.
    const bool joins = action == QLatin1String("connect");
    if ((joins || action == QLatin1String("disconnect")) && !m_pending.contains(event.actorId)) {
        const QString container = event.attribute(QStringLiteral("container"));
        const int row = m_model->rowOf(event.actorId);
        if (row >= 0 && !container.isEmpty()) {
            NetworkSummary network = m_model->networks().at(row);
            network.containers.removeAll(container);
            if (joins)
                network.containers.append(container);
            m_model->upsert(network);
            emit changed(network.id);
            return;
        }
    }
    m_pending.insert(event.actorId);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void NetworkStore::fetchPending()
{
    const QSet<QString> ids = std::exchange(m_pending, {});
    for (const QString &id : ids) {
        m_api->networks().inspect(id, CallContext::internal()).then(this, [this, id](const ApiResult<NetworkSummary> &r) {
            if (r.error.isNotFound()) {
                if (m_model->remove(id))
                    emit removed(id);
                return;
            }
            if (!r.ok()) {
                reportError(r.message());
                return;
            }
            m_model->upsert(r.value);
            emit changed(r.value.id);
        });
    }
}

void NetworkStore::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

void NetworkStore::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

} // namespace dx
