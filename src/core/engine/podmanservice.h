#pragma once

#include "endpoint.h"

#include <QObject>
#include <QPointer>
#include <QProcess>

#include <atomic>
#include <memory>

class QLockFile;

namespace dx {

// The Podman API service Docker Explorer runs when no engine answers: `podman system service
// --time=0 unix://…` on a socket in the user's runtime directory (EndpointResolver::
// appPodmanDirectory), as a child process of this instance. It ends with this instance, also
// when the instance is killed (the kernel's parent-death signal). A second instance finds the
// socket answering and uses that service instead of starting another; a lock file keeps two
// instances from starting one at the same time, and a socket nobody answers on (left by a
// crash) is replaced.
class PodmanService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodmanService)

public:
    enum class State {
        Stopped,   // not started, or ended
        Starting,  // waiting for the lock, the process or its socket
        Running,   // ours, answering
        Reused,    // another Docker Explorer's service, answering
        Failed,    // could not start, or ended by itself; see errorString()
    };
    Q_ENUM(State)

    // The podman executable is looked up on a worker when first needed (not on this thread).
    explicit PodmanService(QObject *parent = nullptr);
    // directory: where the socket, lock and log live; program: the podman executable (empty:
    // not installed).
    PodmanService(const QString &directory, const QString &program, QObject *parent = nullptr);
    // Ends our service (SIGTERM, then SIGKILL after 3 s); Podman's containers keep running.
    ~PodmanService() override;

    static QString findProgram(); // a PATH lookup: call it off the GUI thread
    // False once podman is known to be missing; true while it was not looked up yet.
    bool isInstalled() const { return m_lookUpProgram || !m_program.isEmpty(); }
    // What findProgram() found on a worker (empty: not installed), for a service that was
    // given no program; programKnown() follows.
    void setFoundProgram(const QString &program);
    QString directory() const { return m_directory; }
    QString socketPath() const { return m_directory + QStringLiteral("/podman.sock"); }
    Endpoint endpoint() const;

    State state() const { return m_state; }
    bool isUp() const { return m_state == State::Running || m_state == State::Reused; }
    bool ownsProcess() const { return m_process && m_process->state() != QProcess::NotRunning; }
    qint64 processId() const;
    // Podman's version from the service's answer.
    QString version() const { return m_version; }
    QString errorString() const { return m_error; }

    // Starts the service, or finds the one another instance runs; ready() or failed() follows.
    // Nothing blocks the calling thread.
    void start();
    // Ends the service this instance started; stopped() follows. Another instance's is left alone.
    void stop();

signals:
    void stateChanged(dx::PodmanService::State state);
    void ready(const dx::Endpoint &endpoint);
    void failed(const QString &message);
    // Our service ended: asked to (stop()) or by itself (then failed() came first).
    void stopped();
    // Whether podman is installed is known now (isInstalled()).
    void programKnown();

private:
    struct Check;
    static QString notInstalled();
    void setState(State state);
    void onChecked(const Check &check);
    void launch();
    void waitForSocket();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);
    QString outputTail() const;

    QString m_directory;
    QString m_program;
    bool m_lookUpProgram = false;
    State m_state = State::Stopped;
    QString m_version;
    QString m_error;
    QPointer<QProcess> m_process;
    QByteArray m_output;
    bool m_stopping = false;
    // Held from the check until our service answers (or fails), across worker threads.
    std::shared_ptr<QLockFile> m_lock;
    std::shared_ptr<std::atomic_bool> m_processGone;
    quint64 m_generation = 0;
};

} // namespace dx
