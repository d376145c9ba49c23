#include "tests/netns/LabSession.h"

#include <QFile>
#include <QtTest>

#include <algorithm>

namespace twinha::tests::netns {

namespace {
constexpr int kSettleTimeoutMs = 40000;
constexpr int kFirstAnswerTimeoutMs = 5000;
constexpr qsizetype kLogLinesShown = 40;

// TWINHA_NETNS_LAB_OPTIONS adds netns-lab.sh options to every test's lab, e.g. other timing.
QStringList withExtraOptions(QStringList options)
{
    return options + qEnvironmentVariable("TWINHA_NETNS_LAB_OPTIONS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

LabSession::LabSession(const QStringList& options)
    : lab(withExtraOptions(options))
    , agents(lab)
    , probe(lab)
{}

LabSession::~LabSession()
{
    probe.stop();
    if (!QTest::currentTestFailed())
        return;
    lab.keepFiles();
    // CI shows what the test printed, not the lab's files: the agents' last words go with it.
    for (int node : {1, 2}) {
        QFile log(lab.nodeDir(node) + QStringLiteral("/agent.log"));
        if (!log.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = log.readAll().split('\n');
        const qsizetype from = std::max<qsizetype>(0, lines.size() - kLogLinesShown);
        qInfo("node%d's agent.log, last %lld lines:\n%s", node, qlonglong(lines.size() - from),
              lines.mid(from).join('\n').constData());
    }
}

bool LabSession::ready(QString* why, const QString& holder)
{
    if (!lab.isUp()) {
        *why = QStringLiteral("the lab did not come up:\n") + lab.upOutput();
        return false;
    }
    agents.reconnect(1);
    agents.reconnect(2);
    QString missing;
    if (!agents.waitSettled(holder, kSettleTimeoutMs, &missing)) {
        *why = QStringLiteral("the cluster did not settle: ") + missing;
        return false;
    }
    if (!probe.start()) {
        *why = probe.errorText();
        return false;
    }
    // In duplex there is no VIP: the client talks to the nodes themselves.
    const bool duplex = lab.value(QStringLiteral("MODE")) == QLatin1String("duplex");
    const QString node = holder == QLatin1String("both") ? QStringLiteral("node1") : holder;
    const QString target = duplex ? node : QStringLiteral("vip");
    if (probe.waitForAnswer(target, node, 0, kFirstAnswerTimeoutMs) < 0) {
        *why = QStringLiteral("the client got no answer from %1: %2")
                   .arg(node, probe.timeline(target).describe(probe.log().startedNs()));
        return false;
    }
    return true;
}

} // namespace twinha::tests::netns
