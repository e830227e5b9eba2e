#pragma once

#include "apiversion.h"
#include "endpoint.h"
#include "engineinfo.h"
#include "enginerequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>

namespace dx {

class CurlMulti;
class CurlUpgrade;
class SshTunnel;

// The engine client proper. Lives on its own thread (see Engine); everything reaches it by
// queued calls and leaves it by signals carrying value types.
class EngineClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)

public:
    explicit EngineClient(QObject *parent = nullptr);
    ~EngineClient() override;

    // How often the engine is pinged to notice it stopping or coming back, while no liveness
    // stream (the /events stream, EngineRequest::livenessStream) is open. While one is open,
    // its end says the engine may be gone, and one ping then finds out: no pings at rest.
    static constexpr int PingIntervalMs = 400;

    // Requests sent since construction, /_ping among them. Read from any thread (tests,
    // diagnostics).
    quint64 requestsSent() const { return m_requestsSent.load(); }
    quint64 pingsSent() const { return m_pingsSent.load(); }

public slots:
    void setEndpoint(const dx::Endpoint &endpoint);
    void connectToChoice(const QString &choice);
    void startRequest(quint64 id, const dx::EngineRequest &request);
    void abortRequest(quint64 id);
    void setReceivePaused(quint64 id, bool paused);
    // Upgraded (hijacked) requests only: bytes for the engine, and bytes of the stream the
    // caller has taken in (flow control, see CurlUpgrade).
    void writeRequest(quint64 id, const QByteArray &data);
    void acknowledgeData(quint64 id, qint64 bytes);
    void shutdown();

signals:
    void infoChanged(const dx::EngineInfo &info);
    void replyHeaders(quint64 id, int status); // streaming requests only
    void replyData(quint64 id, const QByteArray &chunk);
    void replyFinished(quint64 id, const dx::EngineResponse &response);

private:
    void ping();
    void onPingDone(const EngineResponse &response);
    void onVersionDone(const EngineResponse &response);
    void setState(EngineInfo::State state, const QString &message = {});
    void dispatch(quint64 id, const EngineRequest &request);
    void dispatchUpgrade(quint64 id, const EngineRequest &request);
    void abortUpgrades();
    void flushPending(const EngineResponse *failure);
    QString urlFor(const EngineRequest &request) const;
    void updatePingTimer();

    CurlMulti *m_curl = nullptr;
    SshTunnel *m_tunnel = nullptr;
    QTimer m_pingTimer;
    EngineInfo m_info;
    bool m_pingInFlight = false;
    bool m_negotiated = false;
    bool m_shutDown = false;
    quint64 m_generation = 0; // bumps with every endpoint change, so late answers are ignored
    QHash<quint64, quint64> m_transfers; // reply id -> curl transfer id
    QHash<quint64, CurlUpgrade *> m_upgrades; // reply id -> hijacked connection
    QSet<quint64> m_openLivenessStreams; // reply ids of liveness streams that answered 200
    std::atomic<quint64> m_requestsSent{0};
    std::atomic<quint64> m_pingsSent{0};
    QList<QPair<quint64, EngineRequest>> m_pending; // waiting for the first ping
};

} // namespace dx
