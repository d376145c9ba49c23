#pragma once

#include "agent/postgres/PgDiscovery.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace twinha::agent {

// The setup wizard's questions about this node's PostgreSQL, answered later because they wait for
// pg_lsclusters and psql (see protocol/Methods.h):
//   postgres.discover {replication_user?} -> the clusters, their facts and problems as codes.
//   postgres.basebackup {version, cluster, source_host, source_port, replication_user}: one at a time;
//     its reply comes after postgres.basebackup_progress notifications sent through the same `reply`.
// Observers may ask postgres.discover: it reads, and changes nothing.
class PostgresMethods : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const protocol::RpcMessage&)>;

    static constexpr int kToolTimeoutMs = 10000;

    explicit PostgresMethods(const QString& node, QObject* parent = nullptr);
    ~PostgresMethods() override;

    // False for a method this class does not know; otherwise `reply` is called exactly once, now or
    // later, unless this object is destroyed first.
    bool handle(const protocol::RpcMessage& request, const Reply& reply);
    static bool observerMayCall(const QString& method);
    // The pg_lsclusters to run; default: found on this node's PATH and sbin folders.
    void setLsclustersTool(const QString& path) { m_lsclusters = path; }

private:
    struct Discovery;
    using Listed = std::function<void(const QList<PgCluster>& clusters, const protocol::RpcError& error)>;
    void discover(const protocol::RpcMessage& request, const Reply& reply);
    void basebackup(const protocol::RpcMessage& request, const Reply& reply);
    QString lsclusters() const;
    void listClusters(const QString& tool, bool json, Listed done);
    void queryClusters(const std::shared_ptr<Discovery>& d, const QList<PgCluster>& clusters);
    static void finish(const std::shared_ptr<Discovery>& d);

    QString m_node;
    QString m_lsclusters;
    QJsonObject m_copying; // {version, cluster} of the postgres.basebackup that runs; empty: none
};

} // namespace twinha::agent
