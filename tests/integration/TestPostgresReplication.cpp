#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"
#include "tests/integration/OwnLab.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QtTest>

#include <csignal>

using namespace twinha;
using namespace twinha::tests;
using protocol::RpcMessage;

// Real PostgreSQL 15 pairs under the agents (lab.sh up --postgresql): node1 primary, node2 a
// streaming standby. A client writes numbered transactions through the holder of the address
// (tests/lab/pg-writer.sh) and records every acknowledged commit; afterwards each one must be on the
// primary. Both nodes are asked who is primary, all along: never more than one.
class TestPostgresReplication : public QObject
{
    Q_OBJECT

private:
    static constexpr int kTakeoverBoundMs = 1000 + 5000; // dead time, plus a noisy 2-core machine

    // The writer: pg-writer.sh until stop().
    class Writer
    {
    public:
        Writer(const OwnLab& lab, const QString& out)
            : m_out(out)
        {
            m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            m_process.start(QStringLiteral("bash"),
                            {QFileInfo(labScript()).absolutePath() + QStringLiteral("/pg-writer.sh"), lab.dir(), out});
        }
        ~Writer() { stop(); }
        void stop()
        {
            if (m_process.state() == QProcess::NotRunning)
                return;
            m_process.terminate(); // it finishes the attempt under way
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
        // id -> when its commit was acknowledged (ms since the epoch).
        QMap<qint64, qint64> acked() const
        {
            QMap<qint64, qint64> ids;
            QFile f(m_out);
            if (!f.open(QIODevice::ReadOnly))
                return ids;
            for (const QByteArray& line : f.readAll().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 2 && !line.startsWith('#'))
                    ids.insert(parts.at(0).toLongLong(), parts.at(1).toLongLong());
            }
            return ids;
        }

    private:
        QString m_out;
        QProcess m_process;
    };

    static bool postgresInstalled()
    {
        return QFileInfo(QStringLiteral("/usr/lib/postgresql/15/bin/initdb")).isExecutable();
    }

    // One psql call on nodeN's PostgreSQL; its output, or "ERROR" when it failed.
    static QString sql(const OwnLab& lab, int node, const QString& query, const QString& db = QStringLiteral("labdb"))
    {
        QByteArray out;
        const int rc =
            run(lab.value(QStringLiteral("PG_BIN")) + QStringLiteral("/psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                 QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                 lab.value(QStringLiteral("NODE%1_PG_PORT").arg(node)), QStringLiteral("-U"),
                 lab.value(QStringLiteral("PG_USER")), QStringLiteral("-d"), db, QStringLiteral("-c"), query},
                &out, 10000);
        return rc == 0 ? QString::fromUtf8(out).trimmed() : QStringLiteral("ERROR");
    }

    // How many nodes answer as a primary right now.
    static int primaries(const OwnLab& lab)
    {
        int n = 0;
        for (int node : {1, 2})
            n += sql(lab, node, QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("postgres")) ==
                 QLatin1String("f");
        return n;
    }

    static QSet<qint64> rows(const OwnLab& lab, int node)
    {
        QSet<qint64> ids;
        for (const QString& id : sql(lab, node, QStringLiteral("SELECT id FROM acks")).split(QLatin1Char('\n')))
            if (!id.isEmpty() && id != QLatin1String("ERROR"))
                ids.insert(id.toLongLong());
        return ids;
    }

    static QJsonObject pg(ControlClient& c) { return channelStatus(c.status(), QStringLiteral("pg")); }

    // The group on node1, and the primary's channel measuring a streaming standby.
    static bool settled(OwnLab& lab)
    {
        ControlClient c1(lab.socket(1));
        ControlClient c2(lab.socket(2));
        return waitUntil(
                   [&] { return firstLine(lab.value(QStringLiteral("VIP_HOLDER_FILE"))) == QLatin1String("node1"); },
                   20000) &&
               waitUntil(
                   [&] {
                       const QJsonObject ch = pg(c1);
                       return ch[QStringLiteral("postgresql")][QStringLiteral("state")] == QLatin1String("streaming") &&
                              ch[QStringLiteral("lag_s")].isDouble();
                   },
                   20000) &&
               waitUntil([&] { return c2.status()[QStringLiteral("readiness")][0][QStringLiteral("ready")].toBool(); },
                         20000);
    }

    static bool waitForAcks(const Writer& writer, int more, int timeoutMs)
    {
        const qsizetype from = writer.acked().size();
        return waitUntil([&] { return writer.acked().size() >= from + more; }, timeoutMs);
    }

