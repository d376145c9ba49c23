#include "agentlink/JumpTunnel.h"

#include "agentlink/SshConnection.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twinha::agentlink {

using protocol::RpcError;

JumpTunnel::JumpTunnel(const NodeEndpoint& target, LinkTimeouts timeouts, CredentialPrompter* prompter,
                       const std::atomic_bool* stop)
    : m_target(target)
    , m_bastion(std::make_unique<SshConnection>(target.jumpEndpoint(), timeouts, prompter, stop))
{}

JumpTunnel::~JumpTunnel()
{
    m_quit = true;
    if (m_pump.joinable())
        m_pump.join();
    for (int fd : {m_ours, m_theirs})
        if (fd >= 0)
            ::close(fd);
}

RpcError JumpTunnel::open(int* fd)
{
    for (auto step : {&SshConnection::connectToHost, &SshConnection::verifyHostKey, &SshConnection::authenticate}) {
        RpcError error = (m_bastion.get()->*step)();
        if (!error.isNull()) {
            error.params.insert(QStringLiteral("jump"), m_target.jumpHost);
            return error;
        }
    }
    RpcError error = m_bastion->openForward(m_target.host, m_target.port);
    if (!error.isNull())
        return error;
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
        return RpcError::make(QStringLiteral("SSH_ERROR"), {{QStringLiteral("detail"), QStringLiteral("socketpair")}});
    m_ours = pair[0];
    m_theirs = pair[1];
    m_pump = std::thread(&JumpTunnel::pump, this);
    *fd = m_theirs;
    return {};
}

void JumpTunnel::pump()
{
    char buffer[16384];
    while (!m_quit) {
        pollfd p{m_ours, POLLIN, 0};
        if (::poll(&p, 1, 10) > 0) {
            const ssize_t n = ::read(m_ours, buffer, sizeof buffer);
            if (n <= 0 || !m_bastion->write(QByteArray(buffer, int(n))).isNull())
                break;
        }
        QByteArray data;
        bool eof = false;
        if (!m_bastion->read(&data, 0, &eof).isNull())
            break;
        for (qsizetype done = 0; done < data.size();) {
            const ssize_t n = ::write(m_ours, data.constData() + done, size_t(data.size() - done));
            if (n <= 0) {
                m_quit = true;
                break;
            }
            done += n;
        }
        if (eof)
            break;
    }
    ::shutdown(m_ours, SHUT_RDWR); // the node's session sees the end of its connection
}

} // namespace twinha::agentlink
