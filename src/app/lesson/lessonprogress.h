#pragma once

#include "lessonsteps.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace dx {

class ContainerStore;
class EngineSession;
class ImageStore;
class VolumeStore;
struct ContainerSummary;
struct EngineEvent;

// Which lesson steps are visibly done in the engine, whoever did the work: the lesson's
// buttons, the app's menus or a docker CLI in a terminal. Everything is read from the shared
// live stores (images, containers, volumes), which the engine's events keep current; a step
// becomes unchecked again when its state goes away (the image removed, the containers gone).
//
// The only requests of its own: GET /containers/{id}/changes of a demo container without a
// volume at /demo once it has run (is the file in its writable layer?), and through the stores
// that container's size and, after a container with the volume ended, the volumes' sizes.
class LessonProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonProgress)

public:
    explicit LessonProgress(EngineSession *session, QObject *parent = nullptr);

    bool isDone(LessonStep::Id step) const;
    bool isDemoContainer(const ContainerSummary &container) const;

    // The editor shows the demo Dockerfile (opened by the lesson or by File > Open): step 1.
    void setDemoDockerfileOpen(bool open);
    // The last build of the demo image failed: no check for step 2 until the image is built
    // (or tagged) again, even when an older demo_image is still there.
    void setBuildFailed(bool failed);
    bool buildFailed() const { return m_buildFailed; }

    bool imageExists() const { return !m_demoImageId.isEmpty(); }
    // The oldest container made from the demo image, for the commands; empty if none.
    QString demoContainerName() const { return m_containerName; }
    QString demoContainerId() const { return m_containerId; }
    int demoContainerCount() const { return m_demoContainers; }
    // A demo container without a volume at /demo whose Changes list the demo's file (the
    // newest one), and its writable layer's size (-1 while unknown).
    QString layerContainerId() const { return m_layerContainerId; }
    QString layerContainerName() const;
    qint64 layerContainerSize() const { return sizeOf(m_layerContainerId); }
    // The newest container that mounts the lesson's volume at /demo, and its size.
    QString volumeContainerId() const { return m_volumeContainerId; }
    QString volumeContainerName() const;
    qint64 volumeContainerSize() const { return sizeOf(m_volumeContainerId); }
    // The lesson's volume's size on disk, -1 while unknown or when there is no such volume.
    qint64 volumeSize() const;

public slots:
    // Reads the stores' state again.
    void refresh();

signals:
    void changed();

private:
    struct Watched
    {
        QString key;          // state and times: a new run means a new look at its changes
        bool hasFile = false; // the demo's file is in its writable layer
        bool withVolume = false;
    };

    void onEvent(const EngineEvent &event);
    void updateImage();
    void updateVolume();
    void updateContainers();
    void askChanges(const QString &id, const QString &key);
    qint64 sizeOf(const QString &id) const;
    QString nameOf(const QString &id) const;

    EngineSession *m_session;
    ContainerStore *m_containers;
    ImageStore *m_images;
    VolumeStore *m_volumes;
    QTimer *m_volumeSizes;
    QHash<QString, Watched> m_watched;   // demo containers by id
    QSet<QString> m_stoppedDemoContainers;
    QSet<QString> m_restarted;           // demo containers started again after they stopped
    QSet<QString> m_volumeUsersSeen;     // containers that mounted the volume while it existed
    QString m_containerName;
    QString m_containerId;
    QString m_layerContainerId;
    QString m_volumeContainerId;
    QString m_demoImageId;
    int m_demoContainers = 0;
    bool m_volumeExists = false;
    bool m_demoOpened = false;
    bool m_buildFailed = false;
};

} // namespace dx
