#include "app/ctl/SwitchoverCommand.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/Methods.h"
#include "app/ctl/CheckCommand.h"
#include "app/ctl/CtlExitCodes.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

#include <cstdio>
#include <unistd.h>
#include <utility>

namespace twinha::app {

using agentlink::OperationView;
using agentlink::StatusText;
using protocol::RpcMessage;

void SwitchoverCommand::run()
{
    agentlink::AgentClient* agent = agentFor(m_ctx.group);
    if (!agent) {
        printError(tr("no node can be reached."));
        return Q_EMIT finished(exitcodes::kUnreachable);
    }
    const QJsonObject params = groupParams();
    agent->call(QString::fromLatin1(protocol::methods::kSwitchoverCheck), params, [this](const RpcMessage& reply) {
        const std::optional<QJsonObject> accepted = acceptCheck(reply);
        if (!accepted)
            return;
        const QJsonObject& check = *accepted;
        if (!m_ctx.json)
            print(CheckCommand::describe(check));
        if (!check.value(QStringLiteral("ready")).toBool()) {
            if (m_ctx.json)
                printJson(check);
            return Q_EMIT finished(exitcodes::kNotReady);
        }
        m_ctx.group = check.value(QStringLiteral("group")).toString();
        m_ctx.to = check.value(QStringLiteral("to")).toString();
        if (!confirmed())
            return Q_EMIT finished(exitcodes::kUsage);
        start();
    });
}

bool SwitchoverCommand::confirmed() const
{
    if (m_ctx.yes)
        return true;
    if (!::isatty(STDIN_FILENO)) {
        printError(tr("not on a terminal: add --yes to confirm the switchover."));
        return false;
    }
    std::printf("%s ", qUtf8Printable(tr("Switch group %1 over to %2 now? [y/N]").arg(m_ctx.group, m_ctx.to)));
    std::fflush(stdout);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    const bool yes = answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y");
    if (!yes)
        printError(tr("Not confirmed: nothing was changed."));
    return yes;
}

void SwitchoverCommand::start()
{
    agentlink::ClusterMonitor* m = m_ctx.monitor;
    for (int i = 0; i < m->nodeCount(); ++i) {
        connect(m->client(i), &agentlink::AgentClient::notificationReceived, this,
                [this](const QString& method, const QJsonObject& params) {
                    if (method == QLatin1String(protocol::methods::kSwitchoverProgress))
                        follow(OperationView::fromJson(params));
                });
    }
    // A lost connection does not stop the agents: reconnect, and the pushed status tells the end.
    for (int i = 0; i < m->nodeCount(); ++i) {
        agentlink::AgentClient* client = m->client(i);
        connect(client, &agentlink::AgentClient::stateChanged, this, [this, client](agentlink::LinkState state) {
            if (m_done || m_id.isEmpty() || state != agentlink::LinkState::Disconnected)
                return;
            if (!std::exchange(m_reconnecting, true))
                printError(tr("the connection to %1 was lost; the agents go on with the operation. Reconnecting to "
                              "see how it ends…")
                               .arg(client->endpoint().name));
            // Emitted from inside the failure: with this set, the client schedules its own retry.
            client->setAutoReconnect(true);
        });
    }
    // Pushed status carries the operation too, so a lost notification never leaves us waiting.
    connect(m, &agentlink::ClusterMonitor::nodeChanged, this, [this, m](int i) {
        if (const auto& s = m->node(i).status)
            follow(OperationView::fromJson(s->extra.value(QStringLiteral("operation")).toObject()));
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        printError(
            tr("no result after 120 s; the agents go on with the operation. Follow it with \"twinhactl watch\"."));
        m_done = true;
        Q_EMIT finished(exitcodes::kFailed);
    });
    m_deadline.start(120000);
    m_clock.start();
    QJsonObject params{{QStringLiteral("group"), m_ctx.group}, {QStringLiteral("to"), m_ctx.to}};
    if (m_force)
        params.insert(QStringLiteral("force"), true);
    agentFor(m_ctx.group)
        ->call(QString::fromLatin1(protocol::methods::kSwitchoverStart), params, [this](const RpcMessage& reply) {
            if (reply.kind == RpcMessage::Kind::Error) {
                printError(agentlink::ErrorText::describe(reply.error));
                m_done = true;
                return Q_EMIT finished(exitCodeFor(reply.error.code));
            }
            m_id = reply.result[QStringLiteral("id")].toString();
            if (!m_ctx.json)
                print(tr("Operation %1 started.").arg(m_id));
        });
}

void SwitchoverCommand::follow(const OperationView& op)
{
    if (m_done || m_id.isEmpty() || op.id != m_id || op.result == protocol::OperationResult::Forwarded)
        return;
    for (; m_printedSteps < op.steps.size(); ++m_printedSteps) {
        const OperationView::Step& s = op.steps.at(m_printedSteps);
        if (m_ctx.json)
            printJson({{QStringLiteral("step"), protocol::operationPhaseName(s.name)},
                       {QStringLiteral("ms"), s.ms},
                       {QStringLiteral("ok"), s.ok}});
        else
            print(QStringLiteral("  %1 %2  %3 ms")
                      .arg(s.ok ? QStringLiteral("✓") : QStringLiteral("✗"), StatusText::step(s.name))
                      .arg(s.ms));
    }
    if (!op.isFinal())
        return;
    m_done = true;
    m_deadline.stop();
    // The gap is measured between two nodes' steps: never show it longer than the whole operation,
    // and say so when the agents could not measure it (-1).
    const qint64 total = op.totalMs();
    const qint64 gap = op.gapMs < 0 ? -1 : std::min<qint64>(op.gapMs, total);
    if (m_ctx.json) {
        printJson({{QStringLiteral("id"), op.id},
                   {QStringLiteral("result"), protocol::operationResultName(op.result)},
                   {QStringLiteral("total_ms"), total},
                   {QStringLiteral("gap_ms"), gap < 0 ? QJsonValue() : QJsonValue(gap)},
                   {QStringLiteral("from"), op.from},
                   {QStringLiteral("to"), op.to},
                   {QStringLiteral("reason"), op.reason.code}});
    } else {
        const QString where = op.result == protocol::OperationResult::Done ? op.to : op.from;
        print(gap < 0 ? tr("%1: group %2 on %3. Total %4 ms; the service gap was not measured.")
                            .arg(StatusText::result(op.result), op.group, where)
                            .arg(total)
                      : tr("%1: group %2 on %3. Total %4 ms, service gap %5 ms.")
                            .arg(StatusText::result(op.result), op.group, where)
                            .arg(total)
                            .arg(gap));
        if (!op.reason.isNull())
            print(agentlink::ErrorText::describe(op.reason));
    }
    Q_EMIT finished(op.result == protocol::OperationResult::Done ? exitcodes::kOk : exitcodes::kFailed);
}

} // namespace twinha::app
