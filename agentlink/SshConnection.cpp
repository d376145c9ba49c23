#include "agentlink/SshConnection.h"

#include "agentlink/HostKeyVerifier.h"
#include "agentlink/JumpTunnel.h"
#include "agentlink/SocketInterrupter.h"
#include "agentlink/SshAuthenticator.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <poll.h>
#include <sys/socket.h>

namespace twinha::agentlink {

using protocol::RpcError;
namespace codes = protocol::codes;

namespace {
bool tcpConnected(socket_t fd)
{
    sockaddr_storage peer{};
    socklen_t length = sizeof peer;
    return ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) == 0;
}
} // namespace

SshConnection::SshConnection(NodeEndpoint endpoint, LinkTimeouts timeouts, CredentialPrompter* prompter,
                             const LinkStop* stop)
    : m_endpoint(std::move(endpoint))
    , m_timeouts(timeouts)
    , m_prompter(prompter)
    , m_stop(stop ? stop : &m_noStop)
{}

SshConnection::~SshConnection()
{
    // The node's session says goodbye through the tunnel before the tunnel goes.
    m_channel.reset();
    m_session.reset();
    m_interrupter.reset();
    m_tunnel.reset();
}

void SshConnection::interruptOnStop()
{
    const socket_t fd = ssh_get_fd(m_session.get());
    if (fd != SSH_INVALID_SOCKET && !(m_interrupter && m_interrupter->watches(fd)))
        m_interrupter = std::make_unique<SocketInterrupter>(*m_stop, fd);
}

RpcError SshConnection::sshError(const char* code) const
{
    RpcError error = RpcError::make(
        QString::fromLatin1(code),
        {{QStringLiteral("node"), m_endpoint.name},
         {QStringLiteral("host"), m_endpoint.host},
         {QStringLiteral("port"), m_endpoint.port},
         {QStringLiteral("detail"), m_session ? QString::fromUtf8(ssh_get_error(m_session.get())) : QString()}});
    if (!m_endpoint.jumpHost.isEmpty()) // reached through a bastion: say so, it may be where it fails
        error.params.insert(QStringLiteral("jump"), m_endpoint.jumpHost);
    return error;
}

RpcError SshConnection::connectToHost()
{
    m_session.reset(ssh_new());
    if (!m_session)
        return sshError(codes::kSshError);
    ssh_session s = m_session.get();
    const QByteArray host = m_endpoint.host.toUtf8();
    const QByteArray user = m_endpoint.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(m_endpoint.knownHostsFile);
    const unsigned int port = static_cast<unsigned int>(m_endpoint.port);
    const long timeoutS = std::max(1, m_timeouts.connectMs / 1000);
    const long timeoutUs = static_cast<long>(m_timeouts.connectMs % 1000) * 1000;
    const int no = 0;
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutS);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &timeoutUs);
    // The console trusts only its own known_hosts, never ~/.ssh/config or the system-wide file.
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    if (m_endpoint.hasJump()) {
        m_tunnel = std::make_unique<JumpTunnel>(m_endpoint, m_timeouts, m_prompter, m_stop);
        int fd = -1;
        if (RpcError error = m_tunnel->open(&fd); !error.isNull())
            return error;
        socket_t socket = fd;
        ssh_options_set(s, SSH_OPTIONS_FD, &socket);
    }

    // Non-blocking, so that stopping the link (closing the console) never waits out a dead host.
    QElapsedTimer clock;
    clock.start();
    ssh_set_blocking(s, 0);
    int rc = SSH_AGAIN;
    while ((rc = ssh_connect(s)) == SSH_AGAIN) {
        interruptOnStop(); // wakes the poll below at once
        if (m_stop->requested())
            return sshError(codes::kConnectionLost);
        if (clock.elapsed() >= m_timeouts.connectMs)
            return sshError(codes::kConnectTimeout);
        const socket_t fd = ssh_get_fd(s);
        if (m_loginSlot && !m_loginSlot->held() && fd != SSH_INVALID_SOCKET && tcpConnected(fd)) {
            // The key exchange starts now: wait for a login slot (a host that never answers holds
            // none), and give the handshake its whole timeout once it has one.
            if (!m_loginSlot->acquire(*m_stop))
                return sshError(codes::kConnectionLost);
            clock.restart();
        }
        if (fd != SSH_INVALID_SOCKET) {
            // Only what libssh waits for: a connected socket is always writable, so asking for
            // POLLOUT throughout would spin until the server answers (200 links at once spent
            // a core that way).
            const int pending = ssh_get_poll_flags(s);
            short events = 0;
            if (pending & SSH_READ_PENDING)
                events |= POLLIN;
            if (pending & SSH_WRITE_PENDING)
                events |= POLLOUT;
            pollfd p{fd, events != 0 ? events : short(POLLIN | POLLOUT), 0};
            ::poll(&p, 1, 50);
        } else {
            QThread::msleep(10);
        }
    }
    ssh_set_blocking(s, 1);
    if (rc == SSH_OK && m_loginSlot && !m_loginSlot->acquire(*m_stop)) // the handshake never waited
        return sshError(codes::kConnectionLost);
    if (rc != SSH_OK)
        return sshError(clock.elapsed() >= m_timeouts.connectMs ? codes::kConnectTimeout : codes::kHostUnreachable);
    // From here on libssh blocks (bounded by SSH_OPTIONS_TIMEOUT); a stop shuts the socket down.
    interruptOnStop();
    return {};
}

