#include "diskusagechart.h"

#include "shell/theme.h"
#include "system/diskusagemodel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace dx {

DiskUsageChart::DiskUsageChart(DiskUsageModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model)
{
    setObjectName(QStringLiteral("diskUsageChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    const auto repaint = [this] { update(); };
    connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
}

int DiskUsageChart::rowHeight() const
{
    const int line = fontMetrics().height();
    return line * 3 + line / 2; // title, bar, detail and a gap
}

QSize DiskUsageChart::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28, rowHeight() * DiskUsageModel::RowCount};
}

QSize DiskUsageChart::minimumSizeHint() const
{
    // Texts are elided: any width above a few characters works.
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8, rowHeight() * DiskUsageModel::RowCount};
}

QString DiskUsageChart::rowTitle(int row) const
{
    const auto r = DiskUsageModel::Row(row);
    const DiskUsageModel::Entry e = m_model->entry(r);
    if (!m_model->isLoaded() || !e.available)
        return DiskUsageModel::kindName(r);
    return tr("%1: %2, %3 in use").arg(DiskUsageModel::kindName(r), QLocale().toString(e.count), QLocale().toString(e.active));
}

QString DiskUsageChart::rowDetail(int row) const
{
    const DiskUsageModel::Entry e = m_model->entry(DiskUsageModel::Row(row));
    if (!m_model->isLoaded())
        return tr("Counting…");
    if (!e.available)
        return tr("Not reported by this engine");
    const QLocale locale;
    return tr("%1 on disk, %2 reclaimable").arg(locale.formattedDataSize(e.size), locale.formattedDataSize(e.reclaimable));
}

bool DiskUsageChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = help->pos().y() / rowHeight();
        if (row >= 0 && row < DiskUsageModel::RowCount)
            QToolTip::showText(help->globalPos(), rowTitle(row) + QLatin1Char('\n') + rowDetail(row), this);
        return true;
    }
    return QWidget::event(event);
}

void DiskUsageChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int w = width();
    qint64 largest = 1;
    for (int r = 0; r < DiskUsageModel::RowCount; ++r)
        largest = qMax(largest, m_model->entry(DiskUsageModel::Row(r)).size);
    const QColor track = palette().color(QPalette::Mid);
    const QColor used = Theme::accent();
    const QColor reclaimable = Theme::warning();
    QFont bold = font();
    bold.setBold(true);
    for (int r = 0; r < DiskUsageModel::RowCount; ++r) {
        const DiskUsageModel::Entry e = m_model->entry(DiskUsageModel::Row(r));
        const int top = r * rowHeight();
        p.setPen(palette().color(QPalette::WindowText));
        p.setFont(bold);
        p.drawText(QRect(0, top, w, line), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(rowTitle(r), Qt::ElideRight, w));
        const QRectF bar(0.5, top + line + line * 0.15, w - 1, line * 0.7);
        QColor trackFill = track;
        trackFill.setAlpha(90);
        p.setPen(Qt::NoPen);
        p.setBrush(trackFill);
        p.drawRoundedRect(bar, 3, 3);
        if (e.available && e.size > 0) {
            const qreal full = bar.width() * qreal(e.size) / qreal(largest);
            const qreal part = full * qreal(qMin(e.reclaimable, e.size)) / qreal(e.size);
            p.setBrush(used);
            p.drawRoundedRect(QRectF(bar.left(), bar.top(), qMax<qreal>(full, 2), bar.height()), 3, 3);
            if (part > 0) {
                p.setBrush(reclaimable);
                p.drawRoundedRect(QRectF(bar.left() + full - part, bar.top(), qMax<qreal>(part, 2), bar.height()), 3, 3);
            }
        }
        p.setFont(font());
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, top + line * 2, w, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(rowDetail(r), Qt::ElideRight, w));
    }
}

} // namespace dx
