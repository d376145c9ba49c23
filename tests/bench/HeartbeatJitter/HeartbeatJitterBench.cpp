// How late the heartbeat goes out while the daemon's main loop does the slow work it really does:
// journal appends with an fsync each, and the walk of a big mirrored tree that a node makes when it
// becomes the mirror source. Two ways in the same invocation, rounds alternating:
//   main-loop: the heartbeat's work on the loaded loop (how the agent ran before it had a thread);
//   thread:    the agent's Heartbeat, whose work runs on a thread of its own.
// A receiver on a thread of its own stamps every datagram; jitter is the gap between two
// consecutive datagrams minus the interval. A gap over the dead time (1000 ms) is a failover the
// agent would have caused itself.
//
//   build/bin/bench_heartbeat_jitter [ROUNDS] [FILES]    # defaults 3 and 200000
#include "agent/config/AgentConfig.h"
#include "agent/heartbeat/Heartbeat.h"
#include "agent/heartbeat/HeartbeatPacket.h"
#include "agent/heartbeat/HeartbeatWorker.h"
#include "agent/journal/Journal.h"
#include "agent/replication/InotifyWatcher.h"
#include "tests/FreePort.h"
#include "tests/bench/BenchStats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkDatagram>
#include <QTemporaryDir>
#include <QThread>
#include <QUdpSocket>

#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>

using namespace twinha;
using namespace twinha::agent;

