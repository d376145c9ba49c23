#include "agentlink/EventText.h"

#include "agentlink/protocol/ActorName.h"

#include "agentlink/ErrorText.h"
#include "agentlink/MaintenanceView.h"
#include "agentlink/OperationView.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace twinha::agentlink {

using protocol::EventType;

namespace {
// Older or future agents may nest the parameters as {"code", "params": {...}}; today they are flat.
protocol::RpcError reasonOf(const QJsonObject& data)
{
    protocol::RpcError e;
    QJsonObject params = data;
    e.code = params.take(QStringLiteral("code")).toString();
    const QJsonValue nested = params.value(QStringLiteral("params"));
    e.params = nested.isObject() ? nested.toObject() : params;
    return e;
}
} // namespace

QString EventText::operationKind(protocol::OperationKind kind)
{
    switch (kind) {
    case protocol::OperationKind::Switchover:
        return tr("Switchover");
    case protocol::OperationKind::Failover:
        return tr("Failover");
    case protocol::OperationKind::Drain:
        return tr("Drain");
    case protocol::OperationKind::Undrain:
        return tr("Undrain");
    case protocol::OperationKind::None:
        break;
    }
    return tr("Operation");
}

QString EventText::actor(const QJsonObject& entry)
{
    const QString user = entry.value(QStringLiteral("actor")).toString();
    if (user.isEmpty() || user == QLatin1String("agent"))
        return {};
    return label(user, entry.value(QStringLiteral("ssh_client_claim")).toString());
}

QString EventText::actorLabel(const QString& actor)
{
    const protocol::ActorName name = protocol::ActorName::parse(actor);
    return label(name.user, name.claimedSshClient);
}

QString EventText::label(const QString& user, const QString& claimedSshClient)
{
    //: %2 is the address the operator's SSH session reported; the agent cannot confirm it
    return claimedSshClient.isEmpty() ? user : tr("%1 (SSH from %2, unverified)").arg(user, claimedSshClient);
}

QString EventText::typeLabel(const QString& typeName, const QJsonObject& data)
{
    const EventType type = protocol::eventTypeFrom(typeName);
    return type == EventType::None ? typeName : typeLabel(type, data); // a newer agent's type: its name
}

QString EventText::typeLabel(EventType type, const QJsonObject& data)
{
    if (type == EventType::Operation)
        return operationKind(protocol::operationKindFrom(str(data, "kind")));
    static const struct
    {
        EventType type;
        const char* label;
    } labels[] = {
        {EventType::AgentStarted, QT_TR_NOOP("Agent started")},
        {EventType::RoleChange, QT_TR_NOOP("Role change")},
        {EventType::OperatorAction, QT_TR_NOOP("Operator action")},
        {EventType::LinkUp, QT_TR_NOOP("Link up")},
        {EventType::LinkDown, QT_TR_NOOP("Link down")},
        {EventType::PeerAlive, QT_TR_NOOP("Peer back")},
        {EventType::PeerDead, QT_TR_NOOP("Peer lost")},
        {EventType::ResourceFailed, QT_TR_NOOP("Resource failed")},
        {EventType::GroupStartFailed, QT_TR_NOOP("Group start failed")},
        {EventType::GroupStopFailed, QT_TR_NOOP("Group stop failed")},
        {EventType::GroupRecovery, QT_TR_NOOP("Group recovery")},
        {EventType::GroupRecovered, QT_TR_NOOP("Group recovered")},
        {EventType::ConfigMismatch, QT_TR_NOOP("Configuration mismatch")},
        {EventType::SplitBrain, QT_TR_NOOP("Split-brain")},
        {EventType::SplitBrainResolved, QT_TR_NOOP("Split-brain resolved")},
        {EventType::Failover, QT_TR_NOOP("Failover")},
        {EventType::Take, QT_TR_NOOP("Takeover")},
        {EventType::StepDown, QT_TR_NOOP("Step-down")},
        {EventType::Maintenance, QT_TR_NOOP("Maintenance mode")},
        {EventType::FenceStarted, QT_TR_NOOP("Fencing started")},
        {EventType::FenceDone, QT_TR_NOOP("Node powered off")},
        {EventType::FenceFailed, QT_TR_NOOP("Fencing failed")},
        {EventType::DivergenceKept, QT_TR_NOOP("Files kept after a split")},
        {EventType::MirrorTrusted, QT_TR_NOOP("Mirror key trusted")},
        {EventType::PgRewound, QT_TR_NOOP("Old primary rewound")},
        {EventType::PgHeld, QT_TR_NOOP("PostgreSQL held stopped")},
        {EventType::PgSynchronous, QT_TR_NOOP("Synchronous replication")},
        {EventType::ConfigPrepared, QT_TR_NOOP("Configuration change prepared")},
        {EventType::ConfigCommitted, QT_TR_NOOP("Configuration change committed")},
        {EventType::ConfigAborted, QT_TR_NOOP("Configuration change aborted")},
        {EventType::ConfigRolledBack, QT_TR_NOOP("Configuration change rolled back")},
        {EventType::ConfigSettled, QT_TR_NOOP("Configuration change complete")},
        {EventType::ConfigPeerUnheard, QT_TR_NOOP("Peer not heard after a configuration change")},
        {EventType::ReplicationLagging, QT_TR_NOOP("Replication lagging")},
        {EventType::ReplicationCaughtUp, QT_TR_NOOP("Replication caught up")},
        {EventType::NotifySent, QT_TR_NOOP("Alert sent")},
        {EventType::NotifyFailed, QT_TR_NOOP("Alert not delivered")},
    };
    for (const auto& row : labels)
        if (type == row.type)
            return tr(row.label);
    return protocol::eventTypeName(type);
}

