#include "imagefiltermodel.h"

#include "imagelistmodel.h"
#include "volumes/volumehelper.h"

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

} // namespace dx
