#include "agent/notify/NotifyProbe.h"

#include "agent/config/ConfigReport.h"
#include "agent/notify/NotifyDelivery.h"
#include "agent/notify/NotifySection.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/EventType.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <algorithm>

namespace twinha::agent {

NotifyConfig NotifyProbe::target(const QJsonObject& params, protocol::RpcError* problem)
{
    NotifyConfig t;
    t.name = QStringLiteral("test");
    for (const QJsonValue& v : params.value(QStringLiteral("email")).toArray())
        t.email << v.toString().trimmed();
    t.webhook = params.value(QStringLiteral("webhook")).toString().trimmed();
    t.sendmail = params.value(QStringLiteral("sendmail")).toString(t.sendmail);
    t.timeoutMs = std::clamp(params.value(QStringLiteral("timeout_ms")).toInt(10000), 1000, 30000);
    if (t.email.isEmpty() == t.webhook.isEmpty()) {
        *problem = protocol::RpcError::make(QString::fromLatin1(protocol::codes::kInvalidParams),
                                            {{QStringLiteral("detail"), QStringLiteral("give email or webhook")}});
        return t;
    }
    // The same checks as a [[notify]] in the file.
    AgentConfig config;
    config.notify = {t};
    ConfigReport report;
    checkNotifySection(config, report);
    for (const ConfigIssue& issue : report.issues())
        if (issue.isError()) {
            *problem = issue.toError();
            break;
        }
    return t;
}

void NotifyProbe::run(const NotifyConfig& target, const QString& cluster, const QString& node, QObject* context,
                      const std::function<void(const QJsonObject&)>& done)
{
    Notification n;
    n.kind = QStringLiteral("test");
    n.cluster = cluster.isEmpty() ? QStringLiteral("(not set up yet)") : cluster;
    n.node = node;
    n.subject = node;
    n.summary =
        QStringLiteral("Test message from the TwinHA agent on %1: alerts from this cluster reach you").arg(node);
    n.entry = QJsonObject{{QStringLiteral("type"), protocol::eventTypeName(protocol::EventType::NotifyTest)},
                          {QStringLiteral("node"), node},
                          {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("data"), QJsonObject()}};
    auto* net = new QNetworkAccessManager(context);
    auto* delivery = new NotifyDelivery(target, n, net, net);
    const QString way = target.email.isEmpty() ? QStringLiteral("webhook") : QStringLiteral("email");
    QObject::connect(delivery, &NotifyDelivery::finished, net, [net, way, done](bool ok, const protocol::RpcError& f) {
        QJsonObject result{{QStringLiteral("way"), way}, {QStringLiteral("ok"), ok}};
        if (!ok) { // the failure as a code the wizard words; `detail` in English for older consoles
            result.insert(QStringLiteral("detail"), f.params.value(QStringLiteral("detail")));
            result.insert(QStringLiteral("code"), f.code);
            result.insert(QStringLiteral("params"), f.params);
        }
        done(result);
        net->deleteLater();
    });
    delivery->start();
}

} // namespace twinha::agent
