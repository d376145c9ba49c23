#include "agentlink/NodeLinkWorker.h"

#include "agentlink/LinkLog.h"
#include "agentlink/LinkThreads.h"
#include "agentlink/LoginGate.h"
#include "agentlink/SshConnection.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/LineBuffer.h"
#include "agentlink/protocol/ProtocolVersion.h"

#include <cstring>
#include <unistd.h>

namespace twinha::agentlink {

using protocol::RpcError;
namespace codes = protocol::codes;

namespace {
constexpr int kNoWakePollMs = 20; // without an eventfd, how often the worker looks for lines to send

// Gives the login slot back before a question to the user: someone reading a fingerprint or typing
// a passphrase must not hold up the other links' logins.
class SlotFreeingPrompter : public CredentialPrompter
{
public:
    SlotFreeingPrompter(CredentialPrompter* inner, LoginGate::Slot* slot)
        : m_inner(inner)
        , m_slot(slot)
    {}
    PromptAnswer ask(const PromptRequest& request, const LinkStop& stop) override
    {
        m_slot->release();
        return m_inner->ask(request, stop);
    }

private:
    CredentialPrompter* m_inner;
    LoginGate::Slot* m_slot;
};
} // namespace

NodeLinkWorker::NodeLinkWorker(NodeEndpoint endpoint, LinkTimeouts timeouts,
                               std::shared_ptr<CredentialPrompter> prompter, QObject* parent)
    : QThread(parent)
    , m_endpoint(std::move(endpoint))
    , m_timeouts(timeouts)
    , m_prompter(std::move(prompter))
{
    setObjectName(QStringLiteral("link-") + m_endpoint.name);
    LinkThreads::add(this);
}

NodeLinkWorker::~NodeLinkWorker()
{
    LinkThreads::remove(this);
}

void NodeLinkWorker::send(const QByteArray& line)
{
    {
        QMutexLocker lock(&m_mutex);
        m_outbox.append(line);
    }
    m_wake.signal();
}

void NodeLinkWorker::requestStop()
{
    m_stop.request();
    m_wake.signal();
}

void NodeLinkWorker::run()
{
    m_systemThreadId = int(::gettid());
    if (m_wake.fd() < 0)
        linkLog()->warn("{}: no eventfd ({}): lines to the agent wait up to {} ms", m_endpoint.name.toStdString(),
                        std::strerror(m_wake.error()), kNoWakePollMs);
    LoginGate::Slot slot; // taken once TCP is up; given back once the agent runs, or before a question
    SlotFreeingPrompter prompter(m_prompter.get(), &slot);
    SshConnection connection(m_endpoint, m_timeouts, m_prompter ? &prompter : nullptr, &m_stop);
    connection.takeLoginSlotOnceConnected(&slot);
    const auto step = [&](LinkStage stage, RpcError (SshConnection::*action)()) {
        if (m_stop.requested())
            return false;
        Q_EMIT stageChanged(stage);
        const RpcError error = (connection.*action)();
        if (m_stop.requested()) // whatever the step says now is the stop's doing, and nobody listens
            return false;
        if (stage == LinkStage::VerifyingHostKey && !connection.hostKey().fingerprint.isEmpty())
            Q_EMIT hostKeySeen(connection.hostKey());
        if (!error.isNull()) {
            linkLog()->warn("{}: {} ({})", m_endpoint.name.toStdString(), error.code.toStdString(),
                            error.params.value(QStringLiteral("detail")).toString().toStdString());
            Q_EMIT failed(error);
            return false;
        }
        return true;
    };
    if (!step(LinkStage::Connecting, &SshConnection::connectToHost) ||
        !step(LinkStage::VerifyingHostKey, &SshConnection::verifyHostKey) ||
        !step(LinkStage::Authenticating, &SshConnection::authenticate) ||
        !step(LinkStage::StartingAgent, &SshConnection::startAgentCommand))
        return;
    slot.release();
    if (m_stop.requested())
        return;
    Q_EMIT stageChanged(LinkStage::Open);
    linkLog()->info("{}: agent session open on {}", m_endpoint.name.toStdString(),
                    m_endpoint.displayAddress().toStdString());
    shuttle(connection);
}

bool NodeLinkWorker::shuttle(SshConnection& connection)
{
    protocol::LineBuffer lines(protocol::kMaxLineBytes);
    QByteArray stderrTail;
    while (!m_stop.requested()) {
        m_wake.drain(); // before the outbox is taken: a line queued after this wakes the wait below
        QByteArrayList outgoing;
        {
            QMutexLocker lock(&m_mutex);
            outgoing.swap(m_outbox);
        }
        for (const QByteArray& line : std::as_const(outgoing)) {
            const RpcError error = connection.write(line);
            if (!error.isNull()) {
                Q_EMIT failed(error);
                return false;
            }
        }
        QByteArray data;
        bool eof = false;
        const RpcError error = connection.read(&data, 0, &eof);
        if (!error.isNull()) {
            Q_EMIT failed(error);
            return false;
        }
        const QByteArrayList complete = lines.append(data);
        if (!complete.isEmpty())
            Q_EMIT linesReceived(complete);
        if (const int dropped = lines.takeOverflowCount())
            Q_EMIT lineRejected(
                RpcError::make(codes::kLineTooLong, {{QStringLiteral("node"), m_endpoint.name},
                                                     {QStringLiteral("count"), dropped},
                                                     {QStringLiteral("limit"), protocol::kMaxLineBytes}}));
        const QByteArray err = connection.readStderr();
        if (!err.isEmpty()) {
            linkLog()->debug("{} agent stderr: {}", m_endpoint.name.toStdString(), err.trimmed().toStdString());
            stderrTail = QByteArray(stderrTail + err).right(2000);
        }
        if (eof) {
            Q_EMIT failed(RpcError::make(codes::kAgentCommandFailed,
                                         {{QStringLiteral("node"), m_endpoint.name},
                                          {QStringLiteral("exit_status"), connection.exitStatus()},
                                          {QStringLiteral("stderr"), QString::fromUtf8(stderrTail.trimmed())}}));
            return false;
        }
        if (data.isEmpty() && err.isEmpty())
            connection.waitForInput(m_wake.fd(), m_wake.fd() >= 0 ? m_timeouts.idleWakeMs : kNoWakePollMs);
    }
    return true;
}

} // namespace twinha::agentlink
