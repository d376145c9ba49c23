#include "agent/replication/ReceiverGate.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace twinha::agent {

namespace {
struct flock wholeFile(short type)
{
    struct flock l
    {};
    l.l_type = type;
    l.l_whence = SEEK_SET;
    return l;
}
} // namespace

bool ReceiverGate::open(const QString& path, QString* error)
{
    if (m_fd >= 0)
        return true;
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    struct flock l = wholeFile(F_WRLCK);
    if (fd < 0 || ::fcntl(fd, F_OFD_SETLK, &l) != 0) {
        *error = path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}

void ReceiverGate::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool ReceiverGate::isHeld(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock l = wholeFile(F_WRLCK);
    const bool held = ::fcntl(fd, F_OFD_GETLK, &l) == 0 && l.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

} // namespace twinha::agent
