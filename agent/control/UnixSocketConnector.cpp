#include "agent/control/UnixSocketConnector.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace twinha::agent {

int UnixSocketConnector::connect(const QString& path, int* errorNumber)
{
    const QByteArray encoded = path.toLocal8Bit();
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (encoded.isEmpty() || size_t(encoded.size()) >= sizeof(addr.sun_path)) {
        *errorNumber = ENAMETOOLONG;
        return -1;
    }
    std::memcpy(addr.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *errorNumber = errno;
        return -1;
    }
    int rc;
    do {
        rc = ::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof(addr));
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        *errorNumber = errno;
        ::close(fd);
        return -1;
    }
    *errorNumber = 0;
    return fd;
}

QString UnixSocketConnector::errorText(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

QString UnixSocketConnector::errorName(int errorNumber)
{
    const char* name = strerrorname_np(errorNumber);
    return name ? QString::fromLatin1(name) : QString::number(errorNumber);
}

} // namespace twinha::agent
