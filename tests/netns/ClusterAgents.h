#pragma once

#include "tests/integration/ControlClient.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace twinha::tests::netns {

class NetnsLab;

// The two agents of a netns lab, through their control sockets.
class ClusterAgents
{
public:
    explicit ClusterAgents(const NetnsLab& lab);

    // status.get of node 1 or 2; empty when its agent does not answer.
    QJsonObject status(int node);
    // Connects again, e.g. to an agent started anew.
    void reconnect(int node);

    static constexpr int kCalmMs = 1000;

    // Waits until the cluster is calm, and has stayed so for kCalmMs: both agents answer and see
    // each other, `group` runs on exactly `holder` ("node1", "node2", or "both" in duplex), no
    // operation is under way, no split-brain, the holder reports replication lag within its limit
    // (failover needs that) and both show the group ready for a switchover. On a timeout `why`
    // says what was still missing.
    bool waitSettled(const QString& holder, int timeoutMs, QString* why = nullptr,
                     const QString& group = QStringLiteral("service"));
    // switchover.start on node `via`, then its finished operation record (empty on a refusal).
    QJsonObject switchover(int via, const QString& group, const QString& to, int timeoutMs = 30000);
    // switchover.start on node `via` alone: the operation's id, or empty on a refusal.
    QString startSwitchover(int via, const QString& group, const QString& to);
    // The operation `id` as node `via` shows it once it has a result (after timeoutMs: whatever it shows).
    QJsonObject finishedOperation(int via, const QString& id, int timeoutMs = 30000);
    // Who holds `group` according to the agents that answer: "node1", "node2", "both" or "".
    QString holder(const QString& group = QStringLiteral("service"));
    qint64 epoch(int node);
    // Waits until `node` holds the lease of its first group from the witness (or etcd).
    bool waitForLease(int node, int timeoutMs);

private:
    QString unsettled(const QString& holder, const QString& group);

    const NetnsLab& m_lab;
    std::unique_ptr<ControlClient> m_clients[2];
};

} // namespace twinha::tests::netns
