#include "agentlink/AgentClient.h"

#include "agentlink/LinkLog.h"
#include "agentlink/NodeLinkWorker.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/ProtocolVersion.h"
#include "agentlink/protocol/Version.h"

#include <algorithm>
#include <limits>

namespace twinha::agentlink {

using protocol::RpcError;
using protocol::RpcMessage;
namespace codes = protocol::codes;
namespace methods = protocol::methods;

AgentClient::AgentClient(NodeEndpoint endpoint, LinkTimeouts timeouts, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_timeouts(timeouts)
{
    m_clock.start();
    m_sweepTimer.setSingleShot(true);
    m_sweepTimer.setTimerType(Qt::PreciseTimer); // one wake per deadline, so on time costs nothing
    connect(&m_sweepTimer, &QTimer::timeout, this, &AgentClient::sweep);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AgentClient::launchWorker);
}

AgentClient::~AgentClient()
{
    // Never waits for the worker: one inside a blocking libssh call or a question to the user would
    // hold the GUI thread. Told to stop, it ends at once and deletes itself, and LinkThreads waits
    // for any still running when the application goes.
    m_running = false;
    discardWorker();
}

protocol::Backoff AgentClient::reconnectBackoff(bool answeredBefore)
{
    return protocol::Backoff(1000, answeredBefore ? kKnownNodeMaxMs : kNewNodeMaxMs, 0.2);
}

bool AgentClient::needsUserAction(const QString& code)
{
    static const QStringList fatal{codes::kHostKeyUnknown,
                                   codes::kHostKeyChanged,
                                   codes::kHostKeyOtherType,
                                   codes::kKnownHostsUnreadable,
                                   codes::kAuthFailed,
                                   codes::kIdentityUnreadable,
                                   codes::kProtocolVersionUnsupported,
                                   codes::kAuthCancelled,
                                   codes::kKnownHostsUnwritable,
                                   codes::kKeyPassphraseWrong};
    return fatal.contains(code);
}

void AgentClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failuresInRow = 0;
    launchWorker();
}

void AgentClient::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_sweepTimer.stop();
    discardWorker();
    failAllPending(RpcError::make(codes::kConnectionLost, {{QStringLiteral("node"), m_endpoint.name}}));
    setState(LinkState::Idle);
}

void AgentClient::reconnectNow()
{
    if (!m_running)
        return start();
    if (m_state == LinkState::Connecting || m_state == LinkState::Handshaking || m_state == LinkState::Ready)
        return;
    linkLog()->info("{}: reconnecting at the user's request", m_endpoint.name.toStdString());
    m_retryTimer.stop();
    m_failuresInRow = 0;
    launchWorker();
}

void AgentClient::discardWorker()
{
    if (!m_worker)
        return;
    NodeLinkWorker* worker = m_worker;
    m_worker.clear();
    // Nothing of this client reaches it any more, nor anything of it this client: it owns copies of
    // all it uses, and it deletes itself once finished (connected in launchWorker).
    worker->disconnect(this);
    worker->requestStop();
}

