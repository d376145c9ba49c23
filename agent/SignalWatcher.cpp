#include "agent/SignalWatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace twinha::agent {

namespace {
int g_fds[2] = {-1, -1};
constexpr int kWatched[] = {SIGTERM, SIGINT, SIGHUP};
} // namespace

SignalWatcher::SignalWatcher(QObject* parent)
    : QObject(parent)
{
    ::signal(SIGPIPE, SIG_IGN);
    if (g_fds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_fds) != 0)
        return; // one watcher per process
    struct sigaction sa
    {};
    sa.sa_handler = &SignalWatcher::handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int sig : kWatched)
        ::sigaction(sig, &sa, nullptr);
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
}

SignalWatcher::~SignalWatcher()
{
    if (!m_notifier)
        return;
    for (int sig : kWatched)
        ::signal(sig, SIG_DFL);
    delete m_notifier;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

void SignalWatcher::handler(int signalNumber)
{
    // Only async-signal-safe work here: one byte into the pipe.
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_fds[0], &byte, 1);
    errno = saved;
}

void SignalWatcher::onReadable()
{
    unsigned char byte = 0;
    while (::read(g_fds[1], &byte, 1) == 1)
        Q_EMIT signalReceived(int(byte));
}

} // namespace twinha::agent
