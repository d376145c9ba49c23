#include "ui/switchover/SwitchoverText.h"

#include "agentlink/StatusText.h"
#include "ui/events/EventText.h"

#include <QLocale>

#include <algorithm>

namespace twinha::ui {

using agentlink::OperationView;

QString SwitchoverText::duration(qint64 ms)
{
    if (ms < 0)
        return tr("not measured");
    if (ms < 10000)
        return tr("%1 ms").arg(ms);
    return seconds(double(ms) / 1000.0);
}

qint64 SwitchoverText::gapMs(const agentlink::OperationView& op)
{
    if (op.gapMs < 0)
        return -1;
    return op.steps.isEmpty() ? op.gapMs : std::min(op.gapMs, op.totalMs());
}

QString SwitchoverText::seconds(double s)
{
    return tr("%1 s").arg(QLocale().toString(s, 'f', 1));
}

QString SwitchoverText::checkName(const SwitchoverPlan::Check& check)
{
    return check.name.isEmpty() ? tr("Agent's verdict") : agentlink::StatusText::check(check.name);
}

QString SwitchoverText::plan(const SwitchoverPlan& p)
{
    if (p.kind == protocol::OperationKind::Drain)
        return tr("%1 stops running group %2; %3 keeps serving it.").arg(p.from, p.group, p.to);
    if (p.kind == protocol::OperationKind::Undrain)
        return tr("%1 starts running group %2 again.").arg(p.to, p.group);
    if (p.from.isEmpty())
        return tr("Group %1 runs nowhere; it would start on %2.").arg(p.group, p.to);
    return tr("Group %1 moves from %2 to %3.").arg(p.group, p.from, p.to);
}

QString SwitchoverText::confirmButton(const SwitchoverPlan& p)
{
    if (p.kind == protocol::OperationKind::Drain)
        return tr("&Drain %1").arg(p.from);
    if (p.kind == protocol::OperationKind::Undrain)
        return tr("&Bring %1 back").arg(p.to);
    return tr("&Switch over to %1").arg(p.to);
}

QString SwitchoverText::reverseButton(const OperationView& op)
{
    if (op.result != protocol::OperationResult::Done || op.from.isEmpty())
        return {};
    if (op.kind == protocol::OperationKind::Drain)
        return tr("&Bring %1 back").arg(op.from);
    if (op.kind == protocol::OperationKind::Switchover || op.kind == protocol::OperationKind::Failover)
        return tr("Switch &back to %1").arg(op.from);
    return {};
}

QString SwitchoverText::running(const OperationView& op)
{
    if (op.kind == protocol::OperationKind::Switchover)
        return tr("Switching group %1 over from %2 to %3…").arg(op.group, op.from, op.to);
    if (op.kind == protocol::OperationKind::Drain)
        return tr("Draining group %1 from %2…").arg(op.group, op.from);
    if (op.kind == protocol::OperationKind::Undrain)
        return tr("Starting group %1 on %2 again…").arg(op.group, op.to);
    return tr("%1 of group %2 to %3 in progress…").arg(EventText::operationKind(op.kind), op.group, op.to);
}

QString SwitchoverText::outcome(const OperationView& op)
{
    if (op.result == protocol::OperationResult::Done) {
        if (op.kind == protocol::OperationKind::Drain)
            return tr("Done: %1 is drained, and group %2 runs on %3.").arg(op.from, op.group, op.to);
        if (op.kind == protocol::OperationKind::Undrain)
            return tr("Done: %1 runs group %2 again.").arg(op.to, op.group);
        return tr("Done: group %1 now runs on %2.").arg(op.group, op.to);
    }
    if (op.result == protocol::OperationResult::RolledBack)
        return op.from.isEmpty() ? tr("Rolled back: group %1 was returned to where it was.").arg(op.group)
                                 : tr("Rolled back: group %1 runs on %2 again.").arg(op.group, op.from);
    if (op.result == protocol::OperationResult::Refused)
        return tr("Refused: the agents changed nothing.");
    if (op.result == protocol::OperationResult::Cancelled)
        return tr("Cancelled: the agents stopped before changing anything.");
    if (op.result == protocol::OperationResult::Failed)
        return tr("Failed: group %1 may be stopped. Look at the dashboard before you try again.").arg(op.group);
    return agentlink::StatusText::result(op.result);
}

QString SwitchoverText::closingNote()
{
    return tr("The agents carry out the switchover between themselves. Closing this window or losing the "
              "connection does not stop it; open this window again to see how it ended.");
}

} // namespace twinha::ui
