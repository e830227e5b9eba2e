#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace dx {

// Unix signals (SIGINT, SIGTERM) delivered to the event loop: the handler only writes the
// signal's number to a socket pair that a QSocketNotifier watches, the one thing a handler may
// safely do. One instance at a time per process; the handlers it replaced come back when it goes.
class UnixSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignals)

public:
    enum class Repeat {
        Deliver,      // every time
        EndsAtOnce,   // the first is delivered, a second one takes the system's default (ends)
    };

    explicit UnixSignals(const QList<int> &signalNumbers, Repeat repeat = Repeat::Deliver, QObject *parent = nullptr);
    ~UnixSignals() override;

signals:
    void raised(int signalNumber);

private:
    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace dx
