#pragma once

#include "api/containertypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QTimer;

namespace dx {

class ContainerListModel;
class DockerApi;
struct ApiError;
struct EngineEvent;

// The one live picture of the engine's containers, shared by every view (the list, the
// details pane, the lesson). Lists once on connect; then follows Engine::event and answers
// each burst of events for one container with ONE targeted GET /containers/{id}/json
// (coalesced per id), never with a re-list. Events that change nothing the list shows (exec
// sessions, resizes, copies, the kill/stop that follow a die) cost nothing.
//
// Engine gone or event stream broken: stale, the last good state stays; back: one refresh.
// A failed or malformed answer keeps the last good state and reports a clear message.
class ContainerStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerStore)

public:
    // Events of one container closer together than this become one fetch.
    static constexpr int CoalesceMs = 25;
    // A create is followed by a start within a round trip or two (`docker run`): wait a little
    // longer, so the new row arrives running, with one fetch.
    static constexpr int CreateSettleMs = 150;
    // A chatty container (health checks every few ms) is still fetched this often.
    static constexpr int MaxDelayMs = 500;
    // How long a re-opened event stream must stay up before the catch-up list.
    static constexpr int CatchUpMs = 250;

    explicit ContainerStore(DockerApi *api, QObject *parent = nullptr);
    ~ContainerStore() override;

    DockerApi *api() const { return m_api; }
    ContainerListModel *model() const { return m_model; }

    bool isLoaded() const { return m_loaded; }
    bool isStale() const { return m_stale; }
    bool isListing() const { return m_listing; }
    const QString &lastError() const { return m_lastError; }
    QList<ContainerSummary> all() const;
    // By id, by name, or by an unambiguous id prefix, as the docker CLI resolves them.
    std::optional<ContainerSummary> find(const QString &idOrName) const;
    // The whole inspect document of a container fetched lately (by the store or for a view);
    // nullopt when none is at hand: call fetch() and wait for detailsChanged().
    std::optional<ContainerDetails> details(const QString &id) const;
    // A fetch of `id` is due or on its way.
    bool isFetching(const QString &id) const { return m_pending.contains(id) || m_inFlight.contains(id); }

public slots:
    // Lists every container again (F5, reconnect); sizes follow once after the first list.
    void refresh();
    // One size=1 list for the Size column (slow on big hosts: on demand only).
    void refreshSizes();
    // One targeted GET for `id`, coalesced with the events for it; `withSize` adds the sizes.
    void fetch(const QString &id, bool withSize = false);
    // An action saw the container go (DELETE answered 204): the row goes now.
    void forget(const QString &id);
    // One decoded /events message (public for tests and benchmarks).
    void handleEvent(const dx::EngineEvent &event);

signals:
    void loaded();
    void staleChanged(bool stale);
    void errorOccurred(const QString &message);
    void changed(const QString &id);
    void removed(const QString &id);
    // Every targeted fetch's answer, for views that show more than the list does.
    void detailsChanged(const dx::ContainerDetails &details);
    // A targeted fetch failed for another reason than the container being gone.
    void detailsFailed(const QString &id, const QString &message);

private:
    struct Pending
    {
        qint64 dueMs = 0;
        qint64 firstMs = 0;
        bool withSize = false;
    };

    void onConnectedChanged(bool connected);
    void onEventsLiveChanged(bool live);
    void schedule(const QString &id, int delayMs, bool withSize);
    void armTimer();
    void sendDue();
    void applyList(QList<ContainerSummary> list);
    void applyDetails(const QString &id, const ContainerDetails &details);
    void drop(const QString &id);
    void fail(const QString &what, const ApiError &error);
    void setStale(bool stale);
    void remember(const ContainerDetails &details);

    DockerApi *m_api;
    ContainerListModel *m_model;
    QTimer *m_timer;
    QTimer *m_catchUp;
    QElapsedTimer m_clock;
    QHash<QString, Pending> m_pending;
    QSet<QString> m_inFlight;
    QSet<QString> m_dropAnswer;        // destroyed while its fetch was on its way
    QSet<QString> m_touchedDuringList; // events newer than the list in flight
    QHash<QString, ContainerDetails> m_details;
    QList<QString> m_detailsOrder;     // oldest first, bounded
    QString m_lastError;
    quint64 m_listGeneration = 0;
    quint64 m_interruptedAtList = 0; // the last list sent when the event stream broke
    bool m_loaded = false;
    bool m_stale = false;
    bool m_listing = false;
    bool m_sizesKnown = false;
    bool m_eventsInterrupted = false;
};

} // namespace dx
