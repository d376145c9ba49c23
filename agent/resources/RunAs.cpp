#include "agent/resources/RunAs.h"

#include <QByteArray>

#include <sys/syscall.h>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace twinha::agent {

std::optional<RunAs> RunAs::lookup(const QString& user)
{
    QByteArray buffer(16 * 1024, '\0');
    passwd pw{};
    passwd* found = nullptr;
    if (user.isEmpty() ||
        ::getpwnam_r(user.toLocal8Bit().constData(), &pw, buffer.data(), size_t(buffer.size()), &found) != 0 || !found)
        return std::nullopt;
    RunAs who;
    who.user = user;
    who.uid = found->pw_uid;
    who.gid = found->pw_gid;
    who.home = QString::fromLocal8Bit(found->pw_dir);
    int count = 32;
    who.groups.resize(count);
    if (::getgrouplist(found->pw_name, found->pw_gid, who.groups.data(), &count) < 0) {
        who.groups.resize(count); // count now says how many there are
        if (::getgrouplist(found->pw_name, found->pw_gid, who.groups.data(), &count) < 0)
            count = 0;
    }
    who.groups.resize(count);
    return who;
}

std::optional<RunAs> RunAs::resolve(const QString& user, QString* error)
{
    std::optional<RunAs> who = lookup(user);
    if (!who)
        *error = QStringLiteral("run_as: there is no user \"%1\" on this node").arg(user);
    else if (who->switches() && ::geteuid() != 0)
        *error =
            QStringLiteral("run_as: the agent does not run as root, so it cannot run commands as \"%1\"").arg(user);
    else
        return who;
    return std::nullopt;
}

bool RunAs::switches() const
{
    return uid != ::geteuid();
}

bool RunAs::applyInChild() const
{
    // Raw system calls: this runs in a vfork() child that shares the agent's memory, where glibc's
    // wrappers would take the lock that makes all of the agent's threads change credentials
    // (__nptl_setxid), which another thread may hold. The child has one thread; the calls suffice.
    return ::syscall(SYS_setgroups, size_t(groups.size()), groups.constData()) == 0 &&
           ::syscall(SYS_setresgid, gid, gid, gid) == 0 && ::syscall(SYS_setresuid, uid, uid, uid) == 0 &&
           ::syscall(SYS_setresuid, 0, 0, 0) != 0; // the last one must fail: no way back to root
}

} // namespace twinha::agent