QString EventText::summary(const QString& typeName, const QJsonObject& data)
{
    return summary(protocol::eventTypeFrom(typeName), data);
}

QString EventText::summary(EventType type, const QJsonObject& data)
{
    const QString group = str(data, "group");
    switch (type) {
    case EventType::AgentStarted:
        return tr("Agent %1 started (epoch %2, %3).")
            .arg(str(data, "version"), str(data, "epoch"), StatusText::role(protocol::roleFrom(str(data, "role"))));
    case EventType::MirrorTrusted:
        return tr("%1's mirror key (%2) may now push copies to this node over SSH, through %3.")
            .arg(str(data, "peer"), str(data, "key"), str(data, "authorized_keys"));
    case EventType::RoleChange: {
        const protocol::Role role = protocol::roleFrom(str(data, "role"));
        if (role == protocol::Role::Active)
            return tr("Group %1 became active on this node (epoch %2).").arg(group, str(data, "epoch"));
        if (role == protocol::Role::Standby)
            return tr("Group %1 became standby on this node (epoch %2).").arg(group, str(data, "epoch"));
        return tr("Group %1 is now %2 on this node (epoch %3).").arg(group, StatusText::role(role), str(data, "epoch"));
    }
    case EventType::Operation:
        return operation(data);
    case EventType::OperatorAction:
        return operatorAction(data);
    case EventType::LinkUp:
        return tr("Heartbeat link %1 is up.").arg(str(data, "link"));
    case EventType::LinkDown:
        return tr("Heartbeat link %1 is down.").arg(str(data, "link"));
    case EventType::PeerAlive:
        return tr("Peer %1 is heard again.").arg(str(data, "peer"));
    case EventType::PeerDead:
        return tr("Peer %1 is silent on every heartbeat link.").arg(str(data, "peer"));
    case EventType::ResourceFailed:
        return codeSentence(data);
    case EventType::GroupStartFailed:
        return tr("Group %1 failed to start: %2").arg(group, codeSentence(data));
    case EventType::GroupStopFailed:
        return tr("Group %1 failed to stop: %2").arg(group, codeSentence(data));
    case EventType::GroupRecovery:
    case EventType::GroupRecovered:
        return recovery(type, data);
    case EventType::ConfigMismatch:
        return ErrorText::describe(
            protocol::RpcError::make(QString::fromLatin1(protocol::codes::kConfigMismatch), data));
    case EventType::SplitBrain: {
        QStringList groups;
        for (const QJsonValue& g : data.value(QStringLiteral("groups")).toArray())
            groups << g.toString();
        return tr("Split-brain: both nodes hold %1 (epoch %2 here, %3 on the peer).")
            .arg(StatusText::list(groups), str(data, "epoch"), str(data, "peer_epoch"));
    }
    case EventType::SplitBrainResolved:
        return tr("Split-brain resolved: only one node holds each group again.");
    case EventType::Failover:
    case EventType::Take:
    case EventType::StepDown:
        return takeOrStepDown(type, data);
    case EventType::Maintenance:
        return maintenance(data);
    case EventType::FenceStarted:
    case EventType::FenceDone:
    case EventType::FenceFailed:
        return fencing(type, data);
    case EventType::ConfigPrepared:
    case EventType::ConfigCommitted:
    case EventType::ConfigAborted:
    case EventType::ConfigRolledBack:
    case EventType::ConfigSettled:
    case EventType::ConfigPeerUnheard:
        return configChange(type, data);
    case EventType::DivergenceKept:
        return tr("%n file(s) written on %1 during a split or before a failover are kept in %2: the resync from "
                  "its peer would have deleted or overwritten them.",
                  nullptr, int(data.value(QStringLiteral("files")).toInteger()))
            .arg(str(data, "node"), str(data, "path"));
    case EventType::PgRewound:
        return tr("PostgreSQL on this node had stopped as a primary without handing over. pg_rewind brought it onto "
                  "the timeline of the primary at %1, discarding what it had written past the fork (its last "
                  "checkpoint was %2 on timeline %3); it now follows as a standby.")
            .arg(str(data, "primary"), str(data, "checkpoint_lsn"), str(data, "timeline"));
    case EventType::PgSynchronous:
        return data.value(QStringLiteral("synchronous")).toBool()
                   ? tr("Commits on the primary wait for the standby again (%1).").arg(str(data, "channel"))
                   : tr("The standby of %1 is away: commits on the primary no longer wait for it, and automatic "
                        "failover is off until it streams again.")
                         .arg(str(data, "channel"));
    case EventType::ReplicationLagging:
        return data.value(QStringLiteral("lag_s")).isDouble()
                   ? tr("Replication %1 is %2 s behind (limit %3 s): switchovers and automatic failover wait until "
                        "it catches up.")
                         .arg(str(data, "channel"), str(data, "lag_s"), str(data, "limit_s"))
                   : tr("Replication %1 is %2 bytes behind (limit %3): switchovers and automatic failover wait "
                        "until it catches up.")
                         .arg(str(data, "channel"), str(data, "lag_bytes"), str(data, "limit_bytes"));
    case EventType::ReplicationCaughtUp:
        return tr("Replication %1 is within its limit again.").arg(str(data, "channel"));
    case EventType::NotifySent:
    case EventType::NotifyFailed:
        return alert(type, data);
    case EventType::PgHeld:
        return ErrorText::describe(
            protocol::RpcError::make(QString::fromLatin1(protocol::codes::kPgRewindFailed), data));
    case EventType::NotifyTest: // delivered, never journaled
    case EventType::None:       // a newer agent's type: its data, as it came
        break;
    }
    return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

QString EventText::operation(const QJsonObject& data)
{
    const OperationView op = OperationView::fromJson(data);
    QString subject;
    if (op.kind == protocol::OperationKind::Switchover)
        subject = tr("Switchover of group %1 from %2 to %3").arg(op.group, op.from, op.to);
    else if (op.kind == protocol::OperationKind::Failover)
        subject = tr("Failover of group %1 to %2").arg(op.group, op.to);
    else if (op.kind == protocol::OperationKind::Drain)
        subject = tr("Drain of node %1 from group %2").arg(op.from, op.group);
    else if (op.kind == protocol::OperationKind::Undrain)
        subject = tr("Return of node %1 to group %2").arg(op.to, op.group);
    else
        subject = tr("Operation %1 on group %2").arg(str(data, "kind"), op.group); // a newer agent's kind

    QString outcome;
    if (op.result == protocol::OperationResult::Done && op.gapMs >= 0) {
        outcome = tr("completed, service gap %1 ms").arg(op.gapMs);
    } else {
        outcome = StatusText::result(op.result);
        for (const OperationView::Step& step : op.steps) {
            if (!step.ok && op.result != protocol::OperationResult::Done) {
                outcome = tr("%1 (step \"%2\" failed)").arg(outcome, StatusText::step(step.name));
                break;
            }
        }
    }
    QString sentence = tr("%1: %2.").arg(subject, outcome);
    if (!op.reason.isNull()) {
        QJsonObject reason = op.reason.params;
        reason.insert(QStringLiteral("code"), op.reason.code);
        sentence += QLatin1Char(' ') + ErrorText::describe(reasonOf(reason));
    }
    return sentence;
}

QString EventText::operatorAction(const QJsonObject& data)
{
    QString method = str(data, "method");
    if (method.isEmpty())
        method = str(data, "action");
    const QString group = str(data, "group");
    const QString to = str(data, "to");
    QString sentence;
    if (method == QLatin1String(protocol::methods::kSwitchoverStart)) {
        if (to.isEmpty())
            sentence = tr("Requested a switchover of group %1.").arg(group);
        else if (data.value(QStringLiteral("skip_fencing")).toBool())
            sentence = tr("Requested moving group %1 to %2, overriding the checks and without fencing the other "
                          "node.")
                           .arg(group, to);
        else if (data.value(QStringLiteral("force")).toBool())
            sentence = tr("Requested moving group %1 to %2, overriding the checks.").arg(group, to);
        else
            sentence = tr("Requested moving group %1 to %2.").arg(group, to);
    } else if (method == QLatin1String(protocol::methods::kSwitchoverCancel)) {
        sentence = tr("Requested cancelling operation %1.").arg(str(data, "id"));
    } else {
        sentence = tr("Requested %1.").arg(method);
    }
    const QString refused = str(data, "refused");
    if (!refused.isEmpty()) {
        QJsonObject reason = data;
        reason.insert(QStringLiteral("code"), refused);
        sentence += QLatin1Char(' ') + tr("Refused: %1").arg(ErrorText::describe(reasonOf(reason)));
    }
    return sentence;
}

QString EventText::takeOrStepDown(EventType type, const QJsonObject& data)
{
    const QString group = str(data, "group");
    const QString epoch = str(data, "epoch");
    const protocol::RoleCause cause = protocol::roleCauseFrom(str(data, "cause"));
    if (type == EventType::Failover)
        return tr("Took over group %1 after the peer was silent for %2 ms (epoch %3).")
            .arg(group, str(data, "peer_silence_ms"), epoch);
    if (type == EventType::Take)
        return tr("Started group %1, which no node held (epoch %2).").arg(group, epoch);
    QString sentence;
    if (cause == protocol::RoleCause::SplitBrain)
        sentence = tr("Stepped down from group %1 to end a split-brain (epoch %2).").arg(group, epoch);
    else if (cause == protocol::RoleCause::Isolated)
        sentence =
            tr("Stepped down from group %1: cut off from the peer and the tiebreaker (epoch %2).").arg(group, epoch);
    else if (cause == protocol::RoleCause::LeaseLost && data.contains(QStringLiteral("code")))
        sentence = tr("Lease lost (epoch %1).").arg(epoch); // the code's sentence, appended, says the rest
    else if (cause == protocol::RoleCause::LeaseLost)
        sentence = tr("Stepped down from group %1: its lease from the witness could not be renewed in time (epoch "
                      "%2).")
                       .arg(group, epoch);
    else if (cause == protocol::RoleCause::Restart)
        sentence = tr("Stepped down from group %1 after a restart with neither peer nor tiebreaker (epoch %2).")
                       .arg(group, epoch);
    else
        sentence = tr("Stepped down from group %1 (epoch %2).").arg(group, epoch);
    if (data.contains(QStringLiteral("code")))
        sentence += QLatin1Char(' ') + codeSentence(data);
    return sentence;
}

QString EventText::maintenance(const QJsonObject& data)
{
    const MaintenanceView m = MaintenanceView::fromJson(data);
    if (m.cluster)
        return tr("Maintenance mode is on for the whole cluster: the agents start, stop and move nothing by "
                  "themselves.");
    if (m.groups.size() == 1)
        return tr("Maintenance mode is on for group %1: the agents start, stop and move nothing of it by themselves.")
            .arg(m.groups.first());
    if (!m.groups.isEmpty())
        return tr("Maintenance mode is on for groups %1: the agents start, stop and move nothing of them by "
                  "themselves.")
            .arg(StatusText::list(m.groups));
    return tr("Maintenance mode is off: the agents act by themselves again.");
}

QString EventText::fencing(EventType type, const QJsonObject& data)
{
    const QString node = str(data, "node");
    const QString device = str(data, "device");
    if (type == EventType::FenceStarted)
        return tr("Fencing %1 with %2: powering it off before a takeover, since it may be frozen rather than off.")
            .arg(node, device);
    if (type == EventType::FenceDone)
        return tr("%1 was powered off by %2; a takeover may go ahead.").arg(node, device);
    if (data.value(QStringLiteral("code")).isString())
        return codeSentence(data);
    return tr("Fencing %1 with %2 failed; no takeover until it succeeds.").arg(node, device);
}

QString EventText::str(const QJsonObject& data, const char* key)
{
    const QJsonValue v = data.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

QString EventText::codeSentence(const QJsonObject& data)
{
    const protocol::RpcError reason = reasonOf(data);
    if (reason.isNull())
        return tr("No reason was given.");
    return ErrorText::describe(reason);
}

} // namespace twinha::agentlink
