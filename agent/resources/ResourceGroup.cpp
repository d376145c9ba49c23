#include "agent/resources/ResourceGroup.h"

#include "agent/AgentLog.h"
#include "agent/resources/ResourceFactory.h"

#include <QJsonArray>
#include <QTimer>

namespace twinha::agent {

ResourceGroup::ResourceGroup(const GroupConfig& config, const QString& cluster, const QString& node,
                             const QString& peer, QObject* parent)
    : QObject(parent)
    , m_name(config.name)
{
    setObjectName(config.name);
    const ResourceContext context{cluster, node, config.name, peer};
    for (const ResourceConfig& rc : config.resources) {
        Resource* r = createResource(rc, context, this);
        if (!r) {
            AgentLog::get("agent.resources")
                ->error("{}: resource {} has an unknown type", m_name.toStdString(), rc.name.toStdString());
            continue;
        }
        connect(r, &Resource::finished, this, &ResourceGroup::onResourceChecked);
        connect(r, &Resource::stateChanged, this, [this, r](Resource::State s) { onResourceStateChanged(r, s); });
        m_resources << r;
    }
    connect(&m_sequence, &ResourceSequence::finished, this, &ResourceGroup::onSequenceFinished);
}

bool ResourceGroup::begin(Operation op)
{
    if (isBusy())
        return false;
    m_op = op;
    m_opTimer.start();
    updateState();
    return true;
}

bool ResourceGroup::start()
{
    if (!begin(Operation::Starting))
        return false;
    AgentLog::get("agent.resources")->info("{}: starting", m_name.toStdString());
    m_sequence.run(Resource::Action::Start, m_resources, true);
    return true;
}

bool ResourceGroup::stop()
{
    if (!begin(Operation::Stopping))
        return false;
    AgentLog::get("agent.resources")->info("{}: stopping", m_name.toStdString());
    QList<Resource*> reversed(m_resources.crbegin(), m_resources.crend());
    m_sequence.run(Resource::Action::Stop, reversed, false);
    return true;
}

void ResourceGroup::prepareStart()
{
    for (Resource* r : m_resources)
        r->prepareStart();
}

void ResourceGroup::peerReleased()
{
    for (Resource* r : m_resources)
        r->peerReleased();
}

void ResourceGroup::peerReleaseCalledOff()
{
    for (Resource* r : m_resources)
        r->peerReleaseCalledOff();
}

bool ResourceGroup::check()
{
    if (!begin(Operation::Checking))
        return false;
    m_pendingChecks = 0;
    for (Resource* r : std::as_const(m_resources))
        m_pendingChecks += r->checkStatus() ? 1 : 0;
    if (m_pendingChecks == 0) // nothing to wait for; still answer after returning, like a resource
        QTimer::singleShot(0, this, &ResourceGroup::finishCheck);
    return true;
}

void ResourceGroup::onSequenceFinished(bool ok, const protocol::RpcError& firstError, int succeeded)
{
    switch (m_op) {
    case Operation::Starting: {
        if (ok) {
            finishStartOrStop(true, {});
            return;
        }
        // Undo what this start did, newest first. The failed resource itself is left as it is:
        // Failed, with its reason, for the operator to see.
        AgentLog::get("agent.resources")->warn("{}: start failed; rolling back", m_name.toStdString());
        m_startError = firstError;
        m_op = Operation::RollingBack;
        const QList<Resource*> started = m_resources.mid(0, succeeded);
        m_sequence.run(Resource::Action::Stop, QList<Resource*>(started.crbegin(), started.crend()), false);
        return;
    }
    case Operation::RollingBack:
        if (!ok)
            AgentLog::get("agent.resources")->error("{}: rollback left resources running", m_name.toStdString());
        finishStartOrStop(false, m_startError);
        return;
    case Operation::Stopping:
        finishStartOrStop(ok, firstError);
        return;
    case Operation::Checking:
    case Operation::None:
        return;
    }
}

void ResourceGroup::onResourceChecked(Resource::Action action)
{
    if (m_op == Operation::Checking && action == Resource::Action::Status && --m_pendingChecks == 0)
        finishCheck();
}

void ResourceGroup::onResourceStateChanged(Resource* r, Resource::State state)
{
    // Failing outside start and stop can only mean a status check found it down.
    const bool outsideStartStop = m_op == Operation::None || m_op == Operation::Checking;
    if (state == Resource::State::Failed && outsideStartStop) {
        AgentLog::get("agent.resources")
            ->warn("{}: {} found down ({})", m_name.toStdString(), r->name().toStdString(),
                   r->reason().code.toStdString());
        Q_EMIT resourceFailed(m_name, r->name(), r->reason());
    }
    if (outsideStartStop)
        updateState();
}

void ResourceGroup::finishStartOrStop(bool ok, const protocol::RpcError& reason)
{
    const bool wasStart = m_op != Operation::Stopping;
    m_lastOperationMs = m_opTimer.elapsed();
    m_op = Operation::None;
    m_reason = reason;
    AgentLog::get("agent.resources")
        ->log(ok ? spdlog::level::info : spdlog::level::warn, "{}: {} {} in {} ms", m_name.toStdString(),
              wasStart ? "start" : "stop", ok ? "done" : "failed", m_lastOperationMs);
    updateState();
    if (wasStart)
        Q_EMIT startFinished(ok, reason);
    else
        Q_EMIT stopFinished(ok, reason);
}

void ResourceGroup::finishCheck()
{
    m_op = Operation::None;
    updateState();
    bool allRunning = true;
    for (const Resource* r : std::as_const(m_resources))
        allRunning = allRunning && r->state() == Resource::State::Running;
    Q_EMIT checkFinished(allRunning);
}

ResourceGroup::State ResourceGroup::state() const
{
    if (m_op == Operation::Starting || m_op == Operation::RollingBack)
        return State::Starting;
    if (m_op == Operation::Stopping)
        return State::Stopping;
    qsizetype running = 0;
    for (const Resource* r : m_resources) {
        if (r->state() == Resource::State::Failed)
            return State::Failed;
        running += r->state() == Resource::State::Running ? 1 : 0;
    }
    if (running == 0)
        return State::Stopped;
    return running == m_resources.size() ? State::Running : State::Partial;
}

void ResourceGroup::updateState()
{
    const State now = state();
    if (now == m_reportedState)
        return;
    m_reportedState = now;
    Q_EMIT stateChanged(now);
}

Resource* ResourceGroup::resource(const QString& name) const
{
    for (Resource* r : m_resources) {
        if (r->name() == name)
            return r;
    }
    return nullptr;
}

protocol::RpcError ResourceGroup::reason() const
{
    if (!m_reason.isNull())
        return m_reason;
    for (const Resource* r : m_resources) {
        if (r->state() == Resource::State::Failed)
            return r->reason();
    }
    return {};
}

QJsonObject ResourceGroup::toJson() const
{
    QJsonArray resources;
    for (const Resource* r : m_resources)
        resources.append(r->toJson());
    QJsonObject json{{QStringLiteral("name"), m_name},
                     {QStringLiteral("state"), protocol::runStateName(state())},
                     {QStringLiteral("resources"), resources},
                     {QStringLiteral("last_operation_ms"), m_lastOperationMs}};
    if (const protocol::RpcError why = reason(); !why.isNull())
        json.insert(QStringLiteral("reason"), Resource::reasonJson(why));
    return json;
}

} // namespace twinha::agent
