#include "agent/coordinator/ClientCredentials.h"

#include "agent/control/FileAccess.h"
#include "agent/resources/RunAs.h"

#include "agentlink/protocol/ActorName.h"
#include "agentlink/protocol/Methods.h"

#include <QByteArray>
#include <QList>

#include <optional>

#include <cerrno>
#include <grp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twinha::agent {

namespace methods = protocol::methods;

QString ClientCredentials::actor() const
{
    return protocol::ActorName::compose(user, sshClient);
}

namespace {
// The groups the peer process really has (SO_PEERGROUPS, Linux 4.13), as the kernel saw them when
// it connected: what counts for file access counts here. Empty when the kernel cannot tell.
std::optional<QList<gid_t>> peerGroups(int fd)
{
    QList<gid_t> groups(64);
    socklen_t len = socklen_t(groups.size() * sizeof(gid_t));
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups.data(), &len) != 0) {
        if (errno != ERANGE)
            return std::nullopt;
        groups.resize(qsizetype(len / sizeof(gid_t)));
        if (::getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups.data(), &len) != 0)
            return std::nullopt;
    }
    groups.resize(qsizetype(len / sizeof(gid_t)));
    return groups;
}

std::optional<gid_t> groupId(const QString& name)
{
    if (name.isEmpty())
        return std::nullopt;
    QByteArray buffer(16 * 1024, '\0');
    struct group gr
    {};
    struct group* found = nullptr;
    if (::getgrnam_r(name.toLocal8Bit().constData(), &gr, buffer.data(), size_t(buffer.size()), &found) != 0 || !found)
        return std::nullopt;
    return found->gr_gid;
}
} // namespace

ClientCredentials ClientCredentials::fromSocket(int fd, const QString& operatorsGroup)
{
    ClientCredentials c;
    c.operatorsGroup = operatorsGroup;
    ucred cred{};
    socklen_t len = sizeof(cred);
    if (fd < 0 || ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
        return c;
    c.uid = cred.uid;
    c.gid = cred.gid;
    c.pid = cred.pid;
    c.user = FileAccess::userName(c.uid);
    // The daemon's own user could edit its state files anyway; refusing it would protect nothing.
    if (c.uid == 0 || c.uid == ::geteuid()) {
        c.isOperator = true;
        return c;
    }
    // The caller's real groups decide, not what /etc/group says of its user: a session started
    // before the user was added (or after it was removed) is what it is. Only a kernel that cannot
    // tell leaves the group database to decide.
    if (const std::optional<QList<gid_t>> groups = peerGroups(fd)) {
        const std::optional<gid_t> wanted = groupId(operatorsGroup);
        c.isOperator = wanted && (c.gid == *wanted || groups->contains(*wanted));
        return c;
    }
    c.isOperator = isMember(c.uid, c.gid, operatorsGroup);
    return c;
}

bool ClientCredentials::isMember(uid_t uid, gid_t gid, const QString& groupName)
{
    const std::optional<gid_t> group = groupId(groupName);
    if (!group)
        return false;
    if (gid == *group)
        return true;
    const std::optional<RunAs> account = RunAs::lookup(FileAccess::userName(uid));
    return account && (account->gid == *group || account->groups.contains(*group));
}

bool ClientCredentials::observerMayCall(const QString& method)
{
    // Method by method, no wildcard: an observer reads status and events, nothing else. Walks of
    // folders, probes with arping and the config text (fence devices, paths) are for operators.
    static const QList<QLatin1String> allowed{
        QLatin1String(methods::kHello),           QLatin1String(methods::kStatusGet),
        QLatin1String(methods::kStatusSubscribe), QLatin1String(methods::kEventsList),
        QLatin1String(methods::kSwitchoverCheck), QLatin1String(methods::kHistoryGet),
    };
    return allowed.contains(method);
}

} // namespace twinha::agent
