#pragma once

#include <QByteArray>
#include <QString>

namespace twinha::agent {

struct SshPublicKey;

// The entry in the agent user's ~/.ssh/authorized_keys that lets the peer's mirror key in, and
// only to serve this node's mirror (MirrorServe):
//   restrict,command="'AGENT' mirror-serve --state-dir 'STATE'" ssh-ed25519 AAAA... twinha-mirror:STATE
// `restrict` takes away forwarding, a terminal and ~/.ssh/rc; `command` replaces whatever the
// client asks to run. The comment marks the entry as this agent's (by its state folder), so
// trusting a new peer key replaces it and leaves every other line of the file as it was.
class AuthorizedKeys
{
public:
    static QString marker(const QString& stateDir);
    // Empty when a path holds a character the option cannot carry (a double quote, a backslash,
    // a control character).
    static QString entry(const QString& agentProgram, const QString& stateDir, const SshPublicKey& key);
    // existing without this agent's entries (lines whose last word is marker), then entry.
    static QByteArray withEntry(const QByteArray& existing, const QString& marker, const QString& entry);
    // ~/.ssh/authorized_keys of the agent's user.
    static QString defaultPath();
    // Edits the file at path (creating it 0600 and its folder 0700 when missing) durably.
    static bool install(const QString& path, const QString& marker, const QString& entry, QString* error);
};

} // namespace twinha::agent
