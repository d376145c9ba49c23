#include "app/ctl/MaintenanceCommand.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/MaintenanceText.h"
#include "agentlink/protocol/Methods.h"
#include "app/ctl/CtlExitCodes.h"

namespace twinha::app {

using protocol::RpcMessage;

bool MaintenanceCommand::validArgument(const QString& argument)
{
    return argument == QLatin1String("on") || argument == QLatin1String("off");
}

void MaintenanceCommand::run()
{
    agentlink::AgentClient* agent = nullptr;
    for (int i = 0; i < m_ctx.monitor->nodeCount() && !agent; ++i)
        if (m_ctx.monitor->node(i).link == agentlink::LinkState::Ready)
            agent = m_ctx.monitor->client(i);
    if (!agent) {
        printError(tr("no node can be reached."));
        return Q_EMIT finished(exitcodes::kUnreachable);
    }
    QJsonObject params{{QStringLiteral("on"), m_ctx.argument == QLatin1String("on")}};
    if (!m_ctx.group.isEmpty())
        params.insert(QStringLiteral("group"), m_ctx.group);
    agent->call(QString::fromLatin1(protocol::methods::kMaintenanceSet), params, [this](const RpcMessage& reply) {
        if (reply.kind == RpcMessage::Kind::Error) {
            printError(agentlink::ErrorText::describe(reply.error));
            return Q_EMIT finished(exitCodeFor(reply.error.code));
        }
        const QJsonObject state = reply.result[QStringLiteral("maintenance")].toObject();
        if (m_ctx.json) {
            printJson({{QStringLiteral("maintenance"), state}});
        } else {
            const agentlink::MaintenanceView m = agentlink::MaintenanceView::fromJson(state);
            print(m.isOn() ? agentlink::MaintenanceText::statusLine(m) : tr("Maintenance: off"));
            if (m.isOn())
                print(agentlink::MaintenanceText::banner(m));
        }
        Q_EMIT finished(exitcodes::kOk);
    });
}

} // namespace twinha::app
