#include "app/ctl/StatusReport.h"

#include "agentlink/ClaimText.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/MaintenanceText.h"
#include "agentlink/ProtectionText.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace twinha::app {

using agentlink::StatusText;

namespace {
// Pads by display width, so CJK text (two columns a character) still lines up.
int displayWidth(const QString& s)
{
    int width = 0;
    for (const QChar c : s)
        width += (c.unicode() >= 0x1100 && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf) ||
                                            (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3) ||
                                            (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff) ||
                                            (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)))
                     ? 2
                     : 1;
    return width;
}

QString pad(const QString& s, int width)
{
    return s + QString(std::max(0, width - displayWidth(s)), QLatin1Char(' '));
}
} // namespace

QString StatusReport::text(const agentlink::ClusterMonitor& monitor)
{
    const QStringList headers{tr("NODE"), tr("REACH"), tr("ROLE"), tr("EPOCH"), tr("AGENT"), tr("UPTIME"), tr("HOST")};
    QList<QStringList> rows{headers};
    QStringList problems;
    for (int i = 0; i < monitor.nodeCount(); ++i) {
        const agentlink::NodeView& n = monitor.node(i);
        const bool s = n.status.has_value();
        rows.append({n.endpoint.name, StatusText::linkState(n.link), s ? StatusText::role(n.status->role) : QString(),
                     s ? QString::number(n.status->epoch) : QString(), s ? n.status->agentVersion : QString(),
                     s ? StatusText::duration(n.status->uptimeS) : QString(), s ? n.status->hostname : QString()});
        if (!n.lastError.isNull() && n.link != agentlink::LinkState::Ready) {
            QString problem = n.endpoint.name + QStringLiteral(": ") + agentlink::ErrorText::describe(n.lastError);
            // twinhactl never trusts a key by itself: say where that is done.
            const QString code = n.lastError.code;
            if (code == QLatin1String(protocol::codes::kHostKeyUnknown) ||
                code == QLatin1String(protocol::codes::kHostKeyChanged) ||
                code == QLatin1String(protocol::codes::kHostKeyOtherType))
                problem += QLatin1Char(' ') + tr("To compare and trust it: twinhactl --cluster %1 trust %2")
                                                  .arg(monitor.profile().path, n.endpoint.name);
            problems << problem;
        }
    }
    QList<int> widths(headers.size(), 0);
    for (const QStringList& row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));

    QString out = tr("Cluster %1").arg(monitor.profile().name) + QLatin1Char('\n');
    for (const QStringList& row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += pad(row.at(c), widths[c] + 2);
        out += line.trimmed() + QLatin1Char('\n');
    }
    const agentlink::ClusterView& view = monitor.view();
    // The console's words: a node whose SSH login works but whose agent is silent is not unreachable.
    QList<agentlink::NodeView> nodes;
    for (int i = 0; i < monitor.nodeCount(); ++i)
        nodes << monitor.node(i);
    out += tr("State: %1. %2").arg(StatusText::health(view.health), StatusText::diagnosis(view, nodes)) +
           QLatin1Char('\n');
    // What a silent node last claimed (history, not a second active node) and failed stops.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const agentlink::GroupView& g : view.groups)
        for (int i = 0; i < 2 && i < monitor.nodeCount(); ++i) {
            if (!g.lastClaim[i].isNull())
                out += tr("Group %1: %2").arg(g.name, agentlink::ClaimText::lastClaim(g.lastClaim[i], now)) +
                       QLatin1Char('\n');
            if (g.stopFailed[i])
                out += tr("Group %1: %2").arg(g.name, agentlink::ClaimText::stopFailed(monitor.node(i).endpoint.name)) +
                       QLatin1Char('\n');
        }
    if (view.maintenance.isOn())
        out += agentlink::MaintenanceText::statusLine(view.maintenance) + QLatin1Char('\n');
    out += protectionText(view.protection);
    for (const agentlink::ReadinessView& r : view.readiness) {
        QStringList reasons;
        for (const protocol::RpcError& e : r.reasons)
            reasons << agentlink::ErrorText::describe(e);
        out += (r.ready ? tr("Group %1 (%2 → %3): ready for switchover.").arg(r.group, r.from, r.to)
                        : tr("Group %1: blocked: %2").arg(r.group, reasons.join(QStringLiteral(" ")))) +
               QLatin1Char('\n');
    }
    for (const QString& p : problems)
        out += p + QLatin1Char('\n');
    return out;
}

QJsonObject StatusReport::json(const agentlink::ClusterMonitor& monitor)
{
    QJsonArray nodes;
    for (int i = 0; i < monitor.nodeCount(); ++i) {
        const agentlink::NodeView& n = monitor.node(i);
        QJsonObject node{{QStringLiteral("name"), n.endpoint.name},
                         {QStringLiteral("address"), n.endpoint.displayAddress()},
                         {QStringLiteral("link"), QString::fromLatin1(agentlink::linkStateName(n.link))},
                         {QStringLiteral("reached"), n.reached()}};
        if (n.status)
            node.insert(QStringLiteral("status"), n.status->toJson());
        if (!n.lastError.isNull()) {
            QJsonObject error = n.lastError.params;
            error.insert(QStringLiteral("code"), n.lastError.code);
            error.insert(QStringLiteral("message"), agentlink::ErrorText::describe(n.lastError));
            node.insert(QStringLiteral("error"), error);
        }
        nodes.append(node);
    }
    const agentlink::ClusterView& view = monitor.view();
    // As the agents send them: maintenance mode from the node with the latest word, and each node's
    // fence device for its peer (null: none, or an agent too old to say).
    QJsonObject fencing;
    for (int i = 0; i < monitor.nodeCount(); ++i) {
        const agentlink::NodeView& n = monitor.node(i);
        const QJsonValue device = n.status ? n.status->extra.value(QStringLiteral("fencing")) : QJsonValue();
        fencing.insert(n.endpoint.name, device.isObject() ? device : QJsonValue());
    }
    return {{QStringLiteral("cluster"), monitor.profile().name},
            {QStringLiteral("health"), QString::fromLatin1(agentlink::clusterHealthName(view.health))},
            {QStringLiteral("diagnosis"), QString::fromLatin1(agentlink::clusterDiagnosisName(view.diagnosis))},
            {QStringLiteral("diagnosis_node"),
             view.subjectNode >= 0 ? QJsonValue(monitor.node(view.subjectNode).endpoint.name) : QJsonValue()},
            {QStringLiteral("protection"), view.protection.toJson()},
            {QStringLiteral("maintenance"), view.maintenance.known ? QJsonValue(view.maintenance.raw) : QJsonValue()},
            {QStringLiteral("fencing"), fencing},
            {QStringLiteral("nodes"), nodes}};
}

QString StatusReport::protectionText(const agentlink::ProtectionView& protection)
{
    if (!protection.known())
        return {}; // an older agent: say nothing rather than something wrong
    QString out = agentlink::ProtectionText::headline(protection) + QLatin1Char('\n');
    for (const agentlink::ProtectionText::Line& line : agentlink::ProtectionText::lines(protection))
        out += QStringLiteral("  ") + line.text + QLatin1Char('\n');
    return out;
}

} // namespace twinha::app
