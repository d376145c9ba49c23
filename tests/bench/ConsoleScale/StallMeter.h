#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace twinha::bench {

// Measures how late the event loop runs a timer that should fire every kTickMs: the lateness of
// each tick is how long the loop was busy elsewhere (a stall), as a user would feel it. It also
// takes the CPU time the thread itself used between two ticks: the part of a stall that is the
// loop's own work, rather than other processes holding the CPU.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTickMs = 5;

    explicit StallMeter(QObject* parent = nullptr);

    void start();
    // Forgets what was measured so far (e.g. after start-up).
    void reset();
    double longestMs() const { return m_longestMs; }
    // The most CPU time the thread used between two ticks.
    double longestBusyMs() const { return m_longestBusyMs; }
    // The thread's CPU time in the longest stall's tick.
    double worstTickBusyMs() const { return m_worstTickBusyMs; }
    QList<double> lateness() const { return m_latenessMs; }

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longestMs = 0;
    qint64 m_lastCpuNs = 0;
    double m_longestBusyMs = 0;
    double m_worstTickBusyMs = 0;
    QList<double> m_latenessMs;
};

} // namespace twinha::bench
