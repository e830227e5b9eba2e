#pragma once

#include <QObject>
#include <QString>

namespace dx {

class Engine;
class EngineLauncher;
class MainWindow;
class ScreenshotStage;

// --screenshot: waits until the engine answered and the view has its data (bounded), has the
// stage show what --screenshot-state asks for and waits again, then writes the window to a
// PNG and quits the application with 0, or 1 when it could not.
class Screenshotter final : public QObject
{
    Q_OBJECT

public:
    Screenshotter(MainWindow *window, Engine *engine, ScreenshotStage *stage, const QString &file,
                  QObject *parent = nullptr);
    void start();
    // Waits, too, while the launcher looks for an engine or starts Podman.
    void setLauncher(EngineLauncher *launcher) { m_launcher = launcher; }

private:
    void poll();
    void capture();

    MainWindow *m_window;
    Engine *m_engine;
    EngineLauncher *m_launcher = nullptr;
    ScreenshotStage *m_stage;
    QString m_file;
    int m_elapsedMs = 0;
    int m_quietMs = 0;
};

} // namespace dx
