#include "agent/heartbeat/HeartbeatWorker.h"

#include "agent/AgentLog.h"
#include "agent/heartbeat/HeartbeatLink.h"
#include "agent/heartbeat/HeartbeatPacket.h"
#include "agent/heartbeat/RealtimePriority.h"

#include <algorithm>

namespace twinha::agent {

HeartbeatWorker::HeartbeatWorker(const AgentConfig& config, const HeartbeatIdentity& identity, QObject* parent)
    : QObject(parent)
    , m_linkConfigs(config.links)
    , m_timing(config.timing)
    , m_id(identity)
{}

HeartbeatWorker::~HeartbeatWorker()
{
    // Before QObject's own cleanup, so that no link outlives m_links.
    qDeleteAll(m_links);
}

bool HeartbeatWorker::start(protocol::RpcError* error)
{
    if (!m_links.isEmpty())
        return true;
    for (const LinkConfig& config : std::as_const(m_linkConfigs)) {
        auto* link = new HeartbeatLink(config, m_timing, m_id, this);
        link->setPayload(m_localPayload);
        link->setMuted(m_muted);
        if (!link->start(error)) {
            delete link;
            qDeleteAll(m_links);
            m_links.clear();
            return false;
        }
        connect(link, &HeartbeatLink::packetReceived, this, [this, link] { onPacket(link); });
        connect(link, &HeartbeatLink::lateSignOfLife, this,
                [this](qint64 at) { m_lateSignAt.store(std::max(m_lateSignAt.load(), at)); });
        connect(link, &HeartbeatLink::stateChanged, this, [this, link](bool up) { onLinkState(link, up); });
        connect(link, &HeartbeatLink::datagramSent, this, &HeartbeatWorker::onSent);
        m_links << link;
    }
    const auto log = AgentLog::get("agent.heartbeat");
    log->info("heartbeat to {} on {} link(s), every {} ms, dead after {} ms (boot {})", m_id.peer.toStdString(),
              m_links.size(), m_timing.intervalMs, m_timing.deadTimeMs, m_id.boot.toStdString());
    // Behind busy processes a late heartbeat is a failover of a healthy node.
    if (QString why; RealtimePriority::raiseThisThread(&why))
        log->info("heartbeat thread at real-time priority (SCHED_RR {})", RealtimePriority::kPriority);
    else
        log->warn("heartbeat thread at normal priority ({}): under CPU load its datagrams can be late, and with a "
                  "short dead time the peer may take over from this healthy node",
                  why.toStdString());
    return true;
}

void HeartbeatWorker::setLocalPayload(const QJsonObject& payload)
{
    if (payload == m_localPayload)
        return;
    m_localPayload = payload;
    for (HeartbeatLink* link : std::as_const(m_links))
        link->setPayload(payload);
}

void HeartbeatWorker::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    for (HeartbeatLink* link : std::as_const(m_links))
        link->setMuted(muted);
}

void HeartbeatWorker::sendNow()
{
    for (HeartbeatLink* link : std::as_const(m_links))
        link->sendNow();
}

void HeartbeatWorker::onSent()
{
    const qint64 now = steadyMs();
    const bool newRound = m_roundStartAt < 0 || now - m_roundStartAt >= m_timing.intervalMs / 2;
    if (newRound) {
        m_previousRoundAt = m_lastSentAt;
        m_roundStartAt = now;
    }
    m_lastSentAt = now;
    if (newRound) // the other links' datagrams of the round tell nothing new
        Q_EMIT heartbeatSent();
}

QJsonArray HeartbeatWorker::linksJson() const
{
    QJsonArray links;
    for (const HeartbeatLink* link : m_links)
        links.append(link->toJson());
    return links;
}

HeartbeatLink* HeartbeatWorker::link(const QString& name) const
{
    const auto it = std::find_if(m_links.cbegin(), m_links.cend(), [&](HeartbeatLink* l) { return l->name() == name; });
    return it == m_links.cend() ? nullptr : *it;
}

void HeartbeatWorker::onPacket(HeartbeatLink* link)
{
    m_lastHeardAt.store(steadyMs());
    const QString boot = m_peer.boot();
    if (m_peer.offer(link->name(), link->lastPacket()) || m_peer.boot() != boot)
        Q_EMIT peerPayloadChanged(m_peer.payload(), m_peer.boot());
    // After the payload, so that whoever hears of the echo already holds the claims sent with it.
    if (const qint64 sentMs = link->lastEchoedSentMs(); sentMs >= 0)
        Q_EMIT peerHeardUs(sentMs);
}

void HeartbeatWorker::onLinkState(HeartbeatLink* link, bool up)
{
    if (!up)
        m_peer.linkDown(link->name());
    Q_EMIT linkStateChanged(link->name(), up);
    const bool alive = std::any_of(m_links.cbegin(), m_links.cend(), [](HeartbeatLink* l) { return l->isUp(); });
    if (alive == m_alive)
        return;
    m_alive = alive;
    if (alive)
        AgentLog::get("agent.heartbeat")
            ->info("peer {} alive (boot {})", m_id.peer.toStdString(), peerBoot().toStdString());
    else
        AgentLog::get("agent.heartbeat")
            ->info("peer {} dead: every link silent for over {} ms", m_id.peer.toStdString(), m_timing.deadTimeMs);
    Q_EMIT peerAliveChanged(alive);
}

} // namespace twinha::agent
