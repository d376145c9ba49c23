#include "agentlink/EventText.h"

#include "agentlink/protocol/ActorName.h"

#include "agentlink/ErrorText.h"
#include "agentlink/MaintenanceView.h"
#include "agentlink/OperationView.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace twinha::agentlink {

namespace {
QString str(const QJsonObject& data, const char* key)
{
    const QJsonValue v = data.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

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

QString EventText::typeLabel(const QString& type, const QJsonObject& data)
{
    if (type == QLatin1String("operation"))
        return operationKind(protocol::operationKindFrom(str(data, "kind")));
    static const struct
    {
        const char* type;
        const char* label;
    } labels[] = {
        {"agent_started", QT_TR_NOOP("Agent started")},
        {"role_change", QT_TR_NOOP("Role change")},
        {"operator_action", QT_TR_NOOP("Operator action")},
        {"link_up", QT_TR_NOOP("Link up")},
        {"link_down", QT_TR_NOOP("Link down")},
        {"peer_alive", QT_TR_NOOP("Peer back")},
        {"peer_dead", QT_TR_NOOP("Peer lost")},
        {"resource_failed", QT_TR_NOOP("Resource failed")},
        {"group_start_failed", QT_TR_NOOP("Group start failed")},
        {"group_stop_failed", QT_TR_NOOP("Group stop failed")},
        {"group_recovery", QT_TR_NOOP("Group recovery")},
        {"group_recovered", QT_TR_NOOP("Group recovered")},
        {"config_mismatch", QT_TR_NOOP("Configuration mismatch")},
        {"split_brain", QT_TR_NOOP("Split-brain")},
        {"split_brain_resolved", QT_TR_NOOP("Split-brain resolved")},
        {"failover", QT_TR_NOOP("Failover")},
        {"take", QT_TR_NOOP("Takeover")},
        {"step_down", QT_TR_NOOP("Step-down")},
        {"maintenance", QT_TR_NOOP("Maintenance mode")},
        {"fence_started", QT_TR_NOOP("Fencing started")},
        {"fence_done", QT_TR_NOOP("Node powered off")},
        {"fence_failed", QT_TR_NOOP("Fencing failed")},
        {"divergence_kept", QT_TR_NOOP("Files kept after a split")},
        {"mirror_trusted", QT_TR_NOOP("Mirror key trusted")},
        {"pg_rewound", QT_TR_NOOP("Old primary rewound")},
        {"pg_held", QT_TR_NOOP("PostgreSQL held stopped")},
        {"pg_synchronous", QT_TR_NOOP("Synchronous replication")},
        {"config_prepared", QT_TR_NOOP("Configuration change prepared")},
        {"config_committed", QT_TR_NOOP("Configuration change committed")},
        {"config_aborted", QT_TR_NOOP("Configuration change aborted")},
        {"config_rolled_back", QT_TR_NOOP("Configuration change rolled back")},
        {"config_settled", QT_TR_NOOP("Configuration change complete")},
        {"config_peer_unheard", QT_TR_NOOP("Peer not heard after a configuration change")},
        {"replication_lagging", QT_TR_NOOP("Replication lagging")},
        {"replication_caught_up", QT_TR_NOOP("Replication caught up")},
        {"notify_sent", QT_TR_NOOP("Alert sent")},
        {"notify_failed", QT_TR_NOOP("Alert not delivered")},
    };
    for (const auto& row : labels)
        if (type == QLatin1String(row.type))
            return tr(row.label);
    return type; // unknown to this console: the code itself is the most honest label
}

QString EventText::summary(const QString& type, const QJsonObject& data)
{
    const QString group = str(data, "group");
    if (type == QLatin1String("agent_started"))
        return tr("Agent %1 started (epoch %2, %3).")
            .arg(str(data, "version"), str(data, "epoch"), StatusText::role(protocol::roleFrom(str(data, "role"))));
    if (type == QLatin1String("mirror_trusted"))
        return tr("%1's mirror key (%2) may now push copies to this node over SSH, through %3.")
            .arg(str(data, "peer"), str(data, "key"), str(data, "authorized_keys"));
    if (type == QLatin1String("role_change")) {
        const protocol::Role role = protocol::roleFrom(str(data, "role"));
        if (role == protocol::Role::Active)
            return tr("Group %1 became active on this node (epoch %2).").arg(group, str(data, "epoch"));
        if (role == protocol::Role::Standby)
            return tr("Group %1 became standby on this node (epoch %2).").arg(group, str(data, "epoch"));
        return tr("Group %1 is now %2 on this node (epoch %3).").arg(group, StatusText::role(role), str(data, "epoch"));
    }
    if (type == QLatin1String("operation"))
        return operation(data);
    if (type == QLatin1String("operator_action"))
        return operatorAction(data);
    if (type == QLatin1String("link_up"))
        return tr("Heartbeat link %1 is up.").arg(str(data, "link"));
    if (type == QLatin1String("link_down"))
        return tr("Heartbeat link %1 is down.").arg(str(data, "link"));
    if (type == QLatin1String("peer_alive"))
        return tr("Peer %1 is heard again.").arg(str(data, "peer"));
    if (type == QLatin1String("peer_dead"))
        return tr("Peer %1 is silent on every heartbeat link.").arg(str(data, "peer"));
    if (type == QLatin1String("resource_failed"))
        return codeSentence(data);
    if (type == QLatin1String("group_start_failed"))
        return tr("Group %1 failed to start: %2").arg(group, codeSentence(data));
    if (type == QLatin1String("group_stop_failed"))
        return tr("Group %1 failed to stop: %2").arg(group, codeSentence(data));
    if (type == QLatin1String("group_recovery") || type == QLatin1String("group_recovered"))
        return recovery(type, data);
    if (type == QLatin1String("config_mismatch"))
        return ErrorText::describe(
            protocol::RpcError::make(QString::fromLatin1(protocol::codes::kConfigMismatch), data));
    if (type == QLatin1String("split_brain")) {
        QStringList groups;
        for (const QJsonValue& g : data.value(QStringLiteral("groups")).toArray())
            groups << g.toString();
        return tr("Split-brain: both nodes hold %1 (epoch %2 here, %3 on the peer).")
            .arg(StatusText::list(groups), str(data, "epoch"), str(data, "peer_epoch"));
    }
    if (type == QLatin1String("split_brain_resolved"))
        return tr("Split-brain resolved: only one node holds each group again.");
    if (type == QLatin1String("failover") || type == QLatin1String("take") || type == QLatin1String("step_down"))
        return takeOrStepDown(type, data);
    if (type == QLatin1String("maintenance"))
        return maintenance(data);
    if (type.startsWith(QLatin1String("fence_")))
        return fencing(type, data);
    if (type.startsWith(QLatin1String("config_")) && type != QLatin1String("config_mismatch"))
        return configChange(type, data);
    if (type == QLatin1String("divergence_kept"))
        return tr("%n file(s) written on %1 during a split or before a failover are kept in %2: the resync from "
                  "its peer would have deleted or overwritten them.",
                  nullptr, int(data.value(QStringLiteral("files")).toInteger()))
            .arg(str(data, "node"), str(data, "path"));
    if (type == QLatin1String("pg_rewound"))
        return tr("PostgreSQL on this node had stopped as a primary without handing over. pg_rewind brought it onto "
                  "the timeline of the primary at %1, discarding what it had written past the fork (its last "
                  "checkpoint was %2 on timeline %3); it now follows as a standby.")
            .arg(str(data, "primary"), str(data, "checkpoint_lsn"), str(data, "timeline"));
    if (type == QLatin1String("pg_synchronous"))
        return data.value(QStringLiteral("synchronous")).toBool()
                   ? tr("Commits on the primary wait for the standby again (%1).").arg(str(data, "channel"))
                   : tr("The standby of %1 is away: commits on the primary no longer wait for it, and automatic "
                        "failover is off until it streams again.")
                         .arg(str(data, "channel"));
    if (type == QLatin1String("replication_lagging"))
        return data.value(QStringLiteral("lag_s")).isDouble()
                   ? tr("Replication %1 is %2 s behind (limit %3 s): switchovers and automatic failover wait until "
                        "it catches up.")
                         .arg(str(data, "channel"), str(data, "lag_s"), str(data, "limit_s"))
                   : tr("Replication %1 is %2 bytes behind (limit %3): switchovers and automatic failover wait "
                        "until it catches up.")
                         .arg(str(data, "channel"), str(data, "lag_bytes"), str(data, "limit_bytes"));
    if (type == QLatin1String("replication_caught_up"))
        return tr("Replication %1 is within its limit again.").arg(str(data, "channel"));
    if (type == QLatin1String("notify_sent") || type == QLatin1String("notify_failed"))
        return alert(type, data);
    if (type == QLatin1String("pg_held"))
        return ErrorText::describe(
            protocol::RpcError::make(QString::fromLatin1(protocol::codes::kPgRewindFailed), data));
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
    if (method == QLatin1String("switchover.start")) {
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
    } else if (method == QLatin1String("switchover.cancel")) {
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

QString EventText::takeOrStepDown(const QString& type, const QJsonObject& data)
{
    const QString group = str(data, "group");
    const QString epoch = str(data, "epoch");
    const QString cause = str(data, "cause");
    if (type == QLatin1String("failover"))
        return tr("Took over group %1 after the peer was silent for %2 ms (epoch %3).")
            .arg(group, str(data, "peer_silence_ms"), epoch);
    if (type == QLatin1String("take"))
        return tr("Started group %1, which no node held (epoch %2).").arg(group, epoch);
    QString sentence;
    if (cause == QLatin1String("split_brain"))
        sentence = tr("Stepped down from group %1 to end a split-brain (epoch %2).").arg(group, epoch);
    else if (cause == QLatin1String("isolated"))
        sentence =
            tr("Stepped down from group %1: cut off from the peer and the tiebreaker (epoch %2).").arg(group, epoch);
    else if (cause == QLatin1String("lease_lost") && data.contains(QStringLiteral("code")))
        sentence = tr("Lease lost (epoch %1).").arg(epoch); // the code's sentence, appended, says the rest
    else if (cause == QLatin1String("lease_lost"))
        sentence = tr("Stepped down from group %1: its lease from the witness could not be renewed in time (epoch "
                      "%2).")
                       .arg(group, epoch);
    else if (cause == QLatin1String("restart"))
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

QString EventText::fencing(const QString& type, const QJsonObject& data)
{
    const QString node = str(data, "node");
    const QString device = str(data, "device");
    if (type == QLatin1String("fence_started"))
        return tr("Fencing %1 with %2: powering it off before a takeover, since it may be frozen rather than off.")
            .arg(node, device);
    if (type == QLatin1String("fence_done"))
        return tr("%1 was powered off by %2; a takeover may go ahead.").arg(node, device);
    if (data.value(QStringLiteral("code")).isString())
        return codeSentence(data);
    return tr("Fencing %1 with %2 failed; no takeover until it succeeds.").arg(node, device);
}

QString EventText::configChange(const QString& type, const QJsonObject& data)
{
    const QString tx = str(data, "tx");
    const QString checksum = str(data, "checksum").left(12);
    if (type == QLatin1String("config_prepared"))
        return tr("Configuration %1 checked and staged (change %2); automatic failover is frozen for up to %3 ms.")
            .arg(checksum, tx, str(data, "timeout_ms"));
    if (type == QLatin1String("config_committed"))
        return str(data, "backup").isEmpty()
                   ? tr("Configuration %1 written and loaded (change %2).").arg(checksum, tx)
                   : tr("Configuration %1 written and loaded (change %2); the previous file is kept as %3.")
                         .arg(checksum, tx, str(data, "backup"));
    if (type == QLatin1String("config_aborted"))
        return tr("Configuration change %1 aborted: the staged configuration was dropped.").arg(tx);
    if (type == QLatin1String("config_rolled_back"))
        return str(data, "cause") == QLatin1String("restart")
                   ? tr("Configuration change %1 rolled back: the agent restarted while it was prepared. The "
                        "running configuration stays.")
                         .arg(tx)
                   : tr("Configuration change %1 rolled back: no commit came within %2 ms. The running "
                        "configuration stays.")
                         .arg(tx, str(data, "timeout_ms"));
    if (type == QLatin1String("config_settled"))
        return tr("Both nodes run configuration %1 and hear each other on it (after %2 ms); automatic failover is "
                  "active again.")
            .arg(checksum, str(data, "after_ms"));
    return codeSentence(data); // config_peer_unheard: the code and its parameters
}

QString EventText::codeSentence(const QJsonObject& data)
{
    const protocol::RpcError reason = reasonOf(data);
    if (reason.isNull())
        return tr("No reason was given.");
    return ErrorText::describe(reason);
}

} // namespace twinha::agentlink
