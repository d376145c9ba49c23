#include "app/ctl/CtlCommand.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "app/ctl/CheckCommand.h"
#include "app/ctl/CtlExitCodes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace twinha::app {

CtlCommand::CtlCommand(const CtlContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
{}

QJsonObject CtlCommand::groupParams() const
{
    QJsonObject params;
    if (!m_ctx.group.isEmpty())
        params.insert(QStringLiteral("group"), m_ctx.group);
    if (!m_ctx.to.isEmpty())
        params.insert(QStringLiteral("to"), m_ctx.to);
    return params;
}

agentlink::AgentClient* CtlCommand::agentFor(const QString& group) const
{
    agentlink::ClusterMonitor* m = m_ctx.monitor;
    agentlink::AgentClient* fallback = nullptr;
    for (int i = 0; i < m->nodeCount(); ++i) {
        const agentlink::NodeView& node = m->node(i);
        if (!node.live())
            continue;
        if (!fallback)
            fallback = m->client(i);
        for (const QJsonValue& g : node.status->extra.value(QStringLiteral("groups")).toArray())
            if ((group.isEmpty() || g[QStringLiteral("name")].toString() == group) &&
                g[QStringLiteral("held")].toBool())
                return m->client(i);
    }
    return fallback;
}

void CtlCommand::print(const QString& text) const
{
    std::printf("%s\n", qUtf8Printable(text));
    std::fflush(stdout);
}

void CtlCommand::printJson(const QJsonObject& o) const
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void CtlCommand::printError(const QString& text) const
{
    std::fprintf(stderr, "twinhactl: %s\n", qUtf8Printable(text));
}

int CtlCommand::exitCodeFor(const QString& code)
{
    namespace codes = protocol::codes;
    if (code == QLatin1String(codes::kPermissionDenied))
        return exitcodes::kDenied;
    if (code == QLatin1String(codes::kConnectionLost) || code == QLatin1String(codes::kRequestTimeout))
        return exitcodes::kUnreachable;
    if (code == QLatin1String(codes::kInvalidParams) || code == QLatin1String(codes::kMethodNotFound))
        return exitcodes::kUsage;
    return exitcodes::kNotReady;
}

std::optional<QJsonObject> CtlCommand::acceptCheck(const protocol::RpcMessage& reply)
{
    if (reply.kind == protocol::RpcMessage::Kind::Error) {
        printError(agentlink::ErrorText::describe(reply.error));
        Q_EMIT finished(exitCodeFor(reply.error.code));
        return std::nullopt;
    }
    const QJsonObject check = reply.result.toObject();
    if (const auto usage = CheckCommand::usageError(check)) {
        if (m_ctx.json)
            printJson(check);
        else
            printError(agentlink::ErrorText::describe(*usage));
        Q_EMIT finished(exitcodes::kUsage);
        return std::nullopt;
    }
    return check;
}

} // namespace twinha::app
