#include "agent/control/FileAccess.h"

#include <QByteArray>
#include <QFile>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twinha::agent {

QString FileAccess::userName(uid_t uid)
{
    QByteArray buffer(16 * 1024, '\0');
    passwd pw{};
    passwd* found = nullptr;
    if (::getpwuid_r(uid, &pw, buffer.data(), size_t(buffer.size()), &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

namespace {
QString groupName(gid_t gid)
{
    QByteArray buffer(64 * 1024, '\0');
    group gr{};
    group* found = nullptr;
    if (::getgrgid_r(gid, &gr, buffer.data(), size_t(buffer.size()), &found) == 0 && found)
        return QString::fromLocal8Bit(found->gr_name);
    return QString::number(gid);
}
} // namespace

FileAccess FileAccess::of(const QString& path)
{
    FileAccess a;
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return a;
    a.owner = userName(st.st_uid);
    a.group = groupName(st.st_gid);
    a.mode = QStringLiteral("%1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
    return a;
}

QString FileAccess::currentUser()
{
    return userName(::geteuid());
}

} // namespace twinha::agent
