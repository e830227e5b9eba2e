#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

namespace dx {

// The one contract for long work (a build, a pull, a transfer, a tree load, a layer map):
// started → progress(done, total)* → finished(result) | failed(message) | cancelled.
// Exactly one of the three endings is emitted, followed by ended(). cancel() really stops the
// work (the transfer is aborted), and is harmless after the end.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    enum class State { Pending, Running, Finished, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(QString title, QObject *parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool hasEnded() const { return m_state == State::Finished || m_state == State::Failed || m_state == State::Cancelled; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; } // -1: unknown
    QString errorString() const { return m_error; }
    QVariant result() const { return m_result; }

    void start();

public slots:
    void cancel();

signals:
    void started();
    void progress(qint64 done, qint64 total);
    void finished(const QVariant &result);
    void failed(const QString &message);
    void cancelled();
    void ended();

protected:
    virtual void run() = 0;
    // Stop the work; call confirmCancelled() once it has stopped (now or later).
    virtual void abortWork() = 0;

    void reportProgress(qint64 done, qint64 total);
    void succeed(const QVariant &result = {});
    void fail(const QString &message);
    void confirmCancelled();

private:
    void end(State state);

    QString m_title;
    State m_state = State::Pending;
    qint64 m_done = 0;
    qint64 m_total = -1;
    QString m_error;
    QVariant m_result;
    bool m_cancelRequested = false;
};

} // namespace dx
