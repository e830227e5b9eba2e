#pragma once

#include "lessonsteps.h"

#include <QObject>
#include <QSet>

class QJsonObject;
class QTimer;

namespace dx {

class Engine;
class EngineReply;
struct EngineResponse;

// Which lesson steps have a visible effect in the engine: demo_image exists, containers made
// from it, new_volume and the containers that mounted it. Asked with three small filtered list
// requests after engine events (coalesced), never blocking; stop/start is seen in the events.
class LessonProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonProgress)

public:
    explicit LessonProgress(Engine *engine, QObject *parent = nullptr);

    bool isDone(LessonStep::Id step) const;
    // Steps the app itself completes (the demo is open, the volume's files were shown).
    void markDone(LessonStep::Id step);
    // A container made from the demo image, for the stop/start command; empty if none.
    QString demoContainerName() const { return m_containerName; }
    QString demoContainerId() const { return m_containerId; }
    int demoContainerCount() const { return m_demoContainers; }

public slots:
    void refresh();

signals:
    void changed();

private:
    void onEvent(const QJsonObject &event);
    EngineReply *list(const QString &path, const QString &filterKey, const QString &value, bool all);
    void finishOne();

    Engine *m_engine;
    QTimer *m_debounce;
    QSet<LessonStep::Id> m_marked;
    QSet<QString> m_stoppedDemoContainers;
    QString m_containerName;
    QString m_containerId;
    quint64 m_generation = 0;
    int m_outstanding = 0;
    int m_demoContainers = 0;
    int m_volumeUsers = 0;
    bool m_imageExists = false;
    bool m_volumeExists = false;
    bool m_restarted = false;
};

} // namespace dx
