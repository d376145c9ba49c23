// The sentences of a group's recovery after a resource failed where it runs (the agent's
// GroupRecovery): group_recovery and group_recovered.
#include "agentlink/EventText.h"
#include "agentlink/protocol/RecoveryTerms.h"

namespace twinha::agentlink {

QString EventText::recovery(protocol::EventType type, const QJsonObject& data)
{
    const QString group = data.value(QStringLiteral("group")).toString();
    if (type == protocol::EventType::GroupRecovered)
        return tr("Group %1 runs again on this node (stopped and started in %2 ms).")
            .arg(group)
            .arg(data.value(QStringLiteral("ms")).toInteger());
    if (protocol::recoveryCauseFrom(data.value(QStringLiteral("cause")).toString()) == protocol::RecoveryCause::Guard)
        return tr("Group %1 was stopped by this node's dead-man guard while the agent was silent. The peer did not "
                  "take it over, so it is started again here.")
            .arg(group);
    const int failures = data.value(QStringLiteral("failures")).toInt();
    const qint64 windowMin = std::max<qint64>(1, data.value(QStringLiteral("window_s")).toInteger() / 60);
    using protocol::RecoveryHold;
    const protocol::RecoveryStep step = protocol::recoveryStepFrom(data.value(QStringLiteral("step")).toString());
    if (step == protocol::RecoveryStep::Restart)
        return tr("Group %1 failed on this node (%n time(s) within %2 min): restarting it here.", nullptr, failures)
            .arg(group)
            .arg(windowMin);
    if (step == protocol::RecoveryStep::Move)
        return tr("Group %1 failed again on this node (%n time(s) within %2 min): moving it to %3.", nullptr, failures)
            .arg(group)
            .arg(windowMin)
            .arg(data.value(QStringLiteral("to")).toString());
    const qint64 retryS = data.value(QStringLiteral("retry_in_s")).toInteger();
    switch (protocol::recoveryHoldFrom(data.value(QStringLiteral("why")).toString())) {
    case RecoveryHold::ManualFailover:
        return tr("Group %1 keeps failing on this node. Automatic failover is off, so it does not move to the peer: "
                  "starting it here again in %2 s.")
            .arg(group)
            .arg(retryS);
    case RecoveryHold::Duplex:
        return tr("Group %1 keeps failing on this node. In duplex mode it runs on both nodes, so there is nowhere "
                  "to move it: starting it here again in %2 s.")
            .arg(group)
            .arg(retryS);
    case RecoveryHold::MovedHere:
        return tr("Group %1 keeps failing on this node, where it was moved after failing on the peer: starting it "
                  "here again in %2 s.")
            .arg(group)
            .arg(retryS);
    case RecoveryHold::MovedBefore:
        return tr("Group %1 keeps failing on this node, and its move to the peer within this window did not "
                  "succeed: starting it here again in %2 s.")
            .arg(group)
            .arg(retryS);
    case RecoveryHold::None:
        break;
    }
    if (data.contains(QStringLiteral("code")))
        return tr("Group %1 keeps failing on this node and cannot move to the peer: %2 Starting it here again in "
                  "%3 s.")
            .arg(group, codeSentence(data))
            .arg(retryS);
    return tr("Group %1 keeps failing on this node: starting it here again in %2 s.").arg(group).arg(retryS);
}

} // namespace twinha::agentlink
