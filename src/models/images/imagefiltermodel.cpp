#include "imagefiltermodel.h"

#include "imagelistmodel.h"
#include "volumes/volumehelper.h"

#include <QDateTime>

namespace dx {

ImageFilterModel::ImageFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // The helper image is made while the app runs (the first volume browsed): it must stay
    // hidden when it arrives.
    setDynamicSortFilter(true);
}

void ImageFilterModel::setShowInternal(bool show)
{
    if (show == m_showInternal)
        return;
    m_showInternal = show;
    invalidateRowsFilter();
}

bool ImageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    auto *list = qobject_cast<const ImageListModel *>(sourceModel());
    return !list || m_showInternal || !VolumeHelper::isHelper(list->imageAt(sourceRow).labels);
}

bool ImageFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case ImageListModel::SizeColumn:
        return left.data(ImageListModel::SizeRole).toLongLong() < right.data(ImageListModel::SizeRole).toLongLong();
    case ImageListModel::ContainersColumn:
        return left.data(ImageListModel::ContainerCountRole).toInt() < right.data(ImageListModel::ContainerCountRole).toInt();
    case ImageListModel::CreatedColumn:
        return left.data(ImageListModel::CreatedRole).toDateTime() < right.data(ImageListModel::CreatedRole).toDateTime();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace dx
