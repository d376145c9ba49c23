#include "agent/replication/CommandChannel.h"
#include "agent/replication/ReplicationChannelFactory.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agent::CommandChannel;
using twinha::agent::ReplicationChannel;
using twinha::agent::ReplicationChannelFactory;
using twinha::agent::ReplicationConfig;
using twinha::agent::ReplicationRole;
using twinha::agent::ReplicationType;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

class TestCommandChannel : public QObject
{
    Q_OBJECT

private:
    static ReplicationConfig config(const QString& command, double maxLagS = 5)
    {
        ReplicationConfig c;
        c.name = QStringLiteral("db");
        c.typeName = QStringLiteral("command");
        c.type = ReplicationType::Command;
        c.group = QStringLiteral("g");
        c.command = command;
        c.intervalS = 1;
        c.maxLagS = maxLagS;
        return c;
    }

    // Through the factory, as the daemon builds it.
    static std::unique_ptr<ReplicationChannel> make(const ReplicationConfig& c)
    {
        std::unique_ptr<ReplicationChannel> ch = ReplicationChannelFactory::create(c, QStringLiteral("n1"), {}, {});
        if (!qobject_cast<CommandChannel*>(ch.get()))
            qFatal("the factory did not build a CommandChannel");
        return ch;
    }

    static QString errorCode(const std::unique_ptr<ReplicationChannel>& ch)
    {
        return ch->toJson().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }

    // drained() arguments, captured without needing RpcError as a registered meta type.
    struct DrainResult
    {
        bool done = false;
        bool ok = false;
        RpcError error;
    };

    static void watchDrain(ReplicationChannel& ch, DrainResult& r)
    {
        QObject::connect(&ch, &ReplicationChannel::drained, &ch, [&r](bool ok, const RpcError& e) {
            r = {true, ok, e};
        });
    }

private Q_SLOTS:
    void goodJsonGivesLagStateAndLastSync()
    {
        const auto ch = make(config(QStringLiteral(
            "echo '{\"lag_s\": 1.5, \"lag_bytes\": 2048, \"last_sync\": \"2024-05-01T10:00:00.000Z\"}'")));
        ch->setRole(ReplicationRole::target());
        QTRY_VERIFY_WITH_TIMEOUT(ch->lagS().has_value(), 10000);
        QCOMPARE(*ch->lagS(), 1.5);
        const QJsonObject json = ch->toJson();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("syncing"));
        QCOMPARE(json.value(QStringLiteral("lag_bytes")).toDouble(), 2048.0);
        QCOMPARE(json.value(QStringLiteral("last_sync")).toString(), QStringLiteral("2024-05-01T10:00:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("role")).toString(), QStringLiteral("target"));
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("command"));
        QVERIFY(!json.contains(QStringLiteral("error")));
    }

