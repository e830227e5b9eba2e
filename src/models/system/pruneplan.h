#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dx {

struct DiskUsage;

// The four clean-ups of the System page, each what one prune endpoint does by default.
enum class PruneKind { DanglingImages, UnusedImages, StoppedContainers, BuildCache };

// One object a prune would remove.
struct PruneItem
{
    QString id;
    QString name;   // repo:tag, container name or the cache record's description
    qint64 size = 0; // what removing it alone frees
};

// What a prune would remove, computed from GET /system/df with the rules the engine applies
// (moby's ImagesPrune, ContainersPrune and BuildKit's default prune), so the user sees the
// list before anything goes.
struct PrunePreview
{
    PruneKind kind = PruneKind::DanglingImages;
    QList<PruneItem> items;
    qint64 bytes = 0;        // sum of the items' sizes
    // Images: layers the candidates share only among themselves are not in any item's size,
    // so the prune may free more than `bytes`.
    bool atLeast = false;
    // False when the engine cannot do this prune as asked: no build cache (Podman, no
    // BuildKit), or a label filter for the build cache (BuildKit records carry no labels).
    bool supported = true;
};

class PrunePlan final
{
public:
    static QList<PruneKind> allKinds();

    // `labels`: the engine's "label" filter values ("key" or "key=value", all must match);
    // empty: everything on the engine.
    static PrunePreview preview(PruneKind kind, const DiskUsage &usage, const QStringList &labels = {});
    static bool labelsMatch(const QMap<QString, QString> &labels, const QStringList &filter);
};

} // namespace dx
