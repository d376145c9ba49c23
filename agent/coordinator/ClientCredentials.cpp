#include "agent/coordinator/ClientCredentials.h"

#include "agent/FileAccess.h"

#include "agentlink/protocol/Methods.h"

#include <QByteArray>
#include <QList>

#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twinha::agent {

namespace methods = protocol::methods;

QString ClientCredentials::actor() const
{
    return user + QLatin1Char('@') + (sshClient.isEmpty() ? QStringLiteral("local") : sshClient);
}

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
    c.isOperator = c.uid == 0 || c.uid == ::geteuid() || isMember(c.uid, c.gid, operatorsGroup);
    return c;
}

bool ClientCredentials::isMember(uid_t uid, gid_t gid, const QString& groupName)
{
    if (groupName.isEmpty())
        return false;
    QByteArray buffer(16 * 1024, '\0');
    struct group gr
    {};
    struct group* grFound = nullptr;
    if (::getgrnam_r(groupName.toLocal8Bit().constData(), &gr, buffer.data(), size_t(buffer.size()), &grFound) != 0 ||
        !grFound)
        return false;
    const gid_t wanted = grFound->gr_gid;
    if (gid == wanted)
        return true;
    QByteArray pwBuffer(16 * 1024, '\0');
    passwd pw{};
    passwd* found = nullptr;
    if (::getpwuid_r(uid, &pw, pwBuffer.data(), size_t(pwBuffer.size()), &found) != 0 || !found)
        return false;
    if (found->pw_gid == wanted)
        return true;
    int count = 64;
    QList<gid_t> groups(count);
    if (::getgrouplist(found->pw_name, found->pw_gid, groups.data(), &count) < 0) {
        groups.resize(count); // count now says how many there are
        if (::getgrouplist(found->pw_name, found->pw_gid, groups.data(), &count) < 0)
            return false;
    }
    for (int i = 0; i < count; ++i)
        if (groups[i] == wanted)
            return true;
    return false;
}

bool ClientCredentials::observerMayCall(const QString& method)
{
    static const QList<QLatin1String> allowed{
        QLatin1String(methods::kHello),
        QLatin1String(methods::kStatusGet),
        QLatin1String(methods::kStatusSubscribe),
        QLatin1String(methods::kEventsList),
        QLatin1String(methods::kSwitchoverCheck),
        QLatin1String(methods::kConfigGet),
        QLatin1String(methods::kConfigValidate),
        QLatin1String(methods::kConfigCompose),
        QLatin1String(methods::kNodeFacts),
        QLatin1String(methods::kNodePathInfo),
        QLatin1String(methods::kNodeProbeAddress),
    };
    return allowed.contains(method) || method.startsWith(QLatin1String("status."));
}

} // namespace twinha::agent
