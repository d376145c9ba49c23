#include "agent/postgres/PgInstance.h"

#include "agentlink/protocol/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <unistd.h>

namespace twinha::agent {

namespace {
constexpr char kStandbyComment[] = "# Set by twinha-agent: this node follows its peer.";

// A libpq keyword value in single quotes, with ' and \ escaped.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// The value of a postgresql.conf line, in single quotes: the file's reader takes a backslash as an
// escape and '' as a quote, so both are written that way (as pg_basebackup -R does).
QString confQuoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}
} // namespace

PgInstance::PgInstance(const ResourceConfig& resource, const QString& self, const QString& peer)
    : m_resource(resource)
    , m_self(self)
    , m_peer(peer)
{}

quint16 PgInstance::port() const
{
    const LinkEndpoint* e = m_resource.pg.endpoints.isEmpty() ? nullptr : endpointFor(m_resource.pg.endpoints, m_self);
    return e && e->port ? e->port : 5432;
}

QString PgInstance::peerAddress() const
{
    const LinkEndpoint* e = endpointFor(m_resource.pg.endpoints, m_peer);
    return e ? e->address : QString();
}

QString PgInstance::tool(const char* name) const
{
    return QDir(m_resource.pg.binDir).filePath(QLatin1String(name));
}

QStringList PgInstance::queryArguments(const QString& sql) const
{
    return sessionArguments() + QStringList{QStringLiteral("-c"), sql};
}

QStringList PgInstance::sessionArguments() const
{
    return {QStringLiteral("-X"),    QStringLiteral("-q"), QStringLiteral("-A"),
            QStringLiteral("-t"),    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-h"),    socketDir(),          QStringLiteral("-p"),
            QString::number(port()), QStringLiteral("-d"), m_resource.pg.database};
}

QStringList PgInstance::ctlArguments(const QStringList& action) const
{
    const bool start = action.value(0) == QLatin1String("start");
    return QStringList{QStringLiteral("-D"), start ? configDir() : dataDir()} + action;
}

QStringList PgInstance::peerQueryArguments(const QString& sql) const
{
    return {QStringLiteral("-X"), QStringLiteral("-q"),
            QStringLiteral("-A"), QStringLiteral("-t"),
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-d"), peerConninfo(false),
            QStringLiteral("-c"), sql};
}

QStringList PgInstance::rewindArguments() const
{
    QStringList args{QStringLiteral("--target-pgdata=") + dataDir(),
                     QStringLiteral("--source-server=") + peerConninfo(false)};
    // An unclean stop makes pg_rewind run the server once for crash recovery, which needs the
    // configuration where Debian keeps it, outside the data folder.
    if (QDir(configDir()) != QDir(dataDir()))
        args << QStringLiteral("--config-file=") + QDir(configDir()).filePath(QStringLiteral("postgresql.conf"));
    return args;
}

QString PgInstance::peerConninfo(bool forStreaming) const
{
    const LinkEndpoint* e = endpointFor(m_resource.pg.endpoints, m_peer);
    QStringList parts{QStringLiteral("host=") + quoted(e ? e->host : QString()),
                      QStringLiteral("port=") + QString::number(e ? e->port : 5432),
                      QStringLiteral("user=") + quoted(m_resource.pg.replicationUser),
                      QStringLiteral("application_name=") + quoted(m_self), QStringLiteral("connect_timeout=3")};
    if (!forStreaming)
        parts << QStringLiteral("dbname=") + quoted(m_resource.pg.database);
    if (!m_resource.pg.passfile.isEmpty())
        parts << QStringLiteral("passfile=") + quoted(m_resource.pg.passfile);
    return parts.join(QLatin1Char(' '));
}

std::optional<RunAs> PgInstance::account(QString* error) const
{
    return RunAs::resolve(user(), error);
}

QMap<QString, QString> PgInstance::environment()
{
    return {{QStringLiteral("LC_ALL"), QStringLiteral("C")},
            {QStringLiteral("LANGUAGE"), QString()},
            {QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("3")},
            {QStringLiteral("PGAPPNAME"), QStringLiteral("twinha-agent")}};
}

