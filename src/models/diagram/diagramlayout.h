#pragma once

#include "api/containertypes.h"
#include "api/resourcetypes.h"
#include "volumes/volumeinfo.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

namespace dx {

// One box of the diagram: an image drawn as a UML class, a container as an instance of it,
// a volume as a cylinder.
struct DiagramBox
{
    enum class Kind { Image, Container, Volume };

    Kind kind = Kind::Image;
    QString id;        // image id (sha256:...), container id, volume name
    QString title;     // repo:tag, container name, volume name
    QStringList lines; // the compartment below the title
    QString state;     // containers: the engine's state word (running, exited, ...)
    QString toolTip;
    QRectF rect;
};

// A line between two boxes: a container is an instance of its image (UML: dashed arrow to
// the class), a container mounts a volume at a path (the label).
struct DiagramEdge
{
    enum class Kind { InstanceOf, Mount };

    Kind kind = Kind::InstanceOf;
    int from = -1; // index into DiagramScene::boxes: always the container
    int to = -1;   // its image or the volume
    QString label; // mounts: the path inside the container
    QList<QPointF> path; // from the container to the other box; the last point touches it
    QRectF labelRect;
};

struct DiagramScene
{
    QList<DiagramBox> boxes;
    QList<DiagramEdge> edges;
    QSizeF size;

    int indexOf(DiagramBox::Kind kind, const QString &id) const;
    // The box under `point` (scene coordinates), -1 for none.
    int boxAt(const QPointF &point) const;
    int count(DiagramBox::Kind kind) const;
};

// How large text is: the view measures with its font (so the diagram follows the zoom);
// tests use the defaults, a fixed width per character.
struct DiagramMetrics
{
    qreal lineHeight = 16;
    qreal padding = 6;
    qreal gap = 24;
    qreal maxBoxWidth = 300;
    std::function<qreal(const QString &text, bool bold)> textWidth;

    qreal widthOf(const QString &text, bool bold = false) const;
};

struct DiagramOptions
{
    bool hideUnusedImages = false; // images no container was made from
    bool showInternal = false;     // Docker Explorer's helper image and containers
};

// Boxes and edges from what the stores hold, laid out without overlaps: images in a column,
// each image's containers stacked beside it, the volumes they mount in a column on the right.
class DiagramLayout final
{
public:
    static DiagramScene compute(const QList<ImageSummary> &images, const QList<ContainerSummary> &containers,
                                const QList<VolumeInfo> &volumes, const DiagramOptions &options,
                                const DiagramMetrics &metrics);
};

} // namespace dx
