#include "agent/replication/DivergenceKeeper.h"

#include "agent/AgentLog.h"
#include "agent/replication/KeptSet.h"
#include "agentlink/protocol/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace twinha::agent {

namespace {
QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

DivergenceKeeper::DivergenceKeeper(const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_hooks(settings.stateDir, settings.channel)
    , m_store(settings.stateDir)
{
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &DivergenceKeeper::checkDone);
    load();
}

void DivergenceKeeper::load()
{
    QFile f(armedPath());
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject armed = QJsonDocument::fromJson(f.readAll()).object();
    const QString id = armed.value(QStringLiteral("id")).toString();
    if (!KeptSet::isValidId(id)) {
        AgentLog::get("agent.replication")
            ->warn("{}: ignoring {}: no valid set id", m_settings.channel.toStdString(), armedPath().toStdString());
        return;
    }
    m_armedId = id;
    m_armedAt = armed.value(QStringLiteral("armed_at")).toString();
}

QString DivergenceKeeper::keptPath() const
{
    return isArmed() ? KeptSet::pathIn(m_settings.path, m_armedId) : QString();
}

void DivergenceKeeper::becameSource()
{
    if (isArmed())
        finish(false); // the peer lost the group before it resynced us fully: keep what it did
    QString error;
    if (!QDir().mkpath(m_hooks.dir()) ||
        !protocol::AtomicFile::write(markerPath(), nowIso().toUtf8() + '\n', 0600, &error))
        AgentLog::get("agent.replication")
            ->error("{}: cannot write {}: {}; a later resync of this node may not keep what it would lose",
                    m_settings.channel.toStdString(), markerPath().toStdString(), error.toStdString());
}

void DivergenceKeeper::leftSource(bool shippedEverything)
{
    if (shippedEverything)
        QFile::remove(markerPath());
}

void DivergenceKeeper::becameTarget()
{
    if (!isArmed() && QFile::exists(markerPath()))
        arm();
    if (!isArmed())
        return;
    QString detail;
    if (!m_hooks.write(m_armedId, &detail)) // again after a restart: the module must find them
        AgentLog::get("agent.replication")
            ->error("{}: cannot write the receiver's hooks: {}; pushes are refused until they can be",
                    m_settings.channel.toStdString(), detail.toStdString());
    watch();
    checkDone();
}

QString DivergenceKeeper::newId() const
{
    const QString base = m_settings.channel + QLatin1Char('-') +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString id = base;
    for (int n = 2; m_store.contains(id) || QFileInfo::exists(KeptSet::pathIn(m_settings.path, id)); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

void DivergenceKeeper::arm()
{
    const QString id = newId();
    const QString at = nowIso();
    QString error;
    const QByteArray armed =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("armed_at"), at}}).toJson();
    if (!QDir().mkpath(m_hooks.dir()) || !protocol::AtomicFile::write(armedPath(), armed, 0600, &error))
        AgentLog::get("agent.replication")
            ->error("{}: cannot write {}: {}", m_settings.channel.toStdString(), armedPath().toStdString(),
                    error.toStdString()); // armed for this run all the same
    m_armedId = id;
    m_armedAt = at;
    // Owner only: the set may hold what the service would not show to everybody, and a web root's
    // server must not serve it.
    const QString folder = KeptSet::folderIn(m_settings.path);
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    AgentLog::get("agent.replication")
        ->warn("{}: this node ran group {} and lost it without handing it over; the resync from the peer keeps "
               "what it deletes or overwrites here in {}",
               m_settings.channel.toStdString(), m_settings.group.toStdString(), keptPath().toStdString());
    Q_EMIT hooksChanged();
}

void DivergenceKeeper::watch()
{
    if (!m_watcher.directories().contains(m_hooks.dir()))
        m_watcher.addPath(m_hooks.dir());
}

