#include "agent/control/SessionBridge.h"

#include "agent/AgentLog.h"
#include "agent/ExitCodes.h"
#include "agent/control/UnixSocketConnector.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/ProtocolVersion.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QLocalSocket>
#include <QSocketNotifier>

#include "agent/control/FileAccess.h"

#include <QFileInfo>

#include <cerrno>
#include <unistd.h>

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;

SessionBridge::SessionBridge(const QString& socketPath, int inFd, int outFd, QObject* parent)
    : QObject(parent)
    , m_socketPath(socketPath)
    , m_inFd(inFd)
    , m_outFd(outFd)
    , m_fromConsole(protocol::kMaxLineBytes)
    , m_fromDaemon(protocol::kMaxLineBytes)
{
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] { finish(exitcodes::kOk); });
}

SessionBridge::~SessionBridge() = default;

bool SessionBridge::start()
{
    int err = 0;
    const int fd = UnixSocketConnector::connect(m_socketPath, &err);
    if (fd < 0) {
        writeSessionError(protocol::codes::kDaemonUnreachable, UnixSocketConnector::errorText(err), err);
        return false;
    }
    m_socket = new QLocalSocket(this);
    if (!m_socket->setSocketDescriptor(fd)) {
        ::close(fd);
        writeSessionError(protocol::codes::kDaemonUnreachable, m_socket->errorString(), 0);
        return false;
    }
    // First tell the daemon where the operator connects from, for its journal. Only informational:
    // what the caller may do comes from the socket's credentials, never from this.
    const QString sshClient = qEnvironmentVariable("SSH_CLIENT");
    if (!sshClient.isEmpty())
        m_socket->write(RpcMessage::notification(QString::fromLatin1(protocol::methods::kSessionInfo),
                                                 {{QStringLiteral("ssh_client"), sshClient}})
                            .toLine());
    connect(m_socket, &QLocalSocket::readyRead, this, &SessionBridge::onSocketReadable);
    connect(m_socket, &QLocalSocket::disconnected, this, &SessionBridge::onSocketDisconnected);
    m_input = new QSocketNotifier(m_inFd, QSocketNotifier::Read, this);
    connect(m_input, &QSocketNotifier::activated, this, &SessionBridge::onInputReadable);
    return true;
}

void SessionBridge::onInputReadable()
{
    char buffer[64 * 1024];
    const ssize_t n = ::read(m_inFd, buffer, sizeof(buffer));
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        // EOF or a broken channel: the console is done sending. Replies it is still owed (as with
        // `echo REQUEST | twinha-agent session`) go out first.
        m_inputClosed = true;
        m_input->setEnabled(false);
        m_drainTimer.start(kDrainMs);
        finishIfDrained();
        return;
    }
    for (const QByteArray& line : m_fromConsole.append(QByteArray(buffer, n))) {
        if (const auto m = RpcMessage::parse(line); m && m->kind == RpcMessage::Kind::Request)
            m_owed.insert(idKey(m->id));
        m_socket->write(line + '\n');
    }
    for (int i = m_fromConsole.takeOverflowCount(); i > 0; --i) {
        const RpcError e = RpcError::make(QString::fromLatin1(protocol::codes::kLineTooLong),
                                          {{QStringLiteral("limit"), protocol::kMaxLineBytes}});
        writeOut(RpcMessage::errorFor(QJsonValue(QJsonValue::Null), e).toLine());
    }
}

void SessionBridge::onSocketReadable()
{
    for (const QByteArray& line : m_fromDaemon.append(m_socket->readAll())) {
        if (const auto m = RpcMessage::parse(line);
            m && (m->kind == RpcMessage::Kind::Result || m->kind == RpcMessage::Kind::Error))
            m_owed.remove(idKey(m->id));
        if (!writeOut(line + '\n'))
            return;
    }
    if (m_fromDaemon.takeOverflowCount() > 0)
        AgentLog::get("agent.session")->warn("dropped an overlong line from the daemon");
    finishIfDrained();
}

QString SessionBridge::idKey(const QJsonValue& id)
{
    return id.isString() ? QLatin1Char('s') + id.toString() : QLatin1Char('n') + QString::number(id.toInteger());
}

void SessionBridge::finishIfDrained()
{
    if (m_inputClosed && m_owed.isEmpty())
        finish(exitcodes::kOk);
}

void SessionBridge::onSocketDisconnected()
{
    if (m_finished)
        return;
    onSocketReadable(); // pass on whatever arrived before the close
    const QLocalSocket::LocalSocketError e = m_socket->error();
    const QString detail = e == QLocalSocket::UnknownSocketError || e == QLocalSocket::PeerClosedError
                               ? QStringLiteral("connection closed by the daemon")
                               : m_socket->errorString();
    writeSessionError(protocol::codes::kDaemonConnectionLost, detail, 0);
    finish(exitcodes::kDaemonUnreachable);
}

void SessionBridge::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_drainTimer.stop();
    if (m_input)
        m_input->setEnabled(false);
    Q_EMIT finished(exitCode);
}

bool SessionBridge::writeOut(const QByteArray& bytes)
{
    // Straight to the descriptor: no stdio buffer may hold a line back from the console.
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_outFd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) { // the channel is closed: nobody is left to talk to
            finish(exitcodes::kOk);
            return false;
        }
        done += n;
    }
    return true;
}

void SessionBridge::writeSessionError(const char* code, const QString& detail, int errorNumber)
{
    QJsonObject params{{QStringLiteral("socket"), m_socketPath}, {QStringLiteral("detail"), detail}};
    if (errorNumber != 0)
        params.insert(QStringLiteral("errno"), UnixSocketConnector::errorName(errorNumber));
    if (errorNumber == EACCES) {
        // Who we are and which group may open the socket: what the console needs to say the fix.
        FileAccess access = FileAccess::of(m_socketPath);
        if (access.mode.isEmpty()) // the folder is what keeps us out
            access = FileAccess::of(QFileInfo(m_socketPath).absolutePath());
        params.insert(QStringLiteral("user"), FileAccess::currentUser());
        params.insert(QStringLiteral("group"), access.group);
        params.insert(QStringLiteral("mode"), access.mode);
    }
    const RpcError error = RpcError::make(QString::fromLatin1(code), params);
    QJsonObject wire = error.params;
    wire.insert(QStringLiteral("code"), error.code);
    writeOut(RpcMessage::notification(QString::fromLatin1(protocol::methods::kSessionError), wire).toLine());
}

} // namespace twinha::agent
