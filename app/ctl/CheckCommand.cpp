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

namespace {
protocol::RpcError reasonError(const QJsonValue& reason)
{
    QJsonObject params = reason.toObject();
    const QString code = params.take(QStringLiteral("code")).toString();
    return protocol::RpcError::make(code, params);
}
} // namespace

std::optional<protocol::RpcError> CheckCommand::usageError(const QJsonObject& check)
{
    for (const QJsonValue& reason : check.value(QStringLiteral("reasons")).toArray()) {
        const QString code = reason[QStringLiteral("code")].toString();
        if (code == QLatin1String(protocol::codes::kUnknownGroup) ||
            code == QLatin1String(protocol::codes::kUnknownNode))
            return reasonError(reason);
    }
    return std::nullopt;
}

QString CheckCommand::describe(const QJsonObject& c)
{
    QStringList lines;
    const QString group = c.value(QStringLiteral("group")).toString();
    const QString from = c.value(QStringLiteral("from")).toString();
    const QString to = c.value(QStringLiteral("to")).toString();
    lines << (from.isEmpty() || to.isEmpty() ? tr("Group %1").arg(group)
                                             : tr("Group %1: %2 → %3").arg(group, from, to));
    QStringList shown;
    for (const QJsonValue& item : c.value(QStringLiteral("checks")).toArray()) {
        const bool ok = item[QStringLiteral("ok")].toBool();
        QString line = QStringLiteral("  %1 %2").arg(ok ? QStringLiteral("✓") : QStringLiteral("✗"),
                                                     StatusText::check(item[QStringLiteral("check")].toString()));
        if (!ok) {
            QJsonObject params = item[QStringLiteral("params")].toObject();
            line += QStringLiteral(": ") + agentlink::ErrorText::describe(protocol::RpcError::make(
                                               item[QStringLiteral("code")].toString(), params));
            shown << item[QStringLiteral("code")].toString();
        }
        lines << line;
    }
    // A refusal that no single check carries (an unknown group, a node out of reach) still says why.
    for (const QJsonValue& reason : c.value(QStringLiteral("reasons")).toArray()) {
        const protocol::RpcError error = reasonError(reason);
        if (!shown.contains(error.code))
            lines << QStringLiteral("  ✗ ") + agentlink::ErrorText::describe(error);
    }
    QStringList stopNames, startNames;
    for (const QJsonValue& v : c.value(QStringLiteral("stop")).toArray())
        stopNames << (v.isObject() ? v[QStringLiteral("name")].toString() : v.toString());
    for (const QJsonValue& v : c.value(QStringLiteral("start")).toArray())
        startNames << (v.isObject() ? v[QStringLiteral("name")].toString() : v.toString());
    if (!stopNames.isEmpty() && !from.isEmpty())
        lines << tr("  Stops on %1: %2").arg(from, stopNames.join(QStringLiteral(", ")));
    if (!startNames.isEmpty() && !to.isEmpty())
        lines << tr("  Starts on %1: %2").arg(to, startNames.join(QStringLiteral(", ")));
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
            std::optional<QJsonObject> accepted = acceptCheck(reply);
            if (!accepted)
                return;
            QJsonObject& check = *accepted;
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
