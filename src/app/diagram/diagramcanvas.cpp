#include "diagramcanvas.h"

#include "diagram/diagrampainter.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace dx {

DiagramCanvas::DiagramCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void DiagramCanvas::setScene(const DiagramScene &scene)
{
    m_scene = scene;
    // The selection follows its object, wherever the new layout put it.
    m_selected = -1;
    for (int i = 0; i < m_scene.boxes.size() && !m_selectedId.isEmpty(); ++i) {
        if (m_scene.boxes.at(i).id == m_selectedId)
            m_selected = i;
    }
    resize(sizeHint());
    updateGeometry();
    update();
}

void DiagramCanvas::setScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    resize(sizeHint());
    updateGeometry();
    update();
}

QSize DiagramCanvas::sizeHint() const
{
    return (m_scene.size * m_scale).toSize().expandedTo(QSize(1, 1));
}

void DiagramCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.scale(m_scale, m_scale);
    DiagramPainter(palette(), font()).paint(&painter, m_scene, m_selected);
}

bool DiagramCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = m_scene.boxAt(toScene(help->pos()));
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_scene.boxes.at(index).toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void DiagramCanvas::mousePressEvent(QMouseEvent *event)
{
    m_selected = m_scene.boxAt(toScene(event->position()));
    m_selectedId = m_selected >= 0 ? m_scene.boxes.at(m_selected).id : QString();
    update();
    QWidget::mousePressEvent(event);
}

void DiagramCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = m_scene.boxAt(toScene(event->position()));
    if (index >= 0)
        emit boxActivated(index);
}

void DiagramCanvas::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(m_scene.boxAt(toScene(event->position())) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

} // namespace dx
