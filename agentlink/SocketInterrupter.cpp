#include "agentlink/SocketInterrupter.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twinha::agentlink {

SocketInterrupter::SocketInterrupter(const LinkStop& stop, int fd)
    : m_fd(::fcntl(fd, F_DUPFD_CLOEXEC, 0))
{
    if (m_fd >= 0)
        m_wake.emplace(stop, [dup = m_fd] { ::shutdown(dup, SHUT_RDWR); });
}

SocketInterrupter::~SocketInterrupter()
{
    m_wake.reset(); // no stop can be shutting the duplicate down while it is closed
    if (m_fd >= 0)
        ::close(m_fd);
}

bool SocketInterrupter::watches(int fd) const
{
    struct stat ours
    {};
    struct stat theirs
    {};
    return m_fd >= 0 && ::fstat(m_fd, &ours) == 0 && ::fstat(fd, &theirs) == 0 && ours.st_dev == theirs.st_dev &&
           ours.st_ino == theirs.st_ino;
}

} // namespace twinha::agentlink
