#include "agent/resources/GroupKeeper.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace twinha::agent {

namespace {

void say(const char* text, size_t size)
{
    (void)!::write(STDERR_FILENO, text, size);
}

// The signals a group gets from CommandRunner or a terminal, short of SIGKILL.
void softSignals(sigset_t* set)
{
    ::sigemptyset(set);
    for (int s : {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM})
        ::sigaddset(set, s);
}

// In the keeper, a copy of the command's child before its exec: glibc's fork() would run the
// atfork handlers on memory the vfork child shares with the agent, so the system call is raw.
pid_t rawFork()
{
    return static_cast<pid_t>(::syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0));
}

// Closes every descriptor from `from` to `to`: close_range(2) where the kernel has it (5.9), one
// by one where it does not. A descriptor left open here would outlive the agent's own close: a
// lock (the mirror's receiver gate), a listening socket, another command's pipe.
void closeRange(unsigned from, unsigned to)
{
    if (from > to || ::syscall(SYS_close_range, from, to, 0U) == 0)
        return;
    struct rlimit limit
    {};
    const unsigned last = ::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < 1U << 20
                              ? static_cast<unsigned>(limit.rlim_cur)
                              : 1U << 16;
    for (unsigned fd = from; fd <= to && fd < last; ++fd)
        ::close(static_cast<int>(fd));
}

[[noreturn]] void keep(pid_t command, int agentFd)
{
    // Nothing of the agent's stays open here but the pidfd: not its pipes to the command (EOF
    // must follow the command), not QProcess's start-up pipe (which closes at the command's exec).
    closeRange(3, static_cast<unsigned>(agentFd) - 1);
    closeRange(static_cast<unsigned>(agentFd) + 1, ~0U);
    const int null = ::open("/dev/null", O_RDWR);
    if (null < 0)
        ::_exit(0); // it would hold the command's pipes open; better no keeper than that
    for (int fd = 0; fd <= 2; ++fd)
        ::dup2(null, fd);
    if (null > 2)
        ::close(null);

    // The command is gone: so is the keeper's reason to be. The parent-death signal is not
    // delivered when the command runs as another user (the kernel checks the dying parent's right
    // to signal the keeper, which runs as the agent), so the keeper also watches a pidfd of it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    const int commandFd = static_cast<int>(::syscall(SYS_pidfd_open, command, 0U));
    if (commandFd < 0 || ::getppid() != command)
        ::_exit(0); // (checked after the open: if it is still our parent, the pidfd is the command's)
    struct pollfd watched[2] = {{agentFd, POLLIN, 0}, {commandFd, POLLIN, 0}};
    for (;;) {
        watched[0].revents = watched[1].revents = 0;
        const int n = ::poll(watched, 2, -1);
        if (n > 0 && (watched[1].revents & (POLLIN | POLLHUP)))
            ::_exit(0); // the command exited: what it left in the group is the caller's to end
        if (n > 0 && (watched[0].revents & (POLLIN | POLLHUP)))
            break;
        if (n < 0 && errno != EINTR)
            ::_exit(0); // cannot watch: leave the group alone rather than kill it for nothing
    }
    // The agent has exited: the whole group goes, this keeper with it.
    ::kill(0, SIGKILL);
    ::_exit(0);
}

} // namespace

void GroupKeeper::split(pid_t agent, const std::optional<RunAs>& who)
{
    // Without a group of its own, the keeper's kill(0) would reach the agent's.
    if (::setsid() < 0) {
        static const char message[] = "twinha-agent: setsid failed\n";
        say(message, sizeof message - 1);
        ::_exit(127);
    }
    const pid_t command = ::getpid();
    const int agentFd = static_cast<int>(::syscall(SYS_pidfd_open, agent, 0U)); // close-on-exec
    // Opened before this check: if the agent is still our parent now, the pidfd is the agent's.
    if (agentFd >= 0 && ::getppid() != agent)
        ::_exit(127);
    if (agentFd < 0) {
        static const char message[] = "twinha-agent: pidfd_open failed (Linux 5.3 or later is needed)\n";
        say(message, sizeof message - 1);
        ::_exit(127);
    }
    sigset_t soft;
    sigset_t previous;
    softSignals(&soft);
    // Blocked across the fork, so the keeper cannot be ended by a signal before it blocks them.
    ::sigprocmask(SIG_BLOCK, &soft, &previous);
    const pid_t keeper = rawFork();
    if (keeper == 0)
        keep(command, agentFd);
    ::sigprocmask(SIG_SETMASK, &previous, nullptr);
    if (keeper < 0) {
        static const char message[] = "twinha-agent: could not start the process group's keeper\n";
        say(message, sizeof message - 1);
        ::_exit(127);
    }
    if (who && who->switches() && !who->applyInChild()) {
        static const char message[] = "twinha-agent: could not switch to the run_as user\n";
        say(message, sizeof message - 1);
        ::_exit(126);
    }
}

} // namespace twinha::agent
