#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QByteArray>
#include <QString>

namespace twinha::agent {

// The shared secret that signs every heartbeat. Both nodes hold the same file; its bytes are the
// key, so any generator works (e.g. `head -c 48 /dev/urandom | base64 > cluster.key`).
class ClusterKey
{
public:
    // HMAC-SHA256 gains nothing from a longer key, and a shorter one is guessable sooner.
    static constexpr int kMinimumBytes = 32;

    // The key with trailing whitespace removed (editors add a newline); empty on failure, with
    // kClusterKeyUnreadable {path, detail} in *error.
    static QByteArray load(const QString& path, protocol::RpcError* error);
};

} // namespace twinha::agent
