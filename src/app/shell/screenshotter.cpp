#include "screenshotter.h"

#include "engine/engine.h"
#include "engine/enginelauncher.h"
#include "mainwindow.h"
#include "screenshotstage.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace dx {

namespace {
constexpr int TickMs = 100;
constexpr int MaxWaitMs = 15000; // a first Podman start may set up its storage
constexpr int SettleMs = 700;
} // namespace

Screenshotter::Screenshotter(MainWindow *window, Engine *engine, ScreenshotStage *stage, const QString &file,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
    , m_stage(stage)
    , m_file(file)
{
}

void Screenshotter::start()
{
    QTimer::singleShot(TickMs, this, &Screenshotter::poll);
}

void Screenshotter::poll()
{
    m_elapsedMs += TickMs;
    const bool engineSettled = m_engine->info().state != EngineInfo::State::Connecting
                               && !(m_launcher && m_launcher->isBusy());
    bool ready = engineSettled && !m_window->isLoading() && !m_stage->isPending();
    if (ready && !m_stage->isApplied()) {
        m_stage->apply(); // what it shows may load in turn: wait for quiet again
        ready = false;
    }
    m_quietMs = ready ? m_quietMs + TickMs : 0;
    if (m_quietMs >= SettleMs || m_elapsedMs >= MaxWaitMs) {
        capture();
        return;
    }
    QTimer::singleShot(TickMs, this, &Screenshotter::poll);
}

void Screenshotter::capture()
{
    const QPixmap pixmap = m_window->grab();
    QTextStream err(stderr);
    if (pixmap.isNull() || !pixmap.save(m_file, "PNG")) {
        err << QCoreApplication::translate("Screenshotter", "Cannot write the screenshot to %1").arg(m_file) << Qt::endl;
        QCoreApplication::exit(1);
        return;
    }
    QTextStream(stdout) << m_file << Qt::endl;
    QCoreApplication::exit(0);
}

} // namespace dx
