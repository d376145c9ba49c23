// PostgreSQL switchover and failover in the netns lab, TwinHA against Patroni: the same two
// PostgreSQL 15 instances, the same client writing numbered transactions through the same VIP
// (10.77.1.10:5432), first with TwinHA (netns-lab.sh up --postgresql), then with Patroni at its
// defaults and etcd in the witness namespace (netns-lab.sh up --patroni). Needs root.
//
//   bench_pg_switchover [RUNS] [--only twinha|patroni] [--kind planned|kill] [--keep]
//                                     (default 3 of each kind, per system; the options narrow a run
//                                     while working on one path, and --keep leaves the labs' logs)
//
// Per run: the cluster settled (the standby streams with nothing left to replay, checked by
// condition), the writer started, then the event:
//   planned:   twinhactl switchover --yes (TwinHA) or patronictl switchover --force (Patroni),
//              alternating direction;
//   unplanned: kill -9 of every process of the primary's node namespace that belongs to the
//              cluster (agent and its guard, or Patroni; every postgres process; commands they
//              ran), then, once the client writes again, the killed daemon started again.
// Figures: downtime = the longest time between two acknowledged commits from the event on;
// lost = acknowledged ids missing on the primary afterwards; rejoin = until the old primary
// streams from the new one (planned: from the switchover command; unplanned: from the restart).
#include "tests/bench/BenchStats.h"
#include "tests/integration/RunProcess.h"
#include "tests/netns/NetnsLab.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace twinha;
using namespace twinha::bench;
using twinha::tests::netns::NetnsLab;

namespace {

constexpr int kSettleTimeoutMs = 180000;
constexpr int kRecoverTimeoutMs = 180000;
constexpr int kWarmAcks = 20;  // acknowledged commits before the event: the writer runs steadily
constexpr int kAfterAcks = 20; // and after it: the client works again
const QString kVip = QStringLiteral("10.77.1.10");

void note(const QString& s)
{
    std::fprintf(stderr, "  %s\n", qPrintable(s));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

int run(const QStringList& cmd, QByteArray* out = nullptr, int timeoutMs = 20000)
{
    twinha::tests::RunOptions options;
    options.stdoutOnly = out != nullptr;
    options.environment = QProcessEnvironment::systemEnvironment();
    options.environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("1"));
    return twinha::tests::run(cmd.first(), cmd.mid(1), out, timeoutMs, options);
}

// Polls `cond` every `stepMs` until it holds or `timeoutMs` have passed.
template <typename F> bool waitUntil(F cond, int timeoutMs, int stepMs = 100)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (cond())
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(stepMs);
    }
}

struct Ack
{
    qint64 id;
    qint64 ms;
};

// pg-writer.sh --host VIP in the client namespace, one output file per run.
class Writer
{
public:
    Writer(const NetnsLab& lab, const QString& file, qint64 firstId)
        : m_file(file)
        , m_first(firstId)
    {
        QFile::remove(file);
        const QString script = QFileInfo(NetnsLab::script()).dir().filePath(QStringLiteral("../lab/pg-writer.sh"));
        m_p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_p.start(QStringLiteral("ip"),
                  {QStringLiteral("netns"), QStringLiteral("exec"), lab.ns(QStringLiteral("client")),
                   QDir::cleanPath(script), QStringLiteral("--host"), kVip, QStringLiteral("--port"),
                   QStringLiteral("5432"), file, QString::number(firstId)});
        m_p.waitForStarted();
    }
    ~Writer() { stop(); }
    void stop()
    {
        if (m_p.state() == QProcess::NotRunning)
            return;
        m_p.terminate();
        if (!m_p.waitForFinished(10000)) {
            m_p.kill();
            m_p.waitForFinished(3000);
        }
    }
    QList<Ack> acks() const
    {
        QList<Ack> out;
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> w = line.split(' ');
            if (w.size() >= 2)
                out << Ack{w[0].toLongLong(), w[1].toLongLong()};
        }
        return out;
    }
    int acksAfter(qint64 ms) const
    {
        int n = 0;
        for (const Ack& a : acks())
            n += a.ms >= ms ? 1 : 0;
        return n;
    }
    qint64 first() const { return m_first; }

private:
    QProcess m_p;
    QString m_file;
    qint64 m_first;
};

