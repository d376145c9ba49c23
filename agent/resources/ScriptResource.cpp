#include "agent/resources/ScriptResource.h"

#include "agent/AgentLog.h"

#include <QTimer>

namespace twinha::agent {

ScriptResource::ScriptResource(const ResourceConfig& config, const ResourceContext& context, QObject* parent)
    : Resource(config, context, parent)
{
    connect(&m_runner, &CommandRunner::finished, this, &ScriptResource::onFinished);
}

void ScriptResource::doStart()
{
    runAction(config().start);
}

void ScriptResource::doStop()
{
    runAction(config().stop);
}

void ScriptResource::doStatus()
{
    runAction(config().status);
}

void ScriptResource::runAction(const QString& command)
{
    prepare(m_runner, currentAction());
    // Looked up once, not at every status check (a user database may be remote); until it is
    // found, every command tries again, so an account created later counts.
    if (!config().runAs.isEmpty() && !m_runAs) {
        QString why;
        m_runAs = RunAs::resolve(config().runAs, &why);
        if (!m_runAs) {
            AgentLog::get("agent.resources")->warn("{}: {}", logName(), why.toStdString());
            CommandRunner::Result result;
            result.stderrTail = why;
            QTimer::singleShot(0, this, [this, result] { onFinished(result); });
            return;
        }
        m_runner.setRunAs(m_runAs);
    }
    m_runner.runShell(command);
}

void ScriptResource::onFinished(const CommandRunner::Result& result)
{
    const Action action = currentAction();
    if (result.ok()) {
        if (action != Action::Status)
            AgentLog::get("agent.resources")
                ->info("{}: {} done in {} ms", logName(), protocol::resourceActionName(action).toStdString(),
                       result.elapsedMs);
        succeed();
        return;
    }
    if (action != Action::Status || result.timedOut)
        AgentLog::get("agent.resources")
            ->warn("{}: {} failed (exit {}{}): {}", logName(), protocol::resourceActionName(action).toStdString(),
                   result.exitCode, result.timedOut ? ", timed out" : "", result.stderrTail.trimmed().toStdString());
    fail(commandError(action, result));
}

} // namespace twinha::agent
