#include "agent/heartbeat/RealtimePriority.h"

#include <pthread.h>
#include <sched.h>

#include <cerrno>
#include <cstring>

namespace twinha::agent {

bool RealtimePriority::raiseThisThread(QString* why, int priority)
{
    sched_param param{};
    param.sched_priority = priority;
    const int rc = pthread_setschedparam(pthread_self(), SCHED_RR | SCHED_RESET_ON_FORK, &param);
    if (rc == 0)
        return true;
    if (why)
        *why = QString::fromLocal8Bit(std::strerror(rc));
    return false;
}

int RealtimePriority::pinThisThread(QString* why)
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    int rc = pthread_getaffinity_np(pthread_self(), sizeof allowed, &allowed);
    int cpu = -1;
    for (int c = 0; rc == 0 && c < CPU_SETSIZE; ++c)
        if (CPU_ISSET(c, &allowed))
            cpu = c;
    if (rc == 0 && cpu >= 0) {
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        rc = pthread_setaffinity_np(pthread_self(), sizeof one, &one);
    }
    if (rc == 0 && cpu >= 0)
        return cpu;
    if (why)
        *why = QString::fromLocal8Bit(std::strerror(rc == 0 ? ESRCH : rc));
    return -1;
}

} // namespace twinha::agent
