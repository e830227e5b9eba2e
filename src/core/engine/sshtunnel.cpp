#include "sshtunnel.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace dx {

SshTunnel::SshTunnel(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_command(command(endpoint))
{
    // A private directory keeps other users away from the socket.
    QByteArray dirTemplate = QDir::tempPath().toLocal8Bit() + "/docker-explorer-ssh-XXXXXX";
    if (!mkdtemp(dirTemplate.data())) {
        m_error = tr("Cannot create a temporary folder for the ssh connection: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    m_dir = QString::fromLocal8Bit(dirTemplate);
    m_socketPath = m_dir + QStringLiteral("/engine.sock");

    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray path = m_socketPath.toLocal8Bit();
    qstrncpy(addr.sun_path, path.constData(), sizeof(addr.sun_path));
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0
        || ::listen(m_listenFd, 16) != 0) {
        m_error = tr("Cannot listen on %1: %2").arg(m_socketPath, QString::fromLocal8Bit(strerror(errno)));
        if (m_listenFd >= 0)
            ::close(m_listenFd);
        m_listenFd = -1;
        return;
    }
    m_notifier = new QSocketNotifier(m_listenFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SshTunnel::onIncoming);
}

SshTunnel::~SshTunnel()
{
    delete m_notifier;
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    for (qint64 pid : std::as_const(m_children)) {
        ::kill(pid_t(pid), SIGTERM);
        ::waitpid(pid_t(pid), nullptr, 0);
    }
    if (!m_socketPath.isEmpty())
        QFile::remove(m_socketPath);
    if (!m_dir.isEmpty())
        QDir().rmdir(m_dir);
}

QStringList SshTunnel::command(const Endpoint &endpoint)
{
    QStringList cmd{QStringLiteral("ssh"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                    QStringLiteral("-o"), QStringLiteral("ConnectTimeout=10")};
    if (endpoint.sshPort > 0)
        cmd << QStringLiteral("-p") << QString::number(endpoint.sshPort);
    cmd << QStringLiteral("--") << endpoint.address << QStringLiteral("docker") << QStringLiteral("system")
        << QStringLiteral("dial-stdio");
    return cmd;
}

void SshTunnel::onIncoming()
{
    reap();
    for (;;) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            return; // EAGAIN: all pending connections taken

        QByteArrayList args;
        for (const QString &a : std::as_const(m_command))
            args << a.toLocal8Bit();
        std::vector<char *> argv;
        for (QByteArray &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);

        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fd, STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, fd, STDOUT_FILENO);
        pid_t pid = 0;
        const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(fd); // the child holds the connection now; on failure curl sees it close
        if (rc == 0)
            m_children.append(pid);
    }
}

void SshTunnel::reap()
{
    for (qsizetype i = m_children.size() - 1; i >= 0; --i) {
        if (::waitpid(pid_t(m_children[i]), nullptr, WNOHANG) != 0)
            m_children.removeAt(i);
    }
}

} // namespace dx
