#include "containerchangesmodel.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dx {

ContainerChangesModel::ContainerChangesModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setColumnCount(2);
}

QVariant ContainerChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case 0: return tr("Path");
        case 1: return tr("Change");
        default: break;
        }
    }
    return QStandardItemModel::headerData(section, orientation, role);
}

QString ContainerChangesModel::kindText(int kind)
{
    switch (kind) {
    case Modified: return QCoreApplication::translate("dx::ContainerChangesModel", "Changed");
    case Added: return QCoreApplication::translate("dx::ContainerChangesModel", "Added");
    case Deleted: return QCoreApplication::translate("dx::ContainerChangesModel", "Deleted");
    default: return {};
    }
}

int ContainerChangesModel::count(Kind kind) const
{
    return kind >= 0 && kind <= 2 ? m_counts[kind] : 0;
}

void ContainerChangesModel::setChanges(const QList<ContainerChange> &changes)
{
    // A whole new answer for possibly another container: a reset is right here.
    removeRows(0, rowCount());
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    QVector<QPair<QString, int>> entries;
    for (const ContainerChange &change : changes)
        entries.append({change.path, int(change.kind)});
    std::sort(entries.begin(), entries.end());
    QHash<QString, QStandardItem *> folders; // path -> item
    const auto itemFor = [&](const QString &path, auto &&self) -> QStandardItem * {
        if (path.isEmpty() || path == QLatin1String("/"))
            return invisibleRootItem();
        if (QStandardItem *found = folders.value(path))
            return found;
        const int slash = path.lastIndexOf(QLatin1Char('/'));
        QStandardItem *parent = self(path.left(slash), self);
        auto *item = new QStandardItem(path.mid(slash + 1));
        item->setData(Parent, KindRole);
        item->setData(path, PathRole);
        item->setToolTip(path);
        item->setEditable(false);
        auto *kindItem = new QStandardItem();
        kindItem->setEditable(false);
        parent->appendRow({item, kindItem});
        folders.insert(path, item);
        return item;
    };
    for (const auto &entry : entries) {
        QStandardItem *item = itemFor(entry.first, itemFor);
        item->setData(entry.second, KindRole);
        QStandardItem *parent = item->parent() ? item->parent() : invisibleRootItem();
        if (QStandardItem *kindItem = parent->child(item->row(), 1)) {
            kindItem->setText(kindText(entry.second));
            kindItem->setData(entry.second, KindRole);
        }
        if (entry.second >= 0 && entry.second <= 2)
            ++m_counts[entry.second];
    }
}

} // namespace dx
