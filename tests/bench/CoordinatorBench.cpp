// Measures the coordinator against real lab agents and prints medians:
//   failure detection: kill -9 the active agent -> the standby's status shows the peer dead,
//                      and -> the standby holds the service (automatic failover);
//   planned switchover: switchover.start -> finished, with the duration of every step.
// Usage: twinha-coordinator-bench [RUNS]   (default 5; needs sshd, rsync and a built twinha-agent)

#include "tests/integration/CoordinatorAsserts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace twinha::tests;

namespace {
constexpr int kDeadTimeMs = 1000; // the lab's dead_time_ms

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void setDefault(const char* name, const QString& value)
{
    if (qEnvironmentVariableIsEmpty(name))
        qputenv(name, value.toLocal8Bit());
}

bool settled(OwnLab& lab)
{
    ControlClient c1(lab.socket(1));
    ControlClient c2(lab.socket(2));
    // Failover needs the lag the active node last published: wait until it has measured one.
    return waitUntil([&] { return firstLine(lab.value(QStringLiteral("VIP_HOLDER_FILE"))) == QLatin1String("node1"); },
                     15000) &&
           waitUntil(
               [&] { return channelStatus(c1.status(), QStringLiteral("data"))[QStringLiteral("lag_s")].isDouble(); },
               15000) &&
           waitUntil([&] { return c2.status()[QStringLiteral("readiness")][0][QStringLiteral("ready")].toBool(); },
                     15000);
}

void failureDetection(int runs)
{
    QList<double> detect;
    QList<double> takeover;
    for (int run = 1; run <= runs; ++run) {
        OwnLab lab({QStringLiteral("--automatic-failover")});
        if (!lab.isUp() || !settled(lab)) {
            std::printf("run %d: lab did not come up\n%s\n", run, qPrintable(lab.upOutput()));
            continue;
        }
        ControlClient c2(lab.socket(2));
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(lab.pid(QStringLiteral("NODE1_AGENT_PID"))), SIGKILL);
        double dead = -1;
        double took = -1;
        waitUntil(
            [&] {
                if (dead < 0 && !c2.status()[QStringLiteral("peer")][QStringLiteral("alive")].toBool())
                    dead = double(clock.elapsed());
                if (took < 0 && firstLine(lab.value(QStringLiteral("VIP_HOLDER_FILE"))) == QLatin1String("node2"))
                    took = double(clock.elapsed());
                return dead >= 0 && took >= 0;
            },
            15000);
        std::printf("run %d: peer dead after %.0f ms, service on node2 after %.0f ms\n", run, dead, took);
        detect << dead;
        takeover << took;
    }
    std::printf("failure detection: median %.0f ms (dead time %d ms); takeover: median %.0f ms over %d runs\n\n",
                median(detect), kDeadTimeMs, median(takeover), int(detect.size()));
}

void switchovers(int runs)
{
    OwnLab lab;
    if (!lab.isUp() || !settled(lab)) {
        std::printf("switchover lab did not come up\n%s\n", qPrintable(lab.upOutput()));
        return;
    }
    ControlClient c1(lab.socket(1));
    QList<double> total;
    QList<double> gap;
    QMap<QString, QList<double>> steps;
    QList<double> readyAgain;
    for (int run = 1; run <= runs; ++run) {
        // The next run starts when the agents say "ready" again: the new source must first have
        // shipped the mirror to the new target once. How long that takes is a figure of its own.
        QElapsedTimer readyClock;
        readyClock.start();
        const bool ready = waitUntil(
            [&] {
                const QJsonArray r = c1.status()[QStringLiteral("readiness")].toArray();
                return !r.isEmpty() && r.first()[QStringLiteral("ready")].toBool();
            },
            15000);
        if (run > 1)
            readyAgain << double(readyClock.elapsed());
        if (!ready)
            std::printf("run %d: not ready again within 15 s\n", run);
        const QString to = run % 2 ? QStringLiteral("node2") : QStringLiteral("node1");
        QElapsedTimer clock;
        clock.start();
        const auto reply = c1.call(QStringLiteral("switchover.start"), {{QStringLiteral("to"), to}});
        if (!reply || reply->kind != twinha::protocol::RpcMessage::Kind::Result) {
            std::printf("run %d: refused %s\n", run, reply ? qPrintable(reply->error.code) : "(no reply)");
            continue;
        }
        const QJsonObject op = finishedOperation(c1, reply->result[QStringLiteral("id")].toString());
        total << double(clock.elapsed());
        gap << op.value(QStringLiteral("gap_ms")).toDouble();
        QStringList line;
        for (const QJsonValue& s : op.value(QStringLiteral("steps")).toArray()) {
            steps[s[QStringLiteral("name")].toString()] << s[QStringLiteral("ms")].toDouble();
            line << QStringLiteral("%1 %2")
                        .arg(s[QStringLiteral("name")].toString())
                        .arg(s[QStringLiteral("ms")].toInteger());
        }
        std::printf("run %d to %s: %s in %.0f ms (service gap %.0f ms): %s\n", run, qPrintable(to),
                    qPrintable(op.value(QStringLiteral("result")).toString()), total.last(), gap.last(),
                    qPrintable(line.join(QStringLiteral(", "))));
    }
    std::printf("switchover: median %.0f ms end to end, service gap %.0f ms over %d runs; median steps:", median(total),
                median(gap), int(total.size()));
    for (const char* name : {"precheck", "stop", "drain", "handover", "start", "verify"})
        std::printf(" %s %.0f ms,", name, median(steps.value(QLatin1String(name))));
    std::printf("\nready for the next switchover: median %.0f ms after the previous one ended\n", median(readyAgain));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setDefault("TWINHA_BIN_DIR", QCoreApplication::applicationDirPath());
    setDefault("TWINHA_SOURCE_DIR", QStringLiteral(TWINHA_DEFAULT_SOURCE_DIR));
    setDefault("TWINHA_LAB_DIR", QStringLiteral(TWINHA_DEFAULT_LAB_DIR));
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    failureDetection(runs);
    switchovers(runs);
    return 0;
}
