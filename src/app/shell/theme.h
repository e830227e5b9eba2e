#pragma once

#include <QPalette>
#include <QString>

namespace dx {

// The light and dark palettes, and high-contrast ones for projectors, on the Fusion style (with
// the zoom's metrics) so they look the same on every desktop.
class Theme final
{
public:
    enum class Mode { System, Light, Dark, HighContrastLight, HighContrastDark };

    static void apply(Mode mode);
    static Mode current();
    static bool isDark();
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette highContrastLightPalette();
    static QPalette highContrastDarkPalette();
    static bool isHighContrast();
    static QString modeKey(Mode mode);
    static Mode modeFromKey(const QString &key);

    // Accent colours used by views (status dots, stderr text, hashes).
    static QColor accent();
    static QColor success();
    static QColor warning();
    static QColor danger();
};

} // namespace dx
