#include "unixsignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace dx {

namespace {

int g_fd[2] = {-1, -1};
bool g_endsAtOnce = false;
struct sigaction g_previous[NSIG];

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(g_fd[1], &byte, 1);
    if (g_endsAtOnce) {
        struct sigaction fallback = {};
        fallback.sa_handler = SIG_DFL;
        ::sigaction(number, &fallback, nullptr);
    }
}

} // namespace

UnixSignals::UnixSignals(const QList<int> &signalNumbers, Repeat repeat, QObject *parent)
    : QObject(parent)
{
    if (g_fd[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_fd) != 0)
        return; // another instance is active, or no socket: signals keep their default
    g_endsAtOnce = repeat == Repeat::EndsAtOnce;
    m_signals = signalNumbers;
    m_notifier = new QSocketNotifier(g_fd[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(g_fd[0], &byte, 1) == 1)
            emit raised(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : std::as_const(m_signals))
        ::sigaction(number, &action, &g_previous[number]);
}

UnixSignals::~UnixSignals()
{
    if (!m_notifier)
        return;
    for (int number : std::as_const(m_signals))
        ::sigaction(number, &g_previous[number], nullptr);
    delete m_notifier;
    for (int &fd : g_fd) {
        ::close(fd);
        fd = -1;
    }
}

} // namespace dx
