#include "pruneplan.h"

#include "api/resourcetypes.h"

#include <QSet>

namespace dx {

namespace {

// Which images a container holds (by id): the engine refuses to remove those without force.
QSet<QString> imagesInUse(const DiskUsage &usage)
{
    QSet<QString> used;
    for (const ContainerSummary &c : usage.containers)
        used.insert(c.imageId);
    return used;
}

PrunePreview images(PruneKind kind, const DiskUsage &usage, const QStringList &labels)
{
    PrunePreview p;
    p.kind = kind;
    const QSet<QString> used = imagesInUse(usage);
    for (const ImageSummary &image : usage.images) {
        // The df list holds the top images only, as the prune's candidates: intermediate
        // untagged parents go with their child and are not listed on their own.
        if (kind == PruneKind::DanglingImages && !image.isDangling())
            continue;
        if (image.containers > 0 || used.contains(image.id))
            continue;
        if (!PrunePlan::labelsMatch(image.labels, labels))
            continue;
        const qint64 shared = qMax<qint64>(0, image.sharedSize);
        const qint64 own = qMax<qint64>(0, image.size - shared);
        p.items.append({image.id, image.displayName(), own});
        p.bytes += own;
        if (shared > 0)
            p.atLeast = true;
    }
    return p;
}

PrunePreview containers(const DiskUsage &usage, const QStringList &labels)
{
    PrunePreview p;
    p.kind = PruneKind::StoppedContainers;
    for (const ContainerSummary &c : usage.containers) {
        // A paused or restarting container counts as running to the engine.
        if (c.isRunning() || c.isPaused() || c.state == QLatin1String("removing"))
            continue;
        if (!PrunePlan::labelsMatch(c.labels, labels))
            continue;
        p.items.append({c.id, c.name, c.sizeRw});
        p.bytes += c.sizeRw;
    }
    return p;
}

PrunePreview buildCache(const DiskUsage &usage, const QStringList &labels)
{
    PrunePreview p;
    p.kind = PruneKind::BuildCache;
    p.supported = usage.hasBuildCache && labels.isEmpty();
    if (!p.supported)
        return p;
    // `docker builder prune` without --all: BuildKit keeps records in use, shared with an
    // image, and its internal and frontend records.
    for (const BuildCacheRecord &r : usage.buildCache) {
        if (r.inUse || r.shared || r.type == QLatin1String("internal") || r.type == QLatin1String("frontend"))
            continue;
        p.items.append({r.id, r.description.isEmpty() ? r.shortId() : r.description, r.size});
        p.bytes += r.size;
    }
    return p;
}

} // namespace

QList<PruneKind> PrunePlan::allKinds()
{
    return {PruneKind::DanglingImages, PruneKind::UnusedImages, PruneKind::StoppedContainers, PruneKind::BuildCache};
}

PrunePreview PrunePlan::preview(PruneKind kind, const DiskUsage &usage, const QStringList &labels)
{
    switch (kind) {
    case PruneKind::DanglingImages:
    case PruneKind::UnusedImages:
        return images(kind, usage, labels);
    case PruneKind::StoppedContainers:
        return containers(usage, labels);
    case PruneKind::BuildCache:
        return buildCache(usage, labels);
    }
    return {};
}

bool PrunePlan::labelsMatch(const QMap<QString, QString> &labels, const QStringList &filter)
{
    for (const QString &f : filter) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        if (eq < 0) {
            if (!labels.contains(f))
                return false;
        } else if (!labels.contains(f.left(eq)) || labels.value(f.left(eq)) != f.mid(eq + 1)) {
            return false;
        }
    }
    return true;
}

} // namespace dx
