#include "containerstore.h"

#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "containerlistmodel.h"
#include "engine/engine.h"
#include "engine/engineevent.h"

#include <QTimer>

#include <cstdlib>

namespace dx {

namespace {

// Actions after which the list shows nothing new: exec sessions, terminals, copies, and the
// kill/stop/restart that only ever come with a die or start of their own.
bool changesNothingListed(const QString &action)
{
    static const QSet<QString> ignored{
        QStringLiteral("attach"),  QStringLiteral("detach"),       QStringLiteral("resize"),
        QStringLiteral("top"),     QStringLiteral("archive-path"), QStringLiteral("extract-to-dir"),
        QStringLiteral("copy"),    QStringLiteral("export"),       QStringLiteral("commit"),
        QStringLiteral("kill"),    QStringLiteral("oom"),          QStringLiteral("stop"),
        QStringLiteral("restart"), QStringLiteral("update"),       QStringLiteral("prune"),
    };
    return action.startsWith(QLatin1String("exec_")) || ignored.contains(action);
}

constexpr int DetailsKept = 32;

} // namespace

ContainerStore::ContainerStore(DockerApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(new ContainerListModel(this))
    , m_timer(new QTimer(this))
    , m_catchUp(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ContainerStore::sendDue);
    m_catchUp->setSingleShot(true);
    m_catchUp->setInterval(CatchUpMs);
    connect(m_catchUp, &QTimer::timeout, this, [this] {
        if (m_eventsInterrupted && m_api->engine() && m_api->engine()->eventsLive())
            refresh();
    });
    Engine *engine = api ? api->engine() : nullptr;
    if (!engine)
        return;
    connect(engine, &Engine::event, this, &ContainerStore::handleEvent);
    connect(engine, &Engine::connectedChanged, this, &ContainerStore::onConnectedChanged);
    connect(engine, &Engine::eventsLiveChanged, this, &ContainerStore::onEventsLiveChanged);
    if (engine->isConnected())
        refresh();
}

ContainerStore::~ContainerStore() = default;

QList<ContainerSummary> ContainerStore::all() const
{
    return m_model->containers();
}

std::optional<ContainerSummary> ContainerStore::find(const QString &idOrName) const
{
    if (idOrName.isEmpty())
        return std::nullopt;
    const int row = m_model->rowOf(idOrName);
    if (row >= 0)
        return m_model->containerAt(row);
    const QString name = idOrName.startsWith(QLatin1Char('/')) ? idOrName.mid(1) : idOrName;
    int prefixRow = -1;
    int prefixMatches = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ContainerSummary &c = m_model->containerAt(r);
        if (c.name == name)
            return c;
        if (c.id.startsWith(idOrName)) {
            prefixRow = r;
            ++prefixMatches;
        }
    }
    if (prefixMatches == 1)
        return m_model->containerAt(prefixRow);
    return std::nullopt;
}

std::optional<ContainerDetails> ContainerStore::details(const QString &id) const
{
    const auto it = m_details.constFind(id);
    if (it == m_details.cend())
        return std::nullopt;
    return it.value();
}

void ContainerStore::onConnectedChanged(bool connected)
{
    if (connected) {
        refresh();
    } else {
        // Nothing arrives any more: what is shown may be old. Keep it, say so.
        setStale(true);
    }
}

void ContainerStore::onEventsLiveChanged(bool live)
{
    const bool connected = m_api->engine() && m_api->engine()->isConnected();
    if (!live) {
        m_catchUp->stop();
        if (connected) {
            m_eventsInterrupted = true;
            m_interruptedAtList = m_listGeneration; // a list already on its way is too old
            setStale(true);
        }
        return;
    }
    // Events may have been missed while the stream was down: one list catches up, once the
    // stream has stayed up for a moment (a stream that flaps must not cause a list per
    // flap). A list sent since covers it too: the one after a reconnect, say.
    if (m_eventsInterrupted)
        m_catchUp->start();
}

void ContainerStore::refresh()
{
    if (!m_api->engine() || !m_api->engine()->isConnected() || m_listing)
        return;
    m_listing = true;
    m_catchUp->stop();
    m_touchedDuringList.clear();
    const quint64 generation = ++m_listGeneration;
    ContainerListOptions options;
    options.all = true;
    m_api->containers().list(options, CallContext::internal())
        .then(this, [this, generation](const ApiResult<QList<ContainerSummary>> &r) {
            if (generation != m_listGeneration)
                return;
            m_listing = false;
            if (!r.ok()) {
                fail(tr("Could not list the containers"), r.error);
                return;
            }
            if (generation > m_interruptedAtList)
                m_eventsInterrupted = false;
            applyList(r.value);
            // Sent before the event stream broke: it cannot cover what was missed.
            if (m_eventsInterrupted && m_api->engine() && m_api->engine()->eventsLive())
                m_catchUp->start();
            if (!m_sizesKnown)
                refreshSizes();
        });
}

void ContainerStore::refreshSizes()
{
    if (!m_api->engine() || !m_api->engine()->isConnected())
        return;
    ContainerListOptions options;
    options.all = true;
    options.size = true;
    m_api->containers().list(options, CallContext::internal())
        .then(this, [this](const ApiResult<QList<ContainerSummary>> &r) {
            if (!r.ok()) {
                fail(tr("Could not read the container sizes"), r.error);
                return;
            }
            m_sizesKnown = true;
            m_model->applySizes(r.value);
        });
}

