#include "agent/history/HistoryRecorder.h"

#include "agent/AgentLog.h"
#include "agentlink/protocol/AtomicFile.h"
#include "agentlink/protocol/HeartbeatLinkState.h"
#include "agentlink/protocol/RunState.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QThreadPool>

namespace twinha::agent {

namespace {
constexpr quint32 kMagic = 0x54484831; // "THH1"
constexpr quint32 kFormat = 1;

void stream(QDataStream& s)
{
    s.setVersion(QDataStream::Qt_6_0);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
}
} // namespace

HistoryRecorder::HistoryRecorder(const QString& stateDir, std::function<QJsonObject()> status, QObject* parent)
    : QObject(parent)
    , m_path(QDir(stateDir).filePath(QLatin1String(kFileName)))
    , m_status(std::move(status))
{
    load();
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, [this] { sample(QDateTime::currentSecsSinceEpoch(), m_status()); });
    connect(&m_saveTimer, &QTimer::timeout, this, &HistoryRecorder::saveInBackground);
}

HistoryRecorder::~HistoryRecorder()
{
    // The last minute too, unless a write is still stuck on the disk: a later rename of that one
    // would put the older copy back.
    QString error;
    if (m_tick.isActive() && !m_saving->load() && !save(&error))
        AgentLog::get("agent.history")->warn("history: cannot write {}: {}", m_path.toStdString(), error.toStdString());
}

void HistoryRecorder::saveInBackground()
{
    // The write and its fsync off the event loop, like the journal's: a slow or stalled disk must
    // not hold up the agent's decisions. One write at a time; a tick that finds one running skips.
    if (m_saving->exchange(true))
        return;
    QThreadPool::globalInstance()->start([path = m_path, bytes = encode(), saving = m_saving] {
        QString error;
        if (!protocol::AtomicFile::write(path, bytes, 0600, &error))
            AgentLog::get("agent.history")
                ->warn("history: cannot write {}: {}", path.toStdString(), error.toStdString());
        saving->store(false);
    });
}

void HistoryRecorder::start()
{
    m_tick.start(1000);
    m_saveTimer.start(kSaveEveryMs);
}

void HistoryRecorder::record(qint64 second, const QString& name, double value)
{
    auto it = m_series.find(name);
    if (it == m_series.end()) {
        if (m_series.size() >= kMaxSeries)
            return;
        it = m_series.insert(name, HistorySeries());
    }
    it->add(second, float(value));
}

void HistoryRecorder::sample(qint64 second, const QJsonObject& s)
{
    const QJsonObject peer = s.value(QStringLiteral("peer")).toObject();
    if (peer.contains(QStringLiteral("alive")))
        record(second, QStringLiteral("peer.alive"), peer.value(QStringLiteral("alive")).toBool() ? 1 : 0);
    for (const QJsonValue& v : s.value(QStringLiteral("links")).toArray()) {
        const QJsonObject l = v.toObject();
        const QString p = QStringLiteral("link.") + l.value(QStringLiteral("name")).toString() + QLatin1Char('.');
        record(second, p + QStringLiteral("up"),
               protocol::heartbeatLinkStateFrom(l.value(QStringLiteral("state")).toString()) ==
                   protocol::HeartbeatLinkState::Up);
        if (const double rtt = l.value(QStringLiteral("rtt_ms")).toDouble(-1); rtt >= 0)
            record(second, p + QStringLiteral("rtt_ms"), rtt);
        if (l.value(QStringLiteral("loss_pct")).isDouble())
            record(second, p + QStringLiteral("loss_pct"), l.value(QStringLiteral("loss_pct")).toDouble());
    }
    for (const QJsonValue& v : s.value(QStringLiteral("replication")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString p = QStringLiteral("channel.") + c.value(QStringLiteral("name")).toString() + QLatin1Char('.');
        for (const char* key : {"lag_s", "lag_bytes"})
            if (c.value(QLatin1String(key)).isDouble())
                record(second, p + QLatin1String(key), c.value(QLatin1String(key)).toDouble());
    }
    for (const QJsonValue& v : s.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        record(
            second, QStringLiteral("group.") + g.value(QStringLiteral("name")).toString() + QStringLiteral(".active"),
            protocol::runStateFrom(g.value(QStringLiteral("state")).toString()) == protocol::RunState::Running ? 1 : 0);
    }
}

QJsonObject HistoryRecorder::get(const QJsonObject& params, qint64 nowMs) const
{
    const qint64 nowS = nowMs / 1000;
    const qint64 toS = params.value(QStringLiteral("to")).toInteger(nowMs) / 1000;
    qint64 fromS = params.value(QStringLiteral("from")).toInteger(nowMs - 600000) / 1000;
    fromS = std::max(fromS, nowS - qint64(HistorySeries::kCoarseSlots) * HistorySeries::kCoarseStepS);
    qint64 stepS = std::max<qint64>(1, params.value(QStringLiteral("step")).toInteger(1000) / 1000);
    const qint64 spanS = std::max<qint64>(0, toS - fromS);
    stepS = std::max(stepS, (spanS + kMaxPoints - 1) / kMaxPoints);
    const int count = int(spanS / stepS);
    QStringList wanted;
    for (const QJsonValue& v : params.value(QStringLiteral("series")).toArray())
        wanted << v.toString();
    if (wanted.isEmpty())
        wanted = names();
    QJsonArray series;
    for (const QString& name : std::as_const(wanted)) {
        const auto it = m_series.constFind(name);
        if (it == m_series.cend())
            continue;
        QJsonArray values;
        for (const std::optional<double>& v : it->read(fromS, stepS, count, nowS))
            values.append(v ? QJsonValue(*v) : QJsonValue());
        series.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("values"), values}});
    }
    return {{QStringLiteral("from"), fromS * 1000},
            {QStringLiteral("step"), stepS * 1000},
            {QStringLiteral("count"), count},
            {QStringLiteral("series"), series},
            {QStringLiteral("available"), QJsonArray::fromStringList(names())}};
}

bool HistoryRecorder::save(QString* error) const
{
    return protocol::AtomicFile::write(m_path, encode(), 0600, error);
}

QByteArray HistoryRecorder::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    stream(out);
    out << kMagic << kFormat << qint32(m_series.size());
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        out << it.key();
        it->save(out);
    }
    return bytes;
}

void HistoryRecorder::load()
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return; // none yet
    QDataStream in(&f);
    stream(in);
    quint32 magic = 0;
    quint32 format = 0;
    qint32 count = 0;
    in >> magic >> format >> count;
    if (magic != kMagic || format != kFormat || count < 0 || count > kMaxSeries) {
        AgentLog::get("agent.history")
            ->warn("history: {} is not a history file of this version; starting afresh", m_path.toStdString());
        return;
    }
    QMap<QString, HistorySeries> loaded;
    for (qint32 i = 0; i < count; ++i) {
        QString name;
        in >> name;
        HistorySeries s;
        if (!s.load(in)) {
            AgentLog::get("agent.history")->warn("history: {} is cut short; starting afresh", m_path.toStdString());
            return;
        }
        loaded.insert(name, s);
    }
    m_series = loaded;
    AgentLog::get("agent.history")->info("history: {} series read from {}", m_series.size(), m_path.toStdString());
}

} // namespace twinha::agent
