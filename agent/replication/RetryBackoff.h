#pragma once

#include "agentlink/protocol/Backoff.h"

namespace twinha::agent {

// Delays between retries of a failing replication step: 250 ms, doubling, at most 30 s. The short
// first step matters right after a switchover, when the new source's first push may reach the
// old one before its receiver listens; the doubling keeps a dead peer from being hammered while
// still noticing its return within half a minute.
inline protocol::Backoff replicationRetryBackoff()
{
    return protocol::Backoff(250, 30000);
}

} // namespace twinha::agent
