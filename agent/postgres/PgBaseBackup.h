#pragma once

#include "agent/postgres/PgDiscovery.h"
#include "agentlink/protocol/RpcError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace twinha::agent {

class PgTask;

// Makes a stopped cluster of this node a standby of a primary elsewhere: pg_basebackup -R into its
// data folder, as the cluster's owner. What the folder held is kept beside it (<data>.twinha-<time>),
// and put back when the copy fails; nothing is deleted. Progress is the size of the new folder,
// measured off the event loop once a second.
class PgBaseBackup : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        PgCluster cluster;  // this node's, from pg_lsclusters
        QString sourceHost; // the primary: host name, address, or a unix socket folder
        quint16 sourcePort = 5432;
        QString user; // the replication role
    };
    using Progress = std::function<void(qint64 bytes)>;
    // {version, cluster, data_dir, kept, bytes} or an error (PG_CLUSTER_RUNNING, PG_DATA_DIR_FAILED,
    // PG_COMMAND_FAILED).
    using Done = std::function<void(const QJsonObject& result, const protocol::RpcError& error)>;

    static constexpr int kTimeoutMs = 12 * 3600 * 1000;
    static constexpr int kProgressMs = 1000;

    PgBaseBackup(const Request& request, QObject* parent = nullptr);
    ~PgBaseBackup() override;

    // Calls `done` exactly once, later, unless this object is destroyed first.
    void start(Progress progress, Done done);

    static QStringList arguments(const Request& request);
    static QString keptPath(const QString& dataDir, const QDateTime& when, const char* what = "twinha");
    // A source the command line may carry: no option, no spaces.
    static bool isValidHost(const QString& host);

private:
    void finished(bool ok, const protocol::RpcError& failure);
    void measure();
    protocol::RpcError dataDirFailed(const QString& path, const QString& detail) const;

    Request m_request;
    Progress m_progress;
    Done m_done;
    QString m_kept;
    PgTask* m_task = nullptr;
    qint64 m_bytes = 0;
    bool m_measuring = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace twinha::agent
