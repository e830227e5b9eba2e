#include "containerstatedelegate.h"

#include "containers/containerlistmodel.h"
#include "shell/theme.h"

#include <QApplication>
#include <QPainter>

namespace dx {

ContainerStateDelegate::ContainerStateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor ContainerStateDelegate::stateColor(const QString &state)
{
    if (state == QLatin1String("running"))
        return Theme::success();
    if (state == QLatin1String("paused") || state == QLatin1String("restarting"))
        return Theme::warning();
    if (state == QLatin1String("dead") || state == QLatin1String("removing"))
        return Theme::danger();
    return QColor(0x8a, 0x91, 0x99);
}

void ContainerStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString busy = index.data(ContainerListModel::BusyRole).toString();
    const QString state = index.data(ContainerListModel::StateRole).toString();
    const QString text = index.data(Qt::DisplayRole).toString();
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int dot = qMax(8, opt.fontMetrics.height() / 2);
    const QRect r = opt.rect.adjusted(6, 0, -4, 0);
    const QRect dotRect(r.left(), r.center().y() - dot / 2, dot, dot);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (busy.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(stateColor(state));
        painter->drawEllipse(dotRect);
    } else {
        // A ring instead of a dot: something is happening to this container.
        QPen pen(Theme::accent());
        pen.setWidthF(2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawArc(dotRect, 90 * 16, 270 * 16);
    }
    QFont font = opt.font;
    font.setItalic(!busy.isEmpty());
    painter->setFont(font);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = r.adjusted(dot + 6, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ContainerStateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height();
    return size;
}

} // namespace dx
