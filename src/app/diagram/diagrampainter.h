#pragma once

#include "diagram/diagramlayout.h"

#include <QFont>
#include <QPalette>

class QPainter;

namespace dx {

// Draws a laid-out diagram with the palette's colours and the widget's font: on screen, into
// a PNG and into an SVG alike, so an export looks like the view.
class DiagramPainter final
{
public:
    DiagramPainter(const QPalette &palette, const QFont &font);

    // Text sizes of `font`, for DiagramModel::setMetrics.
    static DiagramMetrics metricsFor(const QFont &font);
    // `selected`: index of a box drawn highlighted, -1 for none.
    void paint(QPainter *painter, const DiagramScene &scene, int selected = -1) const;

    // Exports, written to a temporary file and renamed, so a failure leaves no half-written
    // file behind. False with the reason in `error`.
    bool exportPng(const DiagramScene &scene, const QString &path, QString *error) const;
    bool exportSvg(const DiagramScene &scene, const QString &path, QString *error) const;

private:
    void paintBox(QPainter *painter, const DiagramBox &box, bool selected) const;
    void paintEdge(QPainter *painter, const DiagramScene &scene, const DiagramEdge &edge) const;

    QPalette m_palette;
    QFont m_font;
};

} // namespace dx
