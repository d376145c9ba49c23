#include "tests/netns/ClusterAgents.h"

#include "tests/integration/CoordinatorAsserts.h"
#include "tests/netns/NetnsLab.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace twinha::tests::netns {

using protocol::RpcMessage;

ClusterAgents::ClusterAgents(const NetnsLab& lab)
    : m_lab(lab)
{
    reconnect(1);
    reconnect(2);
}

void ClusterAgents::reconnect(int node)
{
    m_clients[node - 1] = std::make_unique<ControlClient>(m_lab.socket(node));
}

QJsonObject ClusterAgents::status(int node)
{
    auto& c = m_clients[node - 1];
    if (!c->isConnected())
        reconnect(node);
    return c->isConnected() ? c->status() : QJsonObject();
}

QString ClusterAgents::unsettled(const QString& holder, const QString& group)
{
    QJsonObject s[2];
    for (int n : {1, 2}) {
        s[n - 1] = status(n);
        if (s[n - 1].isEmpty())
            return QStringLiteral("node%1's agent does not answer").arg(n);
    }
    for (int n : {1, 2}) {
        const QJsonObject& st = s[n - 1];
        const QString node = QStringLiteral("node%1").arg(n);
        if (!st[QStringLiteral("peer")][QStringLiteral("alive")].toBool())
            return node + QStringLiteral(" does not see its peer");
        if (st[QStringLiteral("split_brain")].toBool())
            return node + QStringLiteral(" reports split-brain");
        const QJsonValue op = st[QStringLiteral("operation")];
        if (op.isObject() && op[QStringLiteral("result")].isNull())
            return node + QStringLiteral(" has an operation under way");
        const QJsonObject g = groupStatus(st, group);
        const bool shouldHold = holder == QLatin1String("both") || holder == node;
        const QString want = shouldHold ? QStringLiteral("running") : QStringLiteral("stopped");
        if (g[QStringLiteral("held")].toBool() != shouldHold || g[QStringLiteral("state")].toString() != want)
            return QStringLiteral("%1: group %2 held=%3 state=%4, want %5")
                .arg(node, group, g[QStringLiteral("held")].toBool() ? QStringLiteral("yes") : QStringLiteral("no"),
                     g[QStringLiteral("state")].toString(), want);
        if (shouldHold && holder != QLatin1String("both") && group == QLatin1String("service") &&
            !m_lab.addressOnly()) { // that lab has no mirror
            const QJsonObject c = channelStatus(st, QStringLiteral("data"));
            if (c[QStringLiteral("lag_s")].isNull() ||
                c[QStringLiteral("lag_s")].toDouble() > c[QStringLiteral("max_lag_s")].toDouble())
                return node + QStringLiteral(" has no replication lag within the limit yet");
        }
        // Ready for the next switchover: what the console's readiness line shows.
        for (const QJsonValue& r : st[QStringLiteral("readiness")].toArray())
            if (r[QStringLiteral("group")].toString() == group && !r[QStringLiteral("ready")].toBool())
                return QStringLiteral("%1: group %2 not ready: %3")
                    .arg(node, group,
                         QString::fromUtf8(
                             QJsonDocument(r[QStringLiteral("reasons")].toArray()).toJson(QJsonDocument::Compact)));
    }
    return {};
}

bool ClusterAgents::waitSettled(const QString& holder, int timeoutMs, QString* why, const QString& group)
{
    // Calm for a while, not just once: right after a move the mirror's first push may still fail
    // (the new standby's receiver is starting), and that takes readiness away again.
    QString missing = QStringLiteral("not checked yet");
    QElapsedTimer calm;
    const bool ok = QTest::qWaitFor(
        [&] {
            missing = unsettled(holder, group);
            if (!missing.isEmpty()) {
                calm.invalidate();
                return false;
            }
            if (!calm.isValid())
                calm.start();
            return calm.elapsed() >= kCalmMs;
        },
        timeoutMs);
    if (why)
        *why = missing;
    return ok;
}

QJsonObject ClusterAgents::switchover(int via, const QString& group, const QString& to, int timeoutMs)
{
    const QString id = startSwitchover(via, group, to);
    return id.isEmpty() ? QJsonObject() : finishedOperation(via, id, timeoutMs);
}

QString ClusterAgents::startSwitchover(int via, const QString& group, const QString& to)
{
    const auto reply = m_clients[via - 1]->call(QStringLiteral("switchover.start"),
                                                {{QStringLiteral("group"), group}, {QStringLiteral("to"), to}});
    if (!reply || reply->kind != RpcMessage::Kind::Result) {
        qWarning("switchover.start on node%d refused: %s %s", via, reply ? qPrintable(reply->error.code) : "no reply",
                 reply ? qPrintable(QJsonDocument(reply->error.params).toJson(QJsonDocument::Compact)) : "");
        return {};
    }
    return reply->result[QStringLiteral("id")].toString();
}

QJsonObject ClusterAgents::finishedOperation(int via, const QString& id, int timeoutMs)
{
    QJsonObject op;
    (void)QTest::qWaitFor(
        [&] {
            op = status(via).value(QStringLiteral("operation")).toObject();
            return op.value(QStringLiteral("id")).toString() == id && !op.value(QStringLiteral("result")).isNull();
        },
        timeoutMs);
    return op;
}

QString ClusterAgents::holder(const QString& group)
{
    QStringList holders;
    for (int n : {1, 2})
        if (groupStatus(status(n), group)[QStringLiteral("held")].toBool())
            holders << QStringLiteral("node%1").arg(n);
    return holders.size() == 2 ? QStringLiteral("both") : holders.value(0);
}

qint64 ClusterAgents::epoch(int node)
{
    return status(node)[QStringLiteral("epoch")].toInteger();
}

bool ClusterAgents::waitForLease(int node, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            const QJsonArray leases = status(node)[QStringLiteral("witness")][QStringLiteral("leases")].toArray();
            return !leases.isEmpty() && leases.first()[QStringLiteral("held")].toBool();
        },
        timeoutMs);
}

} // namespace twinha::tests::netns
