#pragma once

#include <QString>

namespace twinha::agent {

// Whether traffic to an address stays on a network the operator owns: loopback, link-local, the
// private IPv4 ranges (RFC 1918) and IPv6 unique local addresses. What the config check uses to
// recommend an encrypted mirror transport. A host name cannot be judged without resolving it, so
// only "localhost" counts as private.
class PrivateAddress
{
public:
    static bool isPrivate(const QString& host);
};

} // namespace twinha::agent
