#include "agent/heartbeat/LogThrottle.h"

namespace twinha::agent {

LogThrottle::LogThrottle(qint64 periodMs)
    : m_periodMs(periodMs)
{}

bool LogThrottle::allow(qint64* held)
{
    if (m_lastLogged.isValid() && m_lastLogged.elapsed() < m_periodMs) {
        ++m_held;
        return false;
    }
    if (held)
        *held = m_held;
    m_held = 0;
    m_lastLogged.start();
    return true;
}

} // namespace twinha::agent
