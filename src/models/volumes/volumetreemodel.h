#pragma once

#include "volumeentry.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace dx {

// The files of one volume as a tree. Entries arrive in batches while a listing streams in
// (the archive of a folder lists its whole subtree, depth first), so rows are inserted as
// they come; a refresh is a sync: entries seen again update in place (dataChanged), entries
// not seen by the end of a complete listing are removed. Never reset except when another
// volume is shown, so expansion, selection and scroll survive the 2 s polling.
class VolumeTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTreeModel)

public:
    enum Column { NameColumn, SizeColumn, ModeColumn, ModifiedColumn, TargetColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString, relative to the volume root
        TypeRole,                    // int(VolumeEntry::Type)
        SizeRole,                    // qint64
        IsDirectoryRole,
        ModeRole,                    // quint32
    };

    explicit VolumeTreeModel(QObject *parent = nullptr);
    ~VolumeTreeModel() override;

    // Empties the tree (another volume): the only reset.
    void clear();
    // Starts a sync of the subtree below `dir` ("" = whole volume).
    void beginSync(const QString &dir = {});
    void addEntries(const VolumeEntries &entries);
    // complete=false (cancelled, failed) keeps what was not seen again.
    void endSync(bool complete);

    VolumeEntry entryAt(const QModelIndex &index) const;
    QModelIndex indexForPath(const QString &path, int column = 0) const;
    bool contains(const QString &path) const { return m_byPath.contains(path); }
    int entryCount() const { return int(m_byPath.size()); }
    // Every entry, depth first with sorted children: for comparing two listings.
    VolumeEntries allEntries() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        VolumeEntry entry;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        quint64 generation = 0;
    };

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    int rowOf(const Node *node) const;
    Node *ensureDirectory(const QString &path);
    Node *insertChild(Node *parent, const VolumeEntry &entry);
    void removeChild(Node *parent, int row);
    void sweep(Node *node);
    void forget(Node *node);
    static bool lessThan(const VolumeEntry &a, const VolumeEntry &b);

    Node m_root;
    QHash<QString, Node *> m_byPath;
    quint64 m_generation = 0;
    QString m_syncDir;
    bool m_syncing = false;
};

} // namespace dx
