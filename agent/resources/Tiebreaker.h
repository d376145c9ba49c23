#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace twinha::agent {

class TiebreakerProbe;

// Asks whether this node can still see the network beyond its peer (failover.tiebreakers). The
// standby takes over only while some target answers, and an active node that has lost both its
// peer and every target steps down. All targets are probed in parallel.
class Tiebreaker : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool anyReachable = false;
        QJsonArray details; // [{target, reachable, rtt_ms, detail}], in the order of the targets
        QDateTime probedAt; // invalid before the first probe
    };

    explicit Tiebreaker(const QStringList& targets, QObject* parent = nullptr);

    QStringList targets() const { return m_targets; }
    // False while a probe is still under way. With no targets the answer is "none reachable".
    bool probe();
    bool isProbing() const { return m_pending > 0; }

    // Periodic mode: probes now and then every `intervalMs`, keeping the last result.
    void start(int intervalMs);
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    Result lastResult() const { return m_last; }
    QDateTime lastProbeAt() const { return m_last.probedAt; }
    // TIEBREAKER_UNREACHABLE with the targets, for refusals based on the last result.
    protocol::RpcError unreachableError() const;
    QJsonObject toJson() const;

Q_SIGNALS:
    void finished(bool anyReachable, const QJsonArray& details);

private:
    void onProbeFinished(int index, const QJsonObject& detail);
    void complete();

    QStringList m_targets;
    QList<TiebreakerProbe*> m_probes;
    QList<QJsonObject> m_details;
    QTimer m_timer;
    Result m_last;
    int m_pending = 0;
};

} // namespace twinha::agent
