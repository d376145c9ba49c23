#include "agent/heartbeat/HeartbeatLink.h"

#include "agent/AgentLog.h"
#include "agent/heartbeat/PeerAddress.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/HeartbeatLinkState.h"

#include <QDateTime>
#include <QHostInfo>
#include <QNetworkDatagram>

#include <algorithm>
#include <cmath>
#include <limits>

namespace twinha::agent {

namespace {
std::shared_ptr<spdlog::logger> log()
{
    return AgentLog::get("agent.heartbeat");
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

double tenths(double v)
{
    return v < 0 ? v : std::round(v * 10) / 10;
}
} // namespace

HeartbeatLink::HeartbeatLink(const LinkConfig& link, const TimingConfig& timing, const HeartbeatIdentity& identity,
                             QObject* parent)
    : QObject(parent)
    , m_name(link.name)
    , m_timing(timing)
    , m_id(identity)
    , m_composer(identity, link.name)
    , m_validator(identity, link.name, timing.deadTimeMs)
{
    if (const LinkEndpoint* e = link.endpointFor(identity.self))
        m_local = *e;
    if (const LinkEndpoint* e = link.endpointFor(identity.peer))
        m_peer = *e;
    m_sendTimer.setInterval(timing.intervalMs);
    m_gapTimer.setSingleShot(true);
    m_gapTimer.setTimerType(Qt::PreciseTimer);
    m_recentSends.fill(std::numeric_limits<qint64>::min() / 2); // no send yet: the burst is free
    m_deadlineTimer.setSingleShot(true);
    // A coarse timer may fire 5 % late: 50 ms of extra detection time on a 1 s dead time.
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_sendTimer, &QTimer::timeout, this, &HeartbeatLink::requestSend);
    connect(&m_gapTimer, &QTimer::timeout, this, &HeartbeatLink::send);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &HeartbeatLink::onDeadline);
    connect(&m_socket, &QUdpSocket::readyRead, this, &HeartbeatLink::readPending);
}

HeartbeatLink::~HeartbeatLink() = default;

bool HeartbeatLink::start(protocol::RpcError* error)
{
    QHostAddress local = PeerAddress::pick({QHostAddress(m_local.host)}, QAbstractSocket::AnyIPProtocol);
    if (local.isNull() && !m_local.host.isEmpty()) // a name for a local address: /etc/hosts, so no real wait
        local = PeerAddress::pick(QHostInfo::fromName(m_local.host).addresses(), QAbstractSocket::AnyIPProtocol);
    // No address reuse: a second daemon on the same port must fail here rather than share the datagrams.
    if (local.isNull() || !m_socket.bind(local, m_local.port, QAbstractSocket::DontShareAddress)) {
        const QString detail =
            local.isNull() ? QStringLiteral("cannot resolve \"%1\"").arg(m_local.host) : m_socket.errorString();
        if (error) {
            *error = protocol::RpcError::make(QString::fromLatin1(protocol::codes::kHeartbeatBindFailed),
                                              {{QStringLiteral("link"), m_name},
                                               {QStringLiteral("address"), m_local.address},
                                               {QStringLiteral("detail"), detail}});
        }
        return false;
    }
    delete m_peerAddress;
    m_peerAddress = new PeerAddress(m_peer.host, local.protocol(), this);
    log()->debug("link {}: bound to {}, sending to {}", m_name.toStdString(), m_local.address.toStdString(),
                 m_peer.address.toStdString());
    send();
    return true;
}

void HeartbeatLink::stop()
{
    m_sendTimer.stop();
    m_gapTimer.stop();
    m_deadlineTimer.stop();
    m_socket.close();
    if (m_up)
        log()->info("link {} stopped", m_name.toStdString());
    setUp(false, false);
}

void HeartbeatLink::setPayload(const QJsonObject& payload)
{
    if (m_composer.setPayload(payload) && m_socket.state() == QAbstractSocket::BoundState)
        requestSend();
}

double HeartbeatLink::lossPct() const
{
    if (m_loss.isEmpty())
        return 100;
    // The peer keeps sending while we hear nothing, so silence counts as loss.
    const qint64 missed = m_heard.elapsed() / std::max(1, m_timing.intervalMs);
    return m_loss.lossPct(m_loss.highest() + missed);
}

QJsonObject HeartbeatLink::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), m_name},
        {QStringLiteral("state"), protocol::heartbeatLinkStateName(m_up ? protocol::HeartbeatLinkState::Up
                                                                        : protocol::HeartbeatLinkState::Down)},
        {QStringLiteral("rtt_ms"), tenths(m_rtt.smoothedMs())},
        {QStringLiteral("rtt_last_ms"), m_rtt.lastMs()},
        {QStringLiteral("loss_pct"), tenths(lossPct())},
        {QStringLiteral("last_heard_ms"), lastHeardMs()},
        {QStringLiteral("sent"), qint64(m_sent)},
        {QStringLiteral("received"), qint64(m_received)},
        {QStringLiteral("forged"), qint64(forged())},
        {QStringLiteral("replayed"), qint64(replayed())},
        {QStringLiteral("malformed"), qint64(malformed())},
        {QStringLiteral("address"), m_local.address},
        {QStringLiteral("peer_address"), m_peer.address}};
}