// The longest time between two acknowledged commits, the later one after `eventMs`; -1 without
// an acknowledged commit on both sides of the event.
double longestGapMs(const QList<Ack>& acks, qint64 eventMs)
{
    double gap = -1;
    for (qsizetype i = 1; i < acks.size(); ++i)
        if (acks[i].ms >= eventMs && acks[i - 1].ms <= acks[i].ms)
            gap = std::max(gap, double(acks[i].ms - acks[i - 1].ms));
    bool before = false, after = false;
    for (const Ack& a : acks) {
        before = before || a.ms < eventMs;
        after = after || a.ms >= eventMs;
    }
    return before && after ? gap : -1;
}

struct Samples
{
    QString system;
    QList<double> plannedMs, unplannedMs;
    QList<double> plannedLost, unplannedLost;
    QList<double> plannedRejoinMs, unplannedRejoinMs;
    QStringList problems;
};

// What differs between the two systems: how to move the primary, how to restart a killed node,
// and what "settled" means beyond PostgreSQL's own view.
class System
{
public:
    explicit System(NetnsLab& lab)
        : m_lab(lab)
    {}
    virtual ~System() = default;
    virtual QString name() const = 0;
    virtual bool switchover(int from, int to, QString* why) = 0;
    virtual bool restart(int node, QString* why) = 0;
    virtual bool managerSettled(int primary) = 0;
    // The old primary streams from `primary`, as this system reports it.
    virtual bool streamsFrom(int primary) = 0;
    // Whether this process belongs to the cluster manager (beyond postgres).
    virtual bool isManager(const QStringList& args) const = 0;
    // Why the cluster cannot settle any more without an operator (empty: it may still).
    virtual QString stuck() const { return {}; }

    QString addr(int node) const { return QStringLiteral("10.77.1.%1").arg(node); }
    QString psql(const QString& host, const QString& sql, bool* ok = nullptr) const
    {
        QByteArray out;
        const int rc = run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"),
                            m_lab.ns(QStringLiteral("client")), QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                            QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-q"),
                            QStringLiteral("-h"), host, QStringLiteral("-U"), QStringLiteral("postgres"),
                            QStringLiteral("-d"), QStringLiteral("labdb"), QStringLiteral("-c"), sql},
                           &out, 5000);
        if (ok)
            *ok = rc == 0;
        return QString::fromUtf8(out).trimmed();
    }
    // The node whose PostgreSQL is a primary, 0 if none or both.
    int primary() const
    {
        int found = 0;
        for (int n : {1, 2}) {
            bool ok = false;
            if (psql(addr(n), QStringLiteral("SELECT pg_is_in_recovery()"), &ok) == QLatin1String("f") && ok) {
                if (found)
                    return 0;
                found = n;
            }
        }
        return found;
    }
    int streamingStandbys(int primary, bool caughtUp) const
    {
        QString sql = QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'");
        if (caughtUp)
            sql += QStringLiteral(" AND replay_lsn = pg_current_wal_lsn()");
        return psql(addr(primary), sql).toInt();
    }
    // Settled: one primary, reached through the VIP, its standby streaming with nothing to replay,
    // and the manager agreeing.
    int settle()
    {
        int p = 0;
        const bool ok = waitUntil(
            [&] {
                if (!stuck().isEmpty())
                    return true;
                p = primary();
                return p != 0 && psql(kVip, QStringLiteral("SELECT pg_is_in_recovery()")) == QLatin1String("f") &&
                       streamingStandbys(p, true) == 1 && managerSettled(p);
            },
            kSettleTimeoutMs, 200);
        return ok && stuck().isEmpty() ? p : 0;
    }
    // kill -9 of everything of the cluster in the node's namespace; the number killed.
    int killNode(int node) const
    {
        QList<qint64> victims;
        for (qint64 pid : m_lab.pidsIn(QStringLiteral("node%1").arg(node))) {
            QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QStringList args;
            for (const QByteArray& a : f.readAll().split('\0'))
                if (!a.isEmpty())
                    args << QString::fromLocal8Bit(a);
            if (args.isEmpty())
                continue;
            const QString exe = QFileInfo(args.first()).fileName();
            if (exe == QLatin1String("postgres") || args.first().startsWith(QLatin1String("postgres:")) ||
                exe.startsWith(QLatin1String("pg_")) || exe == QLatin1String("psql") || isManager(args))
                victims << pid;
        }
        for (qint64 pid : victims)
            ::kill(pid_t(pid), SIGKILL);
        waitUntil(
            [&] {
                for (qint64 pid : victims)
                    if (NetnsLab::isAlive(pid))
                        return false;
                return true;
            },
            5000, 10);
        return int(victims.size());
    }

    NetnsLab& lab() const { return m_lab; }

