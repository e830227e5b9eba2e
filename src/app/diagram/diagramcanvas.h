#pragma once

#include "diagram/diagramlayout.h"

#include <QWidget>

namespace dx {

// The painted diagram inside the view's scroll area: scaled (Fit to Window), a box selected by
// a click, its object opened by a double-click, each box's tool tip on hover.
class DiagramCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramCanvas)

public:
    explicit DiagramCanvas(QWidget *parent = nullptr);

    void setScene(const DiagramScene &scene);
    const DiagramScene &scene() const { return m_scene; }
    void setScale(qreal scale);
    qreal scale() const { return m_scale; }
    int selectedBox() const { return m_selected; }
    // The scene point under a widget point.
    QPointF toScene(const QPointF &point) const { return point / m_scale; }

    QSize sizeHint() const override;

signals:
    void boxActivated(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    DiagramScene m_scene;
    qreal m_scale = 1;
    int m_selected = -1;
    QString m_selectedId;
};

} // namespace dx
