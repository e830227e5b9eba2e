#include "startupprobe.h"

#include "containers/containerlistmodel.h"
#include "containers/containerstore.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace dx {

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

qint64 StartupProbe::processAgeNs()
{
    // Field 22 of /proc/self/stat: the start time in clock ticks since boot (after the
    // command's name, which may hold spaces, in parentheses).
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const qint64 startTicks = fields.value(19).toLongLong();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const qint64 nowNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    return nowNs - startTicks * (1000000000 / sysconf(_SC_CLK_TCK));
}

StartupProbe::StartupProbe(QWidget *window, ContainerStore *containers, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_containers(containers)
{
    window->installEventFilter(this);
    if (containers->isLoaded())
        QTimer::singleShot(0, this, &StartupProbe::listFilled);
    else
        connect(containers, &ContainerStore::loaded, this, &StartupProbe::listFilled);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        std::printf("startup first-paint %.1f\n", ms());
        std::fflush(stdout);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::listFilled()
{
    disconnect(m_containers, nullptr, this, nullptr);
    // The rows are in the model; they are on screen once the paint that follows is done.
    QTimer::singleShot(0, this, [this] {
        m_window->repaint();
        std::printf("startup list-filled %.1f rows %d\n", ms(), m_containers->model()->rowCount());
        std::printf("startup rss-kib %lld\n", static_cast<long long>(residentKiB()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace dx
