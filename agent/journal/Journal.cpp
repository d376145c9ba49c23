#include "agent/journal/Journal.h"

#include "agent/AgentLog.h"
#include "agent/journal/JournalReader.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twinha::agent {

namespace codes = protocol::codes;

Journal::Journal(const QString& nodeName, QObject* parent)
    : QObject(parent)
    , m_nodeName(nodeName)
{}

Journal::~Journal()
{
    closeFile();
}

bool Journal::open(const QString& path, protocol::RpcError* error)
{
    m_path = path;
    closeFile();
    m_recent.clear();
    m_unpersisted.clear();
    m_chainError = {};
    const JournalReader::Result r = JournalReader::read(path, [this](const JournalEntry& e) {
        remember(e);
        return true;
    });
    if (!r.ok) {
        if (error)
            *error = protocol::RpcError::make(QString::fromLatin1(codes::kJournalReadFailed),
                                              {{QStringLiteral("path"), path}, {QStringLiteral("detail"), r.detail}});
        AgentLog::get("agent.journal")->error("cannot read {}: {}", path.toStdString(), r.detail.toStdString());
        return false;
    }
    m_lastSeq = r.lastSeq;
    m_lastHash = r.lastHash;
    m_needsNewline = !r.endsWithNewline;
    if (r.brokenSeq >= 0) {
        m_chainError = protocol::RpcError::make(QString::fromLatin1(codes::kJournalChainBroken),
                                                {{QStringLiteral("seq"), r.brokenSeq}});
        AgentLog::get("agent.journal")
            ->warn("{}: hash chain broken at seq {}; new entries follow seq {}", path.toStdString(), r.brokenSeq,
                   r.lastSeq);
    }
    return true;
}

std::optional<QJsonObject> Journal::append(const QString& type, const QString& actor, const QJsonObject& data,
                                           protocol::RpcError* error)
{
    JournalEntry e;
    e.seq = m_lastSeq + 1;
    e.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.type = type;
    e.node = m_nodeName;
    e.actor = actor;
    e.data = data;
    e.prev = m_lastHash;
    e.hash = e.computeHash();
    e.persisted = false;
    m_lastSeq = e.seq;
    m_lastHash = e.hash;
    if (m_unpersisted.size() >= kMemoryEntries) {
        AgentLog::get("agent.journal")
            ->error("dropping unpersisted entry {}: too many waiting", m_unpersisted.first().seq);
        m_unpersisted.removeFirst();
    }
    m_unpersisted.append(e);
    remember(e);
    const bool ok = persistPending(error);
    Q_EMIT appended(m_recent.last().toClientJson());
    if (!ok)
        return std::nullopt;
    return m_recent.last().toClientJson();
}

bool Journal::persistPending(protocol::RpcError* error)
{
    QByteArray bytes;
    for (const JournalEntry& e : std::as_const(m_unpersisted))
        bytes += e.toLine();
    QString detail;
    if (!writeLines(bytes, &detail)) {
        if (error)
            *error = protocol::RpcError::make(QString::fromLatin1(codes::kJournalWriteFailed),
                                              {{QStringLiteral("path"), m_path}, {QStringLiteral("detail"), detail}});
        AgentLog::get("agent.journal")
            ->error("cannot write {}: {} ({} entries kept in memory)", m_path.toStdString(), detail.toStdString(),
                    m_unpersisted.size());
        return false;
    }
    if (m_unpersisted.size() > 1)
        AgentLog::get("agent.journal")->info("wrote {} entries that had waited in memory", m_unpersisted.size() - 1);
    markPersisted();
    return true;
}

bool Journal::writeLines(const QByteArray& bytes, QString* detail)
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

void Journal::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void Journal::remember(const JournalEntry& entry)
{
    if (m_recent.size() >= kMemoryEntries)
        m_recent.removeFirst();
    m_recent.append(entry);
}

void Journal::markPersisted()
{
    const qint64 first = m_unpersisted.isEmpty() ? m_lastSeq + 1 : m_unpersisted.first().seq;
    for (auto it = m_recent.rbegin(); it != m_recent.rend() && it->seq >= first; ++it)
        it->persisted = true;
    m_unpersisted.clear();
}

QJsonArray Journal::list(qint64 afterSeq, int limit) const
{
    limit = std::clamp(limit, 1, int(kMemoryEntries));
    QJsonArray out;
    const qint64 firstInMemory = m_recent.isEmpty() ? m_lastSeq + 1 : m_recent.first().seq;
    if (afterSeq + 1 < firstInMemory && !m_path.isEmpty()) {
        // Older than the memory holds: read them back from the file (rare: a client far behind).
        JournalReader::read(m_path, [&](const JournalEntry& e) {
            if (e.seq >= firstInMemory || out.size() >= limit)
                return false;
            if (e.seq > afterSeq)
                out.append(e.toClientJson());
            return true;
        });
    }
    for (const JournalEntry& e : m_recent) {
        if (out.size() >= limit)
            break;
        if (e.seq > afterSeq)
            out.append(e.toClientJson());
    }
    return out;
}

qint64 Journal::verify() const
{
    return JournalReader::read(m_path).brokenSeq;
}

} // namespace twinha::agent
