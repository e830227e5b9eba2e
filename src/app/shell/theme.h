#pragma once

#include <QPalette>
#include <QString>

namespace dx {

// The light and dark palettes, on the Fusion style so they look the same on every desktop.
class Theme final
{
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode current();
    static bool isDark();
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QString modeKey(Mode mode);
    static Mode modeFromKey(const QString &key);

    // Accent colours used by views (status dots, stderr text, hashes).
    static QColor accent();
    static QColor success();
    static QColor warning();
    static QColor danger();
};

} // namespace dx
