#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace twinha::agent {

// `twinha-agent mirror-serve`: what sshd runs, whatever the client asked for, when the peer logs
// in with its mirror key (the forced command of its authorized_keys entry, AuthorizedKeys). The
// peer's rsync asks for "twinha-mirror CHANNEL --server --daemon ." (MirrorTransport); this
// accepts exactly that and then becomes rsync's daemon-mode server on the channel's module config,
// the one RsyncReceiver writes, so the module's auth, exclude, hooks and confinement apply as with
// the plain transport. It refuses when this node's agent is not receiving the channel (ReceiverGate).
class MirrorServe
{
public:
    // The channel a command names, or empty when the command has any other shape.
    static QString channelOf(const QString& command);
    // rsync's command line for serving channel.
    static QStringList serverArguments(const QString& stateDir, const QString& channel);
    // Execs rsync, or returns an exit code after one line on err saying why not.
    static int run(const QString& stateDir, const QString& command, QTextStream& err);
};

} // namespace twinha::agent
