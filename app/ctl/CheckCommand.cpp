#include "app/ctl/CheckCommand.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "app/ctl/CtlExitCodes.h"
#include "app/ctl/StatusReport.h"

#include <QJsonArray>

namespace twinha::app {

using agentlink::StatusText;

QString CheckCommand::describe(const QJsonObject& c)
{
    QStringList lines;
    lines << tr("Group %1: %2 → %3")
                 .arg(c.value(QStringLiteral("group")).toString(), c.value(QStringLiteral("from")).toString(),
                      c.value(QStringLiteral("to")).toString());
    for (const QJsonValue& item : c.value(QStringLiteral("checks")).toArray()) {
        const bool ok = item[QStringLiteral("ok")].toBool();
        QString line = QStringLiteral("  %1 %2").arg(ok ? QStringLiteral("✓") : QStringLiteral("✗"),
                                                     StatusText::check(item[QStringLiteral("check")].toString()));
        if (!ok) {
            QJsonObject params = item[QStringLiteral("params")].toObject();
            line += QStringLiteral(": ") + agentlink::ErrorText::describe(protocol::RpcError::make(
                                               item[QStringLiteral("code")].toString(), params));
        }
        lines << line;
    }
    const QJsonArray stop = c.value(QStringLiteral("stop")).toArray();
    const QJsonArray start = c.value(QStringLiteral("start")).toArray();
    QStringList stopNames, startNames;
    for (const QJsonValue& v : stop)
        stopNames << (v.isObject() ? v[QStringLiteral("name")].toString() : v.toString());
    for (const QJsonValue& v : start)
        startNames << (v.isObject() ? v[QStringLiteral("name")].toString() : v.toString());
    if (!stopNames.isEmpty())
        lines << tr("  Stops on %1: %2")
                     .arg(c.value(QStringLiteral("from")).toString(), stopNames.join(QStringLiteral(", ")));
    if (!startNames.isEmpty())
        lines << tr("  Starts on %1: %2")
                     .arg(c.value(QStringLiteral("to")).toString(), startNames.join(QStringLiteral(", ")));
    lines << (c.value(QStringLiteral("ready")).toBool() ? tr("Ready.") : tr("Blocked."));
    return lines.join(QLatin1Char('\n'));
}

void CheckCommand::run()
{
    agentlink::AgentClient* agent = agentFor(m_ctx.group);
    if (!agent) {
        printError(tr("no node can be reached."));
        return Q_EMIT finished(exitcodes::kUnreachable);
    }
    const QJsonObject params = groupParams();
    agent->call(
        QString::fromLatin1(protocol::methods::kSwitchoverCheck), params, [this](const protocol::RpcMessage& reply) {
            if (reply.kind == protocol::RpcMessage::Kind::Error) {
                printError(agentlink::ErrorText::describe(reply.error));
                return Q_EMIT finished(exitCodeFor(reply.error.code));
            }
            QJsonObject check = reply.result.toObject();
            // The level says how far an automatic move can be trusted, so the check names it too.
            const agentlink::ProtectionView& protection = m_ctx.monitor->view().protection;
            if (m_ctx.json) {
                if (!check.contains(QStringLiteral("protection")))
                    check.insert(QStringLiteral("protection"), protection.toJson());
                printJson(check);
            } else {
                const QString lines = StatusReport::protectionText(protection);
                print(lines.isEmpty() ? describe(check) : describe(check) + QLatin1Char('\n') + lines.trimmed());
            }
            Q_EMIT finished(check.value(QStringLiteral("ready")).toBool() ? exitcodes::kOk : exitcodes::kNotReady);
        });
}

} // namespace twinha::app
