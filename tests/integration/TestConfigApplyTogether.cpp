#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ConfigApplyRun.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/integration/ConfigChangeSupport.h"
#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace twinha;
using namespace twinha::tests;
using agentlink::ConfigApplyRun;
namespace codes = protocol::codes;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
} // namespace

// A config change both nodes take together (agent/config/ConfigApply, agentlink/ConfigApplyRun),
// in labs with automatic failover and a config file of each node's own (lab.sh --blank, then the
// first config through the same engine). The verdicts judge what runs: the holder file that the
// lab's script resource writes, and the UDP ports the agents have bound.
class TestConfigApplyTogether : public QObject
{
    Q_OBJECT

private:
    static constexpr int kDeadTimeMs = 1000;
    // An unfrozen standby takes over within this of its peer going silent (TestAutomaticFailover's
    // bound); a frozen one must still not have done so once its peer has been silent this long.
    static constexpr int kTakeoverBoundMs = kDeadTimeMs + 4000;

    struct Pair
    {
        std::unique_ptr<OwnLab> lab;
        std::unique_ptr<agentlink::ClusterMonitor> monitor;
        QByteArray text; // the config both run
        QString holderFile;
    };

    // Runs one change through the shared engine and waits for its end.
    static ConfigApplyRun::Outcome change(Pair& pair, const QByteArray& text, ConfigApplyRun* run = nullptr,
                                          int timeoutMs = ConfigApplyRun::kDefaultTimeoutMs)
    {
        ConfigApplyRun own(pair.monitor.get());
        ConfigApplyRun* r = run ? run : &own;
        QSignalSpy done(r, &ConfigApplyRun::finished);
        ConfigApplyRun::Request request;
        request.text = text;
        request.timeoutMs = timeoutMs;
        r->start(request);
        if (!done.wait(90000))
            return ConfigApplyRun::Outcome::None;
        return r->outcome();
    }

    // Two blank agents with automatic failover, given the lab's config through the engine; back
    // once node1 runs the service and node2 is ready to take it over (the lag measured).
    static std::unique_ptr<Pair> upAndRunning()
    {
        auto pair = std::make_unique<Pair>();
        pair->lab =
            std::make_unique<OwnLab>(QStringList{QStringLiteral("--blank"), QStringLiteral("--automatic-failover")});
        if (!pair->lab->isUp()) {
            qWarning("%s", qPrintable(pair->lab->upOutput()));
            return nullptr;
        }
        protocol::RpcError loadError;
        const auto profile = agentlink::ClusterProfile::load(pair->lab->value(QStringLiteral("PROFILE")), &loadError);
        if (!profile)
            return nullptr;
        agentlink::LinkTimeouts timeouts;
        timeouts.silenceMs = 30000; // a test stalls one node's session for a few seconds on purpose
        pair->monitor = std::make_unique<agentlink::ClusterMonitor>(*profile, timeouts);
        pair->monitor->start(false);
        if (!waitUntil([&] { return pair->monitor->node(0).live() && pair->monitor->node(1).live(); }, 30000))
            return nullptr;
        QFile file(pair->lab->value(QStringLiteral("CLUSTER_CONFIG")));
        if (!file.open(QIODevice::ReadOnly))
            return nullptr;
        pair->text = file.readAll();
        pair->holderFile = pair->lab->value(QStringLiteral("VIP_HOLDER_FILE"));
        ConfigApplyRun first(pair->monitor.get());
        if (change(*pair, pair->text, &first) != ConfigApplyRun::Outcome::Applied) {
            qWarning("the first config: %d", int(first.outcome()));
            return nullptr;
        }
        qInfo("first config applied through the engine; both settled %lld ms after the commits",
              first.settledAfterMs());
        ControlClient c1(pair->lab->socket(1));
        ControlClient c2(pair->lab->socket(2));
        const bool settled =
            waitUntil([&] { return firstLine(pair->holderFile) == QLatin1String("node1"); }, 20000) &&
            waitUntil(
                [&] { return channelStatus(c1.status(), QStringLiteral("data"))[QStringLiteral("lag_s")].isDouble(); },
                15000) &&
            waitUntil([&] { return c2.status()[QStringLiteral("readiness")][0][QStringLiteral("ready")].toBool(); },
                      15000);
        return settled ? std::move(pair) : nullptr;
    }

