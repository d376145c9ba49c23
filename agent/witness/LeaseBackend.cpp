#include "agent/witness/LeaseBackend.h"

#include "agent/AgentLog.h"

#include <QJsonArray>

namespace twinha::agent {

namespace {
constexpr int kDeadlineSlackMs = 1; // a timer may fire a little early; look again just after the end
}

LeaseBackend::LeaseBackend(const WitnessConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_terms{config.ttlMs}
{
    m_clock.start();
    m_renew.setInterval(int(m_terms.renewEveryMs()));
    connect(&m_renew, &QTimer::timeout, this, &LeaseBackend::renewAll);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        scheduleDeadline();
        Q_EMIT changed();
    });
    m_retrySoon.setSingleShot(true);
    connect(&m_retrySoon, &QTimer::timeout, this, &LeaseBackend::renewAll);
}

void LeaseBackend::setWanted(const QSet<QString>& wanted, const QSet<QString>& releasable, qint64 epoch)
{
    m_epoch = epoch;
    const QSet<QString> added = wanted - m_wanted;
    m_wanted = wanted;
    for (const QString& g : added)
        request(g);
    for (const QString& g : releasable) {
        if (wanted.contains(g) || lease(g).state != State::Held)
            continue;
        handBack(g);
        // Handed back: this node must not count on it any more, whatever the answer.
        m_records[g].runUntilMs = 0;
        m_records[g].last.state = State::NotHeld;
        m_records[g].last.holder.clear();
    }
}

LeaseBackend::Lease LeaseBackend::lease(const QString& group) const
{
    const auto it = m_records.find(group);
    if (it == m_records.end())
        return {};
    Lease l = it->last;
    if (l.state == State::Held && nowMs() >= it->runUntilMs)
        l.state = State::NotHeld; // ran out without a renewal: as good as gone
    return l;
}

qint64 LeaseBackend::runsForMs(const QString& group) const
{
    const auto it = m_records.find(group);
    if (it == m_records.end() || it->last.state != State::Held)
        return 0;
    return std::max<qint64>(0, it->runUntilMs - nowMs());
}

bool LeaseBackend::reachable() const
{
    return m_lastAnswerMs >= 0 && nowMs() - m_lastAnswerMs < m_terms.ttlMs;
}

void LeaseBackend::renewAll()
{
    for (const QString& g : std::as_const(m_wanted))
        request(g);
}

void LeaseBackend::granted(const QString& group, qint64 sentMs, const QString& holder, qint64 generation)
{
    answered();
    const Lease before = lease(group);
    Record& r = m_records[group];
    r.last.holder = holder;
    r.last.generation = generation;
    r.last.code.clear();
    r.last.remainingMs = m_terms.ttlMs - (nowMs() - sentMs);
    if (isWanted(group)) { // a grant that arrives after we stopped wanting it counts for nothing
        r.runUntilMs = std::max(r.runUntilMs, m_terms.runUntilMs(sentMs));
        r.last.state = State::Held;
    }
    announce(group, before);
}

void LeaseBackend::refused(const QString& group, const QString& holder, qint64 remainingMs, qint64 generation,
                           const QString& code, bool othersHold)
{
    answered();
    const Lease before = lease(group);
    Record& r = m_records[group];
    r.last.holder = holder;
    r.last.remainingMs = remainingMs;
    r.last.generation = generation;
    r.last.code = code;
    if (othersHold || before.state != State::Held) {
        r.runUntilMs = 0;
        r.last.state = State::NotHeld;
        if (remainingMs >= 0 && remainingMs < m_terms.renewEveryMs() && !m_retrySoon.isActive())
            m_retrySoon.start(int(remainingMs) + kDeadlineSlackMs);
    }
    announce(group, before);
}

void LeaseBackend::announce(const QString& group, const Lease& before)
{
    scheduleDeadline();
    const Lease after = lease(group);
    if (after.state == before.state && after.holder == before.holder)
        return;
    AgentLog::get("agent.witness")
        ->info("lease of {}: {} (holder {}, generation {}{})", group.toStdString(),
               after.state == State::Held ? "held" : "not held", after.holder.toStdString(), after.generation,
               after.code.isEmpty() ? std::string() : ", " + after.code.toStdString());
    Q_EMIT changed();
}

void LeaseBackend::scheduleDeadline()
{
    const qint64 now = nowMs();
    qint64 next = -1;
    for (const Record& r : std::as_const(m_records))
        if (r.last.state == State::Held && r.runUntilMs > now && (next < 0 || r.runUntilMs < next))
            next = r.runUntilMs;
    if (next < 0)
        m_deadline.stop();
    else
        m_deadline.start(int(next - now) + kDeadlineSlackMs);
}

QJsonObject LeaseBackend::toJson(const QStringList& groups) const
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
    return {
        {QStringLiteral("kind"), kind()},
        {QStringLiteral("address"), address()},
        {QStringLiteral("ttl_ms"), m_terms.ttlMs},
        {QStringLiteral("reachable"), reachable()},
        {QStringLiteral("answer_age_ms"), m_lastAnswerMs >= 0 ? QJsonValue(nowMs() - m_lastAnswerMs) : QJsonValue()},
        {QStringLiteral("leases"), leases}};
}

} // namespace twinha::agent
