#include "tests/bench/FalseFailover/LabStress.h"

#include "tests/netns/NetnsLab.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtTest>

namespace twinha::bench {

using tests::netns::NetnsLab;

namespace {
constexpr int kQueue = 0;
constexpr int kStartMs = 5000;

QString impairer()
{
    return NetnsLab::binPath(QStringLiteral("twinha-netns-impair"));
}

// Beside the nodes' folders, not on their disks: a stall must not hold the impairer up.
QString impairLog(const NetnsLab& lab, int n)
{
    return lab.dir() + QStringLiteral("/impair-node%1.log").arg(n);
}

QString node(int n)
{
    return QStringLiteral("node%1").arg(n);
}

} // namespace

LabStress::LabStress(const NetnsLab& lab, const Options& options)
    : m_lab(lab)
    , m_options(options)
{}

LabStress::~LabStress()
{
    stop();
    NetnsLab::terminate(m_stall);
}

QString LabStress::unavailableReason(const NetnsLab& lab)
{
    if (!QFileInfo(impairer()).isExecutable())
        return QStringLiteral("%1 was not built (Debian package libnetfilter-queue-dev)").arg(impairer());
    if (QStandardPaths::findExecutable(QStringLiteral("stress-ng")).isEmpty())
        return QStringLiteral("stress-ng not found (Debian package stress-ng)");
    if (lab.intValue(QStringLiteral("DISKS")) != 1)
        return QStringLiteral("the lab's nodes have no disks of their own (netns-lab.sh up --disks)");
    return {};
}

// The packets a node sends its peer: TwinHA's heartbeats on both links, keepalived's adverts.
bool LabStress::iptables(int n, const QString& op)
{
    const QString queue = QString::number(kQueue);
    const QList<QStringList> matches = {{QStringLiteral("-p"), QStringLiteral("udp"), QStringLiteral("--dport"),
                                         m_lab.value(QStringLiteral("HB_PORT"))},
                                        {QStringLiteral("-p"), QStringLiteral("112")}};
    bool ok = true;
    for (const QStringList& match : matches) {
        const QStringList rule = QStringList{QStringLiteral("iptables"), op, QStringLiteral("OUTPUT")} + match +
                                 QStringList{QStringLiteral("-j"), QStringLiteral("NFQUEUE"),
                                             QStringLiteral("--queue-num"), queue, QStringLiteral("--queue-bypass")};
        ok = m_lab.exec(node(n), rule) == 0 && ok;
    }
    return ok;
}

bool LabStress::start(QString* why)
{
    for (int n : {1, 2}) {
        auto p = std::make_shared<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(impairLog(m_lab, n));
        p->start(QStringLiteral("ip"),
                 {QStringLiteral("netns"), QStringLiteral("exec"), m_lab.ns(node(n)), impairer(),
                  QStringLiteral("--queue"), QString::number(kQueue), QStringLiteral("--loss"),
                  QString::number(m_options.lossPercent), QStringLiteral("--delay"), QString::number(m_options.delayMs),
                  QStringLiteral("--jitter"), QString::number(m_options.jitterMs)});
        m_impairers << p;
        if (!p->waitForStarted(kStartMs)) {
            *why = QStringLiteral("twinha-netns-impair did not start on %1: %2").arg(node(n), p->errorString());
            return false;
        }
    }
    // The queues are bound before any packet is sent to them (--queue-bypass lets packets through
    // only while nobody listens): each impairer says so once it has bound its queue.
    for (int n : {1, 2}) {
        const auto bound = [&] {
            QFile log(impairLog(m_lab, n));
            return log.open(QIODevice::ReadOnly) && log.readAll().contains(QByteArrayLiteral(": queue "));
        };
        if (!QTest::qWaitFor([&] { return bound() || m_impairers.at(n - 1)->state() != QProcess::Running; },
                             kStartMs) ||
            !bound()) {
            *why =
                QStringLiteral("twinha-netns-impair did not bind its queue on %1; see impair-node%1.log").arg(node(n));
            return false;
        }
        if (!iptables(n, QStringLiteral("-I"))) {
            *why = QStringLiteral("iptables could not queue %1's packets to its peer").arg(node(n));
            return false;
        }
    }
    m_rules = true;
    for (int n : {1, 2}) {
        auto p = std::make_shared<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(QStringLiteral("ip"),
                 {QStringLiteral("netns"), QStringLiteral("exec"), m_lab.ns(node(n)), QStringLiteral("stress-ng"),
                  QStringLiteral("--cpu"), QString::number(m_options.cpuWorkersPerNode), QStringLiteral("--quiet")});
        m_loads << p;
        if (!p->waitForStarted(kStartMs)) {
            *why = QStringLiteral("stress-ng did not start on %1: %2").arg(node(n), p->errorString());
            return false;
        }
    }
    return true;
}

QStringList LabStress::stop()
{
    for (const auto& p : std::as_const(m_loads))
        NetnsLab::terminate(*p);
    m_loads.clear();
    if (m_rules)
        for (int n : {1, 2})
            iptables(n, QStringLiteral("-D"));
    m_rules = false;
    QStringList counts;
    for (int i = 0; i < m_impairers.size(); ++i) {
        NetnsLab::terminate(*m_impairers.at(i));
        QFile log(impairLog(m_lab, i + 1));
        if (log.open(QIODevice::ReadOnly))
            counts << QStringLiteral("node%1: %2")
                          .arg(i + 1)
                          .arg(QString::fromUtf8(log.readAll()).trimmed().section(QLatin1Char('\n'), -1));
    }
    m_impairers.clear();
    return counts;
}

bool LabStress::stallDisk(int n)
{
    if (isStalling())
        return false;
    m_stall.setProcessChannelMode(QProcess::ForwardedChannels);
    m_stall.start(NetnsLab::script(), {QStringLiteral("fault"), m_lab.dir(), QStringLiteral("stall"), node(n),
                                       QString::number(m_options.stallMs)});
    return m_stall.waitForStarted(kStartMs);
}

bool LabStress::isStalling() const
{
    return m_stall.state() != QProcess::NotRunning;
}

} // namespace twinha::bench
