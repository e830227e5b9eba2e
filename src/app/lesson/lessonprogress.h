#pragma once

#include "lessonsteps.h"

#include <QObject>
#include <QSet>

class QTimer;

namespace dx {

class ContainerStore;
class EngineSession;
struct ContainerSummary;
struct EngineEvent;

// Which lesson steps have a visible effect in the engine: demo_image exists, containers made
// from it, new_volume and the containers that mounted it, a demo container stopped and
// started again. The container part reads the shared ContainerStore (no requests of its
// own); stop/start is seen in the engine's events.
//
// The image and volume parts come from whoever knows them best: an image or volume store
// reports through setDemoImage()/setDemoVolume(), and from its first report on the progress
// stops asking. Until one does, the progress asks itself with one small filtered list after
// a burst of image (or volume) events.
class LessonProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonProgress)

public:
    explicit LessonProgress(EngineSession *session, QObject *parent = nullptr);

    bool isDone(LessonStep::Id step) const;
    // Steps the app itself completes (the demo is open, the volume's files were shown).
    void markDone(LessonStep::Id step);
    // A container made from the demo image, for the stop/start command; empty if none.
    QString demoContainerName() const { return m_containerName; }
    QString demoContainerId() const { return m_containerId; }
    int demoContainerCount() const { return m_demoContainers; }
    bool isDemoContainer(const ContainerSummary &container) const;

public slots:
    // What the image store knows of demo_image (`imageId`: sha256:..., empty when absent).
    void setDemoImage(bool exists, const QString &imageId);
    // What the volume store knows of new_volume.
    void setDemoVolume(bool exists);
    // Reads everything again: the stores' state now, and the own lookups still in use.
    void refresh();

signals:
    void changed();

private:
    void onEvent(const EngineEvent &event);
    void updateContainers();
    void lookUpImage();
    void lookUpVolume();

    EngineSession *m_session;
    ContainerStore *m_containers;
    QTimer *m_imageDebounce;
    QTimer *m_volumeDebounce;
    QSet<LessonStep::Id> m_marked;
    QSet<QString> m_stoppedDemoContainers;
    QString m_containerName;
    QString m_containerId;
    QString m_demoImageId;
    quint64 m_imageLookup = 0;
    quint64 m_volumeLookup = 0;
    int m_demoContainers = 0;
    int m_volumeUsers = 0;
    bool m_imageExists = false;
    bool m_volumeExists = false;
    bool m_imageFromStore = false;
    bool m_volumeFromStore = false;
    bool m_restarted = false;
};

} // namespace dx
