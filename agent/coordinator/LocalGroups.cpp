#include "agent/coordinator/LocalGroups.h"

#include "agent/resources/ResourceGroup.h"
#include "agent/resources/ResourceMonitor.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonArray>
#include <QTimer>

namespace twinha::agent {

using Desired = ClusterDecider::Desired;

LocalGroups::LocalGroups(const AgentConfig& config, const QString& node, QObject* parent)
    : QObject(parent)
    , m_monitor(new ResourceMonitor(config.timing.monitorIntervalMs, this))
{
    for (const GroupConfig& gc : config.groups) {
        auto* g = new ResourceGroup(gc, config.cluster.name, node, config.peerOf(node), this);
        const QString name = gc.name;
        m_order << name;
        m_groups.insert(name, g);
        m_slots.insert(name, {});
        m_monitor->addGroup(g);
        connect(g, &ResourceGroup::stateChanged, this, &LocalGroups::changed);
        connect(g, &ResourceGroup::startFinished, this,
                [this, name](bool ok, const protocol::RpcError& e) { finish(name, Action::Start, ok, e); });
        connect(g, &ResourceGroup::stopFinished, this,
                [this, name](bool ok, const protocol::RpcError& e) { finish(name, Action::Stop, ok, e); });
        connect(g, &ResourceGroup::checkFinished, this, [this, name, g](bool allRunning) {
            finish(name, Action::Check, allRunning, allRunning ? protocol::RpcError() : g->reason());
        });
    }
    connect(m_monitor, &ResourceMonitor::resourceFailed, this, &LocalGroups::resourceFailed);
}

void LocalGroups::start()
{
    for (const QString& name : std::as_const(m_order))
        run(name, Action::Check, [this, name](bool, const protocol::RpcError&, qint64) {
            m_slots[name].checked = true;
            Q_EMIT changed();
        });
    m_monitor->start();
}

void LocalGroups::run(const QString& group, Action action, Done done)
{
    if (!m_groups.contains(group))
        return;
    m_slots[group].queue.append({action, std::move(done)});
    pump(group);
}

void LocalGroups::restart(const QString& group, std::function<bool()> mayStart, RestartDone done)
{
    run(group, Action::Stop, [=, this](bool ok, const protocol::RpcError& reason, qint64 stopMs) {
        if (!ok) {
            done(RestartOutcome::StopFailed, reason, stopMs);
            return;
        }
        if (!mayStart()) {
            done(RestartOutcome::NotStarted, {}, stopMs);
            return;
        }
        // Queued at once, so that reconcile() leaves the stopped group to it.
        run(group, Action::Start, [=, this](bool started, const protocol::RpcError& why, qint64 ms) {
            if (started)
                m_slots[group].gaveUp = false;
            done(started ? RestartOutcome::Started : RestartOutcome::StartFailed, why, stopMs + ms);
        });
    });
}

void LocalGroups::pump(const QString& group)
{
    Slot& slot = m_slots[group];
    ResourceGroup* g = m_groups.value(group);
    // The monitor's own checks make the group busy too; the finished signal calls pump() again.
    if (slot.current || slot.queue.isEmpty() || g->isBusy())
        return;
    slot.current = slot.queue.takeFirst();
    if (slot.current->action == Action::Stop)
        slot.lastStop.start();
    const bool began = slot.current->action == Action::Start  ? g->start()
                       : slot.current->action == Action::Stop ? g->stop()
                                                              : g->check();
    if (!began) { // cannot happen while not busy; retry rather than lose the request
        slot.queue.prepend(*slot.current);
        slot.current.reset();
        QTimer::singleShot(100, this, [this, group] { pump(group); });
    }
}

void LocalGroups::finish(const QString& group, Action action, bool ok, const protocol::RpcError& reason)
{
    Slot& slot = m_slots[group];
    std::optional<Pending> mine;
    if (slot.current && slot.current->action == action) {
        mine = slot.current;
        slot.current.reset();
    }
    const qint64 ms = action == Action::Check ? 0 : m_groups.value(group)->lastOperationMs();
    if (mine && mine->done)
        mine->done(ok, reason, ms);
    Q_EMIT changed();
    // Let the group settle its state before the next action begins.
    QTimer::singleShot(0, this, [this, group] { pump(group); });
}

bool LocalGroups::queued(const QString& group) const
{
    const Slot& slot = m_slots[group];
    return slot.current.has_value() || !slot.queue.isEmpty();
}

void LocalGroups::reconcile(const QString& group, Desired desired)
{
    if (!m_slots.contains(group))
        return;
    Slot& slot = m_slots[group];
    if (desired != Desired::Run)
        slot.gaveUp = false;
    if (!slot.checked || queued(group) || m_groups.value(group)->isBusy() || desired == Desired::Leave)
        return;
    const protocol::RunState state = this->state(group);
    if (desired == Desired::Run && !slot.gaveUp &&
        (state == protocol::RunState::Stopped || state == protocol::RunState::Partial)) {
        run(group, Action::Start, [this, group](bool ok, const protocol::RpcError& reason, qint64 ms) {
            m_slots[group].gaveUp = !ok;
            Q_EMIT started(group, ok, reason, ms);
        });
    } else if (desired == Desired::Stop && state != protocol::RunState::Stopped &&
               (!slot.stopFailed || slot.lastStop.elapsed() >= kStopRetryMs)) {
        run(group, Action::Stop, [this, group](bool ok, const protocol::RpcError& reason, qint64) {
            m_slots[group].stopFailed = !ok;
            Q_EMIT stopped(group, ok, reason);
        });
    }
}

protocol::RunState LocalGroups::state(const QString& group) const
{
    const ResourceGroup* g = m_groups.value(group);
    if (!g || !m_slots.value(group).checked)
        return protocol::RunState::Unknown;
    return g->state();
}

bool LocalGroups::mayRun(const QString& group) const
{
    const ResourceGroup* g = m_groups.value(group);
    if (!g || !m_slots.value(group).checked)
        return false;
    switch (g->state()) {
    case ResourceGroup::State::Stopped:
        return false;
    case ResourceGroup::State::Failed: {
        // A failed start was rolled back; a failed stop may have left something running.
        const protocol::RpcError why = g->reason();
        return why.code == QLatin1String(protocol::codes::kResourceStopFailed) ||
               (why.code == QLatin1String(protocol::codes::kResourceTimeout) &&
                protocol::resourceActionFrom(why.params.value(QStringLiteral("action")).toString()) ==
                    protocol::ResourceAction::Stop);
    }
    default:
        return true;
    }
}

QJsonObject LocalGroups::toJson(const QString& group) const
{
    const ResourceGroup* g = m_groups.value(group);
    return g ? g->toJson() : QJsonObject();
}

} // namespace twinha::agent
