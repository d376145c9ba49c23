// No silent data loss when a split heals or a failed node returns (issue 13, item 5). The node
// that serves afterwards resyncs the other one with rsync --delete; every file written on either
// side must survive that, either on the node that serves or in the other node's divergence folder
// (DATA/.twinha-divergence/ID/), and the node that kept them must journal it (divergence_kept) and
// list it (divergence.list, twinhactl divergence list). A planned switchover keeps nothing.
#include "tests/integration/ControlClient.h"
#include "tests/integration/CoordinatorAsserts.h"
#include "tests/netns/FaultInjector.h"
#include "tests/netns/LabSession.h"
#include "tests/netns/NetnsTestMain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>

using namespace twinha::tests;
using namespace twinha::tests::netns;

namespace {
constexpr int kFilesPerSide = 6;
constexpr int kOutcomeMs = 20000;
constexpr int kSettleMs = 60000;
const QString kKeptFolder = QStringLiteral(".twinha-divergence");

struct Written
{
    int node = 0;
    QString path; // relative to the data folder
    QByteArray content;
};

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size() && f.flush();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// Files only `node` writes (some in a folder of their own, which the resync would remove whole),
// and its own version of shared.txt, which both sides change.
QList<Written> writeSide(const NetnsLab& lab, int node)
{
    QList<Written> out;
    for (int k = 0; k < kFilesPerSide; ++k) {
        const QString name = k % 2 ? QStringLiteral("only-node%1/f%2.txt").arg(node).arg(k)
                                   : QStringLiteral("n%1-%2.txt").arg(node).arg(k);
        out << Written{node, name, QStringLiteral("written on node%1 #%2\n").arg(node).arg(k).toUtf8()};
    }
    // Of different sizes: both nodes share one kernel here, and two writes within one clock tick get
    // the same mtime, which rsync's quick check would take for the same file.
    out << Written{node, QStringLiteral("shared.txt"),
                   QStringLiteral("node%1's version\n").arg(node).repeated(node).toUtf8()};
    for (const Written& w : out)
        if (!writeFile(lab.dataDir(node) + QLatin1Char('/') + w.path, w.content))
            qWarning("could not write %s on node%d", qPrintable(w.path), node);
    return out;
}

QStringList keptSets(const NetnsLab& lab, int node)
{
    return QDir(lab.dataDir(node) + QLatin1Char('/') + kKeptFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

// Where a file survives: on the winner as written, or in one of the loser's kept sets.
bool survives(const NetnsLab& lab, int winner, const Written& w)
{
    if (readFile(lab.dataDir(winner) + QLatin1Char('/') + w.path) == w.content)
        return true;
    const QString kept = lab.dataDir(3 - winner) + QLatin1Char('/') + kKeptFolder + QLatin1Char('/');
    for (const QString& set : keptSets(lab, 3 - winner))
        if (readFile(kept + set + QLatin1Char('/') + w.path) == w.content)
            return true;
    return false;
}

QList<QJsonObject> journal(const NetnsLab& lab, int node, const QString& type)
{
    ControlClient c(lab.socket(node));
    const auto reply = c.call(QStringLiteral("events.list"), {{QStringLiteral("limit"), 1000}});
    QList<QJsonObject> out;
    if (!reply)
        return out;
    for (const QJsonValue& e : reply->result[QStringLiteral("events")].toArray())
        if (e[QStringLiteral("type")].toString() == type)
            out << e[QStringLiteral("data")].toObject();
    return out;
}

// twinhactl divergence list --json from the client namespace, over SSH as the console would.
QByteArray ctlDivergenceList(const NetnsLab& lab)
{
    QByteArray out;
    lab.exec(QStringLiteral("client"),
             {NetnsLab::binPath(QStringLiteral("twinhactl")), QStringLiteral("--cluster"),
              lab.value(QStringLiteral("PROFILE")), QStringLiteral("divergence"), QStringLiteral("list"),
              QStringLiteral("--json")},
             &out, 30000);
    return out;
}

bool waitForHolder(LabSession& s, const QString& holder, int timeoutMs)
{
    return QTest::qWaitFor([&] { return s.agents.holder() == holder; }, timeoutMs);
}
} // namespace

class TestNetnsDivergence : public QObject
{
    Q_OBJECT

private:
    // After the fault is mended: one node serves, it ships to the other, and everything written
    // on either side is on the winner or kept on the loser, which journals and lists the set.
    static void checkHealed(LabSession& s, const QList<Written>& written, int expectKeptOn)
    {
        QString why;
        QVERIFY(QTest::qWaitFor([&] { return s.agents.holder().startsWith(QLatin1String("node")); }, kSettleMs));
        const QString holder = s.agents.holder();
        QVERIFY2(s.agents.waitSettled(holder, kSettleMs, &why), qPrintable(why));
        const int winner = holder.back().digitValue();
        const int loser = 3 - winner;
        qInfo("node%d serves after the fault; node%d is resynced from it", winner, loser);
        if (expectKeptOn)
            QCOMPARE(loser, expectKeptOn);
        // The winner's own files reach the loser: the resync has run.
        for (const Written& w : written)
            if (w.node == winner && w.path != QLatin1String("shared.txt"))
                QTRY_COMPARE_WITH_TIMEOUT(readFile(s.lab.dataDir(loser) + QLatin1Char('/') + w.path), w.content,
                                          kOutcomeMs);
        QStringList lost;
        for (const Written& w : written)
            if (!survives(s.lab, winner, w))
                lost << QStringLiteral("node%1:%2").arg(w.node).arg(w.path);
        qInfo("%lld files written, %lld lost, kept sets on node%d: %s", qint64(written.size()), qint64(lost.size()),
              loser, qPrintable(keptSets(s.lab, loser).join(QLatin1String(", "))));
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("lost: ") + lost.join(QLatin1String(", "))));
        // What only the loser had: its files, and its version of shared.txt.
        const qint64 onlyLoser =
            std::count_if(written.begin(), written.end(), [&](const Written& w) { return w.node == loser; });
        QList<QJsonObject> kept;
        QVERIFY(QTest::qWaitFor(
            [&] { return !(kept = journal(s.lab, loser, QStringLiteral("divergence_kept"))).isEmpty(); }, kOutcomeMs));
        qInfo("journal of node%d: %s", loser, QJsonDocument(kept.last()).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(kept.size(), 1);
        const QJsonObject e = kept.last();
        QCOMPARE(e[QStringLiteral("channel")].toString(), QStringLiteral("data"));
        QCOMPARE(e[QStringLiteral("node")].toString(), QStringLiteral("node%1").arg(loser));
        QCOMPARE(e[QStringLiteral("files")].toInteger(), onlyLoser);
        QCOMPARE(e[QStringLiteral("overwritten")].toInteger(), 1); // shared.txt
        QVERIFY(QFileInfo(e[QStringLiteral("path")].toString()).isDir());
        QVERIFY(e[QStringLiteral("path")].toString().startsWith(s.lab.dataDir(loser) + QLatin1Char('/') + kKeptFolder));
        QVERIFY(journal(s.lab, winner, QStringLiteral("divergence_kept")).isEmpty());
        // The CLI lists it, from the loser's agent.
        const QByteArray listed = ctlDivergenceList(s.lab);
        QVERIFY2(listed.contains(e[QStringLiteral("id")].toString().toUtf8()) &&
                     listed.contains(QStringLiteral("node%1").arg(loser).toUtf8()),
                 listed.constData());
    }

private Q_SLOTS:
    // Ping tiebreaker only: both nodes serve while they cannot see each other, and both write.
    void splitBothSidesWriteNothingIsLost()
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        QVERIFY(writeFile(s.lab.dataDir(1) + QStringLiteral("/shared.txt"), "before the split\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(s.lab.dataDir(2) + QStringLiteral("/shared.txt")),
                                  QByteArray("before the split\n"), kOutcomeMs);
        QVERIFY(s.lab.fault({QStringLiteral("split")}));
        QVERIFY2(waitForHolder(s, QStringLiteral("both"), kOutcomeMs), qPrintable(s.agents.holder()));
        const QList<Written> written = writeSide(s.lab, 1) + writeSide(s.lab, 2);
        QTest::qWait(1500); // both sides try to ship meanwhile, and fail
        QVERIFY(s.lab.fault({QStringLiteral("heal")}));
        checkHealed(s, written, 0);
    }

    // kill -9 of the active agent and its service; files it had not shipped yet stay behind on its
    // disk (written here while it is down) and must survive its return as standby.
    void failedActiveReturnsItsUnshippedFilesAreKept()
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        QVERIFY(writeFile(s.lab.dataDir(1) + QStringLiteral("/shared.txt"), "before the crash\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(s.lab.dataDir(2) + QStringLiteral("/shared.txt")),
                                  QByteArray("before the crash\n"), kOutcomeMs);
        ::kill(pid_t(s.lab.agentPid(1)), SIGKILL);
        if (const qint64 service = s.lab.servicePid(1))
            ::kill(pid_t(service), SIGKILL);
        QVERIFY2(waitForHolder(s, QStringLiteral("node2"), kOutcomeMs), qPrintable(s.agents.holder()));
        const QList<Written> written = writeSide(s.lab, 1) + writeSide(s.lab, 2);
        QVERIFY(s.lab.startAgent(1));
        s.agents.reconnect(1);
        checkHealed(s, written, 1);
    }

    // Planned moves and steady mirroring, deletions included, keep nothing and journal nothing.
    void plannedSwitchoverKeepsNothing()
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        QVERIFY(writeFile(s.lab.dataDir(1) + QStringLiteral("/gone-soon.txt"), "x\n"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(s.lab.dataDir(2) + QStringLiteral("/gone-soon.txt")), kOutcomeMs);
        QCOMPARE(s.agents.switchover(1, QStringLiteral("service"), QStringLiteral("node2"))[QStringLiteral("result")]
                     .toString(),
                 QStringLiteral("done"));
        QVERIFY2(s.agents.waitSettled(QStringLiteral("node2"), kSettleMs, &why), qPrintable(why));
        QVERIFY(QFile::remove(s.lab.dataDir(2) + QStringLiteral("/gone-soon.txt")));
        QVERIFY(writeFile(s.lab.dataDir(2) + QStringLiteral("/new.txt"), "y\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(s.lab.dataDir(1) + QStringLiteral("/gone-soon.txt")), kOutcomeMs);
        QCOMPARE(s.agents.switchover(2, QStringLiteral("service"), QStringLiteral("node1"))[QStringLiteral("result")]
                     .toString(),
                 QStringLiteral("done"));
        QVERIFY2(s.agents.waitSettled(QStringLiteral("node1"), kSettleMs, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(s.lab.dataDir(2) + QStringLiteral("/new.txt")), QByteArray("y\n"),
                                  kOutcomeMs);
        for (int n : {1, 2}) {
            QVERIFY2(keptSets(s.lab, n).isEmpty(), qPrintable(keptSets(s.lab, n).join(QLatin1String(", "))));
            QVERIFY(journal(s.lab, n, QStringLiteral("divergence_kept")).isEmpty());
        }
    }
};

TWINHA_NETNS_TEST_MAIN(TestNetnsDivergence)
#include "TestNetnsDivergence.moc"