void AgentClient::launchWorker()
{
    if (!m_running)
        return;
    discardWorker();
    ++m_attempts;
    m_hello = {};
    m_preamble.reset();
    m_loggedIn = false;
    m_failedAfterLogin = false;
    setState(LinkState::Connecting);
    auto* worker = new NodeLinkWorker(m_endpoint, m_timeouts, m_prompter);
    m_worker = worker;
    connect(worker, &NodeLinkWorker::stageChanged, this, [this](LinkStage stage) {
        Q_EMIT stageChanged(stage);
        if (stage == LinkStage::StartingAgent)
            m_loggedIn = true; // the worker starts the agent only once authenticated
        if (stage == LinkStage::Open)
            onLinkOpen();
    });
    connect(worker, &NodeLinkWorker::hostKeySeen, this, [this](const HostKeyInfo& key) { m_hostKey = key; });
    connect(worker, &NodeLinkWorker::linesReceived, this, &AgentClient::onLines);
    connect(worker, &NodeLinkWorker::lineRejected, this, &AgentClient::errorOccurred);
    connect(worker, &NodeLinkWorker::failed, this, &AgentClient::onWorkerFailed);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void AgentClient::onLinkOpen()
{
    setState(LinkState::Handshaking);
    m_lastLineMs = m_clock.elapsed();
    call(QString::fromLatin1(methods::kHello),
         protocol::helloParams(QStringLiteral("twinha ") + protocol::twinhaVersion()), [this](const RpcMessage& reply) {
             if (reply.kind == RpcMessage::Kind::Error)
                 return fail(reply.error);
             m_hello = protocol::Hello::fromJson(reply.result.toObject());
             if (!m_hello.isCompatible()) {
                 return fail(RpcError::make(codes::kProtocolVersionUnsupported,
                                            {{QStringLiteral("node"), m_endpoint.name},
                                             {QStringLiteral("agent_major"), m_hello.protocolMajor},
                                             {QStringLiteral("agent_minor"), m_hello.protocolMinor},
                                             {QStringLiteral("agent_version"), m_hello.agentVersion},
                                             {QStringLiteral("console_major"), protocol::kProtocolMajor}}));
             }
             subscribe();
         });
}

void AgentClient::subscribe()
{
    call(QString::fromLatin1(methods::kStatusSubscribe), {}, [this](const RpcMessage& reply) {
        if (reply.kind == RpcMessage::Kind::Error)
            return fail(reply.error);
        m_failuresInRow = 0;
        m_answeredBefore = true;
        m_lastError = {};
        setState(LinkState::Ready);
        Q_EMIT ready(m_hello);
        Q_EMIT statusReceived(protocol::NodeStatus::fromJson(reply.result.toObject()));
    });
}

qint64 AgentClient::call(const QString& method, const QJsonObject& params, ReplyHandler handler, int timeoutMs)
{
    const qint64 id = m_nextId++;
    const int timeout = timeoutMs > 0 ? timeoutMs : m_timeouts.requestMs;
    m_pending.insert(id, Pending{std::move(handler), m_clock.elapsed() + timeout});
    armSweep();
    if (m_worker && (m_state == LinkState::Handshaking || m_state == LinkState::Ready))
        m_worker->send(RpcMessage::request(id, method, params).toLine());
    else
        QTimer::singleShot(0, this, [this, id] {
            if (auto p = m_pending.take(id); p.handler)
                p.handler(RpcMessage::errorFor(
                    id, RpcError::make(codes::kConnectionLost, {{QStringLiteral("node"), m_endpoint.name}})));
        });
    return id;
}

void AgentClient::cancel(qint64 id)
{
    m_pending.remove(id);
}

void AgentClient::onLines(const QByteArrayList& lines)
{
    m_lastLineMs = m_clock.elapsed();
    for (const QByteArray& line : lines) {
        const QByteArray part = m_preamble.messagePart(line);
        if (part.isEmpty())
            continue; // printed by the server's shell before the agent started
        RpcError parseError;
        const auto message = RpcMessage::parse(part, &parseError);
        if (!message && !m_preamble.hasAgentSpoken()) {
            m_preamble.keep(part);
            continue;
        }
        if (!message) {
            parseError.params.insert(QStringLiteral("node"), m_endpoint.name);
            parseError.params.insert(QStringLiteral("excerpt"), QString::fromUtf8(line.left(120)));
            linkLog()->warn("{}: unreadable line from agent: {}", m_endpoint.name.toStdString(),
                            line.left(120).toStdString());
            Q_EMIT errorOccurred(RpcError::make(codes::kMalformedMessage, parseError.params));
            continue;
        }
        if (!m_preamble.hasAgentSpoken() && !m_preamble.firstLine().isEmpty())
            linkLog()->info("{}: the server printed \"{}\" before the agent spoke; ignored",
                            m_endpoint.name.toStdString(), m_preamble.firstLine().toStdString());
        m_preamble.agentSpoke();
        onMessage(*message);
    }
}

void AgentClient::onMessage(const RpcMessage& message)
{
    switch (message.kind) {
    case RpcMessage::Kind::Notification:
        if (message.method == QLatin1String(methods::kStatusChanged)) {
            if (m_state == LinkState::Ready)
                Q_EMIT statusReceived(protocol::NodeStatus::fromJson(message.params));
        } else if (message.method == QLatin1String(methods::kSessionError)) {
            RpcError error = RpcError::make(message.params.value(QStringLiteral("code")).toString(), message.params);
            error.params.remove(QStringLiteral("code"));
            error.params.insert(QStringLiteral("node"), m_endpoint.name);
            fail(error);
        } else {
            Q_EMIT notificationReceived(message.method, message.params);
        }
        break;
    case RpcMessage::Kind::Result:
    case RpcMessage::Kind::Error: {
        const auto pending = m_pending.take(message.id.toInteger(-1));
        if (pending.handler)
            pending.handler(message);
        else
            linkLog()->debug("{}: reply to unknown or cancelled request", m_endpoint.name.toStdString());
        break;
    }
    case RpcMessage::Kind::Request:
        // The agent does not call the console; answer so it is not left waiting.
        if (m_worker)
            m_worker->send(RpcMessage::errorFor(message.id, RpcError::make(codes::kMethodNotFound)).toLine());
        break;
    }
}

void AgentClient::onWorkerFailed(const RpcError& error)
{
    // A session.error line from the bridge already explained the failure better than "EOF".
    if (m_state == LinkState::Disconnected && !m_lastError.isNull())
        return;
    fail(error);
}

void AgentClient::fail(const RpcError& reported)
{
    const RpcError error = m_preamble.explain(reported, m_endpoint.name);
    if (m_state == LinkState::Disconnected && m_lastError.code == error.code)
        return;
    m_lastError = error;
    // A link that was live and then broke says nothing about whether SSH works now.
    m_failedAfterLogin = m_loggedIn && m_state != LinkState::Ready;
    linkLog()->warn("{}: link failed: {}", m_endpoint.name.toStdString(), error.code.toStdString());
    discardWorker();
    // The retry is scheduled before anyone hears of the failure, so they can say when it comes.
    ++m_failuresInRow;
    if (m_running && m_autoReconnect && !needsUserAction(error.code))
        m_retryTimer.start(reconnectBackoff(m_answeredBefore).delayMs(m_failuresInRow));
    failAllPending(error);
    setState(LinkState::Disconnected);
    Q_EMIT errorOccurred(error);
}

void AgentClient::failAllPending(const RpcError& error)
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it)
        if (it->handler)
            it->handler(RpcMessage::errorFor(QJsonValue(it.key()), error));
}

