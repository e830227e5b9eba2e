#pragma once

#include <QStyledItemDelegate>

namespace dx {

// The State column: a coloured dot (green running, amber paused, grey stopped, red dead)
// and, while an action is in flight, its text ("stopping…") in italics with a spinner dot.
class ContainerStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerStateDelegate)

public:
    explicit ContainerStateDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor stateColor(const QString &state);
};

} // namespace dx
