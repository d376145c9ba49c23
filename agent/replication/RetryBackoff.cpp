#include "agent/replication/RetryBackoff.h"

#include <algorithm>

namespace twinha::agent {

int RetryBackoff::next()
{
    const int delay = m_nextMs;
    m_nextMs = std::min(m_nextMs * 2, kMaxMs);
    return delay;
}

} // namespace twinha::agent