void DivergenceKeeper::checkDone()
{
    if (!isArmed())
        return;
    const std::optional<int> status = m_hooks.doneStatus();
    if (!status)
        return;
    if (*status == 0) {
        finish(true);
        return;
    }
    // The next push is refused again and repeated with the same set, so nothing is lost meanwhile.
    AgentLog::get("agent.replication")
        ->warn("{}: the resync into kept set {} ended with status {}; waiting for the next one",
               m_settings.channel.toStdString(), m_armedId.toStdString(), *status);
    QFile::remove(m_hooks.donePath());
}

void DivergenceKeeper::finish(bool resynced)
{
    const QString id = std::exchange(m_armedId, QString());
    const QString armedAt = std::exchange(m_armedAt, QString());
    m_hooks.remove();
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (resynced)
        QFile::remove(markerPath()); // this node has nothing the peer lacks any more
    Q_EMIT hooksChanged();           // the module excludes the kept sets again from the next push on
    const QString setDir = KeptSet::pathIn(m_settings.path, id);
    QPointer<DivergenceKeeper> self(this);
    const QString dataDir = m_settings.path;
    // A big set takes a while to walk; on the event loop that would starve the heartbeat.
    QThreadPool::globalInstance()->start([self, id, armedAt, setDir, dataDir] {
        const KeptSet::Counts counts = KeptSet::count(setDir, dataDir);
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, armedAt, counts] {
                if (self)
                    self->record(id, armedAt, counts);
            },
            Qt::QueuedConnection);
    });
}

void DivergenceKeeper::record(const QString& id, const QString& armedAt, const KeptSet::Counts& c)
{
    const QString setDir = KeptSet::pathIn(m_settings.path, id);
    auto log = AgentLog::get("agent.replication");
    if (m_armedId.isEmpty()) // not armed again meanwhile, with a set of its own
        QFile::remove(armedPath());
    if (c.files == 0) {
        QDir(setDir).removeRecursively(); // only the folders rsync made on the way, if any
        log->info("{}: the resync deleted and overwrote nothing here; no set kept", m_settings.channel.toStdString());
        return;
    }
    const QJsonObject record{{QStringLiteral("id"), id},
                             {QStringLiteral("channel"), m_settings.channel},
                             {QStringLiteral("group"), m_settings.group},
                             {QStringLiteral("node"), m_settings.node},
                             {QStringLiteral("folder"), m_settings.path},
                             {QStringLiteral("path"), setDir},
                             {QStringLiteral("armed_at"), armedAt},
                             {QStringLiteral("kept_at"), nowIso()},
                             {QStringLiteral("files"), c.files},
                             {QStringLiteral("deleted"), c.deleted},
                             {QStringLiteral("overwritten"), c.overwritten},
                             {QStringLiteral("bytes"), c.bytes}};
    QString error;
    if (!m_store.save(record, &error))
        log->error("{}: cannot record kept set {}: {}", m_settings.channel.toStdString(), id.toStdString(),
                   error.toStdString());
    log->warn("{}: {} files this node had and the peer did not ({} deleted, {} overwritten by the resync) are kept "
              "in {}",
              m_settings.channel.toStdString(), c.files, c.deleted, c.overwritten, setDir.toStdString());
    Q_EMIT kept(record);
}

QJsonObject DivergenceKeeper::summary() const
{
    qint64 sets = 0;
    qint64 files = 0;
    QJsonObject latest;
    for (const QJsonObject& r : m_store.list()) { // newest first
        if (r.value(QStringLiteral("channel")).toString() != m_settings.channel ||
            !r.value(QStringLiteral("present")).toBool())
            continue;
        if (sets++ == 0)
            latest = r;
        files += r.value(QStringLiteral("files")).toInteger();
    }
    if (sets == 0)
        return {};
    return {{QStringLiteral("sets"), sets}, {QStringLiteral("files"), files}, {QStringLiteral("latest"), latest}};
}

} // namespace twinha::agent
