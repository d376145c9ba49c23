#pragma once

#include "agent/witness/LeaseBackend.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <functional>

namespace twinha::agent {

// The third vote from an etcd v3 cluster (Debian's etcd-server), as Patroni takes it: each group's
// key /twinha/CLUSTER/GROUP names its holder and is bound to an etcd lease with the TTL. Taking it
// is a transaction that creates the key only if it does not exist (create_revision = 0); holding it
// is a keep-alive of the lease; handing it back revokes the lease, which deletes the key; a holder
// that stops renewing loses the key when etcd expires the lease. The key's create_revision is the
// lease's generation. One etcd cluster can arbitrate for every pair a company runs. Spoken through
// etcd's JSON gateway (/v3/...), plain HTTP or HTTPS.
class EtcdLeaseClient : public LeaseBackend
{
    Q_OBJECT

public:
    EtcdLeaseClient(const QString& cluster, const QString& self, const WitnessConfig& witness,
                    QObject* parent = nullptr);

    bool start(QString* error) override;
    QString address() const override { return config().etcd.join(QLatin1Char(',')); }
    QString key(const QString& group) const;

protected:
    QString kind() const override { return QStringLiteral("etcd"); }
    void request(const QString& group) override;
    void handBack(const QString& group) override;

private:
    struct Slot
    {
        qint64 leaseId = 0;      // ours, 0 when none
        qint64 leaseSentMs = -1; // when we asked for it (the TTL runs from about then)
        bool held = false;       // the key is ours, bound to leaseId
        bool busy = false;       // one call at a time per group
    };
    using Reply = std::function<void(bool ok, const QJsonObject& body)>;

    void post(const QString& path, const QJsonObject& body, Reply reply);
    void grantLease(const QString& group);
    void takeKey(const QString& group, qint64 sentMs);
    void keepAlive(const QString& group);
    void lost(const QString& group, const QString& code);

    QString m_cluster;
    QString m_self;
    QNetworkAccessManager m_http;
    int m_endpoint = 0; // the one in use; the next after a failure
    QHash<QString, Slot> m_slots;
};

} // namespace twinha::agent
