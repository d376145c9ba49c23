#pragma once

#include "agent/coordinator/ClusterSnapshot.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace twinha::agent {

class Tiebreaker;

// Gives the coordinator only fresh tiebreaker answers: one probed after the peer went missing.
// An answer from before the loss says nothing about the partition that followed it. While
// answers are wanted it probes at most once per kReprobeMs.
class TiebreakerGate : public QObject
{
    Q_OBJECT

public:
    static constexpr int kReprobeMs = 1000;

    explicit TiebreakerGate(const QStringList& targets, QObject* parent = nullptr);

    TiebreakerAnswer answer() const { return m_answer; }
    bool isProbing() const { return m_probing; }
    // Forgets the answer; probes already under way no longer count.
    void invalidate();
    // Called at every evaluation while the rules need an answer: probes now or when due.
    void want();
    // {"targets", "reachable", "answer": unknown|reachable|unreachable, "probed_at", "details"}
    QJsonObject toJson() const;

Q_SIGNALS:
    void answerChanged();

private:
    void onFinished(bool anyReachable);
    void probeNow();

    Tiebreaker* m_tiebreaker;
    TiebreakerAnswer m_answer = TiebreakerAnswer::Unknown;
    quint64 m_generation = 0;      // raised by invalidate()
    quint64 m_probeGeneration = 0; // of the probe under way
    bool m_probing = false;
    QElapsedTimer m_lastProbe;
    QTimer m_due;
};

} // namespace twinha::agent
