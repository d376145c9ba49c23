#pragma once

#include "agent/postgres/PgStreamStatus.h"
#include "agent/postgres/PgTask.h"
#include "agentlink/protocol/ConfigTerms.h"
#include "agentlink/protocol/EventType.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace twinha::agent {

// Keeps synchronous_standby_names on the primary as the channel's `synchronous` setting asks, from
// each sample of the primary's view:
//   "strict": always '*' (the pair's one standby): no commit returns before the standby has it,
//             and writes wait while it is away;
//   "on":     '*' while the standby streams; '' once it does not, so writes go on alone. The
//             channel publishes "not synchronous" to the peer first (kDegradeDelayMs before the
//             setting changes), and the peer never fails over automatically while it is not.
// ALTER SYSTEM and pg_reload_conf(), as the instance's owner; each change is journaled
// (pg_synchronous {synchronous}).
class PgSyncMode : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDegradeDelayMs = 600; // three heartbeats at the default interval

    PgSyncMode(const PgInstance& instance, protocol::SyncCommit mode, QObject* parent = nullptr);

    void observe(const PgStreamStatus& primary);
    void stop();

Q_SIGNALS:
    void journalEvent(protocol::EventType type, const QJsonObject& data);

private:
    void apply(const QString& names);

    PgTask m_task;
    protocol::SyncCommit m_mode;
    QString m_pending; // the value being set
    QTimer m_degrade;
};

} // namespace twinha::agent
