#include "diagrammodel.h"

#include "containers/containerlistmodel.h"
#include "containers/containerstore.h"
#include "images/imagelistmodel.h"
#include "images/imagestore.h"
#include "volumes/volumelistmodel.h"
#include "volumes/volumestore.h"

#include <QAbstractItemModel>

namespace dx {

DiagramModel::DiagramModel(ImageStore *images, ContainerStore *containers, VolumeStore *volumes, QObject *parent)
    : QObject(parent)
    , m_images(images)
    , m_containers(containers)
    , m_volumes(volumes)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &DiagramModel::rebuild);
    follow(images->model());
    follow(containers->model());
    if (volumes)
        follow(volumes->model());
    // The Status column re-words itself as time passes ("Up 5 minutes"): nothing drawn here.
    connect(containers->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                if (from.column() != ContainerListModel::Status || to.column() != ContainerListModel::Status)
                    schedule();
            });
    connect(images, &ImageStore::loaded, this, &DiagramModel::schedule);
    connect(containers, &ContainerStore::loaded, this, &DiagramModel::schedule);
    rebuild();
}

void DiagramModel::follow(QAbstractItemModel *model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this, &DiagramModel::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DiagramModel::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &DiagramModel::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &DiagramModel::schedule);
    if (model != m_containers->model())
        connect(model, &QAbstractItemModel::dataChanged, this, &DiagramModel::schedule);
}

bool DiagramModel::isLoaded() const
{
    return m_images->isLoaded() && m_containers->isLoaded();
}

void DiagramModel::setHideUnusedImages(bool hide)
{
    if (hide == m_options.hideUnusedImages)
        return;
    m_options.hideUnusedImages = hide;
    rebuild();
}

void DiagramModel::setShowInternal(bool show)
{
    if (show == m_options.showInternal)
        return;
    m_options.showInternal = show;
    rebuild();
}

void DiagramModel::setMetrics(const DiagramMetrics &metrics)
{
    m_metrics = metrics;
    rebuild();
}

void DiagramModel::schedule()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void DiagramModel::rebuild()
{
    m_coalesce.stop();
    const QList<VolumeInfo> volumes = m_volumes ? m_volumes->all() : QList<VolumeInfo>();
    m_scene = DiagramLayout::compute(m_images->all(), m_containers->all(), volumes, m_options, m_metrics);
    emit changed();
}

} // namespace dx
