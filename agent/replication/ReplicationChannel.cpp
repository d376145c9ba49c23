#include "agent/replication/ReplicationChannel.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QTimer>

namespace twinha::agent {

ReplicationChannel::ReplicationChannel(const ReplicationConfig& config, const QString& selfNode, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_selfNode(selfNode)
{}

void ReplicationChannel::setRole(const ReplicationRole& role)
{
    if (role == m_role)
        return;
    const ReplicationRole previous = m_role;
    m_role = role;
    applyRole(previous);
    Q_EMIT changed();
}

protocol::RpcError ReplicationChannel::error() const
{
    return tagged(channelError());
}

ReplicationChannel::State ReplicationChannel::state() const
{
    if (m_role.kind == ReplicationRole::Kind::Idle)
        return State::Idle;
    if (!channelError().isNull())
        return State::Error;
    const std::optional<double> lag = lagS();
    if (lag && *lag > m_config.maxLagS)
        return State::Lagging;
    const std::optional<qint64> bytes = lagBytes();
    if (bytes && m_config.maxLagBytes > 0 && *bytes > m_config.maxLagBytes)
        return State::Lagging;
    return baseState();
}

QJsonObject ReplicationChannel::toJson() const
{
    const std::optional<double> lag = lagS();
    QJsonObject json{{QStringLiteral("name"), m_config.name},
                     {QStringLiteral("type"), m_config.typeName},
                     {QStringLiteral("group"), m_config.group},
                     {QStringLiteral("role"), m_role.name()},
                     {QStringLiteral("state"), protocol::replicationStateName(state())},
                     {QStringLiteral("lag_s"), lag ? QJsonValue(*lag) : QJsonValue()},
                     {QStringLiteral("lag_bytes"), lagBytes() ? QJsonValue(*lagBytes()) : QJsonValue()},
                     {QStringLiteral("pending_files"), QJsonValue()},
                     {QStringLiteral("pending_bytes"), QJsonValue()},
                     {QStringLiteral("last_sync"), QJsonValue()},
                     {QStringLiteral("max_lag_s"), m_config.maxLagS}};
    if (m_config.maxLagBytes > 0)
        json.insert(QStringLiteral("max_lag_bytes"), m_config.maxLagBytes);
    addMetrics(json);
    protocol::RpcError e = error();
    if (e.isNull() && state() == State::Lagging)
        e = tagged(lag && *lag > m_config.maxLagS
                       ? protocol::RpcError::make(
                             QString::fromLatin1(protocol::codes::kReplicationLagTooHigh),
                             {{QStringLiteral("lag_s"), *lag}, {QStringLiteral("limit_s"), m_config.maxLagS}})
                       : protocol::RpcError::make(QString::fromLatin1(protocol::codes::kReplicationLagBytesTooHigh),
                                                  {{QStringLiteral("lag_bytes"), *lagBytes()},
                                                   {QStringLiteral("limit_bytes"), m_config.maxLagBytes}}));
    if (!e.isNull()) {
        QJsonObject error = e.params;
        error.insert(QStringLiteral("code"), e.code);
        json.insert(QStringLiteral("error"), error);
    }
    return json;
}

protocol::RpcError ReplicationChannel::tagged(const protocol::RpcError& error) const
{
    if (error.isNull())
        return error;
    protocol::RpcError e = error;
    e.params.insert(QStringLiteral("channel"), m_config.name);
    return e;
}

void ReplicationChannel::finishDrainLater(bool ok, const protocol::RpcError& error)
{
    const protocol::RpcError e = tagged(error);
    QTimer::singleShot(0, this, [this, ok, e] { Q_EMIT drained(ok, e); });
}

void ReplicationChannel::awaitCatchUp(const QJsonObject&, int)
{
    finishCatchUpLater(true);
}

void ReplicationChannel::finishCatchUpLater(bool ok, const protocol::RpcError& error)
{
    const protocol::RpcError e = tagged(error);
    QTimer::singleShot(0, this, [this, ok, e] { Q_EMIT caughtUp(ok, e); });
}

QJsonValue ReplicationChannel::isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace twinha::agent
