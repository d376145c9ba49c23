#include "agent/journal/Journal.h"

#include "agent/AgentLog.h"
#include "agent/journal/JournalReader.h"
#include "agent/journal/JournalWriter.h"
#include "agentlink/protocol/ActorName.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace twinha::agent {

namespace codes = protocol::codes;

Journal::Journal(const QString& nodeName, const QByteArray& key, QObject* parent)
    : QObject(parent)
    , m_nodeName(nodeName)
    , m_key(key)
    , m_writer(new JournalWriter)
{
    m_thread.setObjectName(QStringLiteral("journal"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &JournalWriter::finished, this, &Journal::onWritten);
    m_thread.start();
}

Journal::~Journal()
{
    flush(); // what was handed to the disk gets there before the daemon goes
    m_thread.quit();
    m_thread.wait();
}

bool Journal::open(const QString& path, protocol::RpcError* error)
{
    flush();
    m_path = path;
    m_recent.clear();
    m_unpersisted.clear();
    m_chainError = {};
    m_failing = false;
    const JournalReader::Result r = JournalReader::read(path, m_key, [this](const JournalEntry& e) {
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
    m_announced = r.lastSeq;
    m_lastHash = r.lastHash;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, path, needsNewline = !r.endsWithNewline] { writer->reset(path, needsNewline); },
        Qt::BlockingQueuedConnection);
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
    // The actor arrives as protocol::ActorName composed it; the claim is stored apart from the user.
    const protocol::ActorName name = protocol::ActorName::parse(actor);
    e.actor = name.user;
    e.claimedSshClient = name.claimedSshClient;
    e.data = data;
    e.prev = m_lastHash;
    e.hash = e.computeHash(m_key);
    e.persisted = !m_failing; // in flight counts as written until the disk says otherwise
    m_lastSeq = e.seq;
    m_lastHash = e.hash;
    if (m_unpersisted.size() >= kMemoryEntries) {
        AgentLog::get("agent.journal")
            ->error("dropping unpersisted entry {}: too many waiting", m_unpersisted.first().seq);
        m_unpersisted.removeFirst();
    }
    m_unpersisted.append(e);
    remember(e);
    const bool failing = m_failing;
    if (failing) {
        if (error)
            *error = writeError();
        announce(e.seq); // now, as not persisted: the client must not wait for the disk to heal
    }
    persistPending();
    if (failing)
        return std::nullopt;
    return e.toClientJson();
}

void Journal::flush()
{
    while (m_inFlight > 0) {
        // The writer works in order: once this returns, the batch in flight is done and its answer
        // is queued here.
        QMetaObject::invokeMethod(
            m_writer, [] {}, Qt::BlockingQueuedConnection);
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

void Journal::persistPending()
{
    if (m_inFlight > 0 || m_unpersisted.isEmpty())
        return;
    QByteArray bytes;
    for (const JournalEntry& e : std::as_const(m_unpersisted))
        bytes += e.toLine();
    m_inFlight = m_unpersisted.last().seq;
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, bytes, last = m_inFlight] { writer->write(bytes, last); });
}

void Journal::onWritten(qint64 lastSeq, bool ok, const QString& detail)
{
    m_inFlight = 0;
    if (!ok) {
        if (!m_failing || detail != m_failure)
            AgentLog::get("agent.journal")
                ->error("cannot write {}: {} ({} entries kept in memory)", m_path.toStdString(), detail.toStdString(),
                        m_unpersisted.size());
        m_failing = true;
        m_failure = detail;
        for (const JournalEntry& e : std::as_const(m_unpersisted))
            if (JournalEntry* r = recent(e.seq))
                r->persisted = false;
        announce(lastSeq);
        return; // tried again by the next append
    }
    if (m_failing)
        AgentLog::get("agent.journal")->info("the journal is written again ({})", m_path.toStdString());
    m_failing = false;
    while (!m_unpersisted.isEmpty() && m_unpersisted.first().seq <= lastSeq) {
        if (JournalEntry* r = recent(m_unpersisted.first().seq))
            r->persisted = true;
        m_unpersisted.removeFirst();
    }
    announce(lastSeq);
    persistPending(); // what was appended meanwhile
}

void Journal::announce(qint64 upToSeq)
{
    for (const JournalEntry& e : std::as_const(m_recent))
        if (e.seq > m_announced && e.seq <= upToSeq)
            Q_EMIT appended(e.toClientJson());
    m_announced = std::max(m_announced, upToSeq);
}

protocol::RpcError Journal::writeError() const
{
    return protocol::RpcError::make(QString::fromLatin1(codes::kJournalWriteFailed),
                                    {{QStringLiteral("path"), m_path}, {QStringLiteral("detail"), m_failure}});
}

void Journal::remember(const JournalEntry& entry)
{
    if (m_recent.size() >= kMemoryEntries)
        m_recent.removeFirst();
    m_recent.append(entry);
}

JournalEntry* Journal::recent(qint64 seq)
{
    for (auto it = m_recent.rbegin(); it != m_recent.rend(); ++it)
        if (it->seq == seq)
            return &*it;
    return nullptr;
}

QJsonArray Journal::list(qint64 afterSeq, int limit) const
{
    limit = std::clamp(limit, 1, int(kMemoryEntries));
    QJsonArray out;
    const qint64 firstInMemory = m_recent.isEmpty() ? m_lastSeq + 1 : m_recent.first().seq;
    if (afterSeq + 1 < firstInMemory && !m_path.isEmpty()) {
        // Older than the memory holds: read them back from the file (rare: a client far behind).
        JournalReader::read(m_path, m_key, [&](const JournalEntry& e) {
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
    return JournalReader::read(m_path, m_key).brokenSeq;
}

} // namespace twinha::agent
