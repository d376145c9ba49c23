#include "app/ctl/TakeoverCommand.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Methods.h"
#include "app/ctl/CheckCommand.h"
#include "app/ctl/CtlExitCodes.h"
#include "app/ctl/TerminalPrompter.h"

#include <unistd.h>

namespace twinha::app {

using protocol::RpcMessage;

void TakeoverCommand::run()
{
    m_force = true;
    agentlink::AgentClient* agent = agentFor(m_ctx.group);
    if (!agent) {
        printError(SwitchoverCommand::tr("no node can be reached."));
        return Q_EMIT finished(exitcodes::kUnreachable);
    }
    // The pre-checks name the group and target when they are left out, refuse unknown ones, and
    // show what force is about to override.
    agent->call(QString::fromLatin1(protocol::methods::kSwitchoverCheck), groupParams(),
                [this](const RpcMessage& reply) {
                    const std::optional<QJsonObject> accepted = acceptCheck(reply);
                    if (!accepted)
                        return;
                    const QJsonObject& check = *accepted;
                    m_ctx.group = check.value(QStringLiteral("group")).toString();
                    m_ctx.to = check.value(QStringLiteral("to")).toString();
                    if (!m_ctx.json) {
                        print(CheckCommand::describe(check));
                        warn();
                    }
                    if (!confirmed())
                        return Q_EMIT finished(exitcodes::kUsage);
                    start();
                });
}

QString TakeoverCommand::otherNode() const
{
    for (const agentlink::NodeEndpoint& n : m_ctx.monitor->profile().nodes)
        if (n.name != m_ctx.to)
            return n.name;
    return {};
}

void TakeoverCommand::warn() const
{
    const QString other = otherNode();
    print(tr("Take over group %1 on %2 by force?").arg(m_ctx.group, m_ctx.to));
    print(tr("This skips the pre-checks that failed. Use it only when you know why they failed and, if %1 cannot be "
             "reached, that it is really down (switched off, for example) and not merely cut off from here or from "
             "%2.")
              .arg(other, m_ctx.to));
    print(tr("If %1 still runs group %2 without hearing %3, both nodes serve clients at once: split-brain. The data "
             "written on one side is lost when they are joined again.")
              .arg(other, m_ctx.group, m_ctx.to));
    print(tr("Changes not yet replicated to %1 are lost if %2 cannot send them first.").arg(m_ctx.to, other));
}

bool TakeoverCommand::confirmed() const
{
    // As the console: the group's exact name, typed, never a reflex "y". --yes does not count.
    if (!m_ctx.confirm.isNull()) {
        if (m_ctx.confirm == m_ctx.group)
            return true;
        printError(tr("--confirm takes the group's name, %1, exactly (not \"%2\"): nothing was changed.")
                       .arg(m_ctx.group, m_ctx.confirm));
        return false;
    }
    if (!::isatty(STDIN_FILENO)) {
        printError(tr("not on a terminal: add --confirm %1 (the group's name) to take it over by force; --yes is not "
                      "enough.")
                       .arg(m_ctx.group));
        return false;
    }
    QByteArray typed;
    const bool answered =
        TerminalPrompter::readLine(tr("To confirm, type the group's name, %1: ").arg(m_ctx.group), true, &typed);
    if (answered && QString::fromUtf8(typed) == m_ctx.group)
        return true;
    printError(SwitchoverCommand::tr("Not confirmed: nothing was changed."));
    return false;
}

} // namespace twinha::app
