#pragma once

#include <QList>
#include <QString>

#include <optional>

#include <sys/types.h>

namespace twinha::agent {

// The account a script resource's commands run as (run_as in the config). Resolved in the daemon;
// applied in the child between fork and exec, with async-signal-safe system calls only (the
// group list is looked up beforehand, never in the child).
struct RunAs
{
    QString user;
    uid_t uid = 0;
    gid_t gid = 0;
    QList<gid_t> groups; // supplementary groups, as initgroups(3) would set them
    QString home;

    // The account named `user` and its groups (as initgroups(3) would set them), or nullopt when
    // this node has none. The agent's one look-up of a user's account.
    static std::optional<RunAs> lookup(const QString& user);
    // lookup(), for running commands: nullopt with *error when there is no such user, or when the
    // agent runs neither as root nor as that user and so cannot switch to it.
    static std::optional<RunAs> resolve(const QString& user, QString* error);
    // True when the command must change user: the agent runs as someone else.
    bool switches() const;
    // In the child: supplementary groups, group, then user. False (errno set) if any step fails.
    bool applyInChild() const;
};

} // namespace twinha::agent
