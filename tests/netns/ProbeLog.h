#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace twinha::tests::netns {

// CLOCK_MONOTONIC in ns: the probe's clock, the same in every network namespace.
qint64 monotonicNs();

// One request of the probe (tests/netns/probe/HttpProbe.h): when it was sent, when it finished,
// and the node that answered or "!why" when none did.
struct ProbeAnswer
{
    qint64 sentNs = 0;
    qint64 doneNs = 0;
    QString answer;

    bool ok() const { return !answer.isEmpty() && !answer.startsWith(QLatin1Char('!')); }
};

// The probe's output file, read whole (also while the probe still writes it).
class ProbeLog
{
public:
    static ProbeLog read(const QString& path);

    bool isValid() const { return m_startedNs > 0; }
    qint64 startedNs() const { return m_startedNs; }
    int timeoutMs() const { return m_timeoutMs; }
    // The requests to one target, in the order they finished.
    QList<ProbeAnswer> answers(const QString& target) const { return m_answers.value(target); }

private:
    QHash<QString, QList<ProbeAnswer>> m_answers;
    qint64 m_startedNs = 0;
    int m_timeoutMs = 0;
};

} // namespace twinha::tests::netns
