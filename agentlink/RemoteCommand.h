#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QByteArray>
#include <QString>

namespace twinha::agentlink {

class SshConnection;

// One command run to its end in an exec channel of an open session: what it printed and how it
// ended. The setup wizard's agent installation runs its steps this way.
struct RemoteCommand
{
    protocol::RpcError error; // the session failed, or the command outlived its time
    int exitStatus = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return error.isNull() && exitStatus == 0; }
    // What it printed, stderr then stdout, cut to the last `limit` characters.
    QString output(int limit = 2000) const;

    // Runs `command`, writes `input` (a sudo password, …) to its stdin and ends it.
    static RemoteCommand run(SshConnection& connection, const QByteArray& command, const QByteArray& input,
                             int timeoutMs);
};

} // namespace twinha::agentlink
