#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace dx {

// One stored value of type T. Its key and default are written once, in Settings below; the
// code that reads or writes it never names the key again. Each call uses a fresh QSettings:
// they share one cache per file within the process, so this is cheap and always current.
template<typename T>
class SettingValue final
{
public:
    SettingValue(const char *key, T defaultValue)
        : m_key(key)
        , m_default(std::move(defaultValue))
    {
    }

    QString key() const { return m_key; }
    T defaultValue() const { return m_default; }

    // The stored value, or the default when nothing (or something unreadable) is stored.
    T get() const
    {
        const QVariant stored = QSettings().value(m_key);
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : m_default;
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    // Forgets the stored value: get() returns the default again.
    void reset() const { QSettings().remove(m_key); }

private:
    QLatin1String m_key;
    T m_default;
};

// Every setting Docker Explorer stores. The keys are those of the first release: renaming one
// would silently drop what users have stored under it.
struct Settings final
{
    Settings() = delete;

    // "en" or "de"; empty follows the system's language. Read at start.
    static inline const SettingValue<QString> language{"ui/language", QString()};
    // "light", "dark" or "system" (see Theme::modeFromKey).
    static inline const SettingValue<QString> theme{"ui/theme", QStringLiteral("system")};
    // The app-wide zoom in percent (View > Zoom), on top of --zoom.
    static inline const SettingValue<int> zoom{"ui/zoom", 100};
    // The engine picked in the Connect dialog: "context:NAME", a DOCKER_HOST-style address (with
    // "noverify:" in front when certificate checks were turned off), "podman:" for the Podman
    // service Docker Explorer starts, or empty for automatic (see ConnectDialog::choice).
    static inline const SettingValue<QString> engineChoice{"engine/choice", QString()};
    // Whether "automatic" starts Podman when no engine answers (see EngineLauncher).
    static inline const SettingValue<bool> startPodman{"engine/startPodman", true};
    // QMainWindow::saveGeometry() and saveState() of the last session.
    static inline const SettingValue<QByteArray> windowGeometry{"window/geometry", QByteArray()};
    static inline const SettingValue<QByteArray> windowState{"window/state", QByteArray()};
    // The view shown last (ViewFactory::key); the start shows it again.
    static inline const SettingValue<QString> currentView{"window/view", QStringLiteral("editor")};
    // Whether the user left the lesson panel open; it is closed until they first open it.
    static inline const SettingValue<bool> lessonOpen{"lesson/open", false};
    // Recently opened Dockerfiles, newest first.
    static inline const SettingValue<QStringList> recentFiles{"editor/recentFiles", QStringList()};
    // The tag each Dockerfile (absolute path) was last built with: Build from the editor asks
    // for one only the first time.
    static inline const SettingValue<QVariantMap> buildTags{"build/tags", QVariantMap()};
    // Whether the images and containers lists show the app's own helper image and containers.
    static inline const SettingValue<bool> showInternalObjects{"view/showInternal", false};
    // The build output as BuildKit's compact display (one line per step) instead of the plain one.
    static inline const SettingValue<bool> buildCompactOutput{"build/compactOutput", false};
    // The Diagram view's choices: shrink to the window (on at first, so a projector at 200 %
    // shows every box) and only the images containers were made from.
    static inline const SettingValue<bool> diagramFit{"diagram/fit", true};
    static inline const SettingValue<bool> diagramInUseOnly{"diagram/inUseOnly", false};
};

} // namespace dx
