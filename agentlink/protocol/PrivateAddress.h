#pragma once

#include <QString>

namespace twinha::protocol {

// Whether traffic to an address stays on a network the operator owns: loopback, link-local, the
// private IPv4 ranges (RFC 1918) and IPv6 unique local addresses (fc00::/7). What the agent's
// config check and the setup wizard use to recommend the encrypted mirror transport. A host name
// cannot be judged without resolving it, so only "localhost" counts as private. QtCore only, like
// the rest of the protocol, hence its own parsing.
class PrivateAddress
{
public:
    static bool isPrivate(const QString& host);
    // Whether the address is this machine whatever machine it is: loopback (127.0.0.0/8, ::1,
    // "localhost", IPv4-mapped loopback) or unspecified (0.0.0.0, ::), which the kernel delivers
    // to loopback. A tiebreaker there always answers.
    static bool isThisMachine(const QString& host);
};

} // namespace twinha::protocol
