#include "ui/switchover/OperationFollower.h"

#include "agentlink/ClusterMonitor.h"
#include "ui/switchover/GroupLag.h"

#include <algorithm>

namespace twinha::ui {

using agentlink::OperationView;

OperationFollower::OperationFollower(agentlink::ClusterMonitor* monitor, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    connect(m_monitor, &agentlink::ClusterMonitor::operationChanged, this, &OperationFollower::take);
}

void OperationFollower::follow(const OperationView& known)
{
    m_active = true;
    m_op = known;
    m_group = known.group;
    m_notThisId.clear();
    m_lagS.reset();
    noteLag(m_group);
    // Progress may have come before the start's answer: a switchover can be over in 300 ms.
    if (m_monitor->operation().id == known.id)
        take(m_monitor->operation());
}

void OperationFollower::adoptNext(const QString& group, const QString& notThisId)
{
    m_active = true;
    m_op = {};
    m_group = group;
    m_notThisId = notThisId;
    m_lagS.reset();
    noteLag(m_group);
    take(m_monitor->operation());
}

void OperationFollower::stop()
{
    m_active = false;
}

void OperationFollower::noteLag(const QString& group)
{
    if (const auto lag = groupLagS(m_monitor->view(), group))
        m_lagS = lag;
}

void OperationFollower::take(const OperationView& op)
{
    if (!m_active || op.isNull())
        return;
    if (isAdopting()) {
        if ((!m_group.isEmpty() && op.group != m_group) || op.id == m_notThisId)
            return;
        m_op.id = op.id;
        Q_EMIT adopted(op.id);
    }
    // "forwarded" only says the peer took the operation over; its own record follows.
    if (op.id != m_op.id || op.result == protocol::OperationResult::Forwarded)
        return;
    const bool sourceStopped = std::any_of(op.steps.cbegin(), op.steps.cend(), [](const OperationView::Step& s) {
        return s.name == protocol::OperationPhase::Stop;
    });
    if (!sourceStopped && op.isRunning())
        noteLag(op.group);
    m_op = op;
    if (op.isFinal()) {
        m_active = false;
        Q_EMIT finished(op);
    } else {
        Q_EMIT changed(op);
    }
}

} // namespace twinha::ui