    static QJsonObject pending(ControlClient& c) { return c.status()[QStringLiteral("config_apply")].toObject(); }

    static QString checksumOf(ControlClient& c) { return c.status()[QStringLiteral("config_checksum")].toString(); }

    static std::optional<protocol::RpcMessage> prepare(ControlClient& c, const QString& tx, const QByteArray& text,
                                                       int timeoutMs)
    {
        return c.call(QStringLiteral("config.prepare"), {{QStringLiteral("tx"), tx},
                                                         {QStringLiteral("text"), QString::fromUtf8(text)},
                                                         {QStringLiteral("timeout_ms"), timeoutMs}});
    }

    // Nothing moved: the journals since the change hold no takeover, step-down or split.
    static QString movesAfter(ControlClient& c, qint64 seq)
    {
        QStringList moves;
        for (const QString& type : eventTypesAfter(c, seq))
            if (type == QLatin1String("failover") || type == QLatin1String("take") ||
                type == QLatin1String("step_down") || type == QLatin1String("split_brain"))
                moves << type;
        return moves.join(QLatin1Char(','));
    }

    // Waits until node2 has not heard node1 for long enough that, unfrozen, it would have taken
    // over; checks on the way that it has not.
    static bool node2SilentLongEnoughWithoutMoving(Pair& pair, ControlClient& c2)
    {
        bool moved = false;
        const bool silent = waitUntil(
            [&] {
                const QJsonObject s = c2.status();
                moved = moved || groupStatus(s, QStringLiteral("service"))[QStringLiteral("held")].toBool() ||
                        firstLine(pair.holderFile) != QLatin1String("node1");
                return !s[QStringLiteral("peer")][QStringLiteral("alive")].toBool() &&
                       s[QStringLiteral("peer")][QStringLiteral("silence_ms")].toInteger() >= kTakeoverBoundMs;
            },
            kTakeoverBoundMs + 5000);
        return silent && !moved;
    }

private Q_SLOTS:
    // The links' ports change on both nodes while node1 runs the service. node2's SSH session is
    // stalled from the commits on, so node2 takes its commit seconds after node1 moved to the new
    // ports: long after an unfrozen standby would have taken over. Nothing may move.
    void changingTheLinkPortsUnderAutomaticFailoverMovesNothing()
    {
        const std::unique_ptr<Pair> pair = upAndRunning();
        QVERIFY(pair);
        ControlClient c1(pair->lab->socket(1));
        ControlClient c2(pair->lab->socket(2));
        const qint64 seq1 = lastEventSeq(c1);
        const qint64 seq2 = lastEventSeq(c2);
        const qint64 epoch = c1.status()[QStringLiteral("epoch")].toInteger();
        const quint16 old1 = quint16(pair->lab->value(QStringLiteral("NODE1_HB_PORT")).toUInt());
        const quint16 old2 = quint16(pair->lab->value(QStringLiteral("NODE2_HB_PORT")).toUInt());
        const quint16 p1 = freeUdpPort();
        const quint16 p2 = freeUdpPort();
        QVERIFY(p1 && p2 && p1 != p2);
        const QByteArray text = withPorts(pair->text, *pair->lab, p1, p2);
        QVERIFY(text != pair->text);
        const pid_t bridge2 = sessionBridge(pair->lab->socket(2));
        QVERIFY(bridge2 > 0);

        HolderWatch watch(pair->holderFile);
        ConfigApplyRun run(pair->monitor.get());
        bool stalled = false;
        connect(&run, &ConfigApplyRun::changed, this, [&] {
            // Before the commits go out: node2's will wait in its session until it resumes.
            if (run.phase() == ConfigApplyRun::Phase::Committing && !stalled)
                stalled = ::kill(bridge2, SIGSTOP) == 0;
        });
        QSignalSpy done(&run, &ConfigApplyRun::finished);
        ConfigApplyRun::Request request;
        request.text = text;
        run.start(request);
        QVERIFY(waitUntil([&] { return stalled; }, 20000));
        // node1 runs the new ports; node2, still on the old ones, hears nobody.
        QVERIFY(waitUntil([&] { return udpBound(p1) && !udpBound(old1); }, 10000));
        const bool frozenHeld = node2SilentLongEnoughWithoutMoving(*pair, c2);
        const QString phase2 = pending(c2)[QStringLiteral("phase")].toString();
        QCOMPARE(::kill(bridge2, SIGCONT), 0);
        QVERIFY2(frozenHeld, "node2 took over, or never stayed without its peer long enough");
        QCOMPARE(phase2, QStringLiteral("prepared")); // still waiting for its commit meanwhile
        QVERIFY(done.wait(60000));
        QCOMPARE(run.outcome(), ConfigApplyRun::Outcome::Applied);

        // Both run the new ports and hear each other there; the freeze is over on both.
        QVERIFY(udpBound(p1) && udpBound(p2));
        QVERIFY(!udpBound(old1) && !udpBound(old2));
        for (ControlClient* c : {&c1, &c2}) {
            const QJsonObject s = c->status();
            QCOMPARE(s[QStringLiteral("config_checksum")].toString(), run.checksum());
            QVERIFY(s[QStringLiteral("config_apply")].isNull());
            QVERIFY(s[QStringLiteral("peer")][QStringLiteral("alive")].toBool());
            QCOMPARE(s[QStringLiteral("links")][0][QStringLiteral("state")].toString(), QStringLiteral("up"));
        }
        QCOMPARE(c1.status()[QStringLiteral("links")][0][QStringLiteral("address")].toString(),
                 QStringLiteral("127.0.0.1:%1").arg(p1));
        QCOMPARE(c2.status()[QStringLiteral("links")][0][QStringLiteral("address")].toString(),
                 QStringLiteral("127.0.0.1:%1").arg(p2));
        // What ran: node1 held the address all along, and its file was never written anew.
        QTest::qWait(0);
        QCOMPARE(watch.names(), QStringList{QStringLiteral("node1")});
        QCOMPARE(watch.fileVersions(), 1);
        QCOMPARE(movesAfter(c1, seq1), QString());
        QCOMPARE(movesAfter(c2, seq2), QString());
        QCOMPARE(c2.status()[QStringLiteral("epoch")].toInteger(), epoch);
        QVERIFY(eventTypesAfter(c2, seq2).contains(QStringLiteral("config_settled")));
    }

