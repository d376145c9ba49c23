#include "agent/replication/MirrorTransport.h"

#include "agent/config/AgentConfig.h"

#include <pwd.h>
#include <unistd.h>

namespace twinha::agent {

namespace {
// rsync splits -e at spaces and keeps quoted runs together; it knows no backslash escapes.
QString quotedForRsh(const QString& word)
{
    if (!word.contains(QLatin1Char(' ')) && !word.contains(QLatin1Char('\'')) && !word.contains(QLatin1Char('"')))
        return word;
    if (!word.contains(QLatin1Char('\'')))
        return QLatin1Char('\'') + word + QLatin1Char('\'');
    if (!word.contains(QLatin1Char('"')))
        return QLatin1Char('"') + word + QLatin1Char('"');
    return {};
}
} // namespace

MirrorTransport MirrorTransport::forChannel(const ReplicationConfig& config, const QString& selfNode,
                                            const QString& stateDir)
{
    MirrorTransport t;
    t.overSsh = config.overSsh();
    t.channel = config.name;
    if (!t.overSsh)
        return t;
    t.sshUser = config.sshUser.isEmpty() ? defaultUser() : config.sshUser;
    t.keyFile = keyPath(stateDir);
    t.knownHosts = knownHostsPath(stateDir);
    for (const LinkEndpoint& e : config.endpoints) {
        if (e.node != selfNode)
            t.hostKeyAlias = hostKeyAliasFor(e.node);
    }
    return t;
}

QString MirrorTransport::defaultUser()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QStringList MirrorTransport::rsyncOptions(quint16 port) const
{
    if (!overSsh)
        return {};
    const QString key = quotedForRsh(keyFile);
    const QString known = quotedForRsh(knownHosts);
    if (key.isEmpty() || known.isEmpty())
        return {};
    // -F /dev/null: no ssh_config of the agent's user may add a proxy, agent forwarding or another
    // key. BatchMode: never a prompt. StrictHostKeyChecking=yes with our own known_hosts only: a
    // host key other than the pinned one is refused, and none is ever learnt.
    const QStringList ssh{QStringLiteral("ssh"),
                          QStringLiteral("-F /dev/null"),
                          QStringLiteral("-i ") + key,
                          QStringLiteral("-p ") + QString::number(port),
                          QStringLiteral("-l ") + sshUser,
                          QStringLiteral("-o BatchMode=yes"),
                          QStringLiteral("-o IdentitiesOnly=yes"),
                          QStringLiteral("-o IdentityAgent=none"),
                          QStringLiteral("-o StrictHostKeyChecking=yes"),
                          QStringLiteral("-o UserKnownHostsFile=") + known,
                          QStringLiteral("-o GlobalKnownHostsFile=/dev/null"),
                          QStringLiteral("-o HostKeyAlias=") + hostKeyAlias,
                          QStringLiteral("-o UpdateHostKeys=no"),
                          QStringLiteral("-o CheckHostIP=no"), // nothing but the pinned alias, ever
                          QStringLiteral("-o ControlMaster=no"),
                          QStringLiteral("-o ControlPath=none"),
                          QStringLiteral("-o ConnectTimeout=10"),
                          QStringLiteral("-o ServerAliveInterval=10"),
                          QStringLiteral("-o ServerAliveCountMax=3"),
                          QStringLiteral("-o ForwardAgent=no"),
                          QStringLiteral("-o ForwardX11=no"),
                          QStringLiteral("-o ClearAllForwardings=yes")};
    return {QStringLiteral("-e"), ssh.join(QLatin1Char(' ')),
            QStringLiteral("--rsync-path=%1 %2").arg(QLatin1String(kServeMarker), channel)};
}

QString MirrorTransport::destination(const QString& user, const QString& host, quint16 port,
                                     const QString& module) const
{
    const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    // Over ssh the user@ is the rsync daemon's user (auth users); the login is ssh's -l.
    if (overSsh)
        return QStringLiteral("%1@%2::%3/").arg(user, hostPart, module);
    return QStringLiteral("rsync://%1@%2:%3/%4/").arg(user, hostPart).arg(port).arg(module);
}

} // namespace twinha::agent
