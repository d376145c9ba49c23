#include "agentlink/ConfigApplyRun.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/LinkLog.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

#include <QDateTime>
#include <QPointer>
#include <QUuid>

namespace twinha::agentlink {

namespace methods = protocol::methods;
namespace codes = protocol::codes;
using protocol::RpcError;
using protocol::RpcMessage;

namespace {
constexpr int kPollMs = 100;

// A reply that says nothing about what the agent did: it may or may not have acted.
bool outcomeUnknown(const RpcError& e)
{
    return e.code == QLatin1String(codes::kRequestTimeout) || e.code == QLatin1String(codes::kConnectionLost);
}
} // namespace

ConfigApplyRun::ConfigApplyRun(ClusterMonitor* monitor, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ConfigApplyRun::checkSettled);
}

QString ConfigApplyRun::nodeName(int index) const
{
    // The agent's own name for its node; the profile's before the agent said hello.
    const QString named = m_monitor->node(index).hello.node;
    return named.isEmpty() ? m_monitor->profile().nodes.value(index).name : named;
}

void ConfigApplyRun::start(const Request& request)
{
    if (isRunning())
        return;
    m_request = request;
    m_nodes = {};
    m_answered = {false, false};
    m_committedAt = {};
    m_problemSeenAt = {};
    m_outcome = Outcome::None;
    m_settledAfterMs = -1;
    m_checksum.clear();
    m_tx = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_clock.start();
    m_phase = Phase::Preparing;
    linkLog()->info("config change {}: preparing both nodes", m_tx.toStdString());
    Q_EMIT changed();
    for (int i = 0; i < 2; ++i)
        prepare(i);
}

bool ConfigApplyRun::call(int index, const char* method, const QJsonObject& params, int timeoutMs, Handler handler)
{
    const NodeView& view = m_monitor->node(index);
    if (view.link != LinkState::Ready) {
        m_nodes[size_t(index)].error =
            view.lastError.isNull() ? RpcError::make(QString::fromLatin1(codes::kConnectionLost)) : view.lastError;
        return false;
    }
    QPointer<ConfigApplyRun> self(this);
    Handler guarded = [self, handler = std::move(handler)](const RpcMessage& reply) {
        if (self) // a closed wizard or an ended command is never called back
            handler(reply);
    };
    if (m_transport)
        m_transport(index, QString::fromLatin1(method), params, std::move(guarded));
    else
        m_monitor->client(index)->call(QString::fromLatin1(method), params, std::move(guarded), timeoutMs);
    return true;
}

void ConfigApplyRun::prepare(int index)
{
    QJsonObject params{{QStringLiteral("tx"), m_tx},
                       {QStringLiteral("text"), QString::fromUtf8(m_request.text)},
                       {QStringLiteral("timeout_ms"), m_request.timeoutMs}};
    if (const std::optional<QString>& expected = m_request.expectedChecksum[size_t(index)])
        params.insert(QStringLiteral("expected_checksum"), *expected);
    if (!m_request.key.isEmpty())
        params.insert(QStringLiteral("key"), m_request.key);
    // Both must be prepared within the first half of the agents' timeout, or there is no commit.
    const bool sent = call(index, methods::kConfigPrepare, params, m_request.timeoutMs / 2,
                           [this, index](const RpcMessage& reply) { onPrepared(index, reply); });
    if (!sent) {
        m_answered[size_t(index)] = true;
        QTimer::singleShot(0, this, &ConfigApplyRun::commitOrAbort);
    }
}

void ConfigApplyRun::onPrepared(int index, const RpcMessage& reply)
{
    NodeResult& n = m_nodes[size_t(index)];
    m_answered[size_t(index)] = true;
    if (reply.kind == RpcMessage::Kind::Error) {
        n.error = reply.error;
    } else {
        n.prepared = true;
        m_checksum = reply.result[QStringLiteral("checksum")].toString();
    }
    Q_EMIT changed();
    commitOrAbort();
}

void ConfigApplyRun::commitOrAbort()
{
    if (m_phase != Phase::Preparing || !m_answered[0] || !m_answered[1])
        return;
    // The agents roll back at the end of the timeout, counted from when each got its prepare; a
    // commit sent in the first half reaches a node that still holds the change.
    if (m_nodes[0].prepared && m_nodes[1].prepared && m_clock.elapsed() < m_request.timeoutMs / 2) {
        m_phase = Phase::Committing;
        m_answered = {false, false};
        linkLog()->info("config change {}: both nodes prepared after {} ms, committing", m_tx.toStdString(),
                        m_clock.elapsed());
        Q_EMIT changed();
        for (int i = 0; i < 2; ++i)
            commit(i);
        return;
    }
    abortAll();
}

void ConfigApplyRun::abortAll()
{
    m_phase = Phase::Aborting;
    m_answered = {false, false};
    linkLog()->info("config change {}: not prepared on both nodes, aborting", m_tx.toStdString());
    Q_EMIT changed();
    for (int i = 0; i < 2; ++i) {
        // Also where the prepare's reply was lost: the agent may have prepared all the same.
        const bool sent =
            call(i, methods::kConfigAbort, {{QStringLiteral("tx"), m_tx}}, -1, [this, i](const RpcMessage& reply) {
                m_answered[size_t(i)] = true;
                if (reply.kind == RpcMessage::Kind::Result)
                    m_nodes[size_t(i)].prepared = false;
                if (m_answered[0] && m_answered[1])
                    finish(Outcome::NothingChanged);
            });
        if (!sent)
            m_answered[size_t(i)] = true;
    }
    if (m_answered[0] && m_answered[1])
        finish(Outcome::NothingChanged);
}

