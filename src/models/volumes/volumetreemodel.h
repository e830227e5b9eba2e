#pragma once

#include "volumeentry.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace dx {

// The files of one volume as a tree, filled folder by folder: a folder's entries are known
// once it was listed (the top when the volume opens, others when the view expands them:
// fetchMore() asks for them with folderWanted()). Entries arrive in batches while a listing
// streams in, so rows are inserted as they come; a listing is a sync: entries seen again
// update in place (dataChanged), and once a folder is reported listed, its entries not seen
// since beginSync() are removed. Never reset except when another volume is shown, so
// expansion, selection and scroll survive the 2 s polling.
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
    // A sync: beginSync(), addEntries() and markListed() as a listing streams in, endSync().
    void beginSync();
    void addEntries(const VolumeEntries &entries);
    // Every entry of these folders ("" = the top) came since beginSync(): the ones not seen
    // are gone, and the folders count as listed. A folder never reported listed (the listing
    // failed or was cancelled) keeps what it had.
    void markListed(const QStringList &dirs);
    void endSync();

    bool isListed(const QString &dir) const;
    // Listed folders, parents before children ("" = the top).
    QStringList listedFolders() const;
    // `path` and, for a folder, everything below it is listed (its sizes add up).
    bool isFullyListed(const QString &path) const;

    VolumeEntry entryAt(const QModelIndex &index) const;
    // The folder an upload or new folder at `index` goes into: the entry itself when it is a
    // folder, else the folder holding it; empty (the root) for no index.
    QString folderAt(const QModelIndex &index) const;
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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A view wants the entries of a folder that was never listed.
    void folderWanted(const QString &dir);

private:
    struct Node
    {
        VolumeEntry entry;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        quint64 generation = 0;
        bool listed = false; // its children are known
        bool wanted = false; // folderWanted() was emitted
    };

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    int rowOf(const Node *node) const;
    Node *ensureDirectory(const QString &path);
    Node *insertChild(Node *parent, const VolumeEntry &entry);
    void removeChild(Node *parent, int row);
    void sweepChildren(Node *node);
    bool fullyListed(const Node *node) const;
    void forget(Node *node);
    static bool lessThan(const VolumeEntry &a, const VolumeEntry &b);

    Node m_root;
    QHash<QString, Node *> m_byPath;
    quint64 m_generation = 0;
};

} // namespace dx
