#pragma once

#include <QStyledItemDelegate>

namespace dx {

class IconProvider;

// Folder, file and link icons in the name column of a VolumeTreeModel, the mode column in
// a fixed font: the volume browser and the containers' Files tab.
class VolumeEntryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeEntryDelegate)

public:
    VolumeEntryDelegate(IconProvider *icons, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    IconProvider *m_icons;
};

} // namespace dx
