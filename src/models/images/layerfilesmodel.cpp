#include "layerfilesmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace dx {

namespace {

QString sizeText(qint64 bytes)
{
    // As the image list and the history say sizes (1.89 MiB).
    return QLocale().formattedDataSize(bytes);
}

QStandardItem *cell(const QString &text = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

LayerFilesModel::LayerFilesModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHeaderData(SizeColumn, Qt::Horizontal, QVariant(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
}

// Header and change texts in the language of the moment (a switch while the app runs).
QVariant LayerFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case PathColumn: return tr("Path");
        case ChangeColumn: return tr("Change");
        case SizeColumn: return tr("Size");
        default: break;
        }
    }
    return QStandardItemModel::headerData(section, orientation, role);
}

QVariant LayerFilesModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == ChangeColumn) {
        const QVariant kind = QStandardItemModel::data(index, KindRole);
        if (kind.isValid() && kind.toInt() != Folder)
            return kindText(LayerChange::Kind(kind.toInt()));
    }
    return QStandardItemModel::data(index, role);
}

QString LayerFilesModel::kindText(LayerChange::Kind kind)
{
    switch (kind) {
    case LayerChange::Kind::Added: return tr("Added");
    case LayerChange::Kind::Modified: return tr("Modified");
    case LayerChange::Kind::Removed: return tr("Removed");
    }
    return {};
}

int LayerFilesModel::count(LayerChange::Kind kind) const
{
    return m_counts[int(kind)];
}

QModelIndex LayerFilesModel::indexOfPath(const QString &path) const
{
    const QStandardItem *item = m_items.value(path);
    return item ? item->index() : QModelIndex();
}

void LayerFilesModel::clearLayer()
{
    removeRows(0, rowCount());
    m_items.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
}

void LayerFilesModel::setLayer(const ImageLayer &layer)
{
    beginResetModel();
    {
        const QSignalBlocker block(this); // one reset, not a signal per row
        clearLayer();
        QHash<QStandardItem *, qint64> folderBytes;
        const auto itemFor = [&](const QString &path, auto &&self) -> QStandardItem * {
            if (path.isEmpty())
                return invisibleRootItem();
            if (QStandardItem *found = m_items.value(path))
                return found;
            const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
            QStandardItem *parent = self(slash < 0 ? QString() : path.left(slash), self);
            QStandardItem *item = cell(path.mid(slash + 1));
            item->setData(Folder, KindRole);
            item->setData(path, PathRole);
            item->setToolTip(path);
            parent->appendRow({item, cell(), cell()});
            m_items.insert(path, item);
            return item;
        };
        // Changes come sorted by path, so folders and files appear in order.
        for (const LayerChange &c : layer.changes) {
            QStandardItem *item = itemFor(c.path, itemFor);
            QStandardItem *parent = item->parent() ? item->parent() : invisibleRootItem();
            const int row = item->row();
            item->setData(int(c.kind), KindRole);
            item->setData(c.kind == LayerChange::Kind::Removed ? c.wasted : c.size, BytesRole);
            QString tip = c.path;
            if (c.type == TarEntryType::Symlink)
                tip += QLatin1Char('\n') + tr("symbolic link");
            else if (c.type == TarEntryType::Hardlink)
                tip += QLatin1Char('\n') + tr("hard link");
            if (c.wasted > 0)
                tip += QLatin1Char('\n') + tr("hides %1 of an earlier layer").arg(sizeText(c.wasted));
            item->setToolTip(tip);
            QStandardItem *kind = parent->child(row, ChangeColumn);
            kind->setText(kindText(c.kind));
            kind->setData(int(c.kind), KindRole);
            QStandardItem *size = parent->child(row, SizeColumn);
            size->setData(int(c.kind), KindRole);
            size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c.kind == LayerChange::Kind::Removed)
                size->setText(c.wasted > 0 ? QStringLiteral("−%1").arg(sizeText(c.wasted)) : QString());
            else if (c.type == TarEntryType::File)
                size->setText(sizeText(c.size));
            ++m_counts[int(c.kind)];
            if (c.kind != LayerChange::Kind::Removed) {
                for (QStandardItem *p = item->parent(); p; p = p->parent())
                    folderBytes[p] += c.size;
            }
        }
        for (auto it = folderBytes.cbegin(); it != folderBytes.cend(); ++it) {
            QStandardItem *folder = it.key();
            QStandardItem *parent = folder->parent() ? folder->parent() : invisibleRootItem();
            QStandardItem *size = parent->child(folder->row(), SizeColumn);
            size->setText(sizeText(it.value()));
            size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    endResetModel();
}

} // namespace dx
