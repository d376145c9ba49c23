#include "agent/resources/SystemdResource.h"

#include "agent/AgentLog.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

SystemdResource::SystemdResource(const ResourceConfig& config, const ResourceContext& context, QObject* parent)
    : Resource(config, context, parent)
{
    connect(&m_runner, &CommandRunner::finished, this, &SystemdResource::onFinished);
}

void SystemdResource::doStart()
{
    queryLoadState();
}

void SystemdResource::doStop()
{
    queryLoadState();
}

void SystemdResource::doStatus()
{
    m_step = Step::Action;
    runSystemctl({QStringLiteral("is-active"), QStringLiteral("--quiet"), QStringLiteral("--"), config().unit});
}

// `systemctl start` on an unknown unit only says "not found" in prose; LoadState is the stable
// answer, so a misspelt unit name is reported as UNIT_NOT_FOUND rather than a generic failure.
void SystemdResource::queryLoadState()
{
    m_step = Step::LoadState;
    runSystemctl({QStringLiteral("show"), QStringLiteral("-p"), QStringLiteral("LoadState"), QStringLiteral("--value"),
                  QStringLiteral("--"), config().unit});
}

void SystemdResource::runSystemctl(const QStringList& arguments)
{
    prepare(m_runner, currentAction());
    QString systemctl = CommandRunner::findTool(QStringLiteral("systemctl"));
    if (systemctl.isEmpty())
        systemctl = QStringLiteral("systemctl"); // let it fail to start, with Qt's reason as stderr
    m_runner.run(systemctl, arguments);
}

void SystemdResource::onFinished(const CommandRunner::Result& result)
{
    const Action action = currentAction();
    const auto log = AgentLog::get("agent.resources");
    if (m_step == Step::LoadState) {
        if (result.ok() && QString::fromUtf8(result.stdoutData).trimmed() == QLatin1String("not-found")) {
            log->warn("{}: unit {} not found", logName(), config().unit.toStdString());
            fail(error(protocol::codes::kUnitNotFound, {{QStringLiteral("unit"), config().unit}}));
            return;
        }
        if (!result.ok()) {
            log->warn("{}: systemctl show failed (exit {}): {}", logName(), result.exitCode,
                      result.stderrTail.trimmed().toStdString());
            fail(commandError(action, result));
            return;
        }
        m_step = Step::Action;
        runSystemctl({action == Action::Start ? QStringLiteral("start") : QStringLiteral("stop"), QStringLiteral("--"),
                      config().unit});
        return;
    }
    if (result.ok()) {
        if (action != Action::Status)
            log->info("{}: {} {} done in {} ms", logName(), protocol::resourceActionName(action).toStdString(),
                      config().unit.toStdString(), result.elapsedMs);
        succeed();
        return;
    }
    if (action != Action::Status)
        log->warn("{}: systemctl {} {} failed (exit {}): {}", logName(),
                  protocol::resourceActionName(action).toStdString(), config().unit.toStdString(), result.exitCode,
                  result.stderrTail.trimmed().toStdString());
    fail(commandError(action, result));
}

} // namespace twinha::agent