protected:
    NetnsLab& m_lab;
};

class Twinha : public System
{
public:
    using System::System;
    QString name() const override { return QStringLiteral("TwinHA"); }
    QJsonObject status()
    {
        QByteArray out;
        run(ctl({QStringLiteral("status"), QStringLiteral("--json")}), &out, 15000);
        return QJsonDocument::fromJson(out).object();
    }
    QStringList ctl(const QStringList& args) const
    {
        return QStringList{QStringLiteral("ip"),
                           QStringLiteral("netns"),
                           QStringLiteral("exec"),
                           m_lab.ns(QStringLiteral("client")),
                           NetnsLab::binPath(QStringLiteral("twinhactl")),
                           QStringLiteral("--cluster"),
                           m_lab.value(QStringLiteral("PROFILE"))} +
               args;
    }
    static QJsonObject nodeStatus(const QJsonObject& st, int node)
    {
        for (const QJsonValue n : st[QStringLiteral("nodes")].toArray())
            if (n[QStringLiteral("name")].toString() == QStringLiteral("node%1").arg(node))
                return n[QStringLiteral("reached")].toBool() ? n[QStringLiteral("status")].toObject() : QJsonObject();
        return {};
    }
    static QJsonObject channel(const QJsonObject& node, const QString& name)
    {
        for (const QJsonValue r : node[QStringLiteral("replication")].toArray())
            if (r[QStringLiteral("name")].toString() == name)
                return r.toObject();
        return {};
    }
    QString stuck() const override { return m_stuck; }
    // A channel that reports its standby held stopped (PG_HELD) waits for an operator.
    void noteHeld(const QJsonObject& st)
    {
        for (int n : {1, 2}) {
            const QJsonObject e = channel(nodeStatus(st, n), QStringLiteral("pg"))[QStringLiteral("error")].toObject();
            if (e[QStringLiteral("code")].toString() == QLatin1String("PG_HELD"))
                m_stuck = QStringLiteral("node%1's agent holds its PostgreSQL stopped (PG_HELD, %2); see the "
                                         "\"pg_rewind failed\" line in node%1/agent.log")
                              .arg(n)
                              .arg(e[QStringLiteral("path")].toString());
        }
    }
    bool managerSettled(int primary) override
    {
        const QJsonObject st = status();
        noteHeld(st);
        const QJsonObject p = nodeStatus(st, primary), o = nodeStatus(st, 3 - primary);
        if (p.isEmpty() || o.isEmpty())
            return false;
        for (const QJsonObject& n : {p, o}) { // no operation under way (a finished one has a result)
            const QJsonValue op = n[QStringLiteral("operation")];
            if (op.isObject() && op[QStringLiteral("result")].isNull())
                return false;
        }
        const QJsonArray groups = p[QStringLiteral("groups")].toArray();
        if (groups.isEmpty() ||
            groups[0][QStringLiteral("active_node")].toString() != QStringLiteral("node%1").arg(primary))
            return false;
        // The agents themselves say a switchover may start.
        bool ready = false;
        for (const QJsonValue r : p[QStringLiteral("readiness")].toArray())
            ready = ready || (r[QStringLiteral("kind")].toString() == QLatin1String("switchover") &&
                              r[QStringLiteral("ready")].toBool());
        if (!ready)
            return false;
        // Every channel in sync on the source: a switchover's precheck asks for that.
        for (const QJsonValue r : p[QStringLiteral("replication")].toArray())
            if (r[QStringLiteral("state")].toString() != QLatin1String("in_sync"))
                return false;
        return channel(p, QStringLiteral("pg"))[QStringLiteral("postgresql")][QStringLiteral("state")].toString() ==
               QLatin1String("streaming");
    }
    // What runs, measured as for Patroni: the new primary lists its standby as streaming. A
    // standby the agent holds stopped (its hold file) will not stream without an operator.
    bool streamsFrom(int primary) override
    {
        if (streamingStandbys(primary, false) == 1)
            return true;
        const QString hold = m_lab.dir() + QStringLiteral("/pg%1/data/twinha.hold").arg(3 - primary);
        if (QFileInfo::exists(hold))
            m_stuck = QStringLiteral("node%1's agent holds its PostgreSQL stopped (%2); see the \"pg_rewind failed\" "
                                     "line in node%1/agent.log")
                          .arg(3 - primary)
                          .arg(hold);
        return !m_stuck.isEmpty(); // stop waiting; the caller reads stuck()
    }
    bool switchover(int, int to, QString* why) override
    {
        QByteArray out;
        const int rc = run(ctl({QStringLiteral("switchover"), QStringLiteral("--group"), QStringLiteral("service"),
                                QStringLiteral("--to"), QStringLiteral("node%1").arg(to), QStringLiteral("--yes")}),
                           &out, 120000);
        if (rc != 0)
            *why = QStringLiteral("twinhactl switchover exited %1: %2").arg(rc).arg(QString::fromUtf8(out).trimmed());
        return rc == 0;
    }
    bool restart(int node, QString* why) override
    {
        if (m_lab.startAgent(node))
            return true;
        *why = QStringLiteral("could not start node%1's agent again").arg(node);
        return false;
    }
    bool isManager(const QStringList& args) const override
    {
        return QFileInfo(args.first()).fileName() == QLatin1String("twinha-agent");
    }

private:
    QString m_stuck;
};

