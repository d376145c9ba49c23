#include "app/ctl/DivergenceCommand.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "app/ctl/CtlExitCodes.h"

#include <QJsonArray>
#include <QLocale>

namespace twinha::app {

using protocol::RpcMessage;
namespace codes = protocol::codes;

bool DivergenceCommand::validArguments(const QStringList& words)
{
    return (words.size() == 1 && words.first() == QLatin1String("list")) ||
           (words.size() == 2 && words.first() == QLatin1String("show") && !words.at(1).isEmpty());
}

QString DivergenceCommand::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void DivergenceCommand::run()
{
    m_show = m_ctx.argument == QLatin1String("show");
    const QString method =
        QString::fromLatin1(m_show ? protocol::methods::kDivergenceShow : protocol::methods::kDivergenceList);
    QJsonObject params;
    if (m_show)
        params = {{QStringLiteral("id"), m_ctx.id}, {QStringLiteral("limit"), m_ctx.limit}};
    agentlink::ClusterMonitor* m = m_ctx.monitor;
    for (int i = 0; i < m->nodeCount(); ++i) {
        if (m->node(i).link != agentlink::LinkState::Ready) {
            ++m_failed;
            continue;
        }
        ++m_waiting;
        const QString node = m->node(i).endpoint.name;
        m->client(i)->call(method, params, [this, node](const RpcMessage& reply) { answered(node, reply); });
    }
    if (m_waiting == 0) {
        printError(tr("no node can be reached."));
        Q_EMIT finished(exitcodes::kUnreachable);
    }
}

void DivergenceCommand::answered(const QString& node, const RpcMessage& reply)
{
    if (reply.kind == RpcMessage::Kind::Error) {
        // Asked of both nodes, a set is on one of them only: "not found" is no failure there.
        if (reply.error.code == QLatin1String(codes::kPermissionDenied))
            ++m_denied;
        if (reply.error.code != QLatin1String(codes::kDivergenceNotFound)) {
            ++m_failed;
            printError(node + QStringLiteral(": ") + agentlink::ErrorText::describe(reply.error));
        }
    } else {
        QJsonObject result = reply.result.toObject();
        result.insert(QStringLiteral("node"), node);
        m_results << result;
    }
    if (--m_waiting == 0)
        finish();
}

void DivergenceCommand::finish()
{
    if (m_denied > 0)
        return Q_EMIT finished(exitcodes::kDenied);
    if (m_show && m_results.isEmpty() && m_failed == 0) {
        printError(tr("no node keeps a set named %1.").arg(m_ctx.id));
        return Q_EMIT finished(exitcodes::kUsage);
    }
    if (m_show) {
        for (const QJsonObject& r : std::as_const(m_results))
            m_ctx.json ? printJson(r) : printSet(r);
    } else {
        printList();
    }
    Q_EMIT finished(m_failed == 0 ? exitcodes::kOk : exitcodes::kUnreachable);
}

void DivergenceCommand::printList() const
{
    int sets = 0;
    for (const QJsonObject& r : m_results) {
        const QString node = r.value(QStringLiteral("node")).toString();
        for (const QJsonValue& v : r.value(QStringLiteral("sets")).toArray()) {
            QJsonObject s = v.toObject();
            s.insert(QStringLiteral("node"), node);
            ++sets;
            if (m_ctx.json) {
                printJson(s);
                continue;
            }
            const QString id = s.value(QStringLiteral("id")).toString();
            print(tr("%1  %2  kept %3: %n file(s) (%4 deleted, %5 overwritten), %6", nullptr,
                     int(s.value(QStringLiteral("files")).toInteger()))
                      .arg(node, id, s.value(QStringLiteral("kept_at")).toString())
                      .arg(s.value(QStringLiteral("deleted")).toInteger())
                      .arg(s.value(QStringLiteral("overwritten")).toInteger())
                      .arg(sizeText(s.value(QStringLiteral("bytes")).toInteger())));
            print(s.value(QStringLiteral("present")).toBool()
                      ? QStringLiteral("    ") + s.value(QStringLiteral("path")).toString()
                      : QStringLiteral("    ") + tr("%1 (removed)").arg(s.value(QStringLiteral("path")).toString()));
        }
        for (const QJsonValue& a : r.value(QStringLiteral("armed")).toArray()) {
            if (m_ctx.json) {
                printJson({{QStringLiteral("node"), node}, {QStringLiteral("armed"), a}});
                continue;
            }
            print(tr("%1  channel %2: waiting for the resync from the peer, which keeps what it deletes or "
                     "overwrites in %3")
                      .arg(node, a[QStringLiteral("channel")].toString(), a[QStringLiteral("id")].toString()));
        }
    }
    if (sets == 0 && !m_ctx.json)
        print(tr("No node keeps files from a resync."));
}

void DivergenceCommand::printSet(const QJsonObject& result) const
{
    const QJsonObject s = result.value(QStringLiteral("set")).toObject();
    print(tr("%1 on %2, channel %3, group %4")
              .arg(s.value(QStringLiteral("id")).toString(), result.value(QStringLiteral("node")).toString(),
                   s.value(QStringLiteral("channel")).toString(), s.value(QStringLiteral("group")).toString()));
    print(tr("Kept %1 in %2")
              .arg(s.value(QStringLiteral("kept_at")).toString(), s.value(QStringLiteral("path")).toString()));
    if (!s.value(QStringLiteral("present")).toBool())
        print(tr("The folder is gone: someone removed it."));
    for (const QJsonValue& f : result.value(QStringLiteral("files")).toArray()) {
        const bool overwritten = f[QStringLiteral("kind")].toString() == QLatin1String("overwritten");
        print(QStringLiteral("%1  %2  %3")
                  .arg(overwritten ? tr("overwritten") : tr("deleted"), -12)
                  .arg(sizeText(f[QStringLiteral("size")].toInteger()), 9)
                  .arg(f[QStringLiteral("path")].toString()));
    }
    if (result.value(QStringLiteral("more")).toBool())
        print(tr("… and more; --limit N shows more of the %n file(s).", nullptr,
                 int(s.value(QStringLiteral("files")).toInteger())));
}

} // namespace twinha::app