    void lagAboveTheLimitIsLaggingWithLagTooHigh()
    {
        const auto ch = make(config(QStringLiteral("echo '{\"lag_s\": 12.5}'"), 5));
        ch->setRole(ReplicationRole::source(QStringLiteral("127.0.0.1"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(ch->toJson().value(QStringLiteral("state")).toString(), QStringLiteral("lagging"),
                                  10000);
        const QJsonObject error = ch->toJson().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QString::fromLatin1(codes::kReplicationLagTooHigh));
        QCOMPARE(error.value(QStringLiteral("lag_s")).toDouble(), 12.5);
        QCOMPARE(error.value(QStringLiteral("limit_s")).toDouble(), 5.0);
        QCOMPARE(error.value(QStringLiteral("channel")).toString(), QStringLiteral("db"));
    }

    void garbageOutputIsOutputInvalid_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("not json") << QStringLiteral("echo hello");
        QTest::newRow("array") << QStringLiteral("echo '[1]'");
        QTest::newRow("no lag_s") << QStringLiteral("echo '{\"lag_bytes\": 1}'");
        QTest::newRow("lag_s as string") << QStringLiteral("echo '{\"lag_s\": \"3\"}'");
        QTest::newRow("bad last_sync") << QStringLiteral("echo '{\"lag_s\": 0, \"last_sync\": \"yesterday\"}'");
        QTest::newRow("bad state") << QStringLiteral("echo '{\"lag_s\": 0, \"state\": \"fine\"}'");
        QTest::newRow("nothing") << QStringLiteral("true");
        // Valid JSON first, then more than the 64 KB the agent reads: not a report.
        QTest::newRow("too much") << QStringLiteral("echo '{\"lag_s\": 0}'; head -c 70000 /dev/zero | tr '\\0' ' '");
    }

    void garbageOutputIsOutputInvalid()
    {
        QFETCH(QString, command);
        const auto ch = make(config(command));
        ch->setRole(ReplicationRole::target());
        QTRY_COMPARE_WITH_TIMEOUT(errorCode(ch), QString::fromLatin1(codes::kReplicationOutputInvalid), 10000);
        QCOMPARE(ch->toJson().value(QStringLiteral("state")).toString(), QStringLiteral("error"));
        QVERIFY(!ch->error().params.value(QStringLiteral("detail")).toString().isEmpty());
        QVERIFY(!ch->lagS());
    }

    void endlessOutputEndsTheCommandAtOnce()
    {
        // `yes` never stops by itself: past 64 KB the command is ended, not left to the timeout.
        const auto ch = make(config(QStringLiteral("yes")));
        QElapsedTimer t;
        t.start();
        ch->setRole(ReplicationRole::target());
        QTRY_COMPARE_WITH_TIMEOUT(errorCode(ch), QString::fromLatin1(codes::kReplicationOutputInvalid), 10000);
        QVERIFY2(t.elapsed() < CommandChannel::kTimeoutMs / 2, qPrintable(QString::number(t.elapsed())));
    }

    void nonZeroExitIsCommandFailedWithStatusAndStderr()
    {
        const auto ch = make(config(QStringLiteral("echo '{\"lag_s\": 0}'; echo 'replica unreachable' >&2; exit 3")));
        ch->setRole(ReplicationRole::target());
        QTRY_COMPARE_WITH_TIMEOUT(errorCode(ch), QString::fromLatin1(codes::kReplicationCommandFailed), 10000);
        QCOMPARE(ch->error().params.value(QStringLiteral("exit_status")).toInt(), 3);
        QCOMPARE(ch->error().params.value(QStringLiteral("detail")).toString(), QStringLiteral("replica unreachable"));
        QCOMPARE(ch->error().params.value(QStringLiteral("channel")).toString(), QStringLiteral("db"));
    }

    void idleChannelShowsIdleUntilGivenARoleThenRuns()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("ran"));
        const auto ch = make(config(QStringLiteral("touch '%1'; echo '{\"lag_s\": 0}'").arg(marker)));
        QCOMPARE(ch->toJson().value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        QVERIFY(ch->toJson().value(QStringLiteral("lag_s")).isNull());
        ch->setRole(ReplicationRole::target());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ch->toJson().value(QStringLiteral("state")).toString(), QStringLiteral("in_sync"),
                                  10000);
        ch->setRole(ReplicationRole::idle());
        QCOMPARE(ch->toJson().value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        QVERIFY(ch->toJson().value(QStringLiteral("lag_s")).isNull()); // no stale numbers once idle
    }

    void drainWaitsUntilTheCommandReportsLagZero()
    {
        QTemporaryDir dir;
        const QString counter = dir.filePath(QStringLiteral("counter"));
        QFile f(counter);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("4");
        f.close();
        // Each run reports the counter as lag, then counts it down: 4, 3, 2, 1, 0.
        const QString script =
            QStringLiteral(
                "n=$(cat '%1'); echo \"{\\\"lag_s\\\": $n}\"; [ \"$n\" -gt 0 ] && echo $((n-1)) > '%1'; exit 0")
                .arg(counter);
        const auto ch = make(config(script));
        DrainResult r;
        watchDrain(*ch, r);
        ch->drain(20000);
        QVERIFY(!r.done); // never answered inside drain()
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 20000);
        QVERIFY2(r.ok, qPrintable(r.error.code));
        QCOMPARE(*ch->lagS(), 0.0);
        QFile c(counter);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll().trimmed(), QByteArray("0"));
    }

    void drainTimesOutWhileLagStaysAboveZero()
    {
        const auto ch = make(config(QStringLiteral("echo '{\"lag_s\": 3}'")));
        DrainResult r;
        watchDrain(*ch, r);
        ch->drain(1500);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, QString::fromLatin1(codes::kReplicationDrainTimeout));
        QCOMPARE(r.error.params.value(QStringLiteral("timeout_ms")).toInt(), 1500);
    }

    void drainReportsTheCommandsErrorAtTheDeadline()
    {
        const auto ch = make(config(QStringLiteral("exit 7")));
        DrainResult r;
        watchDrain(*ch, r);
        ch->drain(1200);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, QString::fromLatin1(codes::kReplicationCommandFailed));
        QCOMPARE(r.error.params.value(QStringLiteral("exit_status")).toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCommandChannel)
#include "TestCommandChannel.moc"
