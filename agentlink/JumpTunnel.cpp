#include "agentlink/JumpTunnel.h"

#include "agentlink/SshConnection.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twinha::agentlink {

using protocol::RpcError;

JumpTunnel::JumpTunnel(const NodeEndpoint& target, LinkTimeouts timeouts, CredentialPrompter* prompter,
                       const LinkStop* stop)
    : m_target(target)
    , m_bastion(std::make_unique<SshConnection>(target.jumpEndpoint(), timeouts, prompter, stop))
{}

JumpTunnel::~JumpTunnel()
{
    m_quit = true;
    if (m_ours >= 0)
        ::shutdown(m_ours, SHUT_RDWR); // wakes the pump, asleep on our end of the pair
    if (m_pump.joinable())
        m_pump.join();
    if (m_ours >= 0)
        ::close(m_ours);
    // libssh (0.10 and later) leaves a socket given by SSH_OPTIONS_FD open at disconnect, but
    // closes it on some failed connects. Close it only if the number still names our socket: once
    // libssh has closed it, another thread may have opened something else under that number.
    struct stat st
    {};
    if (m_theirs >= 0 && ::fstat(m_theirs, &st) == 0 && st.st_ino == m_theirsInode && S_ISSOCK(st.st_mode))
        ::close(m_theirs);
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
    struct stat st
    {};
    m_theirsInode = ::fstat(m_theirs, &st) == 0 ? st.st_ino : 0;
    m_pump = std::thread(&JumpTunnel::pump, this);
    *fd = m_theirs;
    return {};
}

void JumpTunnel::pump()
{
    char buffer[16384];
    while (!m_quit) {
        // Asleep until the node's session writes to our end of the pair or the bastion's channel
        // has something, not woken every few milliseconds for nothing.
        m_bastion->waitForInput(m_ours, kIdleWakeMs);
        pollfd p{m_ours, POLLIN, 0};
        if (::poll(&p, 1, 0) > 0) {
            const ssize_t n = ::read(m_ours, buffer, sizeof buffer);
            if (n <= 0 || !m_bastion->write(QByteArray(buffer, int(n))).isNull())
                break;
        }
        QByteArray data;
        bool eof = false;
        if (!m_bastion->read(&data, 0, &eof).isNull())
            break;
        for (qsizetype done = 0; done < data.size();) {
            // send(), not write(): a session that has closed its end must not raise SIGPIPE, which
            // would end the whole console.
            const ssize_t n = ::send(m_ours, data.constData() + done, size_t(data.size() - done), MSG_NOSIGNAL);
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
