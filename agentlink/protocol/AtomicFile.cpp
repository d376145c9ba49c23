#include "agentlink/protocol/AtomicFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twinha::protocol {

namespace {
bool writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// A rename is only durable once the folder's entry is on disk too.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

AtomicFile::AtomicFile(const QString& path)
    : m_path(QFileInfo(path).absoluteFilePath())
{}

AtomicFile::~AtomicFile()
{
    discard();
}

bool AtomicFile::write(const QString& path, const QByteArray& bytes, mode_t mode, QString* error)
{
    AtomicFile f(path);
    if (f.prepare(bytes, mode) && f.commit())
        return true;
    if (error)
        *error = f.errorString();
    return false;
}

bool AtomicFile::ensure(const QString& path, const QByteArray& bytes, mode_t mode, QString* error)
{
    struct stat st = {};
    QFile current(path);
    if (::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 07777) == mode &&
        st.st_size == bytes.size() && current.open(QIODevice::ReadOnly) && current.readAll() == bytes)
        return true;
    return write(path, bytes, mode, error);
}

bool AtomicFile::prepare(const QByteArray& bytes, mode_t mode)
{
    discard();
    const QFileInfo info(m_path);
    QByteArray name =
        QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".tmp-XXXXXX"));
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        return fail("create", errno);
    m_temp = name;
    if (::fchmod(fd, mode) != 0 || !writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return fail("write", err);
    }
    if (::close(fd) != 0)
        return fail("write", errno);
    return true;
}

bool AtomicFile::commit()
{
    if (m_temp.isEmpty())
        return fail("rename", EINVAL);
    if (::rename(m_temp.constData(), QFile::encodeName(m_path).constData()) != 0)
        return fail("rename", errno);
    m_temp.clear();
    syncFolder(QFileInfo(m_path).absolutePath());
    return true;
}

void AtomicFile::discard()
{
    if (!m_temp.isEmpty())
        ::unlink(m_temp.constData());
    m_temp.clear();
}

QString AtomicFile::errorString() const
{
    return QStringLiteral("%1 %2: %3")
        .arg(QLatin1String(m_stage), m_path, QString::fromLocal8Bit(std::strerror(m_errno)));
}

bool AtomicFile::fail(const char* stage, int err)
{
    discard();
    m_stage = stage;
    m_errno = err;
    return false;
}

} // namespace twinha::protocol
