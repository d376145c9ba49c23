#pragma once

#include "agent/resources/VipAddress.h"

#include <QString>

namespace twinha::agent {

// Adds or removes an address on an interface of the agent's own network namespace through the
// kernel's rtnetlink, as `ip addr add|del ADDRESS dev IF` does, without starting `ip`: a
// switchover waits for both (10 to 40 ms a run on a busy node). Needs CAP_NET_ADMIN, as `ip` does.
// IPv6 addresses are added without the kernel's duplicate address detection (nodad), so they work
// at once. Each call returns 0, or the errno the kernel answered with (EEXIST: already there;
// EADDRNOTAVAIL: not there to remove; ENODEV: no such interface).
namespace AddressNetlink {
int add(const VipAddress& address, const QString& interface);
int remove(const VipAddress& address, const QString& interface);
} // namespace AddressNetlink

} // namespace twinha::agent
