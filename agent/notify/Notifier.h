#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/notify/Notification.h"
#include "agentlink/protocol/EventType.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace twinha::agent {

class NotifyDelivery;

// The agent's [[notify]] targets, fed with every journal entry. Each target has a queue of its
// own and one delivery at a time; a failed one is tried again after kBackoffMs[attempt], and
// after the last the notification is given up. Both outcomes are journaled (notify_sent,
// notify_failed). Nothing here waits: the agent's decisions never hang on a mail server.
class Notifier : public QObject
{
    Q_OBJECT

public:
    using Record = std::function<void(protocol::EventType type, const QJsonObject& data)>;
    static constexpr int kMaxQueued = 100; // per target; the oldest goes first beyond it

    Notifier(const QList<NotifyConfig>& targets, const QString& cluster, Record record, QObject* parent = nullptr);
    ~Notifier() override;

    // Waits before each new try: 1 s, 5 s, 30 s, 2 min, 10 min; then it gives up.
    void setBackoffMs(const QList<int>& backoffMs) { m_backoffMs = backoffMs; }

    void onJournalEntry(const QJsonObject& entry);
    // Sends `n` to the target named `target` (the wizard's test message); false if there is none.
    bool send(const QString& target, const Notification& n);

private:
    struct Pending
    {
        Notification n;
        int attempts = 0;
    };
    struct Target
    {
        NotifyConfig config;
        QList<Pending> queue;
        NotifyDelivery* inFlight = nullptr;
        bool waiting = false; // a retry is scheduled
    };

    void enqueue(Target& t, const Notification& n);
    void next(Target& t);
    void done(Target& t, bool ok, const protocol::RpcError& failure);

    QString m_cluster;
    Record m_record;
    QList<int> m_backoffMs{1000, 5000, 30000, 120000, 600000};
    std::unique_ptr<QNetworkAccessManager> m_net;
    QList<std::shared_ptr<Target>> m_targets;
};

} // namespace twinha::agent
