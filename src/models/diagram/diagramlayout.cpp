#include "diagramlayout.h"

#include "containers/containerlistmodel.h"
#include "volumes/volumehelper.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace dx {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

DiagramBox imageBox(const ImageSummary &image, int containers)
{
    DiagramBox box;
    box.kind = DiagramBox::Kind::Image;
    box.id = image.id;
    box.title = image.isDangling() ? QCoreApplication::translate("DiagramLayout", "<none> (dangling)") : image.repoTags.first();
    box.lines = {QCoreApplication::translate("DiagramLayout", "ID %1").arg(image.shortId()), QCoreApplication::translate("DiagramLayout", "Size %1").arg(sizeText(image.size)),
                 QCoreApplication::translate("DiagramLayout", "%n container(s)", nullptr, containers)};
    box.toolTip = QCoreApplication::translate("DiagramLayout", "Image %1 (a class: containers are made from it)\n%2\nDouble-click to show it in the Images view.")
                      .arg(image.repoTags.isEmpty() ? image.shortId() : image.repoTags.join(QLatin1String(", ")),
                           image.id);
    return box;
}

DiagramBox missingImageBox(const QString &id, const QString &reference)
{
    DiagramBox box;
    box.kind = DiagramBox::Kind::Image;
    box.id = id;
    box.title = reference.isEmpty() ? id.mid(id.indexOf(QLatin1Char(':')) + 1, 12) : reference;
    box.lines = {QCoreApplication::translate("DiagramLayout", "not listed (removed?)")};
    box.toolTip = QCoreApplication::translate("DiagramLayout", "The image %1 is not in the list of images.").arg(id);
    return box;
}

DiagramBox containerBox(const ContainerSummary &c)
{
    DiagramBox box;
    box.kind = DiagramBox::Kind::Container;
    box.id = c.id;
    box.title = c.name;
    box.state = c.state;
    box.lines = {ContainerListModel::stateText(c.state),
                 c.hasSize ? QCoreApplication::translate("DiagramLayout", "writable layer %1").arg(sizeText(c.sizeRw)) : QCoreApplication::translate("DiagramLayout", "writable layer …")};
    box.toolTip = QCoreApplication::translate("DiagramLayout", "Container %1 (an instance of %2), %3\nDouble-click to show it in the Containers view.")
                      .arg(c.name, c.image, ContainerListModel::stateText(c.state));
    return box;
}

DiagramBox volumeBox(const QString &name, const VolumeInfo *info)
{
    DiagramBox box;
    box.kind = DiagramBox::Kind::Volume;
    box.id = name;
    // Anonymous volumes are named by 64 hex digits: their start is enough to tell them apart.
    const bool anonymous = (info && info->isAnonymous()) || (name.size() == 64 && !name.contains(QLatin1Char('-')));
    box.title = anonymous ? name.left(12) + QStringLiteral("…") : name;
    if (info && info->size >= 0)
        box.lines = {sizeText(info->size)};
    box.toolTip = QCoreApplication::translate("DiagramLayout", "Volume %1\nDouble-click to show it in the Volumes view.").arg(name);
    return box;
}

QSizeF measure(const DiagramBox &box, const DiagramMetrics &m)
{
    qreal width = m.widthOf(box.title, true);
    for (const QString &line : box.lines)
        width = std::max(width, m.widthOf(line));
    // A cylinder's ends take some of its height, and their curve some width.
    const qreal extra = box.kind == DiagramBox::Kind::Volume ? m.lineHeight : 0;
    // Containers: the state stripe and dot before the text.
    if (box.kind == DiagramBox::Kind::Container)
        width += 1.5 * m.lineHeight;
    width = std::clamp(width + 2 * m.padding + extra, 6 * m.lineHeight, m.maxBoxWidth);
    qreal height = 2 * m.padding + m.lineHeight + extra;
    if (!box.lines.isEmpty())
        height += m.padding + box.lines.size() * m.lineHeight;
    return {width, height};
}

bool internal(const QMap<QString, QString> &labels)
{
    return VolumeHelper::isHelper(labels);
}

} // namespace

qreal DiagramMetrics::widthOf(const QString &text, bool bold) const
{
    if (textWidth)
        return textWidth(text, bold);
    return text.size() * lineHeight * (bold ? 0.6 : 0.55);
}

int DiagramScene::indexOf(DiagramBox::Kind kind, const QString &id) const
{
    for (int i = 0; i < boxes.size(); ++i) {
        if (boxes.at(i).kind == kind && boxes.at(i).id == id)
            return i;
    }
    return -1;
}

