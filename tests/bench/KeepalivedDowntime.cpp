#include "tests/bench/KeepalivedDowntime.h"

#include "tests/netns/NetnsLab.h"
#include "tests/netns/ProbeRun.h"

#include <QFile>
#include <QtTest>

#include <csignal>
#include <cstdio>

namespace twinha::bench {

using namespace twinha::tests::netns;

namespace {
constexpr qint64 kMs = 1000000;
constexpr int kTakeoverTimeoutMs = 15000;
constexpr int kCalmMs = 2000; // after node1 is master again, so node2 has heard its adverts

bool hasVip(const NetnsLab& lab, int node)
{
    QByteArray out;
    lab.exec(QStringLiteral("node%1").arg(node),
             {QStringLiteral("ip"), QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show"),
              QStringLiteral("dev"), QStringLiteral("eth0")},
             &out);
    return out.contains(QByteArray(lab.value(QStringLiteral("VIP1")).toUtf8() + '/'));
}

// Node1 holds the VIP alone and answers the client again.
bool waitNode1Master(const NetnsLab& lab, const ProbeRun& probe, qint64 sinceNs)
{
    if (probe.waitForAnswer(QStringLiteral("vip"), QStringLiteral("node1"), sinceNs, 20000) < 0)
        return false;
    if (!QTest::qWaitFor([&] { return hasVip(lab, 1) && !hasVip(lab, 2); }, 20000))
        return false;
    QTest::qWait(kCalmMs);
    return true;
}

// The VRRP child first: killed after its parent, it might still say goodbye (priority 0) in between.
QList<qint64> keepalivedPids(const NetnsLab& lab, int node)
{
    QList<qint64> pids;
    QFile vrrp(lab.nodeDir(node) + QStringLiteral("/vrrp.pid"));
    if (vrrp.open(QIODevice::ReadOnly))
        if (const qint64 child = vrrp.readAll().trimmed().toLongLong(); child > 0 && NetnsLab::isAlive(child))
            pids << child;
    for (qint64 pid : lab.pidsIn(QStringLiteral("node%1").arg(node))) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "keepalived" && !pids.contains(pid))
            pids << pid;
    }
    return pids;
}

// The gap the client saw from t0 until node2 answered, plus a moment of calm.
bool measure(const ProbeRun& probe, qint64 t0, QList<double>* into, QStringList* problems, const char* what)
{
    if (probe.waitForAnswer(QStringLiteral("vip"), QStringLiteral("node2"), t0, kTakeoverTimeoutMs) < 0) {
        *problems << QStringLiteral("%1: node2 never answered").arg(QLatin1String(what));
        return false;
    }
    QTest::qWait(300);
    const qint64 t1 = monotonicNs();
    const double gap = double(probe.timeline(QStringLiteral("vip"), t0 - 300 * kMs, t1).longestGapNs(t0, t1)) / 1e6;
    std::fprintf(stderr, "  %s: gap %.0f ms\n", what, gap);
    *into << gap;
    return true;
}

bool restartNode1(NetnsLab& lab, const ProbeRun& probe, bool killed)
{
    if (killed) { // what kill -9 left behind: the address without its keepalived, and no service
        lab.exec(QStringLiteral("node1"), {QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("del"),
                                           lab.value(QStringLiteral("VIP1")) + QStringLiteral("/24"),
                                           QStringLiteral("dev"), QStringLiteral("eth0")});
        if (!lab.startService(1))
            return false;
    }
    const qint64 since = monotonicNs();
    return lab.startKeepalived(1) && waitNode1Master(lab, probe, since);
}
} // namespace

DowntimeSamples measureKeepalived(const QString& flavour, int planned, int unplanned)
{
    DowntimeSamples out;
    out.setup = QStringLiteral("keepalived ") + flavour;
    std::fprintf(stderr, "%s: bringing up the lab\n", qPrintable(out.setup));
    NetnsLab lab({QStringLiteral("--keepalived"), flavour});
    if (!lab.isUp()) {
        out.problems << QStringLiteral("lab did not come up: ") + lab.upOutput();
        return out;
    }
    ProbeRun probe(lab);
    if (!probe.start() || !waitNode1Master(lab, probe, 0)) {
        out.problems << QStringLiteral("node1 never became master: ") + probe.errorText();
        return out;
    }
    for (int i = 0; i < planned; ++i) {
        const qint64 t0 = monotonicNs();
        ::kill(pid_t(lab.keepalivedPid(1)), SIGTERM);
        measure(probe, t0, &out.plannedMs, &out.problems, "SIGTERM to the master");
        (void)QTest::qWaitFor([&] { return keepalivedPids(lab, 1).isEmpty(); }, 10000);
        if (!restartNode1(lab, probe, false)) {
            out.problems << QStringLiteral("node1 did not take the VIP back");
            return out;
        }
    }
    for (int i = 0; i < unplanned; ++i) {
        const QList<qint64> pids = keepalivedPids(lab, 1);
        const qint64 service = lab.servicePid(1);
        const qint64 t0 = monotonicNs();
        for (qint64 pid : pids)
            ::kill(pid_t(pid), SIGKILL);
        if (service > 0)
            ::kill(pid_t(service), SIGKILL);
        measure(probe, t0, &out.unplannedMs, &out.problems, "kill -9 of the master");
        if (!restartNode1(lab, probe, true)) {
            out.problems << QStringLiteral("node1 did not take the VIP back");
            return out;
        }
    }
    return out;
}

} // namespace twinha::bench
