#include "agent/postgres/PgBaseBackup.h"

#include "agent/control/NodeFacts.h"
#include "agent/postgres/PgInstance.h"
#include "agent/postgres/PgTask.h"
#include "agent/resources/RunAs.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace twinha::agent {

namespace codes = protocol::codes;
using protocol::RpcError;

PgBaseBackup::PgBaseBackup(const Request& request, QObject* parent)
    : QObject(parent)
    , m_request(request)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

PgBaseBackup::~PgBaseBackup()
{
    m_cancel->store(true);
}

bool PgBaseBackup::isValidHost(const QString& host)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:/\\[\\]][A-Za-z0-9_.:/\\[\\]-]{0,254}$"));
    return valid.match(host).hasMatch();
}

QStringList PgBaseBackup::arguments(const Request& r)
{
    // -R: standby.signal and primary_conninfo, so the copy starts as a standby of the source.
    return {QStringLiteral("--pgdata=") + r.cluster.dataDir,
            QStringLiteral("--host=") + r.sourceHost,
            QStringLiteral("--port=") + QString::number(r.sourcePort),
            QStringLiteral("--username=") + r.user,
            QStringLiteral("--wal-method=stream"),
            QStringLiteral("--write-recovery-conf"),
            QStringLiteral("--checkpoint=fast"),
            QStringLiteral("--no-password")};
}

QString PgBaseBackup::keptPath(const QString& dataDir, const QDateTime& when, const char* what)
{
    return QDir::cleanPath(dataDir) +
           QStringLiteral(".%1-%2").arg(QLatin1String(what), when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

RpcError PgBaseBackup::dataDirFailed(const QString& path, const QString& detail) const
{
    return RpcError::make(QString::fromLatin1(codes::kPgDataDirFailed),
                          {{QStringLiteral("path"), path}, {QStringLiteral("detail"), detail}});
}

void PgBaseBackup::start(Progress progress, Done done)
{
    m_progress = std::move(progress);
    m_done = std::move(done);
    const PgCluster& c = m_request.cluster;
    const auto fail = [this](const RpcError& e) {
        QMetaObject::invokeMethod(
            this, [this, e] { m_done({}, e); }, Qt::QueuedConnection);
    };
    if (c.online)
        return fail(RpcError::make(QString::fromLatin1(codes::kPgClusterRunning),
                                   {{QStringLiteral("version"), c.version}, {QStringLiteral("cluster"), c.name}}));
    const std::optional<RunAs> owner = RunAs::lookup(c.owner);
    if (!owner)
        return fail(dataDirFailed(c.dataDir, QStringLiteral("no user %1 on this node").arg(c.owner)));
    // Kept, never deleted: a standby's folder may still hold the only copy of something.
    if (QFileInfo::exists(c.dataDir)) {
        m_kept = keptPath(c.dataDir, QDateTime::currentDateTimeUtc());
        if (!QDir().rename(c.dataDir, m_kept))
            return fail(dataDirFailed(c.dataDir, QStringLiteral("cannot rename it to %1").arg(m_kept)));
    }
    const QByteArray path = QFile::encodeName(c.dataDir);
    if (::mkdir(path.constData(), 0700) != 0 ||
        (::geteuid() == 0 && ::chown(path.constData(), owner->uid, owner->gid) != 0)) {
        const QString detail = QString::fromLocal8Bit(strerror(errno));
        if (!m_kept.isEmpty()) {
            QDir().rmdir(c.dataDir);
            QDir().rename(m_kept, c.dataDir);
        }
        return fail(dataDirFailed(c.dataDir, detail));
    }
    m_task = new PgTask(PgInstance(c.asResource(QString()), QString(), QString()), this);
    m_task->run("pg_basebackup", arguments(m_request), kTimeoutMs, [this](const CommandRunner::Result& r) {
        finished(r.ok(), r.ok() ? RpcError() : PgTask::failure(QStringLiteral("pg_basebackup"), r));
    });
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &PgBaseBackup::measure);
    timer->start(kProgressMs);
}

void PgBaseBackup::measure()
{
    if (m_measuring)
        return;
    m_measuring = true;
    // A big copy takes seconds to walk; on the event loop that would starve the heartbeat.
    QPointer<PgBaseBackup> self(this);
    QThreadPool::globalInstance()->start([self, path = m_request.cluster.dataDir, cancel = m_cancel] {
        const qint64 bytes =
            NodeFacts::pathInfo(path, NodeFacts::kMaxWalkFiles, cancel.get(), QDeadlineTimer(NodeFacts::kMaxWalkMs))
                .value(QStringLiteral("bytes"))
                .toInteger();
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, bytes] {
                if (!self || !self->m_done)
                    return;
                self->m_measuring = false;
                self->m_bytes = std::max(self->m_bytes, bytes);
                self->m_progress(self->m_bytes);
            },
            Qt::QueuedConnection);
    });
}

void PgBaseBackup::finished(bool ok, const RpcError& failure)
{
    Done done = std::exchange(m_done, nullptr);
    m_cancel->store(true); // a measurement still running is of no use now
    const PgCluster& c = m_request.cluster;
    if (ok) {
        return done({{QStringLiteral("version"), c.version},
                     {QStringLiteral("cluster"), c.name},
                     {QStringLiteral("data_dir"), c.dataDir},
                     {QStringLiteral("kept"), m_kept},
                     {QStringLiteral("bytes"), m_bytes}},
                    {});
    }
    // The partial copy goes aside too, and the old folder back where it was.
    const QString failed = keptPath(c.dataDir, QDateTime::currentDateTimeUtc(), "twinha-failed");
    if (QDir().rename(c.dataDir, failed) && !m_kept.isEmpty())
        QDir().rename(m_kept, c.dataDir);
    done({}, failure);
}

} // namespace twinha::agent
