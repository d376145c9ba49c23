#include "agent/coordinator/ReplicationSet.h"

#include "agent/NodeState.h"
#include "agent/coordinator/ClusterRules.h"
#include "agent/replication/ReplicationChannel.h"
#include "agent/replication/ReplicationChannelFactory.h"

#include <QElapsedTimer>

namespace twinha::agent {

ReplicationSet::ReplicationSet(const AgentConfig& config, const QString& self, const QByteArray& clusterKey,
                               const QString& stateDir, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_self(self)
{
    for (const ReplicationConfig& rc : config.replications) {
        std::unique_ptr<ReplicationChannel> c =
            ReplicationChannelFactory::create(rc, self, clusterKey, stateDir, &config);
        if (!c)
            continue;
        connect(c.get(), &ReplicationChannel::changed, this, &ReplicationSet::changed);
        connect(c.get(), &ReplicationChannel::changed, this, [this, ch = c.get()] { watchLag(ch); });
        connect(c.get(), &ReplicationChannel::journalEvent, this, &ReplicationSet::journalEvent);
        connect(c.get(), &ReplicationChannel::localCopyServes, this,
                [this, group = rc.group] { Q_EMIT localCopyServes(group); });
        m_channels.push_back(std::move(c));
    }
}

ReplicationSet::~ReplicationSet() = default;

void ReplicationSet::watchLag(const ReplicationChannel* c)
{
    const bool lagging = c->state() == ReplicationChannel::State::Lagging;
    if (lagging == m_lagging.contains(c))
        return;
    const ReplicationConfig& rc = c->config();
    QJsonObject data{{QStringLiteral("channel"), rc.name}, {QStringLiteral("group"), rc.group}};
    if (lagging) {
        m_lagging.insert(c);
        const std::optional<double> lag = c->lagS();
        const std::optional<qint64> bytes = c->lagBytes();
        data.insert(QStringLiteral("lag_s"), lag ? QJsonValue(*lag) : QJsonValue());
        data.insert(QStringLiteral("limit_s"), rc.maxLagS);
        data.insert(QStringLiteral("lag_bytes"), bytes ? QJsonValue(*bytes) : QJsonValue());
        if (rc.maxLagBytes > 0)
            data.insert(QStringLiteral("limit_bytes"), rc.maxLagBytes);
        Q_EMIT journalEvent(protocol::EventType::ReplicationLagging, data);
    } else {
        m_lagging.remove(c);
        data.insert(QStringLiteral("state"), protocol::replicationStateName(c->state()));
        Q_EMIT journalEvent(protocol::EventType::ReplicationCaughtUp, data);
    }
}

void ReplicationSet::applyRoles(const NodeState& state)
{
    const QString peer = m_config.peerOf(m_self);
    for (const auto& c : m_channels) {
        const ReplicationConfig& rc = c->config();
        // Duplex groups run on both nodes, so neither copy is the master of the other.
        if (rules::isDuplex(m_config)) {
            c->setRole(ReplicationRole::idle());
        } else if (state.holds(rc.group)) {
            const LinkEndpoint* ep = rc.endpointFor(peer);
            c->setRole(ep ? ReplicationRole::source(ep->host, ep->port) : ReplicationRole::source(QString(), 0));
        } else {
            c->setRole(ReplicationRole::target());
        }
    }
}

void ReplicationSet::holdReceivers(const QString& group, bool held)
{
    for (const auto& c : m_channels)
        if (c->config().group == group)
            c->holdReceiver(held);
}

void ReplicationSet::drainGroup(const QString& group, int timeoutMs, Drained done)
{
    whenAll(
        group, &ReplicationChannel::drained, [timeoutMs](ReplicationChannel* c) { c->drain(timeoutMs); },
        std::move(done));
}

QJsonObject ReplicationSet::handoverFacts(const QString& group) const
{
    QJsonObject facts;
    for (const auto& c : m_channels)
        if (c->config().group == group && !c->handoverFacts().isEmpty())
            facts.insert(c->name(), c->handoverFacts());
    return facts;
}

void ReplicationSet::catchUpGroup(const QString& group, const QJsonObject& facts, int timeoutMs, Drained done)
{
    whenAll(
        group, &ReplicationChannel::caughtUp,
        [facts, timeoutMs](ReplicationChannel* c) { c->awaitCatchUp(facts.value(c->name()).toObject(), timeoutMs); },
        std::move(done));
}

void ReplicationSet::whenAll(const QString& group, void (ReplicationChannel::*signal)(bool, const protocol::RpcError&),
                             const Starter& start, Drained done)
{
    struct Progress
    {
        int pending = 0;
        protocol::RpcError firstError;
        QElapsedTimer clock;
    };
    auto progress = std::make_shared<Progress>();
    progress->clock.start();
    QList<ReplicationChannel*> channels;
    for (const auto& c : m_channels)
        if (c->config().group == group)
            channels << c.get();
    if (channels.isEmpty()) {
        done(true, {}, 0);
        return;
    }
    progress->pending = int(channels.size());
    for (ReplicationChannel* c : channels) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(c, signal, this, [progress, connection, done](bool ok, const protocol::RpcError& error) {
            QObject::disconnect(*connection);
            if (!ok && progress->firstError.isNull())
                progress->firstError = error;
            if (--progress->pending == 0)
                done(progress->firstError.isNull(), progress->firstError, progress->clock.elapsed());
        });
        start(c);
    }
}

QMap<QString, NodeClaims::Lag> ReplicationSet::lagReports() const
{
    QMap<QString, NodeClaims::Lag> out;
    for (const auto& c : m_channels)
        if (c->role().kind == ReplicationRole::Kind::Source)
            out.insert(c->name(), {c->lagS(), c->state(), c->error().code, c->lagBytes(), c->isSynchronous()});
    return out;
}

QJsonArray ReplicationSet::toJson() const
{
    QJsonArray out;
    for (const auto& c : m_channels)
        out.append(c->toJson());
    return out;
}

} // namespace twinha::agent
