#include "volumetreemodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace dx {

VolumeTreeModel::VolumeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_root.entry.type = VolumeEntry::Type::Directory;
}

VolumeTreeModel::~VolumeTreeModel() = default;

bool VolumeTreeModel::lessThan(const VolumeEntry &a, const VolumeEntry &b)
{
    // Folders first, then by name, as file managers do.
    if (a.isDirectory() != b.isDirectory())
        return a.isDirectory();
    const QString an = a.name();
    const QString bn = b.name();
    const int c = an.compare(bn, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : an < bn;
}

void VolumeTreeModel::clear()
{
    beginResetModel();
    m_root.children.clear();
    m_root.listed = m_root.wanted = false;
    m_byPath.clear();
    endResetModel();
}

void VolumeTreeModel::beginSync()
{
    ++m_generation;
}

void VolumeTreeModel::addEntries(const VolumeEntries &entries)
{
    for (const VolumeEntry &e : entries) {
        if (e.path.isEmpty())
            continue;
        if (Node *node = m_byPath.value(e.path)) {
            node->generation = m_generation;
            if (node->entry == e)
                continue;
            if (node->entry.isDirectory() != e.isDirectory()) {
                // The sort position changes (file became folder): move it by remove + insert.
                Node *parent = node->parent;
                removeChild(parent, rowOf(node));
                insertChild(parent, e)->generation = m_generation;
                continue;
            }
            node->entry = e;
            emit dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
            continue;
        }
        const int slash = e.path.lastIndexOf(QLatin1Char('/'));
        Node *parent = slash < 0 ? &m_root : ensureDirectory(e.path.left(slash));
        insertChild(parent, e)->generation = m_generation;
    }
}

void VolumeTreeModel::markListed(const QStringList &dirs)
{
    for (const QString &dir : dirs) {
        Node *node = dir.isEmpty() ? &m_root : m_byPath.value(dir);
        if (!node || !node->entry.isDirectory())
            continue; // removed meanwhile, or it is a file now
        sweepChildren(node);
        const bool changed = !node->listed;
        node->listed = true;
        node->wanted = false;
        // An empty folder loses its expander.
        if (changed && node != &m_root && node->children.empty())
            emit dataChanged(indexFor(node, 0), indexFor(node, 0));
    }
}

void VolumeTreeModel::endSync()
{
}

void VolumeTreeModel::sweepChildren(Node *node)
{
    for (int row = int(node->children.size()) - 1; row >= 0; --row) {
        if (node->children[size_t(row)]->generation < m_generation)
            removeChild(node, row);
    }
}

bool VolumeTreeModel::isListed(const QString &dir) const
{
    const Node *node = dir.isEmpty() ? &m_root : m_byPath.value(dir);
    return node && node->listed;
}

QStringList VolumeTreeModel::listedFolders() const
{
    QStringList out;
    std::function<void(const Node *)> walk = [&](const Node *n) {
        if (!n->listed)
            return;
        out.append(n->entry.path);
        for (const auto &c : n->children) {
            if (c->entry.isDirectory())
                walk(c.get());
        }
    };
    walk(&m_root);
    return out;
}

bool VolumeTreeModel::fullyListed(const Node *node) const
{
    if (!node->entry.isDirectory())
        return true;
    if (!node->listed)
        return false;
    return std::all_of(node->children.begin(), node->children.end(),
                       [this](const std::unique_ptr<Node> &c) { return fullyListed(c.get()); });
}

bool VolumeTreeModel::isFullyListed(const QString &path) const
{
    const Node *node = path.isEmpty() ? &m_root : m_byPath.value(path);
    return node && fullyListed(node);
}

VolumeTreeModel::Node *VolumeTreeModel::ensureDirectory(const QString &path)
{
    if (path.isEmpty())
        return &m_root;
    if (Node *node = m_byPath.value(path))
        return node;
    // A child arrived before its folder (or the folder is outside a partial listing).
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    Node *parent = slash < 0 ? &m_root : ensureDirectory(path.left(slash));
    VolumeEntry dir;
    dir.path = path;
    dir.type = VolumeEntry::Type::Directory;
    dir.mode = 0755;
    Node *node = insertChild(parent, dir);
    node->generation = m_generation;
    return node;
}

VolumeTreeModel::Node *VolumeTreeModel::insertChild(Node *parent, const VolumeEntry &entry)
{
    auto &kids = parent->children;
    const auto pos = std::lower_bound(kids.begin(), kids.end(), entry,
                                      [](const std::unique_ptr<Node> &n, const VolumeEntry &e) {
                                          return lessThan(n->entry, e);
                                      });
    const int row = int(pos - kids.begin());
    auto node = std::make_unique<Node>();
    node->entry = entry;
    node->parent = parent;
    Node *raw = node.get();
    beginInsertRows(indexFor(parent), row, row);
    kids.insert(kids.begin() + row, std::move(node));
    m_byPath.insert(entry.path, raw);
    endInsertRows();
    return raw;
}

void VolumeTreeModel::removeChild(Node *parent, int row)
{
    beginRemoveRows(indexFor(parent), row, row);
    forget(parent->children[size_t(row)].get());
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void VolumeTreeModel::forget(Node *node)
{
    m_byPath.remove(node->entry.path);
    for (const auto &child : node->children)
        forget(child.get());
}

int VolumeTreeModel::rowOf(const Node *node) const
{
    // Children are kept sorted, so the row is found by binary search instead of a scan:
    // parent() is called very often by views.
    const auto &kids = node->parent->children;
    const auto pos = std::lower_bound(kids.begin(), kids.end(), node->entry,
                                      [](const std::unique_ptr<Node> &n, const VolumeEntry &e) {
                                          return lessThan(n->entry, e);
                                      });
    return int(pos - kids.begin());
}

VolumeTreeModel::Node *VolumeTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

QModelIndex VolumeTreeModel::indexFor(Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowOf(node), column, node);
}

VolumeEntry VolumeTreeModel::entryAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->entry : VolumeEntry{};
}

