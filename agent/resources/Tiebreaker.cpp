#include "agent/resources/Tiebreaker.h"

#include "agent/AgentLog.h"
#include "agent/resources/TiebreakerProbe.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonDocument>

namespace twinha::agent {

Tiebreaker::Tiebreaker(const QStringList& targets, QObject* parent)
    : QObject(parent)
    , m_targets(targets)
{
    for (int i = 0; i < m_targets.size(); ++i) {
        auto* probe = new TiebreakerProbe(m_targets[i], this);
        connect(probe, &TiebreakerProbe::finished, this,
                [this, i](const QJsonObject& detail) { onProbeFinished(i, detail); });
        m_probes << probe;
    }
    connect(&m_timer, &QTimer::timeout, this, &Tiebreaker::probe);
}

bool Tiebreaker::probe()
{
    if (isProbing())
        return false;
    m_details = QList<QJsonObject>(m_targets.size());
    if (m_targets.isEmpty()) {
        // Counted as pending until the queued answer, so the rule "false while probing" holds.
        m_pending = 1;
        QTimer::singleShot(0, this, [this] {
            m_pending = 0;
            complete();
        });
        return true;
    }
    m_pending = int(m_probes.size());
    for (TiebreakerProbe* probe : std::as_const(m_probes))
        probe->start();
    return true;
}

void Tiebreaker::start(int intervalMs)
{
    m_timer.start(intervalMs);
    probe();
}

void Tiebreaker::stop()
{
    m_timer.stop();
}

void Tiebreaker::onProbeFinished(int index, const QJsonObject& detail)
{
    m_details[index] = detail;
    if (--m_pending == 0)
        complete();
}

void Tiebreaker::complete()
{
    const bool wasReachable = m_last.anyReachable;
    const bool first = !m_last.probedAt.isValid();
    Result result;
    for (const QJsonObject& d : std::as_const(m_details)) {
        result.details.append(d);
        result.anyReachable = result.anyReachable || d.value(QStringLiteral("reachable")).toBool();
    }
    result.probedAt = QDateTime::currentDateTimeUtc();
    m_last = result;
    const auto log = AgentLog::get("agent.tiebreaker");
    if (first || wasReachable != result.anyReachable) {
        if (result.anyReachable)
            log->info("tiebreaker reachable");
        else
            log->warn("no tiebreaker reachable: {}",
                      QJsonDocument(result.details).toJson(QJsonDocument::Compact).toStdString());
    }
    Q_EMIT finished(result.anyReachable, result.details);
}

protocol::RpcError Tiebreaker::unreachableError() const
{
    return protocol::RpcError::make(QString::fromLatin1(protocol::codes::kTiebreakerUnreachable),
                                    {{QStringLiteral("targets"), QJsonArray::fromStringList(m_targets)}});
}

QJsonObject Tiebreaker::toJson() const
{
    return {{QStringLiteral("targets"), QJsonArray::fromStringList(m_targets)},
            {QStringLiteral("any_reachable"), m_last.anyReachable},
            {QStringLiteral("details"), m_last.details},
            {QStringLiteral("probed_at"), m_last.probedAt.isValid()
                                              ? QJsonValue(m_last.probedAt.toString(Qt::ISODateWithMs))
                                              : QJsonValue(QJsonValue::Null)}};
}

} // namespace twinha::agent
