#include "agent/witness/LeaseClient.h"

#include "agent/AgentLog.h"
#include "agent/heartbeat/PeerAddress.h"
#include "agent/witness/WitnessMessage.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QNetworkDatagram>

namespace twinha::agent {

LeaseClient::LeaseClient(const QString& cluster, const QString& self, const QString& boot, const QByteArray& key,
                         const WitnessConfig& witness, QObject* parent)
    : LeaseBackend(witness, parent)
    , m_cluster(cluster)
    , m_self(self)
    , m_boot(boot)
    , m_key(key)
    , m_address(new PeerAddress(witness.host,
                                QHostAddress(witness.host).protocol() == QAbstractSocket::IPv6Protocol
                                    ? QAbstractSocket::IPv6Protocol
                                    : QAbstractSocket::IPv4Protocol,
                                this))
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &LeaseClient::onReadyRead);
}

bool LeaseClient::start(QString* error)
{
    const bool v6 = QHostAddress(config().host).protocol() == QAbstractSocket::IPv6Protocol;
    if (!m_socket.bind(v6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4, 0)) {
        *error = m_socket.errorString();
        return false;
    }
    startRenewing();
    AgentLog::get("agent.witness")
        ->info("witness {} (lease {} ms, renewed every {} ms, groups stopped {} ms before a lease can end)",
               config().address.toStdString(), terms().ttlMs, terms().renewEveryMs(), terms().stopMarginMs());
    return true;
}

void LeaseClient::send(const QString& group, bool release)
{
    // Requests that were never answered are of no use after a TTL.
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = nowMs() - it->sentMs > terms().ttlMs ? m_pending.erase(it) : std::next(it);
    const QHostAddress to = m_address->address();
    if (to.isNull())
        return;
    WitnessRequest r;
    r.cluster = m_cluster;
    r.group = group;
    r.node = m_self;
    r.boot = m_boot;
    r.seq = ++m_seq;
    r.kind = release ? WitnessRequest::Kind::Release : WitnessRequest::Kind::Acquire;
    r.ttlMs = terms().ttlMs;
    r.epoch = epoch();
    m_pending.insert(r.seq, {group, nowMs(), release});
    m_socket.writeDatagram(r.encode(m_key), to, config().port);
}

void LeaseClient::onReadyRead()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket.receiveDatagram();
        if (const std::optional<WitnessReply> reply = WitnessReply::decode(d.data(), m_cluster, m_key))
            onReply(*reply);
        else
            AgentLog::get("agent.witness")
                ->debug("ignored a datagram from {} that is no reply of our witness",
                        d.senderAddress().toString().toStdString());
    }
}

void LeaseClient::onReply(const WitnessReply& reply)
{
    const auto p = m_pending.find(reply.seq);
    // Only the answer to a question this agent asked, once: a recorded reply grants nothing.
    if (p == m_pending.end() || reply.boot != m_boot || reply.node != m_self || reply.group != p->group)
        return;
    const Pending asked = *p;
    m_pending.erase(p);
    if (asked.release) {
        answered(); // already counted as handed back
        return;
    }
    if (reply.granted) {
        granted(reply.group, asked.sentMs, reply.holder, reply.generation);
        return;
    }
    const bool storeFailed = reply.code == QLatin1String(protocol::codes::kWitnessStoreFailed);
    refused(reply.group, reply.holder, reply.remainingMs, reply.generation, reply.code, !storeFailed);
}

} // namespace twinha::agent
