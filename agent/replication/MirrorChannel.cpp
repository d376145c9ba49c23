#include "agent/replication/MirrorChannel.h"

#include "agent/replication/MirrorSecret.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

MirrorChannel::MirrorChannel(const ReplicationConfig& config, const QString& selfNode, const QByteArray& clusterKey,
                             const QString& stateDir, QObject* parent)
    : ReplicationChannel(config, selfNode, parent)
    , m_sender({config.name, config.pathFor(selfNode), config.intervalS,
                MirrorSecret::password(clusterKey, config.name),
                MirrorTransport::forChannel(config, selfNode, stateDir)})
{
    connect(&m_sender, &MirrorSender::changed, this, &ReplicationChannel::changed);
    connect(&m_sender, &MirrorSender::drained, this,
            [this](bool ok, const protocol::RpcError& error) { finishDrainLater(ok, error); });
    if (const LinkEndpoint* self = config.endpointFor(selfNode)) {
        m_receiver = std::make_unique<RsyncReceiver>(
            RsyncReceiver::Settings{config.name, config.pathFor(selfNode), self->host, self->port,
                                    MirrorSecret::password(clusterKey, config.name), stateDir, config.overSsh()});
        connect(m_receiver.get(), &RsyncReceiver::changed, this, &ReplicationChannel::changed);
        m_keeper = std::make_unique<DivergenceKeeper>(
            DivergenceKeeper::Settings{config.name, config.group, selfNode, config.pathFor(selfNode), stateDir});
        connect(m_keeper.get(), &DivergenceKeeper::hooksChanged, this,
                [this] { m_receiver->setHooks(m_keeper->preXferPath(), m_keeper->postXferPath()); });
        connect(m_keeper.get(), &DivergenceKeeper::kept, this, [this](const QJsonObject& record) {
            Q_EMIT journalEvent(protocol::EventType::DivergenceKept, record);
            Q_EMIT changed();
        });
        m_receiver->setHooks(m_keeper->preXferPath(), m_keeper->postXferPath()); // armed before a restart
    }
}

void MirrorChannel::drain(int timeoutMs)
{
    if (role().kind == ReplicationRole::Kind::Source)
        m_sender.drain(timeoutMs);
    else
        finishDrainLater(true);
}

std::optional<double> MirrorChannel::lagS() const
{
    return role().kind == ReplicationRole::Kind::Source ? m_sender.lagS() : std::nullopt;
}

void MirrorChannel::holdReceiver(bool held)
{
    if (m_receiver)
        m_receiver->setHeld(held);
}

void MirrorChannel::applyRole(const ReplicationRole& previous)
{
    if (previous.kind == ReplicationRole::Kind::Source) {
        const bool shippedEverything = m_sender.shippedEverything(); // before stop() forgets it
        m_sender.stop();
        if (m_keeper)
            m_keeper->leftSource(shippedEverything);
    }
    if (previous.kind == ReplicationRole::Kind::Target && m_receiver)
        m_receiver->stop();
    if (role().kind == ReplicationRole::Kind::Source) {
        if (m_keeper)
            m_keeper->becameSource();
        m_sender.start(role().peerHost, role().peerPort);
    }
    if (role().kind == ReplicationRole::Kind::Target && m_receiver) {
        m_keeper->becameTarget(); // arms before the receiver accepts its first push
        m_receiver->start();
    }
}

protocol::RpcError MirrorChannel::channelError() const
{
    switch (role().kind) {
    case ReplicationRole::Kind::Source:
        return m_sender.error();
    case ReplicationRole::Kind::Target:
        if (!m_receiver) // the validator requires an endpoint per node; this is a defensive net
            return protocol::RpcError::make(
                QString::fromLatin1(protocol::codes::kReplicationReceiverFailed),
                {{QStringLiteral("address"), QString()},
                 {QStringLiteral("detail"), QString(QStringLiteral("no endpoint for ") + selfNode())}});
        return m_receiver->error();
    case ReplicationRole::Kind::Idle:
        break;
    }
    return {};
}

ReplicationChannel::State MirrorChannel::baseState() const
{
    // The receiving side cannot know how far behind it is; only the source can.
    if (role().kind != ReplicationRole::Kind::Source)
        return State::Unknown;
    if (m_sender.hasPending())
        return State::Syncing;
    return m_sender.lastSync().isValid() ? State::InSync : State::Unknown;
}

void MirrorChannel::addMetrics(QJsonObject& json) const
{
    if (m_keeper) {
        if (const QJsonObject kept = m_keeper->summary(); !kept.isEmpty())
            json.insert(QStringLiteral("kept"), kept);
    }
    if (role().kind != ReplicationRole::Kind::Source)
        return;
    const qint64 bytes = m_sender.pendingBytes();
    json.insert(QStringLiteral("lag_bytes"), bytes); // at most this much is missing on the peer
    json.insert(QStringLiteral("pending_files"), m_sender.pendingFiles());
    json.insert(QStringLiteral("pending_bytes"), bytes);
    json.insert(QStringLiteral("last_sync"), isoOrNull(m_sender.lastSync()));
}

} // namespace twinha::agent