void ContainerStore::applyList(QList<ContainerSummary> list)
{
    const QDateTime now = m_model->now();
    QList<ContainerSummary> merged;
    merged.reserve(list.size());
    for (ContainerSummary &c : list) {
        // An event came after this list was taken: its own fetch has (or will have) the newer
        // picture, so the list's older one must not overwrite it.
        if (m_touchedDuringList.contains(c.id))
            continue;
        qint64 uncertainty = 0;
        const bool derived = c.deriveTimes(now, &uncertainty);
        const int row = m_model->rowOf(c.id);
        if (row >= 0 && derived) {
            // The words of each list are rounded differently: keep the times already known
            // (exact, or estimated before) while they agree, so the column does not jump.
            const ContainerSummary &old = m_model->containerAt(row);
            const bool running = c.state == QLatin1String("running") || c.isPaused();
            const QDateTime &mine = running ? c.startedAt : c.finishedAt;
            const QDateTime &theirs = running ? old.startedAt : old.finishedAt;
            if (old.state == c.state && theirs.isValid() && std::llabs(mine.secsTo(theirs)) <= uncertainty + 2
                && (running || old.exitCode == c.exitCode)) {
                c.startedAt = old.startedAt;
                c.finishedAt = old.finishedAt;
                c.hasTimes = old.hasTimes;
            }
        }
        merged.append(std::move(c));
    }
    for (const QString &id : std::as_const(m_touchedDuringList)) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            merged.append(m_model->containerAt(row));
    }
    m_touchedDuringList.clear();

    QSet<QString> before;
    for (int row = 0; row < m_model->rowCount(); ++row)
        before.insert(m_model->containerAt(row).id);
    m_model->setContainers(merged);
    for (const QString &id : std::as_const(before)) {
        if (!m_model->contains(id)) {
            m_details.remove(id);
            m_detailsOrder.removeAll(id);
            emit removed(id);
        }
    }
    m_lastError.clear();
    m_loaded = true;
    if (!m_eventsInterrupted)
        setStale(false);
    emit loaded();
}

void ContainerStore::handleEvent(const EngineEvent &event)
{
    if (event.type != QLatin1String("container") || event.actorId.isEmpty())
        return;
    const QString action = event.baseAction();
    if (changesNothingListed(action))
        return;
    if (m_listing)
        m_touchedDuringList.insert(event.actorId);
    if (action == QLatin1String("destroy")) {
        drop(event.actorId);
        return;
    }
    // A container that came to rest has a writable layer worth measuring, once.
    schedule(event.actorId, action == QLatin1String("create") ? CreateSettleMs : CoalesceMs,
             action == QLatin1String("die"));
}

void ContainerStore::fetch(const QString &id, bool withSize)
{
    if (!id.isEmpty())
        schedule(id, 0, withSize);
}

void ContainerStore::forget(const QString &id)
{
    drop(id);
}

void ContainerStore::drop(const QString &id)
{
    m_pending.remove(id);
    if (m_inFlight.contains(id))
        m_dropAnswer.insert(id);
    m_details.remove(id);
    m_detailsOrder.removeAll(id);
    if (m_model->removeContainer(id))
        emit removed(id);
}

void ContainerStore::schedule(const QString &id, int delayMs, bool withSize)
{
    const qint64 now = m_clock.elapsed();
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        it = m_pending.insert(id, Pending{now + delayMs, now, withSize});
    // The newest event sets the time, so create + start a few ms apart are one fetch; a
    // container that never falls silent is still fetched every MaxDelayMs.
    it->dueMs = std::min(it->firstMs + MaxDelayMs, now + delayMs);
    it->withSize = it->withSize || withSize;
    m_dropAnswer.remove(id);
    armTimer();
}

void ContainerStore::armTimer()
{
    qint64 earliest = -1;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!m_inFlight.contains(it.key()) && (earliest < 0 || it->dueMs < earliest))
            earliest = it->dueMs;
    }
    if (earliest < 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(std::max<qint64>(0, earliest - m_clock.elapsed())));
}

void ContainerStore::sendDue()
{
    const qint64 now = m_clock.elapsed();
    QList<QPair<QString, bool>> due;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->dueMs <= now && !m_inFlight.contains(it.key())) {
            due.append({it.key(), it->withSize});
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    if (!m_api->engine()) {
        armTimer();
        return;
    }
    for (const auto &[id, withSize] : std::as_const(due)) {
        m_inFlight.insert(id);
        ContainersApi &containers = m_api->containers();
        auto call = withSize ? containers.inspectWithSize(id, CallContext::internal())
                             : containers.inspect(id, CallContext::internal());
        call.then(this, [this, id = id](const ApiResult<ContainerDetails> &r) {
            m_inFlight.remove(id);
            if (m_dropAnswer.remove(id)) {
                // Destroyed after the request left: its answer describes a ghost.
            } else if (r.ok()) {
                applyDetails(id, r.value);
            } else if (r.error.isNotFound()) {
                drop(id); // gone before we asked
            } else if (r.error.kind != ApiError::Kind::Cancelled) {
                fail(tr("Could not read the container %1").arg(id.left(12)), r.error);
                emit detailsFailed(id, r.message());
            }
            armTimer();
        });
    }
    armTimer();
}

void ContainerStore::applyDetails(const QString &id, const ContainerDetails &details)
{
    Q_UNUSED(id)
    const ContainerSummary summary = details.toSummary();
    m_model->upsert(summary);
    remember(details);
    emit changed(summary.id);
    emit detailsChanged(details);
}

void ContainerStore::remember(const ContainerDetails &details)
{
    if (!m_details.contains(details.id))
        m_detailsOrder.append(details.id);
    m_details.insert(details.id, details);
    while (m_detailsOrder.size() > DetailsKept)
        m_details.remove(m_detailsOrder.takeFirst());
}

void ContainerStore::fail(const QString &what, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (error.kind == ApiError::Kind::Transport)
        setStale(true);
    m_lastError = what + QLatin1String(": ") + error.message;
    emit errorOccurred(m_lastError);
}

void ContainerStore::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

} // namespace dx
