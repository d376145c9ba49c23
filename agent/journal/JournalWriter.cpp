#include "agent/journal/JournalWriter.h"

#include "agent/AgentLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twinha::agent {

JournalWriter::~JournalWriter()
{
    closeFile();
}

void JournalWriter::reset(const QString& path, bool needsNewline)
{
    closeFile();
    m_path = path;
    m_needsNewline = needsNewline;
}

void JournalWriter::write(const QByteArray& lines, qint64 lastSeq)
{
    QString detail;
    const bool ok = writeLines(lines, &detail);
    Q_EMIT finished(lastSeq, ok, detail);
}

bool JournalWriter::writeLines(const QByteArray& bytes, QString* detail)
{
    const auto failure = [detail](int err) {
        *detail = QString::fromLocal8Bit(std::strerror(err));
        return false;
    };
    if (m_fd < 0) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        // Plain POSIX: each write and the fsync must report their own failure, with no buffer between.
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return failure(errno);
    }
    const QByteArray out = m_needsNewline ? '\n' + bytes : bytes;
    struct stat st
    {};
    const bool regular = ::fstat(m_fd, &st) == 0 && S_ISREG(st.st_mode);
    qsizetype done = 0;
    int err = 0;
    while (done < out.size() && err == 0) {
        const ssize_t n = ::write(m_fd, out.constData() + done, size_t(out.size() - done));
        if (n > 0)
            done += n;
        else if (errno != EINTR)
            err = errno;
    }
    // EINVAL: this file cannot be synced at all (a device); there is nothing more to wait for.
    if (err == 0 && ::fsync(m_fd) != 0 && errno != EINVAL)
        err = errno;
    if (err != 0) {
        // Leave no half-written or unsynced lines behind: the retry writes them again, and a
        // duplicate would break the chain. Devices cannot be cut back, and need not be.
        if (regular && ::ftruncate(m_fd, st.st_size) != 0)
            AgentLog::get("agent.journal")->error("cannot cut {} back after a failed write", m_path.toStdString());
        closeFile();
        return failure(err);
    }
    m_needsNewline = false;
    return true;
}

void JournalWriter::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace twinha::agent