void ConfigApplyRun::commit(int index)
{
    const bool sent = call(index, methods::kConfigCommit, {{QStringLiteral("tx"), m_tx}}, m_request.timeoutMs,
                           [this, index](const RpcMessage& reply) { onCommitted(index, reply); });
    if (!sent) {
        m_answered[size_t(index)] = true;
        m_committedAt[size_t(index)] = QDateTime::currentDateTimeUtc();
        QTimer::singleShot(0, this, &ConfigApplyRun::afterCommits);
    }
}

void ConfigApplyRun::onCommitted(int index, const RpcMessage& reply)
{
    NodeResult& n = m_nodes[size_t(index)];
    m_answered[size_t(index)] = true;
    m_committedAt[size_t(index)] = QDateTime::currentDateTimeUtc();
    if (reply.kind == RpcMessage::Kind::Error) {
        n.error = reply.error;
    } else {
        n.committed = true;
        n.prepared = false;
        n.backup = reply.result[QStringLiteral("backup")].toString();
    }
    Q_EMIT changed();
    afterCommits();
}

void ConfigApplyRun::afterCommits()
{
    if (m_phase != Phase::Committing || !m_answered[0] || !m_answered[1])
        return;
    // Refused by both agents outright: nothing went live, so an abort is safe and unfreezes at once.
    // Otherwise never abort: a node may run the new config, and only hearing each other ends it.
    const bool none = !m_nodes[0].committed && !m_nodes[1].committed;
    if (none && !outcomeUnknown(m_nodes[0].error) && !outcomeUnknown(m_nodes[1].error)) {
        abortAll();
        return;
    }
    m_phase = Phase::Settling;
    m_settleClock.start();
    Q_EMIT changed();
    m_poll.start();
    checkSettled();
}

void ConfigApplyRun::checkSettled()
{
    if (m_phase != Phase::Settling)
        return;
    bool all = true;
    bool waitingForNothing = true; // every unsettled node has reported why, or cannot be asked
    for (int i = 0; i < 2; ++i) {
        NodeResult& n = m_nodes[size_t(i)];
        const NodeView& view = m_monitor->node(i);
        // Only a status sent after the node answered its commit: an older one may still show the
        // config or the problem of an earlier change.
        if (view.live() && view.receivedAt >= m_committedAt[size_t(i)]) {
            const QJsonObject& extra = view.status->extra;
            const QJsonValue pending = extra.value(QStringLiteral("config_apply"));
            n.settled = extra.value(QStringLiteral("config_checksum")).toString() == m_checksum &&
                        (pending.isNull() || pending.isUndefined());
            const QJsonObject problem = pending[QStringLiteral("tx")].toString() == m_tx
                                            ? pending[QStringLiteral("problem")].toObject()
                                            : QJsonObject();
            n.problem = problem.isEmpty() ? RpcError()
                                          : RpcError::make(problem[QStringLiteral("code")].toString(),
                                                           problem[QStringLiteral("params")].toObject());
            if (n.problem.isNull())
                m_problemSeenAt[size_t(i)] = {};
            else if (!m_problemSeenAt[size_t(i)].isValid())
                m_problemSeenAt[size_t(i)] = view.receivedAt;
        }
        all = all && n.settled;
        waitingForNothing = waitingForNothing && (n.settled || problemIsFinal(i) || !view.live());
    }
    if (all) {
        m_settledAfterMs = m_settleClock.elapsed();
        finish(Outcome::Applied);
        return;
    }
    const bool bothCommitted = m_nodes[0].committed && m_nodes[1].committed;
    if (waitingForNothing || m_settleClock.elapsed() > m_request.settleTimeoutMs)
        finish(bothCommitted ? Outcome::Unsettled : Outcome::Partial);
}

bool ConfigApplyRun::problemIsFinal(int index) const
{
    // A node that committed first counts its wait from its own commit: when its peer's commit came
    // later, the peer may not have been running the new config for most of that wait, and the node
    // settles by itself once it hears it. Its report ends the run only if it came a whole wait after
    // the peer's commit too.
    const NodeResult& n = m_nodes[size_t(index)];
    if (n.problem.isNull())
        return false;
    const qint64 waitedMs = n.problem.params.value(QStringLiteral("waited_ms")).toInteger();
    const QDateTime& peerCommittedAt = m_committedAt[size_t(1 - index)];
    return !peerCommittedAt.isValid() || m_problemSeenAt[size_t(index)] >= peerCommittedAt.addMSecs(waitedMs);
}

void ConfigApplyRun::finish(Outcome outcome)
{
    m_poll.stop();
    m_phase = Phase::Finished;
    m_outcome = outcome;
    linkLog()->info("config change {}: finished ({}) after {} ms", m_tx.toStdString(), int(outcome), m_clock.elapsed());
    Q_EMIT changed();
    Q_EMIT finished();
}

} // namespace twinha::agentlink