class Patroni : public System
{
public:
    using System::System;
    QString name() const override { return QStringLiteral("Patroni"); }
    QStringList ctl(const QStringList& args) const
    {
        return QStringList{QStringLiteral("ip"),
                           QStringLiteral("netns"),
                           QStringLiteral("exec"),
                           m_lab.ns(QStringLiteral("client")),
                           QStringLiteral("patronictl"),
                           QStringLiteral("-c"),
                           m_lab.value(QStringLiteral("PATRONI_CONFIG_NODE1"))} +
               args;
    }
    bool managerSettled(int primary) override
    {
        QByteArray out;
        if (run(ctl({QStringLiteral("list"), QStringLiteral("-f"), QStringLiteral("json")}), &out, 15000) != 0)
            return false;
        int leaders = 0, running = 0;
        bool leaderIsPrimary = false;
        for (const QJsonValue m : QJsonDocument::fromJson(out).array()) {
            const QString state = m[QStringLiteral("State")].toString();
            running += state == QLatin1String("running") || state == QLatin1String("streaming") ? 1 : 0;
            if (m[QStringLiteral("Role")].toString() == QLatin1String("Leader")) {
                ++leaders;
                leaderIsPrimary = m[QStringLiteral("Member")].toString() == QStringLiteral("node%1").arg(primary);
            }
        }
        return leaders == 1 && leaderIsPrimary && running == 2;
    }
    bool streamsFrom(int primary) override { return streamingStandbys(primary, false) == 1; }
    bool switchover(int from, int to, QString* why) override
    {
        QByteArray out;
        const int rc =
            run(ctl({QStringLiteral("switchover"), QStringLiteral("--leader"), QStringLiteral("node%1").arg(from),
                     QStringLiteral("--candidate"), QStringLiteral("node%1").arg(to), QStringLiteral("--force")}),
                &out, 120000);
        if (rc != 0 || !out.contains("Successfully switched over"))
            *why = QStringLiteral("patronictl switchover exited %1: %2").arg(rc).arg(QString::fromUtf8(out).trimmed());
        return rc == 0 && out.contains("Successfully switched over");
    }
    bool restart(int node, QString* why) override
    {
        const QString n = QStringLiteral("node%1").arg(node);
        if (run({NetnsLab::script(), QStringLiteral("start-patroni"), m_lab.dir(), n}, nullptr, 60000) == 0)
            return true;
        *why = QStringLiteral("could not start %1's Patroni again").arg(n);
        return false;
    }
    bool isManager(const QStringList& args) const override
    {
        // patroni itself (python3 /usr/bin/patroni FILE) and the runuser that started it; not the
        // root VIP helper (patroni-vip.sh), which stands for the part of the node Patroni cannot be.
        for (const QString& a : args)
            if (QFileInfo(a).fileName() == QLatin1String("patroni"))
                return true;
        return false;
    }
};

