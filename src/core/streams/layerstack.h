#pragma once

#include "imagelayers.h"
#include "tarlisting.h"

#include <QMap>
#include <QVector>

namespace dx {

// The image's filesystem as its layers are applied one over another, the way the engine
// unpacks them: `.wh.NAME` removes NAME (a folder with everything in it), `.wh..wh..opq`
// empties its folder of what lower layers put there, a file over a folder replaces the folder,
// a folder over a file the file. Only non-directory entries are tracked; what each layer did
// to them becomes its list of changes, and every file version a later layer hides counts as
// waste.
class LayerStack final
{
    Q_DISABLE_COPY_MOVE(LayerStack)
public:
    LayerStack() = default;

    // One entry of a layer tar, its path as stored ("./" and leading '/' are dropped here).
    struct Entry
    {
        QString path;
        TarEntryType type = TarEntryType::File;
        qint64 size = 0;
    };

    // Applies the next layer (index = number of layers applied so far); fills `layer`'s size,
    // changes and wastedBelow. index, diffId and createdBy are left to the caller.
    void apply(const QVector<Entry> &entries, ImageLayer *layer);

    int layerCount() const { return m_layers; }
    qint64 wastedBytes() const { return m_wasted; }
    // What the image holds after all layers (path -> size), for tests.
    QMap<QString, qint64> files() const;

    // "./a/b/" -> "a/b"; "." and "/" -> "".
    static QString normalizedPath(const QString &stored);

private:
    struct Version
    {
        qint64 size = 0;
        int layer = 0;
        TarEntryType type = TarEntryType::File;
    };
    struct Pending; // the layer being applied

    void removePath(Pending &p, QMap<QString, Version>::iterator it);
    void removeUnder(Pending &p, const QString &folder);

    QMap<QString, Version> m_files; // sorted, so a folder's content is one range
    int m_layers = 0;
    qint64 m_wasted = 0;
};

} // namespace dx
