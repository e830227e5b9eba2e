#pragma once

#include "tarlisting.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace dx {

// One non-directory entry (file, symlink, hardlink, device) a layer added, changed or removed,
// compared with the layers below it. Paths have no leading '/'.
struct LayerChange
{
    enum class Kind { Added, Modified, Removed };

    QString path;
    Kind kind = Kind::Added;
    TarEntryType type = TarEntryType::File;
    qint64 size = 0;   // Added, Modified: the bytes this layer stores for it (0 for links)
    qint64 wasted = 0; // Modified, Removed: the bytes of the version below that it hides
};

// One filesystem layer of an image (an entry of RootFS.Layers) and what it did to the files.
struct ImageLayer
{
    int index = 0;     // 0-based, RootFS.Layers order
    QString diffId;    // sha256:...
    QString createdBy; // the history step that made it, as the engine records it
    qint64 size = 0;   // sum of the regular-file sizes stored in this layer
    // Bytes of earlier layers' file versions this layer overwrote or removed: the waste its
    // Dockerfile line caused.
    qint64 wastedBelow = 0;
    QList<LayerChange> changes; // sorted by path

    QStringList paths(LayerChange::Kind kind) const;
    int count(LayerChange::Kind kind) const;
};

// What `docker-explorer layers IMAGE` reports: every filesystem layer of an image with its
// file changes, and the space the image wastes on file versions that later layers hide.
struct ImageLayersReport
{
    QString imageId; // sha256:... (the config's digest)
    QStringList repoTags;
    QList<ImageLayer> layers;
    qint64 wastedBytes = 0; // sum of the sizes of file versions a later layer overwrites or removes
    qint64 totalSize = 0;   // sum of all layer sizes

    // 1 − wastedBytes / totalSize; 1 for an image without file bytes.
    double efficiency() const;

    // {"image", "layers": [{"index", "diffId", "createdBy", "size", "added", "modified",
    // "removed"}], "wastedBytes", "efficiency"}
    QJsonObject toJson() const;
    // The same as indented JSON text with the keys in that order (QJsonObject sorts them).
    QByteArray toJsonText() const;
    // For people: per layer its Dockerfile step, size, counts and the first paths of each
    // kind (`listLimit` per kind, -1 all), then the waste, as `dive --ci` sums it up.
    QString toText(int listLimit = 10) const;

    // The layer with this diff id, or nullptr.
    const ImageLayer *layerByDiffId(const QString &diffId) const;
};

// "/bin/sh -c #(nop)  CMD [\"sh\"]" -> "CMD [\"sh\"]"; "/bin/sh -c apk add" -> "RUN apk add";
// BuildKit's "RUN /bin/sh -c apk add # buildkit" -> "RUN apk add".
QString readableHistoryStep(const QString &createdBy);

} // namespace dx

Q_DECLARE_METATYPE(dx::ImageLayersReport)
