#pragma once

#include "tests/netns/ProbeLog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace twinha::tests::netns {

struct Interval
{
    qint64 fromNs = 0;
    qint64 toNs = 0;
    qint64 ns() const { return toNs - fromNs; }
};

// Where two lists of intervals overlap, and for how long in all.
QList<Interval> overlaps(const QList<Interval>& a, const QList<Interval>& b);
qint64 totalNs(const QList<Interval>& intervals);

// What the client saw of one target: which node answered when, and the gaps in between. Answers
// count by the time they arrived, so a request that waited out the outage (an ARP or SYN retry)
// does not shorten the gap it sat in.
class Timeline
{
public:
    static constexpr qint64 kEnd = std::numeric_limits<qint64>::max();

    // A stretch of answers from the same node, by arrival.
    struct Run
    {
        QString node;
        qint64 fromNs = 0;
        qint64 toNs = 0;
        int count = 0;
    };

    explicit Timeline(QList<ProbeAnswer> answers);

    int requests() const { return int(m_all.size()); }
    int answered() const { return int(m_ok.size()); }
    QList<Run> runs() const { return m_runs; }
    // The node of each run in turn: {"node1", "node2"} is one clean move.
    QStringList sequence() const;
    QString lastNode() const { return m_runs.isEmpty() ? QString() : m_runs.last().node; }

    // The longest time without an answer that overlaps [fromNs, toNs]; an outage still open at the
    // end of the recording counts up to its last request.
    qint64 longestGapNs(qint64 fromNs = 0, qint64 toNs = kEnd) const;
    // When `node` first answered after afterNs; -1 if it never did.
    qint64 firstAnswerNs(const QString& node, qint64 afterNs = 0) const;
    // Runs of fewer than windowNs between two runs of another node: the client bounced between
    // two nodes that both answered for the address.
    int flaps(qint64 windowNs) const;
    // While the target kept answering (directly probed nodes): from the first answered request to
    // the last one before a failure, by send and arrival time.
    QList<Interval> upIntervals() const;
    QString describe(qint64 originNs) const;

private:
    QList<ProbeAnswer> m_all; // by send time
    QList<ProbeAnswer> m_ok;  // answered, by arrival time
    QList<Run> m_runs;
};

} // namespace twinha::tests::netns
