#include "tests/bench/ConsoleScale/StallMeter.h"

#include <algorithm>
#include <ctime>

namespace twinha::bench {

namespace {
qint64 threadCpuNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
} // namespace

StallMeter::StallMeter(QObject* parent)
    : QObject(parent)
    , m_timer(this) // a child, so that moveToThread() takes the timer along
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::onTick);
}

void StallMeter::start()
{
    m_clock.start();
    m_lastNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void StallMeter::reset()
{
    m_longestMs = 0;
    m_longestBusyMs = 0;
    m_worstTickBusyMs = 0;
    m_latenessMs.clear();
    m_lastNs = m_clock.nsecsElapsed();
    m_lastCpuNs = threadCpuNs();
}

void StallMeter::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double late = std::max(0.0, double(now - m_lastNs) / 1e6 - kTickMs);
    m_lastNs = now;
    const qint64 cpu = threadCpuNs(); // the thread runs only its own loop: its CPU time is the loop's work
    const double busy = double(cpu - m_lastCpuNs) / 1e6;
    m_longestBusyMs = std::max(m_longestBusyMs, busy);
    m_lastCpuNs = cpu;
    m_latenessMs << late;
    if (late > m_longestMs) {
        m_longestMs = late;
        m_worstTickBusyMs = busy;
    }
}

} // namespace twinha::bench
