#pragma once

#include <QStyledItemDelegate>

namespace dx {

class IconProvider;

// Paints an instruction as a card: icon, keyword, its arguments, lint findings, the layer
// badge of the last build, and a stage header above each FROM.
class RecipeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeDelegate)

public:
    explicit RecipeDelegate(IconProvider *icons, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString iconFor(const QString &keyword);

private:
    IconProvider *m_icons;
};

} // namespace dx
