#pragma once

#include "agentlink/LinkStop.h"

#include <optional>

namespace twinha::agentlink {

// Lets a LinkStop end whatever blocking libssh call is under way on a session's socket: on stop
// the connection is shut down (shutdown(SHUT_RDWR)), which wakes libssh's poll at once and makes
// the call fail, whatever its own timeout. It acts on a duplicate descriptor that it owns, never
// on libssh's: libssh closes its number when a connection fails, and another thread may open a
// file or socket under that number the next moment; the duplicate names this connection until
// this object closes it, so the stop can never hit anything else.
class SocketInterrupter
{
public:
    SocketInterrupter(const LinkStop& stop, int fd);
    ~SocketInterrupter();
    SocketInterrupter(const SocketInterrupter&) = delete;
    SocketInterrupter& operator=(const SocketInterrupter&) = delete;

    // fd names the same socket as the one this interrupts (libssh may replace its socket while it
    // connects, trying the next address).
    bool watches(int fd) const;

private:
    int m_fd = -1;
    std::optional<LinkStop::Wake> m_wake;
};

} // namespace twinha::agentlink
