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
};

} // namespace twinha::protocol