RpcError SshConnection::verifyHostKey()
{
    return HostKeyVerifier::verify(m_session.get(), m_endpoint, m_prompter, *m_stop, &m_hostKey);
}

RpcError SshConnection::authenticate()
{
    return SshAuthenticator(m_session.get(), m_endpoint, m_prompter, *m_stop).authenticate();
}

RpcError SshConnection::startAgentCommand()
{
    return exec(m_endpoint.agentCommand.toUtf8());
}

RpcError SshConnection::exec(const QByteArray& command)
{
    m_channel.reset(ssh_channel_new(m_session.get()));
    if (!m_channel || ssh_channel_open_session(m_channel.get()) != SSH_OK)
        return sshError(codes::kChannelFailed);
    if (ssh_channel_request_exec(m_channel.get(), command.constData()) != SSH_OK)
        return sshError(codes::kAgentCommandFailed);
    return {};
}

RpcError SshConnection::sendEof()
{
    if (m_channel && ssh_channel_is_open(m_channel.get()) && ssh_channel_send_eof(m_channel.get()) != SSH_OK)
        return sshError(codes::kConnectionLost);
    return {};
}

RpcError SshConnection::openForward(const QString& host, int port)
{
    m_channel.reset(ssh_channel_new(m_session.get()));
    const QByteArray target = host.toUtf8();
    if (!m_channel || ssh_channel_open_forward(m_channel.get(), target.constData(), port, "127.0.0.1", 22) != SSH_OK) {
        RpcError error = sshError(codes::kJumpForwardFailed);
        error.params.insert(QStringLiteral("target"), QString(host + QLatin1Char(':') + QString::number(port)));
        return error;
    }
    return {};
}

RpcError SshConnection::read(QByteArray* out, int timeoutMs, bool* eof)
{
    char buffer[16384];
    *eof = false;
    if (ssh_channel_is_closed(m_channel.get())) {
        *eof = true;
        return {};
    }
    const int n = ssh_channel_read_timeout(m_channel.get(), buffer, sizeof buffer, 0, timeoutMs);
    if (n == SSH_ERROR) {
        // A command that ended closes the channel, which libssh may report as a read error: that
        // is the end of the session (with an exit status to report), not a lost connection.
        if (ssh_channel_is_eof(m_channel.get()) || ssh_channel_is_closed(m_channel.get())) {
            *eof = true;
            return {};
        }
        return sshError(codes::kConnectionLost);
    }
    if (n > 0) {
        out->append(buffer, n);
        // Drain whatever else is already buffered without waiting again.
        int more = 0;
        while ((more = ssh_channel_read_nonblocking(m_channel.get(), buffer, sizeof buffer, 0)) > 0)
            out->append(buffer, more);
    }
    *eof = ssh_channel_is_eof(m_channel.get()) || !ssh_channel_is_open(m_channel.get());
    return {};
}

void SshConnection::waitForInput(int wakeFd, int timeoutMs)
{
    ssh_channel channel = m_channel.get();
    // libssh may hold decrypted data, or the close, that the socket no longer shows: both polls
    // read what the socket has without waiting, and are non-zero for data, the end or an error.
    // Standard output is asked last, so that nothing the stderr poll read is left unseen.
    if (!channel || ssh_channel_is_closed(channel) || ssh_channel_poll(channel, 1) != 0 ||
        ssh_channel_poll(channel, 0) != 0)
        return;
    pollfd fds[2] = {{ssh_get_fd(m_session.get()), POLLIN, 0}, {wakeFd, POLLIN, 0}};
    ::poll(fds, 2, timeoutMs); // a stop shuts the socket down, which ends the wait too
}

QByteArray SshConnection::readStderr()
{
    QByteArray out;
    char buffer[4096];
    int n = 0;
    while ((n = ssh_channel_read_nonblocking(m_channel.get(), buffer, sizeof buffer, 1)) > 0)
        out.append(buffer, n);
    return out;
}

RpcError SshConnection::write(const QByteArray& bytes)
{
    // A blocking write that finds the remote window shut waits for it up to the session's timeout
    // and then returns 0 with nothing written: that is not progress. A remote that reads nothing
    // for a whole request time is reported, never waited on for ever.
    QElapsedTimer clock;
    clock.start();
    qsizetype done = 0;
    while (done < bytes.size()) {
        const int n =
            ssh_channel_write(m_channel.get(), bytes.constData() + done, static_cast<uint32_t>(bytes.size() - done));
        if (n == SSH_ERROR) {
            if (ssh_channel_is_eof(m_channel.get()) || ssh_channel_is_closed(m_channel.get()))
                return {}; // the command has ended; read() reports it with its exit status
            return sshError(codes::kConnectionLost);
        }
        done += n;
        if (n == 0 && (clock.elapsed() >= m_timeouts.requestMs || m_stop->requested()))
            return sshError(codes::kRequestTimeout);
    }
    return {};
}

int SshConnection::exitStatus() const
{
    return m_channel ? ssh_channel_get_exit_status(m_channel.get()) : -1;
}

} // namespace twinha::agentlink
