#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace dx {

class ContainerListModel;
class Engine;
class EngineReply;

// Keeps a ContainerListModel in step with the engine: lists (fast, then sizes in a second
// request), follows the shared /events stream and re-fetches only the container an event
// names, and re-lists after the event stream was interrupted. Widgets-free.
class ContainerSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerSync)

public:
    ContainerSync(Engine *engine, ContainerListModel *model, QObject *parent = nullptr);

    void refresh();
    // Fetches one container again (after an action's reply, in case events lag or broke).
    void reload(const QString &id);
    bool hasListed() const { return m_listed; }
    bool isListing() const { return m_listing; }
    // Nanoseconds the model spent applying the last event's container (the < 1 ms target).
    qint64 lastApplyNs() const { return m_lastApplyNs; }

    // Applies one /events message (public so a benchmark can feed synthetic ones).
    void handleEvent(const QJsonObject &event);

signals:
    void listed();
    void listFailed(const QString &message);
    // A container was inserted, updated or removed because of an event.
    void containerApplied(const QString &id, const QString &action);
    void liveChanged(bool live);

private:
    void fetchSizes(int generation);
    void fetchOne(const QString &id, const QString &action);

    Engine *m_engine;
    ContainerListModel *m_model;
    int m_generation = 0;
    bool m_listed = false;
    bool m_listing = false;
    bool m_interrupted = false;
    qint64 m_lastApplyNs = 0;
    QSet<QString> m_inFlight;      // ids being fetched
    QHash<QString, QString> m_again; // ids whose fetch must be repeated: last action
};

} // namespace dx
