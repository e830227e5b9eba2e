#include "wrapbar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QStyle>
#include <QTimer>

namespace dx {

WrapBar::WrapBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
    , m_second(new QWidget(this))
{
    auto *row = new QHBoxLayout(m_second);
    row->setContentsMargins(0, 0, 0, 0);
    m_second->hide();
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setVerticalSpacing(2);
}

void WrapBar::setWidgets(const QList<QWidget *> &leading, const QList<QWidget *> &trailing, int stretch)
{
    m_leading = leading;
    m_trailing = trailing;
    m_stretch = stretch;
    for (QWidget *w : leading + trailing)
        w->setParent(this);
    arrange(false);
}

int WrapBar::oneRowWidth() const
{
    const int spacing = qMax(0, m_layout->horizontalSpacing() >= 0 ? m_layout->horizontalSpacing()
                                                                    : style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
    int width = 0;
    for (QWidget *w : m_leading + m_trailing) {
        if (!w->isHidden())
            width += (w == m_leading.value(m_stretch) ? w->minimumSizeHint().width() : w->sizeHint().width()) + spacing;
    }
    // A stretching field is wanted somewhat wider than its minimum before the row is kept.
    return width + (m_stretch >= 0 ? 8 * fontMetrics().averageCharWidth() : 0);
}

QSize WrapBar::minimumSizeHint() const
{
    // What two rows need: the wider of them, so the bar may shrink to it and wrap.
    const auto rowWidth = [this](const QList<QWidget *> &row) {
        int width = 0;
        for (QWidget *w : row) {
            if (!w->isHidden())
                width += w->minimumSizeHint().width() + 6;
        }
        return width;
    };
    QSize size = QWidget::minimumSizeHint();
    size.setWidth(qMax(rowWidth(m_leading), rowWidth(m_trailing)));
    return size;
}

void WrapBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool wrapped = event->size().width() < oneRowWidth();
    if (wrapped != m_wrapped)
        QTimer::singleShot(0, this, [this, wrapped] { arrange(wrapped); }); // not inside a layout pass
}

void WrapBar::arrange(bool wrapped)
{
    m_wrapped = wrapped;
    for (QWidget *w : m_leading + m_trailing)
        m_layout->removeWidget(w);
    while (QLayoutItem *item = m_second->layout()->takeAt(0))
        delete item; // the items, not their widgets
    m_layout->removeWidget(m_second);
    for (int c = 0; c < m_layout->columnCount(); ++c)
        m_layout->setColumnStretch(c, 0);
    int column = 0;
    for (QWidget *w : std::as_const(m_leading))
        m_layout->addWidget(w, 0, column++);
    if (m_stretch >= 0)
        m_layout->setColumnStretch(m_stretch, 1);
    if (wrapped) { // below, from the left, across the row above
        auto *row = static_cast<QHBoxLayout *>(m_second->layout());
        for (QWidget *w : std::as_const(m_trailing))
            row->addWidget(w);
        row->addStretch(1);
        m_layout->addWidget(m_second, 1, 0, 1, qMax(1, column));
        m_second->show();
    } else {
        for (QWidget *w : std::as_const(m_trailing))
            m_layout->addWidget(w, 0, column++);
        m_second->hide();
    }
}

} // namespace dx