namespace {
constexpr int kIntervalMs = 200;
constexpr int kDeadTimeMs = 1000;
constexpr int kLoadMs = 15000;

// Stamps every datagram that reaches a port, on a thread of its own.
class Receiver : public QThread
{
public:
    explicit Receiver(quint16 port)
        : m_port(port)
    {}
    void run() override
    {
        QUdpSocket socket;
        if (!socket.bind(QHostAddress::LocalHost, m_port))
            return;
        m_bound = true;
        while (!m_stop.load()) {
            if (!socket.waitForReadyRead(50))
                continue;
            while (socket.hasPendingDatagrams()) {
                socket.receiveDatagram(2048);
                std::lock_guard lock(m_mutex);
                m_stamps << steadyMs();
            }
        }
    }
    void stop()
    {
        m_stop = true;
        wait();
    }
    QList<qint64> stamps()
    {
        std::lock_guard lock(m_mutex);
        return m_stamps;
    }
    bool bound() const { return m_bound.load(); }

private:
    quint16 m_port;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_bound{false};
    std::mutex m_mutex;
    QList<qint64> m_stamps;
};

AgentConfig cluster(quint16 senderPort, quint16 receiverPort)
{
    const auto endpoint = [](const QString& node, quint16 port) {
        return LinkEndpoint{node, QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("127.0.0.1"), port};
    };
    AgentConfig config;
    config.cluster.name = QStringLiteral("bench");
    config.timing.intervalMs = kIntervalMs;
    config.timing.deadTimeMs = kDeadTimeMs;
    config.nodes = {NodeConfig{QStringLiteral("n1")}, NodeConfig{QStringLiteral("n2")}};
    config.links = {
        LinkConfig{QStringLiteral("lan"),
                   {endpoint(QStringLiteral("n1"), senderPort), endpoint(QStringLiteral("n2"), receiverPort)}}};
    return config;
}

void makeTree(const QString& root, int files)
{
    constexpr int kPerFolder = 500;
    for (int i = 0; i < files; ++i) {
        const QString dir = QStringLiteral("%1/d%2").arg(root).arg(i / kPerFolder);
        if (i % kPerFolder == 0)
            QDir().mkpath(dir);
        QFile f(QStringLiteral("%1/f%2").arg(dir).arg(i));
        f.open(QIODevice::WriteOnly);
    }
}

// The main loop's real slow work for kLoadMs: journal appends (each fsynced) and walks of the tree.
void loadMainLoop(Journal& journal, const QString& tree)
{
    QElapsedTimer load;
    load.start();
    int n = 0;
    while (load.elapsed() < kLoadMs) {
        protocol::RpcError error;
        for (int i = 0; i < 20; ++i)
            journal.append(QStringLiteral("bench"), QStringLiteral("bench"), {{QStringLiteral("n"), ++n}}, &error);
        InotifyWatcher watcher;
        QString why;
        watcher.watch(tree, &why);
        QCoreApplication::processEvents();
    }
}

struct Round
{
    QList<double> jitterMs;
    int overDeadTime = 0;
};

Round measure(bool threaded, Journal& journal, const QString& tree)
{
    const quint16 senderPort = tests::freeUdpPort();
    const quint16 receiverPort = tests::freeUdpPort();
    Receiver receiver(receiverPort);
    receiver.start();
    while (!receiver.bound() && receiver.isRunning())
        QThread::msleep(5);
    const AgentConfig config = cluster(senderPort, receiverPort);
    const QByteArray key(32, 'k');
    std::unique_ptr<Heartbeat> facade;
    std::unique_ptr<HeartbeatWorker> onLoop;
    protocol::RpcError error;
    if (threaded) {
        facade = std::make_unique<Heartbeat>(config, QStringLiteral("n1"), key);
        facade->start(&error);
    } else {
        HeartbeatIdentity id{QStringLiteral("bench"),
                             QStringLiteral("n1"),
                             QStringLiteral("n2"),
                             key,
                             QStringLiteral("00000000000000b1"),
                             QDateTime::currentMSecsSinceEpoch()};
        onLoop = std::make_unique<HeartbeatWorker>(config, id);
        onLoop->start(&error);
    }
    loadMainLoop(journal, tree);
    receiver.stop();
    Round round;
    const QList<qint64> stamps = receiver.stamps();
    for (qsizetype i = 1; i < stamps.size(); ++i) {
        const double gap = double(stamps.at(i) - stamps.at(i - 1));
        round.jitterMs << std::max(0.0, gap - kIntervalMs);
        if (gap > kDeadTimeMs)
            ++round.overDeadTime;
    }
    return round;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    const int files = argc > 2 ? std::max(1, atoi(argv[2])) : 200000;
    // On disk, not tmpfs: the fsync must reach a device, as the agent's journal does.
    QTemporaryDir dir(QDir::tempPath() == QStringLiteral("/tmp") ? QStringLiteral("/var/tmp/twinha-bench-XXXXXX")
                                                                 : QString());
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a working folder\n");
        return 1;
    }
    std::printf("building a tree of %d files in %s ...\n", files, qPrintable(dir.path()));
    std::fflush(stdout);
    makeTree(dir.filePath(QStringLiteral("tree")), files);
    Journal journal(QStringLiteral("n1"), QByteArray(32, 'k'));
    protocol::RpcError error;
    if (!journal.open(dir.filePath(QStringLiteral("journal.jsonl")), &error)) {
        std::fprintf(stderr, "cannot open the journal\n");
        return 1;
    }
    Round all[2];
    for (int r = 0; r < rounds; ++r) {
        for (int threaded = 0; threaded < 2; ++threaded) {
            const Round round = measure(threaded == 1, journal, dir.filePath(QStringLiteral("tree")));
            all[threaded].jitterMs << round.jitterMs;
            all[threaded].overDeadTime += round.overDeadTime;
            std::printf("round %d %-9s %s; gaps over the dead time: %d\n", r + 1, threaded ? "thread" : "main-loop",
                        qPrintable(bench::summary(round.jitterMs)), round.overDeadTime);
            std::fflush(stdout);
        }
    }
    const QString names[2] = {QStringLiteral("main-loop"), QStringLiteral("thread")};
    for (int t = 0; t < 2; ++t)
        std::printf("%-9s send jitter over %d rounds: %s; gaps over the dead time: %d\n", qPrintable(names[t]), rounds,
                    qPrintable(bench::summary(all[t].jitterMs)), all[t].overDeadTime);
    const double before =
        all[0].jitterMs.isEmpty() ? 0 : *std::max_element(all[0].jitterMs.cbegin(), all[0].jitterMs.cend());
    const double after =
        all[1].jitterMs.isEmpty() ? 0 : *std::max_element(all[1].jitterMs.cbegin(), all[1].jitterMs.cend());
    std::printf("worst jitter: main-loop %.0f ms, thread %.0f ms (ratio %.1f)\n", before, after,
                after > 0 ? before / after : 0.0);
    return 0;
}
