#pragma once

#include <QString>
#include <QStringList>

namespace twinha::agent {

struct ReplicationConfig;

// How a mirror channel reaches the peer's receiver. "rsync": the rsync daemon protocol over TCP,
// authenticated but in clear. "ssh": the same daemon protocol over SSH (rsync's "daemon over
// remote shell" mode), so the module's config (auth users, exclude, hooks, chroot or munged
// links) applies unchanged. Each node has its own key pair under STATE/mirror-ssh; the peer's host
// key is pinned there under the name hostKeyAlias() (no trust on first use), and the peer lets this
// node's key run only `twinha-agent mirror-serve` (MirrorServe, AuthorizedKeys).
struct MirrorTransport
{
    bool overSsh = false;
    QString channel;
    QString sshUser;      // the login on the peer
    QString keyFile;      // this node's private key
    QString knownHosts;   // the peer's pinned host key
    QString hostKeyAlias; // the name it is pinned under, whatever address the config gives

    // For the node selfNode of config; its state folder stateDir.
    static MirrorTransport forChannel(const ReplicationConfig& config, const QString& selfNode,
                                      const QString& stateDir);

    static QString sshDir(const QString& stateDir) { return stateDir + QStringLiteral("/mirror-ssh"); }
    static QString keyPath(const QString& stateDir) { return sshDir(stateDir) + QStringLiteral("/id_ed25519"); }
    static QString knownHostsPath(const QString& stateDir) { return sshDir(stateDir) + QStringLiteral("/known_hosts"); }
    static QString hostKeyAliasFor(const QString& peerNode) { return QStringLiteral("twinha-mirror-") + peerNode; }
    // The first word of what the pushing rsync asks the peer's sshd to run; the rest is the channel
    // and rsync's own "--server --daemon .".
    static constexpr char kServeMarker[] = "twinha-mirror";
    // The login when the config names none: the agent's own user.
    static QString defaultUser();

    // rsync's options that select this transport: none for "rsync"; for "ssh", -e "ssh ..." (port:
    // the peer's sshd) and --rsync-path naming the channel. Empty when a path cannot be quoted for
    // rsync's -e (it has both kinds of quotes).
    QStringList rsyncOptions(quint16 port) const;
    // rsync's destination for module.
    QString destination(const QString& user, const QString& host, quint16 port, const QString& module) const;
};

} // namespace twinha::agent
