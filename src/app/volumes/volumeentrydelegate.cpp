#include "volumeentrydelegate.h"

#include "volumes/volumeentry.h"
#include "volumes/volumetreemodel.h"

#include "shell/iconprovider.h"

namespace dx {

VolumeEntryDelegate::VolumeEntryDelegate(IconProvider *icons, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_icons(icons)
{
}

void VolumeEntryDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == VolumeTreeModel::NameColumn) {
        const auto type = VolumeEntry::Type(index.data(VolumeTreeModel::TypeRole).toInt());
        option->icon = m_icons->icon(type == VolumeEntry::Type::Directory ? QStringLiteral("folder")
                                     : type == VolumeEntry::Type::Symlink ? QStringLiteral("symlink")
                                                                           : QStringLiteral("file"));
        option->features |= QStyleOptionViewItem::HasDecoration;
    } else if (index.column() == VolumeTreeModel::ModeColumn) {
        option->font.setFamily(QStringLiteral("monospace"));
    }
}

} // namespace dx
