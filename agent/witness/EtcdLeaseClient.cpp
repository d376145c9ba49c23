#include "agent/witness/EtcdLeaseClient.h"

#include "agent/AgentLog.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace twinha::agent {

namespace {
QString b64(const QString& s)
{
    return QString::fromLatin1(s.toUtf8().toBase64());
}

QString unb64(const QJsonValue& v)
{
    return QString::fromUtf8(QByteArray::fromBase64(v.toString().toLatin1()));
}

// etcd's gateway writes 64-bit numbers as strings.
qint64 int64Of(const QJsonValue& v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}
} // namespace

EtcdLeaseClient::EtcdLeaseClient(const QString& cluster, const QString& self, const WitnessConfig& witness,
                                 QObject* parent)
    : LeaseBackend(witness, parent)
    , m_cluster(cluster)
    , m_self(self)
{}

bool EtcdLeaseClient::start(QString* error)
{
    if (config().etcd.isEmpty()) {
        *error = QStringLiteral("no etcd endpoint");
        return false;
    }
    startRenewing();
    AgentLog::get("agent.witness")
        ->info("etcd {} (key {}, lease {} ms, renewed every {} ms, groups stopped {} ms before a lease can end)",
               address().toStdString(), key(QStringLiteral("GROUP")).toStdString(), terms().ttlMs,
               terms().renewEveryMs(), terms().stopMarginMs());
    return true;
}

QString EtcdLeaseClient::key(const QString& group) const
{
    return QStringLiteral("/twinha/%1/%2").arg(m_cluster, group);
}

