#include "agentlink/WakeSignal.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>

namespace twinha::agentlink {

WakeSignal::WakeSignal()
    : m_fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    , m_error(m_fd < 0 ? errno : 0)
{}

WakeSignal::~WakeSignal()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void WakeSignal::signal()
{
    const std::uint64_t one = 1;
    if (m_fd >= 0)
        (void)!::write(m_fd, &one, sizeof one); // fails only when the count is full: it is set already
}

void WakeSignal::drain()
{
    std::uint64_t count = 0;
    if (m_fd >= 0)
        (void)!::read(m_fd, &count, sizeof count); // EAGAIN when nothing was signalled
}

} // namespace twinha::agentlink