void AgentClient::sweep()
{
    const qint64 now = m_clock.elapsed();
    QList<qint64> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it->deadlineMs <= now)
            expired << it.key();
    for (qint64 id : expired) {
        const auto p = m_pending.take(id);
        if (p.handler)
            p.handler(RpcMessage::errorFor(
                QJsonValue(id), RpcError::make(codes::kRequestTimeout, {{QStringLiteral("node"), m_endpoint.name}})));
    }
    if (m_state == LinkState::Ready && now - m_lastLineMs > m_timeouts.silenceMs)
        fail(RpcError::make(codes::kConnectionLost, {{QStringLiteral("node"), m_endpoint.name},
                                                     {QStringLiteral("silent_ms"), now - m_lastLineMs}}));
    armSweep();
}

void AgentClient::armSweep()
{
    // Woken only when something may be due: the first request deadline, or the moment a Ready
    // link's silence would pass its limit (a line since then moves it, and the sweep sets the
    // timer again). A fixed tick would wake the GUI thread a thousand times a second at 100 pairs.
    qint64 due = std::numeric_limits<qint64>::max();
    for (const Pending& p : std::as_const(m_pending))
        due = std::min(due, p.deadlineMs);
    if (m_state == LinkState::Ready)
        due = std::min(due, m_lastLineMs + m_timeouts.silenceMs + 1);
    if (due == std::numeric_limits<qint64>::max()) {
        m_sweepTimer.stop();
        return;
    }
    const qint64 in = std::max<qint64>(0, due - m_clock.elapsed());
    if (!m_sweepTimer.isActive() || m_sweepTimer.remainingTime() > in)
        m_sweepTimer.start(int(std::min<qint64>(in, std::numeric_limits<int>::max())));
}

void AgentClient::setState(LinkState state)
{
    if (m_state == state)
        return;
    m_state = state;
    armSweep(); // Ready: its silence is watched from now on
    Q_EMIT stateChanged(state);
}

} // namespace twinha::agentlink
