#include "agentlink/ClusterMonitor.h"
#include "agentlink/ClusterProfile.h"
#include "tests/bench/BenchStats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

// Status propagation latency: from the moment an agent produces a status (its sent_at stamp) to
// the ClusterMonitor's nodeChanged signal in this process, over the real path (daemon, control
// socket, session bridge, sshd, libssh worker thread, queued signal). Both ends share this
// machine's clock. Reference, same run: one-way latency of a line through plain OpenSSH
// (`ssh host cat`, half the round trip), so the ratio shows what TwinHA adds to the transport.
//
//   bench_status_latency [SECONDS]        (default 30; the agents push every 2 s per node)

using namespace twinha;

namespace {
QString repo()
{
    return QStringLiteral(TWINHA_SOURCE_DIR);
}

QList<double> sshReference(const agentlink::NodeEndpoint& ep, int samples)
{
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"),
              {QStringLiteral("-q"), QStringLiteral("-i"), ep.identityFile, QStringLiteral("-o"),
               QStringLiteral("UserKnownHostsFile=") + ep.knownHostsFile, QStringLiteral("-o"),
               QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-p"), QString::number(ep.port),
               ep.user + QLatin1Char('@') + ep.host, QStringLiteral("cat")});
    QList<double> oneWay;
    if (!ssh.waitForStarted(5000))
        return oneWay;
    QElapsedTimer clock;
    for (int i = 0; i < samples + 5; ++i) {
        clock.start();
        ssh.write(QByteArray::number(i) + '\n');
        while (!ssh.canReadLine() && ssh.waitForReadyRead(5000)) {
        }
        const QByteArray echoed = ssh.readLine().trimmed();
        if (echoed != QByteArray::number(i)) {
            std::fprintf(stderr, "reference: ssh echoed '%s' for %d: %s\n", echoed.constData(), i,
                         ssh.readAllStandardError().constData());
            return {};
        }
        if (i >= 5) // the first lines pay for TCP slow start and process warm-up
            oneWay << clock.nsecsElapsed() / 2e6;
    }
    ssh.closeWriteChannel();
    ssh.waitForFinished(5000);
    return oneWay;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 30;
    QTemporaryDir tmp;
    const QString labDir = tmp.path() + QStringLiteral("/lab");
    const QString lab = repo() + QStringLiteral("/tests/lab/lab.sh");
    const QString agent = QCoreApplication::applicationDirPath() + QStringLiteral("/twinha-agent");
    if (QProcess::execute(lab, {QStringLiteral("up"), labDir, QStringLiteral("--agent"), agent}) != 0) {
        std::fprintf(stderr, "lab did not come up\n");
        return 1;
    }
    protocol::RpcError error;
    const auto profile = agentlink::ClusterProfile::load(labDir + QStringLiteral("/profile.json"), &error);
    QList<double> latencies;
    agentlink::ClusterMonitor monitor(*profile);
    QHash<int, QDateTime> lastSent; // nodeChanged also fires for link changes: count each status once
    QObject::connect(&monitor, &agentlink::ClusterMonitor::nodeChanged, &app, [&](int i) {
        const agentlink::NodeView& node = monitor.node(i);
        if (!node.status || !node.status->sentAt.isValid() || lastSent.value(i) == node.status->sentAt)
            return;
        lastSent.insert(i, node.status->sentAt);
        latencies << double(node.status->sentAt.msecsTo(QDateTime::currentDateTimeUtc()));
    });
    monitor.start(false);
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    monitor.stop();
    const QList<double> reference = sshReference(profile->nodes.value(0), 200);
    QProcess::execute(lab, {QStringLiteral("down"), labDir});

    const double ours = bench::percentile(latencies, 50);
    const double ref = bench::percentile(reference, 50);
    std::printf("status propagation (agent -> ClusterMonitor, 1 ms resolution): %s\n",
                qPrintable(bench::summary(latencies)));
    std::printf("reference, plain OpenSSH one-way line latency: %s\n", qPrintable(bench::summary(reference)));
    std::printf("ratio of medians: %.1fx; target p95 < 300 ms: %s\n", ref > 0 ? ours / ref : 0.0,
                bench::percentile(latencies, 95) < 300 ? "met" : "NOT met");
    return 0;
}
