#include "agent/coordinator/TiebreakerGate.h"

#include "agent/resources/Tiebreaker.h"

namespace twinha::agent {

TiebreakerGate::TiebreakerGate(const QStringList& targets, QObject* parent)
    : QObject(parent)
    , m_tiebreaker(new Tiebreaker(targets, this))
{
    m_due.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, &TiebreakerGate::probeNow);
    connect(m_tiebreaker, &Tiebreaker::finished, this, [this](bool reachable) { onFinished(reachable); });
}

void TiebreakerGate::invalidate()
{
    ++m_generation;
    m_lastProbe.invalidate();
    if (m_answer != TiebreakerAnswer::Unknown) {
        m_answer = TiebreakerAnswer::Unknown;
        Q_EMIT answerChanged();
    }
}

void TiebreakerGate::want()
{
    if (m_probing || m_due.isActive())
        return;
    const qint64 since = m_lastProbe.isValid() ? m_lastProbe.elapsed() : kReprobeMs;
    m_due.start(int(std::max<qint64>(0, kReprobeMs - since)));
}

void TiebreakerGate::probeNow()
{
    if (m_probing || !m_tiebreaker->probe())
        return;
    m_probing = true;
    m_probeGeneration = m_generation;
    m_lastProbe.start();
}

void TiebreakerGate::onFinished(bool anyReachable)
{
    m_probing = false;
    if (m_probeGeneration != m_generation) {
        probeNow(); // started before the peer went missing: worthless, ask again at once
        return;
    }
    const TiebreakerAnswer answer = anyReachable ? TiebreakerAnswer::Reachable : TiebreakerAnswer::Unreachable;
    if (answer != m_answer) {
        m_answer = answer;
        Q_EMIT answerChanged();
    }
}

QJsonObject TiebreakerGate::toJson() const
{
    QJsonObject o = m_tiebreaker->toJson();
    o.insert(QStringLiteral("answer"), m_answer == TiebreakerAnswer::Reachable     ? QStringLiteral("reachable")
                                       : m_answer == TiebreakerAnswer::Unreachable ? QStringLiteral("unreachable")
                                                                                   : QStringLiteral("unknown"));
    return o;
}

} // namespace twinha::agent