QString VolumeTreeModel::folderAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const VolumeEntry e = entryAt(index);
    return e.isDirectory() ? e.path : parentVolumePath(e.path);
}

QModelIndex VolumeTreeModel::indexForPath(const QString &path, int column) const
{
    return indexFor(m_byPath.value(path), column);
}

VolumeEntries VolumeTreeModel::allEntries() const
{
    VolumeEntries out;
    out.reserve(m_byPath.size());
    std::function<void(const Node *)> walk = [&](const Node *n) {
        for (const auto &c : n->children) {
            out.append(c->entry);
            walk(c.get());
        }
    };
    walk(&m_root);
    return out;
}

QModelIndex VolumeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex VolumeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int VolumeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int VolumeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool VolumeTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    // A folder not listed yet may have children: the view shows an expander and asks.
    const Node *node = nodeFor(parent);
    return !node->children.empty() || (node->entry.isDirectory() && !node->listed && node != &m_root);
}

bool VolumeTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() > 0)
        return false; // the top is listed when the volume opens
    const Node *node = nodeFor(parent);
    return node->entry.isDirectory() && !node->listed && !node->wanted;
}

void VolumeTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeFor(parent);
    node->wanted = true;
    emit folderWanted(node->entry.path);
}

Qt::ItemFlags VolumeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (nodeFor(index)->entry.isDirectory())
        f = (f & ~Qt::ItemNeverHasChildren) | Qt::ItemIsDropEnabled;
    return f;
}

QVariant VolumeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const VolumeEntry &e = nodeFor(index)->entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return e.name();
        case SizeColumn:
            return e.type == VolumeEntry::Type::File ? QLocale().formattedDataSize(e.size) : QString();
        case ModeColumn: return e.modeString();
        case ModifiedColumn:
            return e.mtime > 0 ? QDateTime::fromSecsSinceEpoch(e.mtime).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                               : QString();
        case TargetColumn: return e.linkTarget;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SizeColumn && e.type == VolumeEntry::Type::File)
            return tr("%n byte(s)", nullptr, int(qMin<qint64>(e.size, INT_MAX)));
        return e.type == VolumeEntry::Type::Symlink ? tr("%1 → %2").arg(e.path, e.linkTarget) : e.path;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PathRole: return e.path;
    case TypeRole: return int(e.type);
    case SizeRole: return e.size;
    case IsDirectoryRole: return e.isDirectory();
    case ModeRole: return e.mode;
    }
    return {};
}

QVariant VolumeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    case ModeColumn: return tr("Mode");
    case ModifiedColumn: return tr("Modified");
    case TargetColumn: return tr("Link target");
    }
    return {};
}

} // namespace dx
