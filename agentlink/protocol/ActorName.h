#pragma once

#include <QString>

namespace twinha::protocol {

// Who did something, as the agent names it: the account the kernel vouched for (SO_PEERCRED) and,
// apart from it, the SSH client that the caller's session said it came from, which is only a
// claim. Between the agent's parts and to the console (operation records) the two travel as one
// string, "user" or "user (ssh 192.0.2.7)"; the journal stores them in separate fields.
struct ActorName
{
    QString user;
    QString claimedSshClient; // an IP address, or empty

    // The claim only when it is an IP address: anything else a client sends is dropped.
    static QString compose(const QString& user, const QString& claimedSshClient);
    static ActorName parse(const QString& text);
    // The address part of $SSH_CLIENT ("192.0.2.7 52514 22") when it is an IP address, else empty.
    static QString sshClientAddress(const QString& sshClientVariable);
};

} // namespace twinha::protocol
