#include "agent/heartbeat/RealtimePriority.h"

#include <pthread.h>
#include <sched.h>

#include <cerrno>
#include <cstring>

namespace twinha::agent {

bool RealtimePriority::raiseThisThread(QString* why)
{
    sched_param param{};
    param.sched_priority = kPriority;
    const int rc = pthread_setschedparam(pthread_self(), SCHED_RR | SCHED_RESET_ON_FORK, &param);
    if (rc == 0)
        return true;
    if (why)
        *why = QString::fromLocal8Bit(std::strerror(rc));
    return false;
}

} // namespace twinha::agent