    // The control experiment for the test above: the same change and the same late second node
    // through config.apply, one node after the other (what the wizard did before), and node2
    // takes the service over while node1 still runs it. This is the split the freeze prevents.
    void sequentialConfigApplyFailsOverInTheSameScenario()
    {
        const std::unique_ptr<Pair> pair = upAndRunning();
        QVERIFY(pair);
        const QByteArray text = withPorts(pair->text, *pair->lab, freeUdpPort(), freeUdpPort());
        const pid_t bridge2 = sessionBridge(pair->lab->socket(2));
        QVERIFY(bridge2 > 0);
        HolderWatch watch(pair->holderFile);
        const QJsonObject params{{QStringLiteral("text"), QString::fromUtf8(text)}};
        bool firstDone = false;
        pair->monitor->client(0)->call(QStringLiteral("config.apply"), params, [&](const protocol::RpcMessage& r) {
            firstDone = r.error.isNull();
            ::kill(bridge2, SIGSTOP); // the second node's write is slow to arrive
            pair->monitor->client(1)->call(QStringLiteral("config.apply"), params, [](const protocol::RpcMessage&) {});
        });
        QVERIFY(waitUntil([&] { return firstDone; }, 20000));
        const bool tookOver =
            waitUntil([&] { return firstLine(pair->holderFile) == QLatin1String("node2"); }, kTakeoverBoundMs + 5000);
        QCOMPARE(::kill(bridge2, SIGCONT), 0);
        QVERIFY2(tookOver, "the one-node-then-the-other path did not fail over: the scenario proves nothing");
        QVERIFY(watch.names().contains(QStringLiteral("node2")));
    }

