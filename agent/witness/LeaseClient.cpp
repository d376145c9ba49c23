#include "agent/witness/LeaseClient.h"

#include "agent/AgentLog.h"
#include "agent/heartbeat/PeerAddress.h"
#include "agent/witness/WitnessMessage.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonArray>
#include <QNetworkDatagram>

namespace twinha::agent {

namespace {
constexpr int kDeadlineSlackMs = 1; // a timer may fire a little early; look again just after the end
}

LeaseClient::LeaseClient(const QString& cluster, const QString& self, const QString& boot, const QByteArray& key,
                         const WitnessConfig& witness, QObject* parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_self(self)
    , m_boot(boot)
    , m_key(key)
    , m_config(witness)
    , m_terms{witness.ttlMs}
    , m_address(new PeerAddress(witness.host,
                                QHostAddress(witness.host).protocol() == QAbstractSocket::IPv6Protocol
                                    ? QAbstractSocket::IPv6Protocol
                                    : QAbstractSocket::IPv4Protocol,
                                this))
{
    m_clock.start();
    m_renew.setInterval(int(m_terms.renewEveryMs()));
    connect(&m_renew, &QTimer::timeout, this, &LeaseClient::renewAll);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        scheduleDeadline();
        Q_EMIT changed();
    });
    m_retrySoon.setSingleShot(true);
    connect(&m_retrySoon, &QTimer::timeout, this, &LeaseClient::renewAll);
    connect(&m_socket, &QUdpSocket::readyRead, this, &LeaseClient::onReadyRead);
}

bool LeaseClient::start(QString* error)
{
    const bool v6 = QHostAddress(m_config.host).protocol() == QAbstractSocket::IPv6Protocol;
    if (!m_socket.bind(v6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4, 0)) {
        *error = m_socket.errorString();
        return false;
    }
    m_renew.start();
    AgentLog::get("agent.witness")
        ->info("witness {} (lease {} ms, renewed every {} ms, groups stopped {} ms before a lease can end)",
               m_config.address.toStdString(), m_terms.ttlMs, m_terms.renewEveryMs(), m_terms.stopMarginMs());
    return true;
}

void LeaseClient::setWanted(const QSet<QString>& wanted, const QSet<QString>& releasable, qint64 epoch)
{
    m_epoch = epoch;
    const QSet<QString> added = wanted - m_wanted;
    m_wanted = wanted;
    for (const QString& g : added)
        send(g, false);
    for (const QString& g : releasable) {
        if (wanted.contains(g) || lease(g).state != State::Held)
            continue;
        send(g, true);
        // Handed back: this node must not count on it any more, whatever the witness answers.
        m_records[g].runUntilMs = 0;
        m_records[g].last.state = State::NotHeld;
        m_records[g].last.holder.clear();
    }
}

LeaseClient::Lease LeaseClient::lease(const QString& group) const
{
    const auto it = m_records.find(group);
    if (it == m_records.end())
        return {};
    Lease l = it->last;
    if (l.state == State::Held && m_clock.elapsed() >= it->runUntilMs)
        l.state = State::NotHeld; // ran out without a renewal: as good as gone
    return l;
}

qint64 LeaseClient::runsForMs(const QString& group) const
{
    const auto it = m_records.find(group);
    if (it == m_records.end() || it->last.state != State::Held)
        return 0;
    return std::max<qint64>(0, it->runUntilMs - m_clock.elapsed());
}

bool LeaseClient::reachable() const
{
    return m_lastAnswerMs >= 0 && m_clock.elapsed() - m_lastAnswerMs < m_terms.ttlMs;
}

void LeaseClient::renewAll()
{
    for (const QString& g : std::as_const(m_wanted))
        send(g, false);
    // Requests that were never answered are of no use after a TTL.
    const qint64 now = m_clock.elapsed();
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = now - it->sentMs > m_terms.ttlMs ? m_pending.erase(it) : std::next(it);
}

void LeaseClient::send(const QString& group, bool release)
{
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
    r.ttlMs = m_terms.ttlMs;
    r.epoch = m_epoch;
    m_pending.insert(r.seq, {group, m_clock.elapsed(), release});
    m_socket.writeDatagram(r.encode(m_key), to, m_config.port);
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
    m_lastAnswerMs = m_clock.elapsed();
    const Lease before = lease(reply.group);
    Record& r = m_records[reply.group];
    r.last.holder = reply.holder;
    r.last.remainingMs = reply.remainingMs;
    r.last.generation = reply.generation;
    r.last.code = reply.code;
    if (asked.release) {
        // Already counted as handed back.
    } else if (reply.granted && m_wanted.contains(reply.group)) {
        r.runUntilMs = std::max(r.runUntilMs, m_terms.runUntilMs(asked.sentMs));
        r.last.state = State::Held;
    } else if (!reply.granted && reply.code == QLatin1String(protocol::codes::kWitnessStoreFailed) &&
               before.state == State::Held) {
        // The witness could not save a longer lease: the one it gave before still runs out as promised.
    } else if (!reply.granted) {
        r.runUntilMs = 0;
        r.last.state = State::NotHeld;
        if (reply.remainingMs >= 0 && reply.remainingMs < m_terms.renewEveryMs() && !m_retrySoon.isActive())
            m_retrySoon.start(int(reply.remainingMs) + kDeadlineSlackMs);
    }
    scheduleDeadline();
    const Lease after = lease(reply.group);
    if (after.state != before.state || after.holder != before.holder) {
        AgentLog::get("agent.witness")
            ->info("lease of {}: {} (holder {}, generation {}{})", reply.group.toStdString(),
                   after.state == State::Held ? "held" : "not held", reply.holder.toStdString(), reply.generation,
                   reply.code.isEmpty() ? std::string() : ", " + reply.code.toStdString());
        Q_EMIT changed();
    }
}

void LeaseClient::scheduleDeadline()
{
    const qint64 now = m_clock.elapsed();
    qint64 next = -1;
    for (const Record& r : std::as_const(m_records))
        if (r.last.state == State::Held && r.runUntilMs > now && (next < 0 || r.runUntilMs < next))
            next = r.runUntilMs;
    if (next < 0)
        m_deadline.stop();
    else
        m_deadline.start(int(next - now) + kDeadlineSlackMs);
}

QJsonObject LeaseClient::toJson(const QStringList& groups) const
{
    QJsonArray leases;
    for (const QString& g : groups) {
        const Lease l = lease(g);
        leases.append(
            QJsonObject{{QStringLiteral("group"), g},
                        {QStringLiteral("held"), l.state == State::Held},
                        {QStringLiteral("holder"), l.holder.isEmpty() ? QJsonValue() : QJsonValue(l.holder)},
                        {QStringLiteral("remaining_ms"), l.remainingMs >= 0 ? QJsonValue(l.remainingMs) : QJsonValue()},
                        {QStringLiteral("generation"), l.generation >= 0 ? QJsonValue(l.generation) : QJsonValue()}});
    }
    return {{QStringLiteral("address"), m_config.address},
            {QStringLiteral("ttl_ms"), m_terms.ttlMs},
            {QStringLiteral("reachable"), reachable()},
            {QStringLiteral("answer_age_ms"),
             m_lastAnswerMs >= 0 ? QJsonValue(m_clock.elapsed() - m_lastAnswerMs) : QJsonValue()},
            {QStringLiteral("leases"), leases}};
}

} // namespace twinha::agent
