#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/notify/Notification.h"
#include "agentlink/protocol/NotifyFailure.h"
#include "agentlink/protocol/RpcError.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace twinha::agent {

class CommandRunner;

// One attempt to deliver one notification to one [[notify]] target, without blocking: a script
// (CommandRunner), a mail through sendmail's interface, or a JSON POST to a webhook. finished()
// comes exactly once, with what went wrong when it failed: NOTIFY_NOT_DELIVERED.
class NotifyDelivery : public QObject
{
    Q_OBJECT

public:
    NotifyDelivery(const NotifyConfig& target, const Notification& n, QNetworkAccessManager* net,
                   QObject* parent = nullptr);
    ~NotifyDelivery() override;

    void start();

    // The mail as sendmail -t reads it; the webhook's body.
    static QByteArray mail(const NotifyConfig& target, const Notification& n);
    static QByteArray webhookBody(const Notification& n);

Q_SIGNALS:
    void finished(bool ok, const protocol::RpcError& failure);

private:
    void runCommand(const QString& program, const QStringList& arguments, const QByteArray& input);
    void post();
    // NOTIFY_NOT_DELIVERED {reason, ..., detail}: the English detail for the agent's log.
    void fail(protocol::NotifyFailure reason, QJsonObject params, const QString& detail);

    NotifyConfig m_target;
    Notification m_n;
    QNetworkAccessManager* m_net;
    std::unique_ptr<CommandRunner> m_runner;
};

} // namespace twinha::agent
