#include "podmanservice.h"

#include "engineprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include <csignal>
#include <sys/prctl.h>

namespace dx {

namespace {

constexpr int SocketWaitMs = 30000;
constexpr qsizetype OutputKept = 16 * 1024;

} // namespace

struct PodmanService::Check
{
    bool lookedUp = false;
    QString program;  // what the lookup found
    QString error;
    bool answers = false;
    QString version;
};

PodmanService::PodmanService(QObject *parent)
    : PodmanService(EndpointResolver().appPodmanDirectory(), QString(), parent)
{
    m_lookUpProgram = true;
}

void PodmanService::setFoundProgram(const QString &program)
{
    if (!m_lookUpProgram)
        return;
    m_program = program;
    m_lookUpProgram = false;
    emit programKnown();
}

PodmanService::PodmanService(const QString &directory, const QString &program, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_program(program)
{
}

PodmanService::~PodmanService()
{
    ++m_generation;
    if (!ownsProcess())
        return;
    m_process->disconnect(this);
    m_process->terminate();
    if (!m_process->waitForFinished(3000)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    QFile::remove(socketPath());
}

QString PodmanService::notInstalled()
{
    return tr("Podman is not installed: install it (sudo apt-get install podman) or start Docker.");
}

QString PodmanService::findProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("podman"));
}

Endpoint PodmanService::endpoint() const
{
    Endpoint ep = Endpoint::fromHost(QStringLiteral("unix://") + socketPath());
    ep.contextName = QStringLiteral("default");
    ep.startedByApp = true;
    ep.origin = QCoreApplication::translate("Endpoint", "started by Docker Explorer");
    return ep;
}

qint64 PodmanService::processId() const
{
    return ownsProcess() ? m_process->processId() : 0;
}

void PodmanService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PodmanService::fail(const QString &message)
{
    ++m_generation;
    m_lock.reset();
    m_error = message;
    setState(State::Failed);
    emit failed(message);
}

void PodmanService::start()
{
    if (m_state == State::Starting || ownsProcess())
        return;
    if (isUp()) {
        emit ready(endpoint());
        return;
    }
    if (!isInstalled()) {
        fail(notInstalled());
        return;
    }
    m_error.clear();
    m_stopping = false;
    setState(State::Starting);
    const quint64 generation = ++m_generation;
    m_lock = std::make_shared<QLockFile>(m_directory + QStringLiteral("/start.lock"));
    m_lock->setStaleLockTime(2 * SocketWaitMs);

    auto *watcher = new QFutureWatcher<Check>(this);
    connect(watcher, &QFutureWatcher<Check>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            onChecked(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([lock = m_lock, dir = m_directory, socket = socketPath(), lookUp = m_lookUpProgram] {
        Check check;
        if (lookUp) {
            check.lookedUp = true;
            check.program = findProgram();
            if (check.program.isEmpty()) {
                check.error = notInstalled();
                return check;
            }
        }
        if (!QDir().mkpath(dir)) {
            check.error = tr("Cannot create %1 for Podman's socket").arg(dir);
            return check;
        }
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // Another instance may be starting the service right now: wait for it, then use its.
        if (!lock->tryLock(SocketWaitMs + 5000)) {
            check.error = tr("Another Docker Explorer is starting Podman and does not finish (%1)").arg(lock->error());
            return check;
        }
        const ProbeResult probe = EngineProbe::ping(Endpoint::fromHost(QStringLiteral("unix://") + socket), 2000);
        if (probe.answers) {
            check.answers = true;
            check.version = probe.version;
            lock->unlock();
            return check;
        }
        // Left by a service that crashed: nobody answers on it, Podman would refuse to bind.
        if (QFileInfo::exists(socket))
            QFile::remove(socket);
        return check;
    }));
}

void PodmanService::onChecked(const Check &check)
{
    if (check.lookedUp)
        setFoundProgram(check.program);
    if (!check.error.isEmpty()) {
        fail(check.error);
        return;
    }
    if (check.answers) {
        m_lock.reset();
        m_version = check.version;
        setState(State::Reused);
        emit ready(endpoint());
        return;
    }
    launch();
}

void PodmanService::launch()
{
    m_output.clear();
    m_processGone = std::make_shared<std::atomic_bool>(false);
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // The service ends with us, even when we are killed: the kernel sends it SIGTERM when the
    // thread that forked it ends. That is why it is started here, on the thread that lives as
    // long as the application, and not from a worker of a thread pool.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(m_process, &QProcess::readyRead, this, [this] {
        m_output += m_process->readAll();
        if (m_output.size() > OutputKept)
            m_output = m_output.right(OutputKept);
    });
    connect(m_process, &QProcess::finished, this, &PodmanService::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Podman could not be started (%1): %2").arg(m_program, m_process->errorString()));
    });
    m_process->start(m_program, {QStringLiteral("system"), QStringLiteral("service"), QStringLiteral("--time=0"),
                                 QStringLiteral("unix://") + socketPath()});
    if (m_state == State::Starting)
        waitForSocket();
}

void PodmanService::waitForSocket()
{
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Check>(this);
    connect(watcher, &QFutureWatcher<Check>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // stopped, or the process ended meanwhile (onProcessFinished said why)
        const Check check = watcher->result();
        if (!check.answers) {
            m_process->kill();
            fail(tr("Podman's service did not answer on %1 within %2 s. %3")
                     .arg(socketPath()).arg(SocketWaitMs / 1000).arg(outputTail()));
            return;
        }
        m_lock.reset();
        m_version = check.version;
        setState(State::Running);
        emit ready(endpoint());
    });
    watcher->setFuture(QtConcurrent::run([gone = m_processGone, socket = socketPath()] {
        Check check;
        const Endpoint ep = Endpoint::fromHost(QStringLiteral("unix://") + socket);
        QElapsedTimer clock;
        clock.start();
        while (!gone->load() && clock.elapsed() < SocketWaitMs) {
            const ProbeResult probe = EngineProbe::ping(ep, 1000);
            if (probe.answers) {
                check.answers = true;
                check.version = probe.version;
                break;
            }
            QThread::msleep(100);
        }
        return check;
    }));
}

void PodmanService::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_processGone)
        m_processGone->store(true);
    m_process->deleteLater();
    const State was = m_state;
    const QString how = status == QProcess::CrashExit ? tr("it crashed") : tr("exit code %1").arg(exitCode);
    if (m_stopping) {
        ++m_generation;
        setState(State::Stopped);
        emit stopped();
        return;
    }
    if (was == State::Starting) {
        fail(tr("Podman's service ended before it answered (%1). %2").arg(how, outputTail()));
        emit stopped();
    } else if (was == State::Running) {
        fail(tr("The Podman service ended by itself (%1). %2").arg(how, outputTail()));
        emit stopped();
    }
}

QString PodmanService::outputTail() const
{
    const QList<QByteArray> lines = m_output.trimmed().split('\n');
    QStringList last;
    for (qsizetype i = qMax<qsizetype>(0, lines.size() - 3); i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            last << QString::fromUtf8(lines.at(i).trimmed());
    }
    return last.join(u'\n');
}

void PodmanService::stop()
{
    if (ownsProcess()) {
        m_stopping = true;
        m_process->terminate();
        QTimer::singleShot(5000, m_process, [process = m_process] {
            if (process && process->state() != QProcess::NotRunning)
                process->kill();
        });
        return;
    }
    ++m_generation;
    m_lock.reset();
    if (m_state != State::Stopped) {
        setState(State::Stopped);
        emit stopped();
    }
}

} // namespace dx
