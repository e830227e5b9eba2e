#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace dx {

class ContainerStore;

// docker-explorer --measure-startup: prints, on standard output, the milliseconds from the
// process's start to the first painted window and to a filled container list, and the
// resident memory then, and quits:
//
//     startup first-paint 212.4
//     startup list-filled 301.7 rows 100
//     startup rss-kib 61234
//
// For bench/run; it shows what a user waits for, not what one function takes.
class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QWidget *window, ContainerStore *containers, QObject *parent = nullptr);

    static qint64 processAgeNs(); // since the kernel started the process (/proc/self/stat)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void listFilled();
    static double ms() { return processAgeNs() / 1e6; }

    QWidget *m_window;
    ContainerStore *m_containers;
    bool m_painted = false;
};

} // namespace dx
