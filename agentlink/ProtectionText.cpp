#include "agentlink/ProtectionText.h"

#include "agentlink/ErrorText.h"
#include "agentlink/StatusText.h"

#include <QLocale>

namespace twinha::agentlink {

QString ProtectionText::level(ProtectionLevel level)
{
    switch (level) {
    case ProtectionLevel::WitnessFencing:
        return tr("Witness and fencing");
    case ProtectionLevel::Witness:
        return tr("Witness");
    case ProtectionLevel::Fencing:
        return tr("Ping tiebreakers and fencing");
    case ProtectionLevel::PingOnly:
        return tr("Ping tiebreakers only");
    case ProtectionLevel::Manual:
        return tr("Manual failover");
    case ProtectionLevel::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ProtectionText::headline(const ProtectionView& view)
{
    return tr("Protection: %1").arg(level(view.level));
}

QString ProtectionText::explanation(ProtectionLevel level)
{
    switch (level) {
    case ProtectionLevel::WitnessFencing:
        return tr("Automatic failover with a witness and fencing: a node runs a group only while the witness grants "
                  "it that group's lease, so a network split cannot leave two active nodes, and a node that falls "
                  "silent is powered off before its peer takes over, so a frozen node cannot go on serving either. "
                  "The strongest level.");
    case ProtectionLevel::Witness:
        return tr("Automatic failover with a witness: a node runs a group only while the witness grants it that "
                  "group's lease, so a network split cannot leave two active nodes. A frozen node is not covered: a "
                  "hung kernel still answers on the virtual IP until it notices its lease is gone. Fencing covers "
                  "that.");
    case ProtectionLevel::Fencing:
        return tr("Automatic failover with ping tiebreakers and fencing: the standby powers the active node off "
                  "before it takes over, so there are never two active nodes. But in a split where both nodes still "
                  "reach a tiebreaker, the standby powers off a healthy active node: an outage a witness would "
                  "avoid.");
    case ProtectionLevel::PingOnly:
        return pingOnlyWarning();
    case ProtectionLevel::Manual:
        return tr("Automatic failover is off: the standby never takes over by itself; an operator decides.");
    case ProtectionLevel::Unknown:
        break;
    }
    return tr("The agents do not report their protection level (an older agent version).");
}

QString ProtectionText::pingOnlyWarning()
{
    return tr("Warning: automatic failover relies on ping tiebreakers only. It cannot prevent two active nodes when "
              "the nodes lose each other but both still reach a tiebreaker (a symmetric split). Configure a witness.");
}

QString ProtectionText::fencingOnlyWarning()
{
    return tr("Warning: without a witness, a split where both nodes still reach a tiebreaker makes the standby power "
              "off a healthy active node (an avoidable outage). Configure a witness.");
}

QString ProtectionText::frozenNodeNote()
{
    return tr("Not covered: a frozen node still answers on the virtual IP until it notices its lease is gone. "
              "Fencing covers that.");
}

QString ProtectionText::fenceDevices(const QList<FencingView>& fencing)
{
    QStringList devices;
    for (const FencingView& f : fencing)
        if (fenceState(f).isEmpty())
            devices << tr("%1 by %2").arg(f.node, f.device);
    return devices.isEmpty() ? QString() : tr("Fencing: %1.").arg(devices.join(QStringLiteral("; ")));
}

QString ProtectionText::fenceState(const FencingView& f)
{
    if (f.state == protocol::FenceState::Running)
        return tr("Fencing %1 with %2… A takeover waits until %1 is off.").arg(f.node, f.device);
    if (f.state == protocol::FenceState::Done && f.sinceMs)
        return tr("%1 was powered off by %2 %3 ago.")
            .arg(f.node, f.device, StatusText::duration(double(*f.sinceMs) / 1000.0));
    if (f.state == protocol::FenceState::Done)
        return tr("%1 was powered off by %2.").arg(f.node, f.device);
    if (f.state == protocol::FenceState::Failed && !f.error.isNull())
        return ErrorText::describe(f.error);
    if (f.state == protocol::FenceState::Failed)
        return tr("Fencing %1 with %2 failed; no takeover until it succeeds.").arg(f.node, f.device);
    return {};
}

QString ProtectionText::remaining(qint64 ms)
{
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString ProtectionText::lease(const LeaseView& lease)
{
    if (lease.holderKnown && lease.remainingMs)
        return tr("Lease of %1: %2, %3 left.").arg(lease.group, lease.holder, remaining(*lease.remainingMs));
    if (lease.holderKnown)
        return tr("Lease of %1: %2.").arg(lease.group, lease.holder);
    if (lease.vacant)
        return tr("Lease of %1: no node holds it.").arg(lease.group);
    return tr("Lease of %1: holder unknown.").arg(lease.group);
}

QString ProtectionText::witness(const WitnessView& w, const std::array<QString, 2>& nodes)
{
    const QList<int> yes = w.answered();
    const QList<int> no = w.unanswered();
    if (!no.isEmpty() && !yes.isEmpty())
        return tr("Witness %1 does not answer %2 (it answers %3): %2 can neither take nor renew a lease until it "
                  "does.")
            .arg(w.address, nodes[no.first()], nodes[yes.first()]);
    if (!no.isEmpty())
        return tr("Witness %1 does not answer: automatic failover cannot happen until it does; the active node "
                  "keeps running while its peer is up.")
            .arg(w.address);
    if (yes.size() == 2)
        return tr("Witness %1 answers both nodes.").arg(w.address);
    if (yes.size() == 1)
        return tr("Witness %1 answers %2.").arg(w.address, nodes[yes.first()]);
    return tr("Witness %1: no current word from the nodes.").arg(w.address);
}

QList<ProtectionText::Line> ProtectionText::lines(const ProtectionView& view)
{
    QList<Line> out;
    if (!view.known())
        return out;
    for (const FencingView& f : view.fencing)
        if (f.state == protocol::FenceState::Failed)
            out.append({fenceState(f), true, true});
    if (view.level == ProtectionLevel::PingOnly)
        out.append({pingOnlyWarning(), true});
    if (view.level == ProtectionLevel::Fencing)
        out.append({fencingOnlyWarning(), true});
    if (view.mismatch())
        out.append({tr("The nodes report different protection levels (%1: %2, %3: %4); the weaker is shown. Two "
                       "active nodes are possible until both use the same setting.")
                        .arg(view.node[0], level(view.nodeLevel[0]), view.node[1], level(view.nodeLevel[1])),
                    true});
    for (int i = 0; i < 2; ++i)
        if (view.silent[i])
            out.append({tr("The agent on %1 does not report its protection level (an older version); the level "
                           "shown is %2's alone.")
                            .arg(view.node[i], view.node[1 - i]),
                        true});
    for (const FencingView& f : view.fencing)
        if (f.state == protocol::FenceState::Running || f.state == protocol::FenceState::Done)
            out.append({fenceState(f), true});
    if (view.level == ProtectionLevel::Manual && !view.mismatch())
        out.append({tr("Automatic failover is off: an operator decides when the standby takes over."), false});
    if (view.level == ProtectionLevel::Witness && !view.mismatch())
        out.append({frozenNodeNote(), false});
    if (view.witness) {
        out.append({witness(*view.witness, view.node), !view.witness->unanswered().isEmpty()});
        for (const LeaseView& l : view.witness->leases)
            out.append({lease(l), false});
    }
    if (const QString devices = fenceDevices(view.fencing); !devices.isEmpty())
        out.append({devices, false});
    return out;
}

} // namespace twinha::agentlink
