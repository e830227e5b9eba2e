#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace dx {

namespace {

Theme::Mode s_mode = Theme::Mode::System;
bool s_dark = false;

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

void Theme::apply(Mode mode)
{
    s_mode = mode;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    bool dark = mode == Mode::Dark;
    if (mode == Mode::System) {
        // No platform theme is guaranteed; follow the system only when it says it is dark.
        const QPalette system = QApplication::style()->standardPalette();
        dark = system.color(QPalette::Window).lightness() < 110;
    }
    s_dark = dark;
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

QString Theme::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
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
    return Mode::System;
}

QColor Theme::accent()
{
    return s_dark ? QColor(0x6c, 0xa0, 0xff) : QColor(0x1d, 0x63, 0xed);
}

QColor Theme::success()
{
    return s_dark ? QColor(0x4c, 0xc3, 0x6b) : QColor(0x1a, 0x7f, 0x37);
}

QColor Theme::warning()
{
    return s_dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

QColor Theme::danger()
{
    return s_dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xcf, 0x22, 0x2e);
}

} // namespace dx
