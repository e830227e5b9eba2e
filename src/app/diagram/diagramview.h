#pragma once

#include "shell/view.h"

class QAction;
class QLabel;
class QScrollArea;

namespace dx {

class DiagramCanvas;
class DiagramModel;

// "Image = class, container = instance": every image as a UML class box, its containers as
// instance boxes (name, state colour, writable-layer size) with dashed arrows to it, and the
// volumes they mount. Live through the shared stores; double-click a box to open its object;
// export as PNG or SVG.
class DiagramView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramView)

public:
    explicit DiagramView(AppServices *services, QWidget *parent = nullptr);
    ~DiagramView() override;

    bool isLoading() const override;
    QList<QAction *> toolBarActions() const override;

    DiagramModel *model() const { return m_model; }
    DiagramCanvas *canvas() const { return m_canvas; }
    void setShowInternal(bool show);
    void setFitToWindow(bool fit);
    // Opens the object of box `index` in its own view (what a double-click does).
    void activateBox(int index);

    // The exports; the ...As forms ask for the file. False with the reason in lastError().
    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);
    void exportPngAs();
    void exportSvgAs();
    QString lastError() const { return m_lastError; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onModelChanged();
    void updateScale();
    void updateMetrics();
    void exportAs(bool svg);

    DiagramModel *m_model;
    DiagramCanvas *m_canvas;
    QScrollArea *m_scroll;
    QLabel *m_hint;
    QLabel *m_empty;
    QAction *m_exportPng;
    QAction *m_exportSvg;
    QAction *m_fit;
    QAction *m_hideUnused;
    QAction *m_refresh;
    QString m_lastError;
};

} // namespace dx
