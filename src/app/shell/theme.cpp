#include "theme.h"

#include "zoom.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace dx {

namespace {

Theme::Mode s_mode = Theme::Mode::System;
bool s_dark = false;
bool s_contrast = false;

} // namespace

QPalette Theme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x91, 0x99));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xee, 0xf0, 0xf3));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x1d, 0x63, 0xed));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x63, 0xed));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcd, 0xd3));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xa6));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1e, 0x22, 0x27));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe9, 0xed));
    p.setColor(QPalette::Base, QColor(0x16, 0x19, 0x1d));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x28, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x31, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe9, 0xed));
    p.setColor(QPalette::PlaceholderText, QColor(0x7d, 0x85, 0x8f));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe9, 0xed));
    p.setColor(QPalette::Button, QColor(0x2b, 0x31, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe9, 0xed));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa0, 0xff));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x41, 0x4a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x7a));
    return p;
}

// Black on white and white on black, every text at least 7:1 against its background (WCAG AAA),
// selections and links that stand out on a washed-out projector.
QPalette Theme::highContrastLightPalette()
{
    QPalette p;
    const QColor ink(Qt::black);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, ink);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xeb, 0xeb, 0xeb));
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, ink);
    p.setColor(QPalette::PlaceholderText, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Text, ink);
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, ink);
    p.setColor(QPalette::BrightText, QColor(0xa0, 0x00, 0x00));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x2f, 0xa7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x00, 0x2f, 0xa7));
    p.setColor(QPalette::Mid, ink);
    p.setColor(QPalette::Dark, ink);
    p.setColor(QPalette::Shadow, ink);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, Qt::white);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x59, 0x59, 0x59));
    return p;
}

QPalette Theme::highContrastDarkPalette()
{
    QPalette p;
    const QColor ink(Qt::white);
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, ink);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::ToolTipText, ink);
    p.setColor(QPalette::PlaceholderText, QColor(0xb8, 0xb8, 0xb8));
    p.setColor(QPalette::Text, ink);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::ButtonText, ink);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8c, 0x8c));
    p.setColor(QPalette::Highlight, QColor(0xff, 0xd8, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x7f, 0xdb, 0xff));
    p.setColor(QPalette::Mid, ink);
    p.setColor(QPalette::Dark, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Light, ink);
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa6, 0xa6, 0xa6));
    return p;
}

void Theme::apply(Mode mode)
{
    s_mode = mode;
    QApplication::setStyle(new ZoomStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    bool dark = mode == Mode::Dark;
    if (mode == Mode::System) {
        // No platform theme is guaranteed; follow the system only when it says it is dark.
        const QPalette system = QApplication::style()->standardPalette();
        dark = system.color(QPalette::Window).lightness() < 110;
    }
    s_contrast = mode == Mode::HighContrastLight || mode == Mode::HighContrastDark;
    if (s_contrast)
        dark = mode == Mode::HighContrastDark;
    s_dark = dark;
    if (s_contrast)
        QApplication::setPalette(dark ? highContrastDarkPalette() : highContrastLightPalette());
    else
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

Theme::Mode Theme::current()
{
    return s_mode;
}

bool Theme::isDark()
{
    return s_dark;
}

bool Theme::isHighContrast()
{
    return s_contrast;
}

QString Theme::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::HighContrastLight: return QStringLiteral("contrast-light");
    case Mode::HighContrastDark: return QStringLiteral("contrast-dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::modeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Mode::Light;
    if (key == QLatin1String("dark"))
        return Mode::Dark;
    if (key == QLatin1String("contrast-light"))
        return Mode::HighContrastLight;
    if (key == QLatin1String("contrast-dark"))
        return Mode::HighContrastDark;
    return Mode::System;
}

QColor Theme::accent()
{
    if (s_contrast)
        return s_dark ? QColor(0x7f, 0xdb, 0xff) : QColor(0x00, 0x2f, 0xa7);
    return s_dark ? QColor(0x6c, 0xa0, 0xff) : QColor(0x1d, 0x63, 0xed);
}

QColor Theme::success()
{
    if (s_contrast)
        return s_dark ? QColor(0x5c, 0xff, 0x8a) : QColor(0x00, 0x60, 0x1c);
    return s_dark ? QColor(0x4c, 0xc3, 0x6b) : QColor(0x1a, 0x7f, 0x37);
}

QColor Theme::warning()
{
    if (s_contrast)
        return s_dark ? QColor(0xff, 0xd8, 0x00) : QColor(0x7a, 0x4a, 0x00);
    return s_dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

QColor Theme::danger()
{
    if (s_contrast)
        return s_dark ? QColor(0xff, 0x8c, 0x8c) : QColor(0xa0, 0x00, 0x00);
    return s_dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xcf, 0x22, 0x2e);
}

} // namespace dx