    // Polls `condition` while counting the primaries every round; *most is the largest count seen.
    static bool waitCountingPrimaries(const OwnLab& lab, const std::function<bool()>& condition, int timeoutMs,
                                      int* most)
    {
        return waitUntil(
            [&] {
                *most = std::max(*most, primaries(lab));
                return condition();
            },
            timeoutMs);
    }

    static QStringList readinessCodes(ControlClient& c)
    {
        QStringList codes;
        for (const QJsonValue& r : c.status()[QStringLiteral("readiness")][0][QStringLiteral("reasons")].toArray())
            codes << r[QStringLiteral("code")].toString();
        return codes;
    }

    // kill -9 of node1's agent and postmaster under automatic failover; node1's agent comes back.
    // synchronous: every acknowledged commit must survive; otherwise those of the last lag window may not.
    void crashThenFollow(const QString& sync)
    {
        OwnLab lab({QStringLiteral("--postgresql"), QStringLiteral("--pg-sync"), sync,
                    QStringLiteral("--automatic-failover")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        QVERIFY(settled(lab));
        Writer writer(lab, lab.file(QStringLiteral("acks")));
        ControlClient c1(lab.socket(1));
        ControlClient c2(lab.socket(2));
        const bool synchronous = sync != QLatin1String("off");
        if (synchronous) // the primary waits for its standby once the agent has set it so
            QVERIFY(waitUntil(
                [&] { return pg(c1)[QStringLiteral("postgresql")][QStringLiteral("synchronous")].toBool(); }, 15000));
        QVERIFY(waitForAcks(writer, 30, 20000));
        const double lagAtLastContact = pg(c1)[QStringLiteral("lag_s")].toDouble();
        int most = primaries(lab);
        QCOMPARE(most, 1);

        // The primary's node crashes: its agent and its postmaster, at once.
        QFile pidFile(lab.value(QStringLiteral("NODE1_PG_DATA")) + QStringLiteral("/postmaster.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toLongLong());
        QVERIFY(postmaster > 0);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(::kill(pid_t(lab.pid(QStringLiteral("NODE1_AGENT_PID"))), SIGKILL), 0);
        QCOMPARE(::kill(postmaster, SIGKILL), 0);

        QVERIFY(waitCountingPrimaries(
            lab, [&] { return firstLine(lab.value(QStringLiteral("VIP_HOLDER_FILE"))) == QLatin1String("node2"); },
            kTakeoverBoundMs, &most));
        QCOMPARE(sql(lab, 2, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));
        QVERIFY(waitForAcks(writer, 20, 20000)); // the client writes on node2 now

        // The dead-man guard's stop marks the crashed data folder a standby when it gets there first;
        // make sure it is, since pg_rewind's crash recovery must then cope with standby.signal.
        const QString signal = lab.value(QStringLiteral("NODE1_PG_DATA")) + QStringLiteral("/standby.signal");
        if (!QFile::exists(signal)) {
            QFile touch(signal);
            QVERIFY(touch.open(QIODevice::WriteOnly));
            touch.close();
            QCOMPARE(run(QStringLiteral("chown"), {lab.value(QStringLiteral("PG_USER")), signal}), 0);
        }

        // node1 comes back: its agent rewinds the old primary and makes it follow node2.
        QProcess agent;
        agent.setProcessChannelMode(QProcess::ForwardedChannels);
        agent.start(lab.value(QStringLiteral("AGENT")),
                    {QStringLiteral("daemon"), QStringLiteral("--config"), lab.value(QStringLiteral("NODE1_CONFIG")),
                     QStringLiteral("--node"), QStringLiteral("node1"), QStringLiteral("--state-dir"),
                     lab.value(QStringLiteral("NODE1_STATE_DIR")), QStringLiteral("--authorized-keys"),
                     lab.file(QStringLiteral("node1/authorized_keys")), QStringLiteral("--socket"), lab.socket(1)});
        QVERIFY(agent.waitForStarted());
        QVERIFY(waitCountingPrimaries(
            lab,
            [&] {
                const QJsonObject ch = pg(c2);
                return ch[QStringLiteral("role")] == QLatin1String("source") &&
                       ch[QStringLiteral("postgresql")][QStringLiteral("state")] == QLatin1String("streaming") &&
                       ch[QStringLiteral("postgresql")][QStringLiteral("standby")] == QLatin1String("node1");
            },
            60000, &most));
        QCOMPARE(sql(lab, 1, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("t"));
        writer.stop();
        QCOMPARE(most, 1);

        // Asynchronous replication: what the primary acknowledged in its last lag window may be lost,
        // nothing older. Every loss is counted here.
        const QMap<qint64, qint64> acked = writer.acked();
        const QSet<qint64> onPrimary = rows(lab, 2);
        // Synchronous: no window at all.
        const qint64 window = synchronous ? -1 : qint64((lagAtLastContact + 1.0) * 1000); // plus one interval
        QStringList lostOld;
        int lost = 0;
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            if (onPrimary.contains(it.key()))
                continue;
            ++lost;
            if (window < 0 || it.value() < killedAt - window)
                lostOld << QString::number(it.key());
        }
        qInfo("synchronous %s: %lld commits acknowledged, %d lost (lag at the last contact %.3f s)", qPrintable(sync),
              qint64(acked.size()), lost, lagAtLastContact);
        QVERIFY2(lostOld.isEmpty(), qPrintable(QStringLiteral("acknowledged, then lost: ") + lostOld.join(',')));
        QVERIFY(waitUntil([&] { return rows(lab, 1) == onPrimary; }, 15000)); // it follows

        agent.terminate();
        QVERIFY(agent.waitForFinished(15000));
    }

private Q_SLOTS:
    void init()
    {
        if (!postgresInstalled())
            QSKIP("PostgreSQL 15 is not installed (package postgresql-15; ./quickstart.sh deps installs it)");
    }

    void plannedSwitchoverAndBackLoseNoAcknowledgedCommit()
    {
        OwnLab lab({QStringLiteral("--postgresql")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        QVERIFY(settled(lab));
        Writer writer(lab, lab.file(QStringLiteral("acks")));
        QVERIFY(waitForAcks(writer, 30, 20000));
        ControlClient c1(lab.socket(1));
        ControlClient c2(lab.socket(2));
        int most = 0;

        const QJsonObject there = switchOverWhenReady(c1, QStringLiteral("node2"), 60000);
        QCOMPARE(there[QStringLiteral("result")].toString(), QStringLiteral("done"));
        QVERIFY2(stepNames(there).contains(QStringLiteral("catch_up")), qPrintable(stepNames(there).join(',')));
        QVERIFY(allStepsOk(there));
        QCOMPARE(firstLine(lab.value(QStringLiteral("VIP_HOLDER_FILE"))), QStringLiteral("node2"));
        // The old primary follows the new one: node2 measures it streaming, on the new timeline.
        QVERIFY(waitCountingPrimaries(
            lab,
            [&] {
                const QJsonObject ch = pg(c2);
                return ch[QStringLiteral("role")] == QLatin1String("source") &&
                       ch[QStringLiteral("postgresql")][QStringLiteral("state")] == QLatin1String("streaming");
            },
            30000, &most));
        QCOMPARE(sql(lab, 1, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("t"));
        QVERIFY(waitForAcks(writer, 30, 20000)); // written on node2 now

        const QJsonObject back = switchOverWhenReady(c2, QStringLiteral("node1"), 60000);
        QCOMPARE(back[QStringLiteral("result")].toString(), QStringLiteral("done"));
        QVERIFY(waitForAcks(writer, 30, 20000));
        writer.stop();
        QVERIFY(waitCountingPrimaries(
            lab,
            [&] { return pg(c1)[QStringLiteral("postgresql")][QStringLiteral("state")] == QLatin1String("streaming"); },
            30000, &most));
        QCOMPARE(most, 1);

        const QMap<qint64, qint64> acked = writer.acked();
        const QSet<qint64> onPrimary = rows(lab, 1);
        QStringList missing;
        for (auto it = acked.cbegin(); it != acked.cend(); ++it)
            if (!onPrimary.contains(it.key()))
                missing << QString::number(it.key());
        qInfo("%lld commits acknowledged, %lld rows on the primary; gaps %lld ms and %lld ms", qint64(acked.size()),
              qint64(onPrimary.size()), there[QStringLiteral("gap_ms")].toInteger(),
              back[QStringLiteral("gap_ms")].toInteger());
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("acknowledged, then lost: ") + missing.join(',')));
        // The standby holds the same rows.
        QVERIFY(waitUntil([&] { return rows(lab, 2) == onPrimary; }, 10000));
    }

    void pausedReplayBlocksTheSwitchoverUntilItResumes()
    {
        OwnLab lab({QStringLiteral("--postgresql")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        QVERIFY(settled(lab));
        ControlClient c1(lab.socket(1));
        ControlClient c2(lab.socket(2));
        QCOMPARE(sql(lab, 2, QStringLiteral("SELECT pg_wal_replay_pause()")), QString());
        // About 5 MB of WAL that the standby receives but does not replay: over max_lag_bytes (1 MiB).
        QVERIFY(sql(lab, 1,
                    QStringLiteral("CREATE TABLE filler AS SELECT g, repeat('x', 200) AS pad "
                                   "FROM generate_series(1, 20000) g")) != QLatin1String("ERROR"));
        QVERIFY2(waitUntil([&] { return pg(c1)[QStringLiteral("lag_bytes")].toInteger() > 1024 * 1024; }, 15000),
                 QJsonDocument(pg(c1)).toJson().constData());
        // node2 hears of node1's lag with node1's next heartbeat, a moment after node1's status says it.
        QStringList byBytes;
        QVERIFY2(waitUntil(
                     [&] {
                         byBytes = readinessCodes(c2);
                         return byBytes.contains(QStringLiteral("REPLICATION_LAG_BYTES_TOO_HIGH")) ||
                                byBytes.contains(QStringLiteral("REPLICATION_LAG_TOO_HIGH"));
                     },
                     5000),
                 qPrintable(byBytes.join(',')));
        const auto refused =
            c1.call(QStringLiteral("switchover.start"), {{QStringLiteral("to"), QStringLiteral("node2")}});
        QVERIFY(refused && refused->kind == RpcMessage::Kind::Error);
        QVERIFY2(refused->error.code.startsWith(QLatin1String("REPLICATION_LAG_")), qPrintable(refused->error.code));
        QCOMPARE(refused->error.params.value(QStringLiteral("channel")).toString(), QStringLiteral("pg"));

        // The seconds grow while replay stands still, past the 5 s limit.
        const double first = pg(c1)[QStringLiteral("lag_s")].toDouble();
        QVERIFY2(waitUntil([&] { return pg(c1)[QStringLiteral("lag_s")].toDouble() > 5.0; }, 15000),
                 QJsonDocument(pg(c1)).toJson().constData());
        QVERIFY(pg(c1)[QStringLiteral("lag_s")].toDouble() > first);
        QVERIFY(
            waitUntil([&] { return readinessCodes(c2).contains(QStringLiteral("REPLICATION_LAG_TOO_HIGH")); }, 10000));
        QCOMPARE(firstLine(lab.value(QStringLiteral("VIP_HOLDER_FILE"))), QStringLiteral("node1")); // nothing moved

        QCOMPARE(sql(lab, 2, QStringLiteral("SELECT pg_wal_replay_resume()")), QString());
        QVERIFY2(waitUntil(
                     [&] {
                         const QJsonObject ch = pg(c1);
                         return ch[QStringLiteral("lag_bytes")].toInteger() == 0 &&
                                ch[QStringLiteral("lag_s")].toDouble() == 0 &&
                                ch[QStringLiteral("state")] == QLatin1String("in_sync");
                     },
                     20000),
                 QJsonDocument(pg(c1)).toJson().constData());
        QVERIFY(waitUntil([&] { return c2.status()[QStringLiteral("readiness")][0][QStringLiteral("ready")].toBool(); },
                          10000));
    }

    // Judged by what runs: someone promotes the standby by hand. The node does not hold the group,
    // so its agent stops that primary, rewinds it and makes it follow again.
    void aStandbyPromotedByHandIsStoppedAndFollowsAgain()
    {
        OwnLab lab({QStringLiteral("--postgresql")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        QVERIFY(settled(lab));
        ControlClient c1(lab.socket(1));
        QByteArray out;
        QCOMPARE(run(QStringLiteral("runuser"),
                     {QStringLiteral("-u"), lab.value(QStringLiteral("PG_USER")), QStringLiteral("--"),
                      lab.value(QStringLiteral("PG_BIN")) + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                      lab.value(QStringLiteral("NODE2_PG_CONF")), QStringLiteral("promote"), QStringLiteral("-w")},
                     &out),
                 0);
        QCOMPARE(primaries(lab), 2); // the fault itself
        QVERIFY2(waitUntil([&] { return primaries(lab) == 1; }, 15000), "the second primary kept running");
        QCOMPARE(sql(lab, 1, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));
        QVERIFY(waitUntil(
            [&] {
                const QJsonObject ch = pg(c1);
                return ch[QStringLiteral("postgresql")][QStringLiteral("state")] == QLatin1String("streaming");
            },
            30000));
        QCOMPARE(firstLine(lab.value(QStringLiteral("VIP_HOLDER_FILE"))), QStringLiteral("node1"));
    }

    void crashedPrimaryFailsOverThenIsRewoundAndFollows() { crashThenFollow(QStringLiteral("off")); }

    void withSynchronousCommitAFailoverLosesNoAcknowledgedCommit() { crashThenFollow(QStringLiteral("on")); }
};

QTEST_GUILESS_MAIN(TestPostgresReplication)
#include "TestPostgresReplication.moc"
