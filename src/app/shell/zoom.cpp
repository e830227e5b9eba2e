#include "zoom.h"

#include "settings.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QStyleOption>
#include <QToolBar>
#include <QWidget>

#include <algorithm>

namespace dx {

namespace {

const char *const BaseIconSize = "dxIconSizeAt100";

void applyIconSize(QWidget *widget, const QSize &size)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        view->setIconSize(size);
    else if (auto *bar = qobject_cast<QToolBar *>(widget))
        bar->setIconSize(size);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        button->setIconSize(size);
}

} // namespace

Zoom *Zoom::instance()
{
    static Zoom *zoom = new Zoom; // lives as long as the process, like the application font
    return zoom;
}

const QList<int> &Zoom::steps()
{
    static const QList<int> list{50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
    return list;
}

void Zoom::setPercent(int percent, bool remember)
{
    percent = std::clamp(percent, steps().constFirst(), steps().constLast());
    if (remember)
        Settings::zoom.set(percent);
    if (!m_baseFontKnown) {
        m_baseFont = QApplication::font();
        m_baseFontKnown = true;
    }
    if (percent == m_percent)
        return;
    const qreal previous = factor();
    m_percent = percent;
    apply(previous);
    emit changed(m_percent);
}

void Zoom::zoomIn()
{
    const auto next = std::upper_bound(steps().cbegin(), steps().cend(), m_percent);
    setPercent(next == steps().cend() ? steps().constLast() : *next);
}

void Zoom::zoomOut()
{
    const auto at = std::lower_bound(steps().cbegin(), steps().cend(), m_percent);
    setPercent(at == steps().cbegin() ? steps().constFirst() : *(at - 1));
}

void Zoom::reset()
{
    setPercent(100);
}

void Zoom::apply(qreal previousFactor)
{
    const qreal ratio = factor() / previousFactor;
    // Fonts a widget chose itself (fixed-width logs, titles) keep their size against the
    // application font: they are scaled by the change before the application font moves.
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (widget->testAttribute(Qt::WA_SetFont) && (widget->font().resolveMask() & QFont::SizeResolved)) {
            QFont font = widget->font();
            if (font.pointSizeF() > 0)
                font.setPointSizeF(font.pointSizeF() * ratio);
            else if (font.pixelSize() > 0)
                font.setPixelSize(qMax(1, qRound(font.pixelSize() * ratio)));
            widget->setFont(font);
        }
        const QVariant base = widget->property(BaseIconSize);
        if (base.isValid())
            applyIconSize(widget, base.toSize() * factor());
    }
    QFont font = m_baseFont;
    if (m_baseFont.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * factor());
    else
        font.setPixelSize(qMax(1, qRound(m_baseFont.pixelSize() * factor())));
    QApplication::setFont(font);
    // A new style instance makes every widget ask for its metrics again; at start-up there are
    // none yet, and the style reads the zoom whenever it is asked.
    if (!widgets.isEmpty())
        Theme::apply(Theme::current());
}

void Zoom::setIconSize(QWidget *widget, const QSize &atHundred)
{
    widget->setProperty(BaseIconSize, atHundred);
    applyIconSize(widget, atHundred * instance()->factor());
}

QFont Zoom::fixedFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const qreal f = instance()->factor();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * f);
    else
        font.setPixelSize(qMax(1, qRound(font.pixelSize() * f)));
    return font;
}

ZoomStyle::ZoomStyle(QStyle *base)
    : QProxyStyle(base)
{
}

void ZoomStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!Theme::isHighContrast())
        return;
    const bool box = element == PE_IndicatorCheckBox || element == PE_FrameLineEdit || element == PE_PanelButtonCommand;
    const bool round = element == PE_IndicatorRadioButton;
    const bool frame = element == PE_Frame && option->rect.width() > 4 && option->rect.height() > 4;
    if (!box && !round && !frame)
        return;
    painter->save();
    const bool enabled = option->state & State_Enabled;
    painter->setPen(QPen(option->palette.color(enabled ? QPalette::Normal : QPalette::Disabled, QPalette::WindowText), 1));
    painter->setBrush(Qt::NoBrush);
    painter->setRenderHint(QPainter::Antialiasing, round);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (round)
        painter->drawEllipse(r);
    else
        painter->drawRect(r);
    painter->restore();
}

// High contrast: combo and spin boxes get the same outline in the text colour as line edits.
void ZoomStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                   const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (!Theme::isHighContrast() || (control != CC_ComboBox && control != CC_SpinBox))
        return;
    painter->save();
    const bool enabled = option->state & State_Enabled;
    painter->setPen(QPen(option->palette.color(enabled ? QPalette::Normal : QPalette::Disabled, QPalette::WindowText), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

int ZoomStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_ButtonMargin:
    case PM_ButtonIconSize:
    case PM_SmallIconSize:
    case PM_LargeIconSize:
    case PM_ToolBarIconSize:
    case PM_ListViewIconSize:
    case PM_IconViewIconSize:
    case PM_TabBarIconSize:
    case PM_MessageBoxIconSize:
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
    case PM_ScrollBarExtent:
    case PM_ScrollBarSliderMin:
    case PM_SliderThickness:
    case PM_SliderLength:
    case PM_LayoutLeftMargin:
    case PM_LayoutTopMargin:
    case PM_LayoutRightMargin:
    case PM_LayoutBottomMargin:
    case PM_LayoutHorizontalSpacing:
    case PM_LayoutVerticalSpacing:
    case PM_ToolBarItemSpacing:
    case PM_ToolBarItemMargin:
    case PM_ToolBarExtensionExtent:
    case PM_ToolBarHandleExtent:
    case PM_MenuHMargin:
    case PM_MenuVMargin:
    case PM_MenuBarItemSpacing:
    case PM_MenuBarHMargin:
    case PM_MenuBarVMargin:
    case PM_TabBarTabHSpace:
    case PM_TabBarTabVSpace:
    case PM_HeaderMargin:
    case PM_HeaderMarkSize:
    case PM_SplitterWidth:
    case PM_DockWidgetTitleMargin:
    case PM_DockWidgetSeparatorExtent:
    case PM_TitleBarHeight:
    case PM_TreeViewIndentation:
    case PM_MenuButtonIndicator:
    case PM_ComboBoxFrameWidth:
    case PM_SpinBoxFrameWidth:
        return value > 0 ? Zoom::instance()->scaled(value) : value;
    default:
        return value;
    }
}

} // namespace dx