// One run of one kind; appends its figures or a problem. Returns whether the cluster may settle
// again for the next run.
bool oneRun(System& sys, bool planned, int runIndex, Samples* s)
{
    const QString kind = planned ? QStringLiteral("planned") : QStringLiteral("unplanned");
    const QString tag = QStringLiteral("%1 %2 #%3").arg(sys.name(), kind).arg(runIndex + 1);
    const int p = sys.settle();
    if (p == 0) {
        s->problems << tag + QStringLiteral(": the cluster did not settle") +
                           (sys.stuck().isEmpty() ? QStringLiteral(" within %1 s").arg(kSettleTimeoutMs / 1000)
                                                  : QStringLiteral(": ") + sys.stuck());
        return false;
    }
    const int other = 3 - p;
    const qint64 firstId = qint64(planned ? 1 : 2) * 10000000 + qint64(runIndex) * 100000;
    Writer w(sys.lab(), sys.lab().dir() + QStringLiteral("/writer-%1-%2.log").arg(kind).arg(runIndex + 1), firstId);
    if (!waitUntil([&] { return w.acks().size() >= kWarmAcks; }, 30000)) {
        s->problems << tag + QStringLiteral(": the writer acknowledged no commits before the event");
        return false;
    }
    QString why;
    QElapsedTimer clock;
    const qint64 eventMs = nowMs();
    clock.start();
    double rejoinMs = -1;
    if (planned) {
        if (!sys.switchover(p, other, &why)) {
            s->problems << tag + QStringLiteral(": ") + why;
            return false;
        }
        const qint64 commandMs = clock.elapsed();
        if (!waitUntil([&] { return w.acksAfter(eventMs + commandMs) >= kAfterAcks; }, kRecoverTimeoutMs)) {
            s->problems << tag + QStringLiteral(": the client did not write again");
            return false;
        }
        if (waitUntil([&] { return sys.streamsFrom(other); }, kRecoverTimeoutMs, 50) && sys.stuck().isEmpty())
            rejoinMs = double(clock.elapsed());
    } else {
        const int killed = sys.killNode(p);
        if (!waitUntil([&] { return w.acksAfter(eventMs) >= kAfterAcks; }, kRecoverTimeoutMs)) {
            s->problems
                << tag + QStringLiteral(": the client did not write again within %1 s").arg(kRecoverTimeoutMs / 1000);
            sys.restart(p, &why);
            return false;
        }
        note(QStringLiteral("%1: killed %2 processes on node%3; writing again after %4 ms")
                 .arg(tag)
                 .arg(killed)
                 .arg(p)
                 .arg(clock.elapsed()));
        QElapsedTimer since;
        since.start();
        if (!sys.restart(p, &why)) {
            s->problems << tag + QStringLiteral(": ") + why;
            return false;
        }
        if (waitUntil([&] { return sys.streamsFrom(other); }, kRecoverTimeoutMs, 50) && sys.stuck().isEmpty())
            rejoinMs = double(since.elapsed());
    }
    w.stop();
    const QList<Ack> acks = w.acks();
    const double gap = longestGapMs(acks, eventMs);
    // Lost: acknowledged ids that the primary does not have now, read through the VIP.
    bool ok = false;
    const QString have =
        sys.psql(kVip,
                 QStringLiteral("SELECT string_agg(id::text, ' ') FROM acks WHERE id >= %1 AND id < %2")
                     .arg(firstId)
                     .arg(firstId + 100000),
                 &ok);
    QSet<qint64> present;
    for (const QString& id : have.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        present.insert(id.toLongLong());
    int lost = 0;
    for (const Ack& a : acks)
        lost += present.contains(a.id) ? 0 : 1;
    note(QStringLiteral("%1: node%2 -> node%3, downtime %4 ms, %5 of %6 acknowledged commits lost, old primary streams "
                        "again after %7 ms")
             .arg(tag)
             .arg(p)
             .arg(other)
             .arg(gap, 0, 'f', 0)
             .arg(lost)
             .arg(acks.size())
             .arg(rejoinMs, 0, 'f', 0));
    if (!ok) {
        s->problems << tag + QStringLiteral(": could not read the acks back through the VIP");
        return false;
    }
    if (gap < 0) {
        s->problems << tag + QStringLiteral(": no acknowledged commit on one side of the event");
        return false;
    }
    (planned ? s->plannedMs : s->unplannedMs) << gap;
    (planned ? s->plannedLost : s->unplannedLost) << lost;
    if (rejoinMs >= 0) {
        (planned ? s->plannedRejoinMs : s->unplannedRejoinMs) << rejoinMs;
        return true;
    }
    s->problems << tag + QStringLiteral(": the old primary does not stream again: ") +
                       (sys.stuck().isEmpty() ? QStringLiteral("not within %1 s").arg(kRecoverTimeoutMs / 1000)
                                              : sys.stuck());
    return false;
}

// RUNS planned moves, then RUNS kills, on one lab as long as the cluster settles after each run;
// when a run leaves it unable to (a standby held stopped), the next run gets a fresh lab, and the
// old one's files are kept for its logs.
struct Choice
{
    int runs = 3;
    QString only;      // twinha, patroni, or empty for both
    QString kind;      // planned, kill, or empty for both
    bool keep = false; // keep every lab's files, for the agents' logs
};

template <typename S> Samples measure(const QString& option, const Choice& choice, int* labs)
{
    const int runs = choice.runs;
    Samples out;
    std::unique_ptr<NetnsLab> lab;
    std::unique_ptr<S> sys;
    auto fresh = [&] {
        sys.reset();
        lab.reset();
        std::fprintf(stderr, "%s: bringing up a lab (netns-lab.sh up %s)\n",
                     option == QLatin1String("--patroni") ? "Patroni" : "TwinHA", qPrintable(option));
        lab = std::make_unique<NetnsLab>(QStringList{option});
        sys = std::make_unique<S>(*lab);
        out.system = sys->name();
        ++*labs;
        if (lab->isUp())
            return true;
        out.problems << sys->name() + QStringLiteral(": the lab did not come up: ") + lab->upOutput().right(2000);
        lab->keepFiles();
        return false;
    };
    bool usable = false;
    for (bool planned : {true, false})
        for (int i = 0; i < runs; ++i) {
            if (!choice.kind.isEmpty() && choice.kind != QLatin1String(planned ? "planned" : "kill"))
                continue;
            if (!usable) {
                if (lab)
                    lab->keepFiles();
                if (!fresh())
                    return out;
            }
            usable = oneRun(*sys, planned, i, &out);
        }
    if ((!usable || choice.keep) && lab)
        lab->keepFiles();
    return out;
}

QString ms(const QList<double>& v)
{
    if (v.isEmpty())
        return QStringLiteral("-");
    return QStringLiteral("%1 / %2 ms (n=%3)")
        .arg(percentile(v, 50), 0, 'f', 0)
        .arg(percentile(v, 95), 0, 'f', 0)
        .arg(v.size());
}

QString count(const QList<double>& v)
{
    if (v.isEmpty())
        return QStringLiteral("-");
    double total = 0, worst = 0;
    for (double x : v) {
        total += x;
        worst = std::max(worst, x);
    }
    return QStringLiteral("%1 in all, max %2").arg(total, 0, 'f', 0).arg(worst, 0, 'f', 0);
}

QString ratio(const QList<double>& ours, const QList<double>& theirs)
{
    const double t = percentile(theirs, 50);
    if (ours.isEmpty() || theirs.isEmpty() || t <= 0)
        return QStringLiteral("-");
    return QStringLiteral("%1x").arg(percentile(ours, 50) / t, 0, 'f', 2);
}

const char* verdict(bool met)
{
    return met ? "met" : "NOT met";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Choice choice;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--keep")) {
            choice.keep = true;
        } else if (a == QLatin1String("--only") && i + 1 < args.size() &&
                   QStringList{QStringLiteral("twinha"), QStringLiteral("patroni")}.contains(args[i + 1])) {
            choice.only = args[++i];
        } else if (a == QLatin1String("--kind") && i + 1 < args.size() &&
                   QStringList{QStringLiteral("planned"), QStringLiteral("kill")}.contains(args[i + 1])) {
            choice.kind = args[++i];
        } else if (a.toInt() > 0) {
            choice.runs = a.toInt();
        } else {
            std::fprintf(stderr, "usage: bench_pg_switchover [RUNS] [--only twinha|patroni] [--kind planned|kill] "
                                 "[--keep]\n");
            return 2;
        }
    }
    const int runs = choice.runs;
    if (const QString why = NetnsLab::unavailableReason(); !why.isEmpty()) {
        std::fprintf(stderr, "bench_pg_switchover: %s\n", qPrintable(why));
        return 77;
    }
    for (const char* tool : {"patroni", "patronictl"})
        if (choice.only != QLatin1String("twinha") &&
            QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            std::fprintf(stderr,
                         "bench_pg_switchover: '%s' not found; install Patroni (apt-get install patroni) to compare "
                         "against it\n",
                         tool);
            return 2;
        }
    if (!QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb")) ||
        QStandardPaths::findExecutable(QStringLiteral("etcd")).isEmpty()) {
        std::fprintf(stderr, "bench_pg_switchover: needs postgresql-15 and etcd-server (apt-get install postgresql-15 "
                             "etcd-server)\n");
        return 2;
    }
    int labsT = 0, labsP = 0;
    const Samples t = choice.only == QLatin1String("patroni")
                          ? Samples{}
                          : measure<Twinha>(QStringLiteral("--postgresql"), choice, &labsT);
    const Samples p = choice.only == QLatin1String("twinha")
                          ? Samples{}
                          : measure<Patroni>(QStringLiteral("--patroni"), choice, &labsP);

    std::printf("\nPostgreSQL 15 pair in the netns lab, client writing through VIP %s:5432; %d run(s) of each kind\n",
                qPrintable(kVip), runs);
    std::printf("TwinHA: agent defaults (interval 200 ms, dead time 1000 ms, ping tiebreaker), resource \"db\" + "
                "channel \"pg\"\n");
    std::printf("Patroni 3.0 defaults: ttl 30, loop_wait 10, retry_timeout 10, maximum_lag_on_failover 1048576, etcd3 "
                "in the witness namespace.\n  Set only to run at all: addresses, folders, users, pg_hba trust, "
                "wal_log_hints on,\n  use_pg_rewind true (the usual production setting), basebackup checkpoint fast "
                "(first clone only),\n  VIP through on_start/on_stop/on_role_change callbacks (patroni-vip.sh: a root "
                "helper adds it, arping -U)\n\n");
    std::printf("%-44s %-24s %-24s %s\n", "median / p95", "TwinHA", "Patroni", "TwinHA/Patroni");
    auto row = [](const char* what, const QList<double>& a, const QList<double>& b) {
        std::printf("%-44s %-24s %-24s %s\n", what, qPrintable(ms(a)), qPrintable(ms(b)), qPrintable(ratio(a, b)));
    };
    auto lostRow = [](const char* what, const QList<double>& a, const QList<double>& b) {
        std::printf("%-44s %-24s %-24s\n", what, qPrintable(count(a)), qPrintable(count(b)));
    };
    row("planned: client downtime", t.plannedMs, p.plannedMs);
    lostRow("planned: acknowledged commits lost", t.plannedLost, p.plannedLost);
    row("planned: old primary streams (from command)", t.plannedRejoinMs, p.plannedRejoinMs);
    row("kill -9: client downtime", t.unplannedMs, p.unplannedMs);
    lostRow("kill -9: acknowledged commits lost", t.unplannedLost, p.unplannedLost);
    row("kill -9: old primary streams (from restart)", t.unplannedRejoinMs, p.unplannedRejoinMs);
    std::printf("samples: TwinHA %lld planned, %lld kill -9 (%d lab(s)); Patroni %lld planned, %lld kill -9 (%d "
                "lab(s)); a fresh lab whenever a run left the cluster unable to settle\n\n",
                qint64(t.plannedMs.size()), qint64(t.unplannedMs.size()), labsT, qint64(p.plannedMs.size()),
                qint64(p.unplannedMs.size()), labsP);

    auto half = [](const QList<double>& a, const QList<double>& b) -> const char* {
        if (a.isEmpty() || b.isEmpty())
            return "not measured in this run";
        return verdict(percentile(a, 50) <= 0.5 * percentile(b, 50));
    };
    bool zeroLoss = !t.plannedLost.isEmpty() && t.plannedLost.size() == runs;
    for (double x : t.plannedLost)
        zeroLoss = zeroLoss && x == 0;
    std::printf("target planned downtime <= half of Patroni's (medians): %s\n", half(t.plannedMs, p.plannedMs));
    std::printf("target kill -9 downtime <= half of Patroni's (medians): %s\n", half(t.unplannedMs, p.unplannedMs));
    std::printf("target zero acknowledged commits lost, planned (TwinHA, every run): %s\n",
                t.plannedLost.isEmpty() && choice.kind == QLatin1String("kill") ? "not measured in this run"
                                                                                : verdict(zeroLoss));
    int problems = 0;
    for (const Samples* s : {&t, &p})
        for (const QString& why : s->problems) {
            std::printf("problem, %s: %s\n", qPrintable(s->system), qPrintable(why));
            ++problems;
        }
    return problems == 0 ? 0 : 1;
}
