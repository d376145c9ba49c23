#include "agent/witness/LeaseBook.h"

#include "agent/witness/LeaseTerms.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

namespace {
const QLatin1Char kSeparator('\n'); // cannot appear in a cluster or group name from TOML in practice
}

LeaseBook::LeaseBook(qint64 startMs, Saver save)
    : m_startMs(startMs)
    , m_save(std::move(save))
{}

QString LeaseBook::keyOf(const QString& cluster, const QString& group)
{
    return cluster + kSeparator + group;
}

bool LeaseBook::restore(const QJsonObject& document)
{
    if (document.value(QStringLiteral("twinha_witness")).toInt() != 1)
        return false;
    const QJsonObject clusters = document.value(QStringLiteral("leases")).toObject();
    for (auto c = clusters.begin(); c != clusters.end(); ++c) {
        const QJsonObject groups = c.value().toObject();
        for (auto g = groups.begin(); g != groups.end(); ++g) {
            const QJsonObject o = g.value().toObject();
            Entry e;
            e.holder = o.value(QStringLiteral("holder")).toString();
            e.generation = o.value(QStringLiteral("generation")).toInteger();
            e.ttlMs = o.value(QStringLiteral("ttl_ms")).toInteger();
            e.epoch = o.value(QStringLiteral("epoch")).toInteger();
            // The holder may have renewed just before the restart: its lease runs a full TTL from now.
            e.expiresMs = e.holder.isEmpty() ? 0 : m_startMs + e.ttlMs;
            m_entries.insert(keyOf(c.key(), g.key()), e);
        }
    }
    return true;
}

LeaseBook::Entry LeaseBook::entry(const QString& cluster, const QString& group) const
{
    return m_entries.value(keyOf(cluster, group));
}

WitnessReply LeaseBook::answer(const WitnessRequest& r, qint64 nowMs)
{
    const QString key = keyOf(r.cluster, r.group);
    const bool known = m_entries.contains(key);
    Entry e = m_entries.value(key);
    if (r.kind == WitnessRequest::Kind::Probe)
        return reply(r, e, nowMs);
    if (r.kind == WitnessRequest::Kind::Release) {
        if (e.holder == r.node) {
            e.holder.clear();
            e.expiresMs = 0;
            m_entries.insert(key, e);
            // Best effort: a release that is not saved only makes a restarted witness wait one TTL.
            (void)m_save(document());
        }
        return reply(r, e, nowMs);
    }
    if (e.holder == r.node) { // a renewal
        e.expiresMs = nowMs + r.ttlMs;
        e.epoch = std::max(e.epoch, r.epoch);
        const bool longer = r.ttlMs > e.ttlMs;
        e.ttlMs = r.ttlMs;
        Entry before = m_entries.value(key);
        m_entries.insert(key, e);
        // A longer TTL must be on disk before it is promised, or a restart would wait too little.
        if (longer && !m_save(document())) {
            m_entries.insert(key, before);
            WitnessReply refused = reply(r, before, nowMs);
            refused.granted = false;
            refused.code = QString::fromLatin1(protocol::codes::kWitnessStoreFailed);
            return refused;
        }
        return reply(r, e, nowMs);
    }
    const qint64 ttl = e.holder.isEmpty() ? (known ? 0 : r.ttlMs) : e.ttlMs;
    const qint64 freeAt = e.holder.isEmpty() ? (known ? 0 : m_startMs + ttl + LeaseTerms{ttl}.driftMarginMs())
                                             : e.expiresMs + LeaseTerms{ttl}.driftMarginMs();
    if (nowMs < freeAt) {
        WitnessReply refused = reply(r, e, nowMs);
        refused.code = QString::fromLatin1(protocol::codes::kWitnessLeaseHeld);
        refused.remainingMs = freeAt - nowMs;
        return refused;
    }
    Entry granted = e;
    granted.holder = r.node;
    granted.generation = e.generation + 1;
    granted.ttlMs = r.ttlMs;
    granted.epoch = std::max(e.epoch, r.epoch);
    granted.expiresMs = nowMs + r.ttlMs;
    m_entries.insert(key, granted);
    if (!m_save(document())) {
        if (known)
            m_entries.insert(key, e);
        else
            m_entries.remove(key);
        WitnessReply refused = reply(r, e, nowMs);
        refused.code = QString::fromLatin1(protocol::codes::kWitnessStoreFailed);
        return refused;
    }
    return reply(r, granted, nowMs);
}

WitnessReply LeaseBook::reply(const WitnessRequest& r, const Entry& e, qint64 nowMs) const
{
    WitnessReply out;
    out.cluster = r.cluster;
    out.group = r.group;
    out.node = r.node;
    out.boot = r.boot;
    out.seq = r.seq;
    out.granted = !e.holder.isEmpty() && e.holder == r.node;
    out.holder = e.holder;
    out.remainingMs = e.holder.isEmpty() ? -1 : std::max<qint64>(0, e.expiresMs - nowMs);
    out.generation = e.generation;
    return out;
}

QJsonObject LeaseBook::document() const
{
    QJsonObject clusters;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const QString cluster = it.key().section(kSeparator, 0, 0);
        const QString group = it.key().section(kSeparator, 1);
        QJsonObject groups = clusters.value(cluster).toObject();
        groups.insert(group, QJsonObject{{QStringLiteral("holder"), it->holder},
                                         {QStringLiteral("generation"), it->generation},
                                         {QStringLiteral("ttl_ms"), it->ttlMs},
                                         {QStringLiteral("epoch"), it->epoch}});
        clusters.insert(cluster, groups);
    }
    return {{QStringLiteral("twinha_witness"), 1}, {QStringLiteral("leases"), clusters}};
}

} // namespace twinha::agent