void EtcdLeaseClient::post(const QString& path, const QJsonObject& body, Reply reply)
{
    const QString base = config().etcd.value(m_endpoint % config().etcd.size());
    QNetworkRequest request(QUrl(base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    // A call that outlives half a lease is worth nothing: the lease is judged on our clock anyway.
    request.setTransferTimeout(int(std::max<qint64>(200, terms().ttlMs / 2)));
    QNetworkReply* r = m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(r, &QNetworkReply::finished, this, [this, r, reply = std::move(reply)] {
        r->deleteLater();
        const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
        const bool ok = r->error() == QNetworkReply::NoError && !o.contains(QStringLiteral("error"));
        if (r->error() != QNetworkReply::NoError && r->error() < QNetworkReply::ContentAccessDenied) {
            ++m_endpoint; // unreachable: the next endpoint next time
            AgentLog::get("agent.witness")->debug("etcd: {}", r->errorString().toStdString());
        }
        reply(ok, o);
    });
}

void EtcdLeaseClient::request(const QString& group)
{
    Slot& s = m_slots[group];
    if (s.busy)
        return;
    if (s.held && s.leaseId != 0)
        keepAlive(group);
    else if (s.leaseId != 0 && nowMs() - s.leaseSentMs < terms().ttlMs - terms().stopMarginMs())
        takeKey(group, s.leaseSentMs); // our lease is still young: try the key with it again
    else
        grantLease(group);
}

void EtcdLeaseClient::grantLease(const QString& group)
{
    Slot& s = m_slots[group];
    s.busy = true;
    const qint64 sentMs = nowMs();
    const qint64 ttlS = std::max<qint64>(1, (terms().ttlMs + 999) / 1000);
    post(QStringLiteral("/v3/lease/grant"), {{QStringLiteral("TTL"), QString::number(ttlS)}},
         [this, group, sentMs](bool ok, const QJsonObject& body) {
             Slot& s = m_slots[group];
             s.busy = false;
             if (!ok || int64Of(body.value(QStringLiteral("ID"))) == 0)
                 return; // unreachable: nothing answered, so nothing changes but the deadline
             s.leaseId = int64Of(body.value(QStringLiteral("ID")));
             s.leaseSentMs = sentMs;
             takeKey(group, sentMs);
         });
}

void EtcdLeaseClient::takeKey(const QString& group, qint64 sentMs)
{
    Slot& s = m_slots[group];
    s.busy = true;
    const QString k = b64(key(group));
    const QJsonObject txn{
        {QStringLiteral("compare"), QJsonArray{QJsonObject{{QStringLiteral("key"), k},
                                                           {QStringLiteral("target"), QStringLiteral("CREATE")},
                                                           {QStringLiteral("create_revision"), QStringLiteral("0")}}}},
        {QStringLiteral("success"),
         QJsonArray{QJsonObject{
             {QStringLiteral("request_put"), QJsonObject{{QStringLiteral("key"), k},
                                                         {QStringLiteral("value"), b64(m_self)},
                                                         {QStringLiteral("lease"), QString::number(s.leaseId)}}}}}},
        {QStringLiteral("failure"),
         QJsonArray{QJsonObject{{QStringLiteral("request_range"), QJsonObject{{QStringLiteral("key"), k}}}}}}};
    post(QStringLiteral("/v3/kv/txn"), txn, [this, group, sentMs](bool ok, const QJsonObject& body) {
        Slot& s = m_slots[group];
        s.busy = false;
        if (!ok)
            return;
        const qint64 revision = int64Of(body[QStringLiteral("header")][QStringLiteral("revision")]);
        if (body.value(QStringLiteral("succeeded")).toBool()) {
            s.held = true;
            granted(group, sentMs, m_self, revision);
            // With a lease granted a while ago (tried again and again until the key was free), the
            // group may run only until that old grant's end, which can be a few ms away: renew it
            // now, not at the next tick, or the new holder stops right after it started.
            if (nowMs() - sentMs >= terms().renewEveryMs())
                keepAlive(group);
            return;
        }
        const QJsonObject kv =
            body[QStringLiteral("responses")][0][QStringLiteral("response_range")][QStringLiteral("kvs")][0].toObject();
        const QString holder = unb64(kv.value(QStringLiteral("value")));
        const qint64 generation = int64Of(kv.value(QStringLiteral("create_revision")));
        if (holder == m_self && int64Of(kv.value(QStringLiteral("lease"))) != 0) {
            // Ours from before a restart: adopt that lease and keep it alive; its TTL is unknown
            // here, so it counts as held only from the first keep-alive's answer.
            s.leaseId = int64Of(kv.value(QStringLiteral("lease")));
            s.held = true;
            keepAlive(group);
            return;
        }
        refused(group, holder, -1, generation, QString::fromLatin1(protocol::codes::kWitnessLeaseHeld), true);
    });
}

void EtcdLeaseClient::keepAlive(const QString& group)
{
    Slot& s = m_slots[group];
    s.busy = true;
    const qint64 sentMs = nowMs();
    post(QStringLiteral("/v3/lease/keepalive"), {{QStringLiteral("ID"), QString::number(s.leaseId)}},
         [this, group, sentMs](bool ok, const QJsonObject& body) {
             Slot& s = m_slots[group];
             s.busy = false;
             if (!ok)
                 return;
             // The gateway streams keep-alive answers: {"result": {"ID", "TTL"}}; no TTL: expired.
             const QJsonObject result = body.value(QStringLiteral("result")).toObject();
             if (int64Of(result.value(QStringLiteral("TTL"))) <= 0) {
                 lost(group, QString::fromLatin1(protocol::codes::kWitnessLeaseLost));
                 return;
             }
             granted(group, sentMs, m_self, lease(group).generation);
         });
}

void EtcdLeaseClient::lost(const QString& group, const QString& code)
{
    Slot& s = m_slots[group];
    s.held = false;
    s.leaseId = 0;
    refused(group, QString(), -1, lease(group).generation, code, true);
}

void EtcdLeaseClient::handBack(const QString& group)
{
    Slot& s = m_slots[group];
    if (s.leaseId == 0)
        return;
    post(QStringLiteral("/v3/lease/revoke"), {{QStringLiteral("ID"), QString::number(s.leaseId)}},
         [this](bool, const QJsonObject&) { answered(); });
    s.leaseId = 0;
    s.held = false;
}

} // namespace twinha::agent
