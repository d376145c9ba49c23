#pragma once

#include <QString>

#include <sys/types.h>

namespace twinha::agent {

// Who is on the other end of a control connection, from the kernel (SO_PEERCRED), not from
// anything the client says. Root, the daemon's own user and members of control.operators_group
// operate; everybody else who can open the socket observes.
struct ClientCredentials
{
    uid_t uid = uid_t(-1);
    gid_t gid = gid_t(-1);
    pid_t pid = 0;
    QString user; // the uid's name, or the number when it has none
    bool isOperator = false;
    QString operatorsGroup; // control.operators_group: whom to join to operate
    QString sshClient;      // the address the session bridge reported from $SSH_CLIENT: a claim only

    // The user, and the SSH client as a claim (protocol::ActorName): "user (ssh 192.0.2.7)".
    QString actor() const;
    QString roleName() const { return isOperator ? QStringLiteral("operator") : QStringLiteral("observer"); }

    // Invalid credentials (uid -1, observer) when the socket cannot tell.
    static ClientCredentials fromSocket(int fd, const QString& operatorsGroup);
    static bool isMember(uid_t uid, gid_t gid, const QString& groupName);
    // The methods an observer may call: those that change nothing.
    static bool observerMayCall(const QString& method);
};

} // namespace twinha::agent