int DiagramScene::boxAt(const QPointF &point) const
{
    for (int i = 0; i < boxes.size(); ++i) {
        if (boxes.at(i).rect.contains(point))
            return i;
    }
    return -1;
}

int DiagramScene::count(DiagramBox::Kind kind) const
{
    return int(std::count_if(boxes.cbegin(), boxes.cend(), [kind](const DiagramBox &b) { return b.kind == kind; }));
}

DiagramScene DiagramLayout::compute(const QList<ImageSummary> &images, const QList<ContainerSummary> &allContainers,
                                    const QList<VolumeInfo> &volumes, const DiagramOptions &options,
                                    const DiagramMetrics &m)
{
    // Containers per image id, by name.
    QList<ContainerSummary> containers;
    for (const ContainerSummary &c : allContainers) {
        if (options.showInternal || !internal(c.labels))
            containers.append(c);
    }
    std::sort(containers.begin(), containers.end(), [](const ContainerSummary &a, const ContainerSummary &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    QHash<QString, QList<int>> byImage;
    for (int i = 0; i < containers.size(); ++i)
        byImage[containers.at(i).imageId].append(i);

    // Images by name, the nameless ones last; images that are gone but still have containers
    // (removed with force) keep a box of their own so no container floats without its class.
    struct Group
    {
        DiagramBox image;
        QList<int> containers;
    };
    QList<Group> groups;
    QSet<QString> listed;
    QList<ImageSummary> sorted = images;
    std::sort(sorted.begin(), sorted.end(), [](const ImageSummary &a, const ImageSummary &b) {
        if (a.isDangling() != b.isDangling())
            return b.isDangling();
        return a.displayName().compare(b.displayName(), Qt::CaseInsensitive) < 0;
    });
    for (const ImageSummary &image : std::as_const(sorted)) {
        listed.insert(image.id);
        const QList<int> mine = byImage.value(image.id);
        if ((!options.showInternal && internal(image.labels)) || (options.hideUnusedImages && mine.isEmpty()))
            continue;
        groups.append({imageBox(image, int(mine.size())), mine});
    }
    for (auto it = byImage.cbegin(); it != byImage.cend(); ++it) {
        if (!listed.contains(it.key()))
            groups.append({missingImageBox(it.key(), containers.at(it->first()).image), it.value()});
    }

    QHash<QString, const VolumeInfo *> volumeInfo;
    for (const VolumeInfo &v : volumes)
        volumeInfo.insert(v.name, &v);

    DiagramScene scene;
    // Boxes first (sizes only), then positions by column.
    struct Placed
    {
        int image = -1;
        QList<int> containers;
    };
    QList<Placed> placed;
    QList<QString> volumeOrder; // first mounted first: close to their first container
    QHash<QString, int> volumeIndex;
    qreal imageWidth = 0;
    qreal containerWidth = 0;
    qreal labelWidth = 0;
    qreal volumeWidth = 0;
    for (const Group &g : std::as_const(groups)) {
        Placed p;
        p.image = int(scene.boxes.size());
        scene.boxes.append(g.image);
        scene.boxes.last().rect.setSize(measure(g.image, m));
        imageWidth = std::max(imageWidth, scene.boxes.last().rect.width());
        for (int ci : g.containers) {
            const ContainerSummary &c = containers.at(ci);
            const int index = int(scene.boxes.size());
            p.containers.append(index);
            scene.boxes.append(containerBox(c));
            QSizeF size = measure(scene.boxes.last(), m);
            int mounts = 0;
            for (const ContainerMount &mount : c.mounts) {
                if (mount.type != QLatin1String("volume") || mount.name.isEmpty())
                    continue;
                ++mounts;
                labelWidth = std::max(labelWidth, std::min(m.widthOf(mount.destination), m.maxBoxWidth));
                if (!volumeIndex.contains(mount.name)) {
                    volumeIndex.insert(mount.name, -1);
                    volumeOrder.append(mount.name);
                }
            }
            // Each mount leaves the box on a line of its own, its path written above it.
            size.setHeight(std::max(size.height(), m.padding + mounts * (m.lineHeight + m.padding)));
            scene.boxes.last().rect.setSize(size);
            containerWidth = std::max(containerWidth, size.width());
        }
        placed.append(p);
    }
    for (const QString &name : std::as_const(volumeOrder)) {
        volumeIndex.insert(name, int(scene.boxes.size()));
        scene.boxes.append(volumeBox(name, volumeInfo.value(name)));
        scene.boxes.last().rect.setSize(measure(scene.boxes.last(), m));
        volumeWidth = std::max(volumeWidth, scene.boxes.last().rect.width());
    }

    const qreal margin = m.gap / 2;
    const qreal imageX = margin;
    const qreal trunkX = imageX + imageWidth + m.gap;
    const qreal containerX = trunkX + m.gap;
    const qreal labelX = containerX + containerWidth + m.padding;
    const qreal bendX = labelX + labelWidth + m.padding;
    const qreal volumeX = bendX + 2 * m.gap;
    const qreal rowGap = m.lineHeight;        // between the groups of two images
    const qreal stackGap = m.lineHeight / 2;  // between the containers of one image
    qreal y = margin;
    qreal bottom = y;
    // Where each volume would like to be: beside the first mount that reaches it.
    QHash<QString, qreal> wantedY;
    for (const Placed &p : std::as_const(placed)) {
        DiagramBox &image = scene.boxes[p.image];
        image.rect.moveTopLeft({imageX, y});
        qreal cy = y;
        for (int index : p.containers) {
            DiagramBox &box = scene.boxes[index];
            box.rect.moveTopLeft({containerX, cy});
            box.rect.setWidth(containerWidth);
            cy += box.rect.height() + stackGap;
        }
        const qreal groupBottom = std::max(image.rect.bottom(), cy - (p.containers.isEmpty() ? 0 : stackGap));
        // The class in the middle of its instances' column: the arrows stay short.
        if (!p.containers.isEmpty())
            image.rect.moveTop(y + (groupBottom - y - image.rect.height()) / 2);
        image.rect.setWidth(imageWidth);
        for (int index : p.containers) {
            const QRectF &r = scene.boxes.at(index).rect;
            DiagramEdge edge;
            edge.kind = DiagramEdge::Kind::InstanceOf;
            edge.from = index;
            edge.to = p.image;
            const qreal midY = r.center().y();
            edge.path = {QPointF(r.left(), midY), QPointF(trunkX, midY), QPointF(trunkX, image.rect.center().y()),
                         QPointF(image.rect.right(), image.rect.center().y())};
            scene.edges.append(edge);
        }
        y = groupBottom + rowGap;
        bottom = groupBottom;
    }

    // Mounts: one line per mount, leaving the container at its own height.
    for (const Placed &p : std::as_const(placed)) {
        for (int index : p.containers) {
            const ContainerSummary *c = nullptr;
            for (const ContainerSummary &candidate : std::as_const(containers)) {
                if (candidate.id == scene.boxes.at(index).id) {
                    c = &candidate;
                    break;
                }
            }
            if (!c)
                continue;
            const QRectF r = scene.boxes.at(index).rect;
            int k = 0;
            for (const ContainerMount &mount : c->mounts) {
                if (mount.type != QLatin1String("volume") || mount.name.isEmpty())
                    continue;
                const qreal lineY = r.top() + m.padding + m.lineHeight + k * (m.lineHeight + m.padding);
                ++k;
                DiagramEdge edge;
                edge.kind = DiagramEdge::Kind::Mount;
                edge.from = index;
                edge.to = volumeIndex.value(mount.name);
                edge.label = mount.destination;
                edge.labelRect = QRectF(labelX, lineY - m.lineHeight, labelWidth, m.lineHeight);
                edge.path = {QPointF(r.right(), lineY), QPointF(bendX, lineY)};
                if (!wantedY.contains(mount.name))
                    wantedY.insert(mount.name, lineY);
                scene.edges.append(edge);
            }
        }
    }
    qreal volumeY = margin;
    for (const QString &name : std::as_const(volumeOrder)) {
        DiagramBox &box = scene.boxes[volumeIndex.value(name)];
        const qreal top = std::max(volumeY, wantedY.value(name) - box.rect.height() / 2);
        box.rect.moveTopLeft({volumeX, top});
        box.rect.setWidth(volumeWidth);
        volumeY = box.rect.bottom() + stackGap;
        bottom = std::max(bottom, box.rect.bottom());
    }
    for (DiagramEdge &edge : scene.edges) {
        if (edge.kind == DiagramEdge::Kind::Mount)
            edge.path.append(QPointF(volumeX, scene.boxes.at(edge.to).rect.center().y()));
    }

    qreal right = imageX + imageWidth;
    if (containerWidth > 0)
        right = containerX + containerWidth;
    if (!volumeOrder.isEmpty())
        right = volumeX + volumeWidth;
    scene.size = QSizeF(right + margin, bottom + margin);
    return scene;
}

} // namespace dx
