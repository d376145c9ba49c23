#pragma once

#include <QString>

namespace twinha::agentlink {

// The server's host key as the user should see it: its type and OpenSSH-style SHA256 fingerprint.
struct HostKeyInfo
{
    QString keyType;     // e.g. "ssh-ed25519"
    QString fingerprint; // e.g. "SHA256:Ab3..."
};

} // namespace twinha::agentlink
