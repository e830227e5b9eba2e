#pragma once

#include <QObject>
#include <QString>

namespace dx {

class Engine;
class MainWindow;

// --screenshot: waits until the engine answered and the view has its data (bounded), then
// writes the window to a PNG and quits the application with 0, or 1 when it could not.
class Screenshotter final : public QObject
{
    Q_OBJECT

public:
    Screenshotter(MainWindow *window, Engine *engine, const QString &file, QObject *parent = nullptr);
    void start();

private:
    void poll();
    void capture();

    MainWindow *m_window;
    Engine *m_engine;
    QString m_file;
    int m_elapsedMs = 0;
    int m_quietMs = 0;
};

} // namespace dx
