#pragma once

#include "diagramlayout.h"

#include <QObject>
#include <QTimer>

class QAbstractItemModel;

namespace dx {

class ContainerStore;
class ImageStore;
class VolumeStore;

// The image/container/volume diagram of what the shared live stores hold: images as classes,
// containers as their instances, the volumes they mount. It follows the stores (which follow
// the engine's events) and lays the boxes out again after each burst of changes; it asks
// the engine nothing itself.
class DiagramModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramModel)

public:
    // Changes closer together than this are laid out once.
    static constexpr int CoalesceMs = 30;

    DiagramModel(ImageStore *images, ContainerStore *containers, VolumeStore *volumes, QObject *parent = nullptr);

    const DiagramScene &scene() const { return m_scene; }
    // True once images and containers were listed.
    bool isLoaded() const;

    DiagramOptions options() const { return m_options; }
    void setHideUnusedImages(bool hide);
    void setShowInternal(bool show);
    // The text sizes of the view's font (at the app's zoom); laid out again at once.
    void setMetrics(const DiagramMetrics &metrics);
    const DiagramMetrics &metrics() const { return m_metrics; }

    // Lays out now what the stores hold (also called after each burst of changes).
    void rebuild();

signals:
    void changed();

private:
    void follow(QAbstractItemModel *model);
    void schedule();

    ImageStore *m_images;
    ContainerStore *m_containers;
    VolumeStore *m_volumes;
    DiagramOptions m_options;
    DiagramMetrics m_metrics;
    DiagramScene m_scene;
    QTimer m_coalesce;
};

} // namespace dx
