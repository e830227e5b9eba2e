#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QProxyStyle>
#include <QSize>

class QWidget;

namespace dx {

// App-wide zoom at runtime (View > Zoom, Ctrl+= / Ctrl+- / Ctrl+0), remembered between starts.
// It scales the application font, the style's metrics (icon sizes, margins, spacing, indicator
// and scroll bar sizes) and every font or icon size a widget set for itself, so layouts reflow
// as they would for a larger system font. --zoom (device scaling, chosen at start) multiplies
// with it.
class Zoom final : public QObject
{
    Q_OBJECT

public:
    static Zoom *instance();

    static const QList<int> &steps(); // the percentages Zoom In and Zoom Out move through
    int percent() const { return m_percent; }
    qreal factor() const { return m_percent / 100.0; }
    int scaled(int pixels) const { return qRound(pixels * factor()); }

    // Clamped to the steps' range; applied to the whole application, remembered when asked.
    void setPercent(int percent, bool remember = true);
    void zoomIn();
    void zoomOut();
    void reset();

    // A font or icon size a widget sets for itself, at 100 %: scaled now and whenever the zoom changes.
    static void setIconSize(QWidget *widget, const QSize &atHundred);
    static QFont fixedFont(); // the system's fixed-width font at the current zoom

signals:
    void changed(int percent);

private:
    Zoom() = default;
    void apply(qreal previousFactor);

    int m_percent = 100;
    QFont m_baseFont;
    bool m_baseFontKnown = false;
};

// Fusion with its metrics scaled by the zoom: what Theme installs.
class ZoomStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    explicit ZoomStyle(QStyle *base);
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
    // With a high-contrast palette, boxes and frames get an outline in the text colour
    // (Fusion derives outlines from the window colour: black on black in the dark one).
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

} // namespace dx
