#include "tests/netns/ProbeRun.h"

#include "tests/netns/NetnsLab.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QtTest>

namespace twinha::tests::netns {

namespace {
constexpr int kTimeoutMs = 500;
constexpr int kNodeIntervalMs = 20;
} // namespace

ProbeRun::ProbeRun(const NetnsLab& lab, int vipIntervalMs)
    : m_lab(lab)
    , m_file(lab.dir() + QStringLiteral("/probe-%1.log").arg(QDateTime::currentMSecsSinceEpoch()))
{
    const QString port = lab.value(QStringLiteral("HTTP_PORT1"));
    m_targets << QStringLiteral("vip=%1:%2@%3").arg(lab.value(QStringLiteral("VIP1")), port).arg(vipIntervalMs);
    for (int n : {1, 2})
        m_targets << QStringLiteral("node%1=%2:%3@%4")
                         .arg(n)
                         .arg(lab.value(QStringLiteral("NODE%1_IP").arg(n)), port)
                         .arg(kNodeIntervalMs);
    if (lab.value(QStringLiteral("MODE")) == QLatin1String("mutual-backup"))
        m_targets << QStringLiteral("vip2=%1:%2@%3")
                         .arg(lab.value(QStringLiteral("VIP2")), lab.value(QStringLiteral("HTTP_PORT2")))
                         .arg(vipIntervalMs);
}

ProbeRun::~ProbeRun()
{
    stop();
}

bool ProbeRun::start()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("ip"),
                    QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_lab.ns(QStringLiteral("client")),
                                NetnsLab::binPath(QStringLiteral("twinha-netns-probe")), QStringLiteral("--timeout-ms"),
                                QString::number(kTimeoutMs), QStringLiteral("--out"), m_file} +
                        m_targets);
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    const bool up = QTest::qWaitFor([&] { return log().isValid() || m_process.state() == QProcess::NotRunning; }, 5000);
    if (!up || !log().isValid()) {
        m_error = QStringLiteral("probe did not start: ") + QString::fromUtf8(m_process.readAll());
        return false;
    }
    return true;
}

void ProbeRun::stop()
{
    NetnsLab::terminate(m_process);
}

qint64 ProbeRun::waitForAnswer(const QString& target, const QString& node, qint64 afterNs, int timeoutMs) const
{
    qint64 at = -1;
    (void)QTest::qWaitFor(
        [&] {
            at = timeline(target).firstAnswerNs(node, afterNs);
            return at >= 0;
        },
        timeoutMs);
    return at;
}

Timeline ProbeRun::timeline(const QString& target, qint64 fromNs, qint64 toNs) const
{
    QList<ProbeAnswer> within;
    for (const ProbeAnswer& a : log().answers(target))
        if (a.sentNs >= fromNs && a.sentNs <= toNs)
            within.append(a);
    return Timeline(within);
}

qint64 ProbeRun::bothUpNs(qint64 fromNs, qint64 toNs) const
{
    const ProbeLog l = log();
    QList<Interval> both = overlaps(Timeline(l.answers(QStringLiteral("node1"))).upIntervals(),
                                    Timeline(l.answers(QStringLiteral("node2"))).upIntervals());
    qint64 sum = 0;
    for (const Interval& i : both)
        sum += std::max<qint64>(0, std::min(i.toNs, toNs) - std::max(i.fromNs, fromNs));
    return sum;
}

} // namespace twinha::tests::netns