PgInstance::Postmaster PgInstance::postmaster(qint64* pid) const
{
    QFile file(QDir(dataDir()).filePath(QStringLiteral("postmaster.pid")));
    if (!file.open(QIODevice::ReadOnly))
        return file.exists() ? Postmaster::Unknown : Postmaster::Stopped;
    bool ok = false;
    const qint64 found = file.readLine(32).trimmed().toLongLong(&ok);
    if (!ok || found <= 0)
        return Postmaster::Unknown; // being written: ask again
    if (pid)
        *pid = found;
    if (::kill(pid_t(found), 0) != 0 && errno != EPERM)
        return Postmaster::Stopped;
    // A pid file left by a crash may name a process that has reused the number: the postmaster
    // works in its data folder, so that is asked too, and nothing is signalled on a guess.
    const QString cwd = QFileInfo(QStringLiteral("/proc/%1/cwd").arg(found)).symLinkTarget();
    if (cwd.isEmpty())
        return Postmaster::Unknown;
    return cwd == QFileInfo(dataDir()).canonicalFilePath() ? Postmaster::Running : Postmaster::Stopped;
}

bool PgInstance::hasStandbySignal() const
{
    return QFileInfo::exists(QDir(dataDir()).filePath(QStringLiteral("standby.signal")));
}

bool PgInstance::surelyNoRecoverySignal() const
{
    const QDir data(dataDir());
    return QFileInfo(data.filePath(QStringLiteral("PG_VERSION"))).isReadable() &&
           !QFileInfo::exists(data.filePath(QStringLiteral("standby.signal"))) &&
           !QFileInfo::exists(data.filePath(QStringLiteral("recovery.signal")));
}

bool PgInstance::writeStandbyConfig(QString* error) const
{
    const QString autoConf = QDir(dataDir()).filePath(QStringLiteral("postgresql.auto.conf"));
    QFile in(autoConf);
    QByteArray kept;
    if (in.exists() && !in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(autoConf, in.errorString());
        return false;
    }
    if (in.isOpen()) {
        for (const QByteArray& line : in.readAll().split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.startsWith("primary_conninfo") || trimmed == kStandbyComment)
                continue; // replaced below: the old one names this node or an old primary
            kept += line + '\n';
        }
        while (kept.endsWith("\n\n"))
            kept.chop(1);
        if (kept == "\n")
            kept.clear();
    }
    kept += QByteArray(kStandbyComment) + "\nprimary_conninfo = " + confQuoted(peerConninfo(true)).toUtf8() + '\n';
    return writeOwned(autoConf, kept, error) &&
           writeOwned(QDir(dataDir()).filePath(QStringLiteral("standby.signal")), {}, error);
}

bool PgInstance::removeStandbySignal(QString* error) const
{
    QFile signal(QDir(dataDir()).filePath(QStringLiteral("standby.signal")));
    if (!signal.exists() || signal.remove())
        return true;
    *error = QStringLiteral("%1: %2").arg(signal.fileName(), signal.errorString());
    return false;
}

QString PgInstance::holdPath() const
{
    return QDir(dataDir()).filePath(QLatin1String(kHoldFile));
}

bool PgInstance::isHeld() const
{
    return QFileInfo::exists(holdPath());
}

bool PgInstance::hold(const QString& reason, QString* error) const
{
    return writeOwned(holdPath(), reason.toUtf8() + '\n', error);
}

bool PgInstance::writeOwned(const QString& path, const QByteArray& bytes, QString* error) const
{
    if (!protocol::AtomicFile::write(path, bytes, 0600, error)) {
        *error = path + QStringLiteral(": ") + *error;
        return false;
    }
    const std::optional<RunAs> owner = RunAs::lookup(user());
    if (owner && ::geteuid() == 0 && ::chown(QFile::encodeName(path).constData(), owner->uid, owner->gid) != 0) {
        *error = QStringLiteral("%1: chown: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

} // namespace twinha::agent