void HeartbeatLink::requestSend()
{
    if (m_gapTimer.isActive())
        return; // due already, and it takes the newest payload
    const qint64 allowedAt = m_recentSends[m_oldestSend] + qint64(kSendBurst) * kMinSendGapMs;
    m_gapTimer.start(int(std::clamp<qint64>(allowedAt - steadyMs(), 0, kSendBurst * kMinSendGapMs)));
}

void HeartbeatLink::send()
{
    m_gapTimer.stop();
    m_sendTimer.start(); // the next periodic send is one interval after any send
    m_recentSends[m_oldestSend] = steadyMs();
    m_oldestSend = (m_oldestSend + 1) % kSendBurst;
    const QHostAddress to = m_peerAddress ? m_peerAddress->address() : QHostAddress();
    if (to.isNull() || m_muted)
        return;
    HeartbeatPacket::Echo echo;
    if (m_heard.isValid())
        echo = {m_lastPacket.seq, m_lastPacket.sent, m_heard.elapsed()};
    const QByteArray datagram = m_composer.next(echo, nowMs(), steadyMs());
    if (!datagram.isEmpty() && m_socket.writeDatagram(datagram, to, m_peer.port) == datagram.size()) {
        ++m_sent;
        Q_EMIT datagramSent();
        return;
    }
    qint64 held = 0;
    if (m_sendFailureLog.allow(&held))
        log()->warn("link {}: cannot send to {}: {} ({} similar not logged since the last report)",
                    m_name.toStdString(), m_peer.address.toStdString(), m_socket.errorString().toStdString(), held);
}

void HeartbeatLink::readPending()
{
    while (m_socket.hasPendingDatagrams()) {
        // One byte over the limit is enough to refuse an oversized datagram without reading it all.
        const QNetworkDatagram d = m_socket.receiveDatagram(HeartbeatPacket::kMaxDatagramBytes + 1);
        if (!d.isValid())
            break;
        const qint64 monoMs = steadyMs();
        qint64 lateMs = -1;
        if (const std::optional<HeartbeatPacket> p =
                m_validator.check(d.data(), d.senderAddress(), nowMs(), monoMs, &lateMs))
            accept(*p);
        else if (lateMs >= 0)
            noteLateSign(monoMs - lateMs);
    }
}

void HeartbeatLink::noteLateSign(qint64 atMs)
{
    // A VM that held the peer's sending thread, or a link that queued its packets, made them late,
    // not the peer dead. Counted up to one dead time past the last packet taken: a peer whose
    // every packet comes late is not heard (its claims unread) and must not hold a takeover back
    // for ever, say after it stepped down.
    if (!m_heard.isValid())
        return;
    const qint64 cap = steadyMs() - m_heard.elapsed() + m_timing.deadTimeMs;
    const qint64 at = std::min(atMs, cap);
    if (at <= m_lateSignAt)
        return;
    m_lateSignAt = at;
    Q_EMIT lateSignOfLife(at);
}

void HeartbeatLink::accept(const HeartbeatPacket& packet)
{
    if (packet.boot != m_lastPacket.boot) // the peer restarted: its sequence numbers begin again
        m_loss.reset();
    m_loss.record(packet.seq);
    m_rtt.sample(packet.echo, nowMs(), m_id.bootTime, m_composer.lastSeq());
    ++m_received;
    m_lastPacket = packet;
    m_heard.start();
    m_deadlineTimer.start(m_timing.deadTimeMs);
    // Before stateChanged, so that whoever learns "up" already sees this packet's payload.
    Q_EMIT packetReceived(packet.payload, packet.boot, packet.seq);
    if (m_up)
        return;
    setUp(true);
    requestSend(); // answer at once: the peer learns of us (and gets an RTT sample) without waiting an interval
}

void HeartbeatLink::onDeadline()
{
    // After a stall of the event loop, datagrams that arrived in time may still be waiting.
    readPending();
    const qint64 left = m_heard.isValid() ? m_timing.deadTimeMs - m_heard.elapsed() : 0;
    if (left > 0)
        m_deadlineTimer.start(int(left));
    else
        setUp(false);
}

void HeartbeatLink::setUp(bool up, bool logIt)
{
    if (up == m_up)
        return;
    m_up = up;
    if (logIt && up)
        log()->info("link {} up: hearing {} at {}", m_name.toStdString(), m_id.peer.toStdString(),
                    m_peer.address.toStdString());
    else if (logIt)
        log()->info("link {} down: nothing valid from {} for {} ms", m_name.toStdString(), m_id.peer.toStdString(),
                    lastHeardMs());
    Q_EMIT stateChanged(up);
}

} // namespace twinha::agent
