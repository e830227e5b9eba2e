#include "layerstack.h"

namespace dx {

namespace {

const QLatin1String WhiteoutPrefix(".wh.");
const QLatin1String MetaPrefix(".wh..wh."); // aufs bookkeeping (.wh..wh.plnk, .wh..wh.aufs)
const QLatin1String Opaque(".wh..wh..opq");

struct Split
{
    QString folder; // "" for the root
    QString name;
};

Split split(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QString(), path};
    return {path.left(slash), path.mid(slash + 1)};
}

} // namespace

struct LayerStack::Pending
{
    int index = 0;
    qint64 wasted = 0;
    QMap<QString, LayerChange> changes;
};

QString LayerStack::normalizedPath(const QString &stored)
{
    QString path = stored;
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("."))
        path.clear();
    return path;
}

QMap<QString, qint64> LayerStack::files() const
{
    QMap<QString, qint64> result;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        result.insert(it.key(), it->size);
    return result;
}

void LayerStack::removePath(Pending &p, QMap<QString, Version>::iterator it)
{
    const QString path = it.key();
    const Version old = it.value();
    m_files.erase(it);
    if (old.layer < p.index) {
        // A version from below: it disappears from the image, its bytes stay in the lower layer.
        p.wasted += old.size;
        LayerChange change;
        change.path = path;
        change.kind = LayerChange::Kind::Removed;
        change.type = old.type;
        change.wasted = old.size;
        p.changes.insert(path, change);
        return;
    }
    // Put there by this very layer, then taken away again: what it replaced is gone for good.
    auto found = p.changes.find(path);
    if (found == p.changes.end())
        return;
    if (found->kind == LayerChange::Kind::Modified) {
        found->kind = LayerChange::Kind::Removed;
        found->size = 0;
    } else if (found->kind == LayerChange::Kind::Added) {
        p.changes.erase(found);
    }
}

void LayerStack::removeUnder(Pending &p, const QString &folder)
{
    const QString prefix = folder.isEmpty() ? QString() : folder + QLatin1Char('/');
    QStringList inside;
    for (auto it = m_files.lowerBound(prefix); it != m_files.end() && it.key().startsWith(prefix); ++it)
        inside.append(it.key());
    for (const QString &path : std::as_const(inside))
        removePath(p, m_files.find(path));
}

void LayerStack::apply(const QVector<Entry> &entries, ImageLayer *layer)
{
    Pending p;
    p.index = m_layers;
    layer->size = 0;

    // Whiteouts hide what the layers below hold, whatever their place in the tar: first.
    for (const Entry &e : entries) {
        const QString path = normalizedPath(e.path);
        const Split s = split(path);
        if (!s.name.startsWith(WhiteoutPrefix))
            continue;
        if (s.name == Opaque) {
            removeUnder(p, s.folder);
        } else if (!s.name.startsWith(MetaPrefix)) {
            const QString target = s.folder.isEmpty() ? s.name.mid(WhiteoutPrefix.size())
                                                      : s.folder + QLatin1Char('/') + s.name.mid(WhiteoutPrefix.size());
            auto it = m_files.find(target);
            if (it != m_files.end())
                removePath(p, it);
            removeUnder(p, target);
        }
    }

    for (const Entry &e : entries) {
        const QString path = normalizedPath(e.path);
        if (path.isEmpty() || split(path).name.startsWith(WhiteoutPrefix))
            continue;
        auto it = m_files.find(path);
        if (e.type == TarEntryType::Directory) {
            if (it != m_files.end()) // a folder where a file was: the file goes
                removePath(p, it);
            continue;
        }
        removeUnder(p, path); // a file where a folder was: the folder goes
        const qint64 stored = e.type == TarEntryType::File ? e.size : 0;
        layer->size += stored;
        it = m_files.find(path);
        LayerChange change;
        change.path = path;
        change.type = e.type;
        change.size = stored;
        auto known = p.changes.find(path);
        if (it != m_files.end() && it->layer < p.index) {
            change.kind = LayerChange::Kind::Modified;
            change.wasted = it->size;
            p.wasted += it->size;
        } else if (known != p.changes.end()) {
            // Removed above (a whiteout, an opaque folder) and put back, or written twice here.
            change.kind = known->kind == LayerChange::Kind::Added ? LayerChange::Kind::Added : LayerChange::Kind::Modified;
            change.wasted = known->wasted;
        } else {
            change.kind = LayerChange::Kind::Added;
        }
        p.changes.insert(path, change);
        m_files.insert(path, Version{stored, p.index, e.type});
    }

    layer->changes = p.changes.values();
    layer->wastedBelow = p.wasted;
    m_wasted += p.wasted;
    ++m_layers;
}

} // namespace dx