    void aPrepareWithoutCommitRollsBackAfterItsTimeout()
    {
        const std::unique_ptr<Pair> pair = upAndRunning();
        QVERIFY(pair);
        ControlClient c1(pair->lab->socket(1));
        ControlClient c2(pair->lab->socket(2));
        const QString before = checksumOf(c1);
        const QByteArray onDisk1 = readAll(pair->lab->value(QStringLiteral("NODE1_CONFIG")));
        const qint64 seq2 = lastEventSeq(c2);
        const QByteArray text = withPorts(pair->text, *pair->lab, freeUdpPort(), freeUdpPort());
        constexpr int kTimeoutMs = 2000;
        QElapsedTimer clock;
        clock.start();
        for (ControlClient* c : {&c1, &c2}) {
            const auto r = prepare(*c, QStringLiteral("tx-timeout"), text, kTimeoutMs);
            QVERIFY(r && r->error.isNull());
            QCOMPARE(pending(*c)[QStringLiteral("phase")].toString(), QStringLiteral("prepared"));
        }
        const QString staged =
            pair->lab->value(QStringLiteral("NODE2_STATE_DIR")) + QStringLiteral("/cluster.toml.staged");
        QCOMPARE(readAll(staged), text);
        // Rolled back at the timeout, not before; frozen one more timeout (a late commit may have
        // reached the peer), then free again once each hears the other on the old config.
        QVERIFY(waitUntil([&] { return pending(c2)[QStringLiteral("phase")] == QLatin1String("rolled_back"); }, 10000));
        QVERIFY2(clock.elapsed() >= kTimeoutMs - 100, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!QFile::exists(staged));
        QVERIFY(waitUntil([&] { return pending(c1).isEmpty() && pending(c2).isEmpty(); }, 4 * kTimeoutMs + 5000));
        QVERIFY2(clock.elapsed() >= 2 * kTimeoutMs - 100, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(checksumOf(c1), before);
        QCOMPARE(checksumOf(c2), before);
        QCOMPARE(readAll(pair->lab->value(QStringLiteral("NODE1_CONFIG"))), onDisk1);
        const QStringList events = eventTypesAfter(c2, seq2);
        QVERIFY(events.contains(QStringLiteral("config_rolled_back")));
        QVERIFY(events.contains(QStringLiteral("config_settled")));
        // A commit that comes too late finds nothing to commit.
        const auto late =
            c1.call(QStringLiteral("config.commit"), {{QStringLiteral("tx"), QStringLiteral("tx-timeout")}});
        QVERIFY(late && !late->error.isNull());
        QCOMPARE(late->error.code, QString::fromLatin1(codes::kConfigApplyNotPrepared));
        // Unfrozen for real: the standby takes over from a dead active node again.
        QCOMPARE(::kill(pid_t(pair->lab->pid(QStringLiteral("NODE1_AGENT_PID"))), SIGKILL), 0);
        QVERIFY(waitUntil([&] { return firstLine(pair->holderFile) == QLatin1String("node2"); }, kTakeoverBoundMs));
    }

    // node2 lacks the key file the new text names (a relative key_file resolves next to each
    // node's own config): node2 refuses at prepare, node1 is aborted, and neither changes.
    void aValidationFailureOnOneNodeLeavesBothOnTheOldConfig()
    {
        const std::unique_ptr<Pair> pair = upAndRunning();
        QVERIFY(pair);
        ControlClient c1(pair->lab->socket(1));
        ControlClient c2(pair->lab->socket(2));
        const QString before = checksumOf(c1);
        const QString config1 = pair->lab->value(QStringLiteral("NODE1_CONFIG"));
        const QString config2 = pair->lab->value(QStringLiteral("NODE2_CONFIG"));
        const QByteArray disk1 = readAll(config1);
        const QByteArray disk2 = readAll(config2);
        QVERIFY(QFile::copy(pair->lab->file(QStringLiteral("cluster.key")),
                            pair->lab->file(QStringLiteral("node1/cluster.key"))));
        const quint16 p1 = freeUdpPort();
        QByteArray text = withPorts(pair->text, *pair->lab, p1, freeUdpPort());
        const QByteArray keyLine = "key_file = \"" + pair->lab->file(QStringLiteral("cluster.key")).toUtf8() + '"';
        QVERIFY(text.contains(keyLine));
        text.replace(keyLine, "key_file = \"cluster.key\"");
        const qint64 seq1 = lastEventSeq(c1);
        HolderWatch watch(pair->holderFile);

        ConfigApplyRun run(pair->monitor.get());
        QCOMPARE(change(*pair, text, &run), ConfigApplyRun::Outcome::NothingChanged);
        QVERIFY(run.node(0).error.isNull());
        QCOMPARE(run.node(1).error.code, QString::fromLatin1(codes::kConfigInvalid));
        QVERIFY(!run.node(0).committed && !run.node(1).committed);
        QCOMPARE(readAll(config1), disk1);
        QCOMPARE(readAll(config2), disk2);
        // Aborted before any commit: node1 is free again at once, on the old config and ports.
        QVERIFY(pending(c1).isEmpty());
        QVERIFY(pending(c2).isEmpty());
        QCOMPARE(checksumOf(c1), before);
        QCOMPARE(checksumOf(c2), before);
        QVERIFY(udpBound(quint16(pair->lab->value(QStringLiteral("NODE1_HB_PORT")).toUInt())));
        QVERIFY(!udpBound(p1));
        QVERIFY(!QFile::exists(pair->lab->value(QStringLiteral("NODE1_STATE_DIR")) +
                               QStringLiteral("/cluster.toml.staged")));
        const QStringList events = eventTypesAfter(c1, seq1);
        QVERIFY(events.contains(QStringLiteral("config_prepared")));
        QVERIFY(events.contains(QStringLiteral("config_aborted")));
        QVERIFY(!events.contains(QStringLiteral("config_committed")));
        QVERIFY(c2.status()[QStringLiteral("peer")][QStringLiteral("alive")].toBool());
        QCOMPARE(watch.names(), QStringList{QStringLiteral("node1")});
    }

    // The administrator's way: the file from version control, put on both nodes by twinhactl
    // through the same engine, all or nothing.
    void twinhactlConfigApplyPutsAFileOnBothNodesOrNowhere()
    {
        const std::unique_ptr<Pair> pair = upAndRunning();
        QVERIFY(pair);
        ControlClient c1(pair->lab->socket(1));
        const auto twinhactl = [&](const QString& file, QByteArray* out, QByteArray* err) {
            QProcess p;
            p.start(binPath(QStringLiteral("twinhactl")),
                    {QStringLiteral("--cluster"), pair->lab->value(QStringLiteral("PROFILE")), QStringLiteral("config"),
                     QStringLiteral("apply"), file});
            if (!p.waitForFinished(90000))
                return -1;
            *out = p.readAllStandardOutput();
            *err = p.readAllStandardError();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        const QString config1 = pair->lab->value(QStringLiteral("NODE1_CONFIG"));
        const QString config2 = pair->lab->value(QStringLiteral("NODE2_CONFIG"));
        HolderWatch watch(pair->holderFile);

        // A file that node2 cannot run (its key_file resolves next to node2's config, where there
        // is none): refused there, so nothing changes anywhere.
        QByteArray bad = withPorts(pair->text, *pair->lab, freeUdpPort(), freeUdpPort());
        bad.replace(QByteArray("key_file = \"" + pair->lab->file(QStringLiteral("cluster.key")).toUtf8() + '"'),
                    "key_file = \"cluster.key\"");
        QVERIFY(QFile::copy(pair->lab->file(QStringLiteral("cluster.key")),
                            pair->lab->file(QStringLiteral("node1/cluster.key"))));
        QVERIFY(writeBytes(pair->lab->file(QStringLiteral("bad.toml")), bad));
        const QByteArray before1 = readAll(config1);
        QByteArray out, err;
        QCOMPARE(twinhactl(pair->lab->file(QStringLiteral("bad.toml")), &out, &err), 3);
        QVERIFY2(err.contains("node2") && err.contains("cluster.key_file") && err.contains("Nothing was changed"),
                 err.constData());
        QCOMPARE(readAll(config1), before1);

        const QByteArray good = withPorts(pair->text, *pair->lab, freeUdpPort(), freeUdpPort());
        QVERIFY(writeBytes(pair->lab->file(QStringLiteral("good.toml")), good));
        QCOMPARE(twinhactl(pair->lab->file(QStringLiteral("good.toml")), &out, &err), 0);
        QVERIFY2(out.contains("Both nodes run the new configuration"), out.constData());
        QCOMPARE(readAll(config1), good);
        QCOMPARE(readAll(config2), good);
        QVERIFY(pending(c1).isEmpty());
        QCOMPARE(watch.names(), QStringList{QStringLiteral("node1")});
        QCOMPARE(watch.fileVersions(), 1);
    }

    // The commit reaches node1 only (the console went away): node1 runs the new ports and node2,
    // rolled back by its timeout, the old ones. Neither may move anything; both say why; a second
    // run of the change brings them together.
    void aCommitThatReachesOneNodeOnlyKeepsBothFrozenAndSaysSo()
    {
        const std::unique_ptr<Pair> pair = upAndRunning();
        QVERIFY(pair);
        ControlClient c1(pair->lab->socket(1));
        ControlClient c2(pair->lab->socket(2));
        const qint64 seq2 = lastEventSeq(c2);
        const quint16 p1 = freeUdpPort();
        const quint16 p2 = freeUdpPort();
        const QByteArray text = withPorts(pair->text, *pair->lab, p1, p2);
        constexpr int kTimeoutMs = 3000;
        HolderWatch watch(pair->holderFile);
        for (ControlClient* c : {&c1, &c2})
            QVERIFY(prepare(*c, QStringLiteral("tx-half"), text, kTimeoutMs)->error.isNull());
        const auto committed =
            c1.call(QStringLiteral("config.commit"), {{QStringLiteral("tx"), QStringLiteral("tx-half")}});
        QVERIFY(committed && committed->error.isNull());
        const QString newChecksum = committed->result[QStringLiteral("checksum")].toString();

        const auto problem = [](ControlClient& c) { return pending(c)[QStringLiteral("problem")].toObject(); };
        QVERIFY(waitUntil([&] { return !problem(c1).isEmpty(); }, 4 * kTimeoutMs));
        const QJsonObject p = problem(c1);
        QCOMPARE(p[QStringLiteral("code")].toString(), QString::fromLatin1(codes::kConfigPeerUnheard));
        const QJsonObject params = p[QStringLiteral("params")].toObject();
        QCOMPARE(params[QStringLiteral("peer")].toString(), QStringLiteral("node2"));
        QCOMPARE(params[QStringLiteral("phase")].toString(), QStringLiteral("committed"));
        QCOMPARE(params[QStringLiteral("checksum")].toString(), newChecksum);
        QVERIFY(params[QStringLiteral("waited_ms")].toInteger() >= kTimeoutMs);
        const QString links = params[QStringLiteral("links")][0].toString();
        QVERIFY2(links.contains(QString::number(p1)) && links.contains(QString::number(p2)), qPrintable(links));

        QVERIFY(node2SilentLongEnoughWithoutMoving(*pair, c2));
        QVERIFY(waitUntil([&] { return !problem(c2).isEmpty(); }, 4 * kTimeoutMs));
        QCOMPARE(problem(c2)[QStringLiteral("params")][QStringLiteral("phase")].toString(),
                 QStringLiteral("rolled_back"));
        QCOMPARE(pending(c1)[QStringLiteral("phase")].toString(), QStringLiteral("committed"));
        QVERIFY(!holds(c2));
        QCOMPARE(firstLine(pair->holderFile), QStringLiteral("node1"));

        // The same change again, on both: node1 already runs it, node2 takes it; both settle.
        QCOMPARE(change(*pair, text), ConfigApplyRun::Outcome::Applied);
        QCOMPARE(checksumOf(c2), newChecksum);
        QVERIFY(pending(c1).isEmpty() && pending(c2).isEmpty());
        QCOMPARE(watch.names(), QStringList{QStringLiteral("node1")});
        QCOMPARE(watch.fileVersions(), 1);
        QCOMPARE(movesAfter(c2, seq2), QString());
        QVERIFY(eventTypesAfter(c2, seq2).contains(QStringLiteral("config_peer_unheard")));
    }
};

QTEST_GUILESS_MAIN(TestConfigApplyTogether)
#include "TestConfigApplyTogether.moc"
