#include "agent/replication/KeptSet.h"
#include "agent/replication/MirrorChannel.h"
#include "agent/replication/MirrorSecret.h"
#include "tests/agent/replication/MirrorCluster.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace twinha::agent;
using namespace twinha::agent::testing;

namespace {
bool inSync(const std::unique_ptr<ReplicationChannel>& ch)
{
    return ch->toJson().value(QStringLiteral("state")).toString() == QLatin1String("in_sync");
}

QStringList keptSets(const Cluster& c, const QString& node)
{
    return QDir(KeptSet::folderIn(c.path(node))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

bool setModified(const QString& path, const QDateTime& time)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(time, QFileDevice::FileModificationTime);
}

// An rsync client that knows nothing of kept sets (no exclude, no --backup-dir): an older agent.
struct PlainPush
{
    int exitCode = -1;
    QByteArray err;
};
PlainPush plainPush(const Cluster& c, const QString& from, const QString& to)
{
    const LinkEndpoint* e = c.config.endpointFor(to);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RSYNC_PASSWORD"), QString::fromLatin1(MirrorSecret::password(kKey, c.config.name)));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("rsync"),
            {QStringLiteral("-a"), QStringLiteral("--delete"), c.path(from) + QLatin1Char('/'),
             QStringLiteral("rsync://twinha@127.0.0.1:%1/%2/").arg(e->port).arg(MirrorSecret::module(c.config.name))});
    p.waitForFinished(30000);
    return {p.exitCode(), p.readAllStandardError()};
}
} // namespace

// Two channel ends with real rsync: after a split (both ship, neither reaches the other) the one
// that loses the group keeps everything the resync from the winner deletes or overwrites there,
// and says so once; a planned handover keeps nothing; kept sets never travel and are never deleted.
class TestDivergenceKeeping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLoserOfASplitKeepsWhatTheResyncWouldDestroy()
    {
        Cluster c;
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("shared.txt")), "before"));
        c.n1Active();
        QTRY_COMPARE_WITH_TIMEOUT(readFile(c.file(QStringLiteral("n2"), QStringLiteral("shared.txt"))),
                                  QByteArray("before"), 30000);
        // The split: n2 runs the group too; each ships to a peer that does not listen.
        c.n2->setRole(c.sourceTo(QStringLiteral("n1")));
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("n1-only/mail.eml")), "n1's mail"));
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("shared.txt")), "n1's version"));
        QVERIFY(writeFile(c.file(QStringLiteral("n2"), QStringLiteral("n2-only.txt")), "n2's file"));
        QVERIFY(writeFile(c.file(QStringLiteral("n2"), QStringLiteral("shared.txt")), "n2's version"));
        // Same size, same second, a few milliseconds apart: only a comparison to the nanosecond
        // tells them apart, as rsync's quick check otherwise goes by whole seconds.
        const QDateTime second = QDateTime::currentDateTimeUtc().addSecs(-60);
        const QDateTime t = second.addMSecs(-second.time().msec());
        QVERIFY(setModified(c.file(QStringLiteral("n1"), QStringLiteral("shared.txt")), t.addMSecs(100)));
        QVERIFY(setModified(c.file(QStringLiteral("n2"), QStringLiteral("shared.txt")), t.addMSecs(200)));
        QTRY_VERIFY_WITH_TIMEOUT(!inSync(c.n1) && !c.n1->error().isNull(), 30000); // its push failed
        QSignalSpy journal(c.n1.get(), &ReplicationChannel::journalEvent);

        // The heal: n1 yields and receives; n2 resyncs it.
        c.n1->setRole(ReplicationRole::target());
        QTRY_COMPARE_WITH_TIMEOUT(readFile(c.file(QStringLiteral("n1"), QStringLiteral("n2-only.txt"))),
                                  QByteArray("n2's file"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(journal.count(), 1, 30000);
        QCOMPARE(journal.first().at(0).value<twinha::protocol::EventType>(),
                 twinha::protocol::EventType::DivergenceKept);
        const QJsonObject e = journal.first().at(1).toJsonObject();
        QCOMPARE(e.value(QStringLiteral("files")).toInt(), 2);
        QCOMPARE(e.value(QStringLiteral("overwritten")).toInt(), 1);
        QCOMPARE(e.value(QStringLiteral("deleted")).toInt(), 1);
        const QString set = e.value(QStringLiteral("path")).toString();
        QCOMPARE(readFile(set + QStringLiteral("/n1-only/mail.eml")), QByteArray("n1's mail"));
        QCOMPARE(readFile(set + QStringLiteral("/shared.txt")), QByteArray("n1's version"));
        QCOMPARE(readFile(c.file(QStringLiteral("n1"), QStringLiteral("shared.txt"))), QByteArray("n2's version"));
        QVERIFY(!QFile::exists(c.file(QStringLiteral("n1"), QStringLiteral("n1-only/mail.eml"))));
        QTRY_VERIFY_WITH_TIMEOUT(inSync(c.n2), 30000);
        QCOMPARE(c.n1->toJson()[QStringLiteral("kept")][QStringLiteral("files")].toInt(), 2);

        // Steady mirroring afterwards keeps nothing more: a deletion on n2 is a deletion on n1.
        QVERIFY(QFile::remove(c.file(QStringLiteral("n2"), QStringLiteral("n2-only.txt"))));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(c.file(QStringLiteral("n1"), QStringLiteral("n2-only.txt"))), 30000);
        QTest::qWait(500);
        QCOMPARE(journal.count(), 1);
        QCOMPARE(keptSets(c, QStringLiteral("n1")).size(), 1);
        // The kept set stayed on n1 and never reached n2.
        QVERIFY(!QFile::exists(KeptSet::folderIn(c.path(QStringLiteral("n2")))));
    }

    void aPlannedHandoverKeepsNothing()
    {
        Cluster c;
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("a.txt")), "a"));
        c.n1Active();
        QTRY_VERIFY_WITH_TIMEOUT(inSync(c.n1), 30000);
        bool drained = false;
        connect(c.n1.get(), &ReplicationChannel::drained, this, [&](bool ok) { drained = ok; });
        c.n1->drain(20000);
        QTRY_VERIFY_WITH_TIMEOUT(drained, 30000);
        QSignalSpy journal(c.n1.get(), &ReplicationChannel::journalEvent);
        c.n1->setRole(ReplicationRole::target());
        c.n2->setRole(c.sourceTo(QStringLiteral("n1")));
        QVERIFY(QFile::remove(c.file(QStringLiteral("n2"), QStringLiteral("a.txt"))));
        QVERIFY(writeFile(c.file(QStringLiteral("n2"), QStringLiteral("b.txt")), "b"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(c.file(QStringLiteral("n1"), QStringLiteral("b.txt"))), QByteArray("b"),
                                  30000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(c.file(QStringLiteral("n1"), QStringLiteral("a.txt"))), 30000);
        QCOMPARE(journal.count(), 0);
        QVERIFY(keptSets(c, QStringLiteral("n1")).isEmpty());
    }

    void anArmedReceiverRefusesAPushThatWouldNotKeep()
    {
        Cluster c;
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("precious.txt")), "p"));
        c.n1->setRole(c.sourceTo(QStringLiteral("n2"))); // nobody listens: never shipped
        c.n1->setRole(ReplicationRole::target());        // lost the group with it unshipped
        QVERIFY(writeFile(c.file(QStringLiteral("n2"), QStringLiteral("other.txt")), "o"));
        PlainPush r;
        QVERIFY(QTest::qWaitFor(
            [&] {
                r = plainPush(c, QStringLiteral("n2"), QStringLiteral("n1"));
                return r.exitCode != 10; // the receiver is starting: connection refused
            },
            30000));
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY2(r.err.contains("twinha-divergence-request: mail-"), r.err.constData());
        QCOMPARE(readFile(c.file(QStringLiteral("n1"), QStringLiteral("precious.txt"))), QByteArray("p"));
        QVERIFY(!QFile::exists(c.file(QStringLiteral("n1"), QStringLiteral("other.txt"))));
    }

    void aPushFromAnAgentThatKnowsNoKeptSetsCannotDeleteThem()
    {
        Cluster c;
        const QString kept = KeptSet::pathIn(c.path(QStringLiteral("n2")), QStringLiteral("data-20260501-101500"));
        QVERIFY(writeFile(kept + QStringLiteral("/old.txt"), "kept earlier"));
        c.n2->setRole(ReplicationRole::target()); // never ran the group: nothing armed
        PlainPush r;
        QVERIFY(QTest::qWaitFor(
            [&] {
                r = plainPush(c, QStringLiteral("n1"), QStringLiteral("n2"));
                return r.exitCode != 10;
            },
            30000));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(kept + QStringLiteral("/old.txt")), QByteArray("kept earlier"));
    }
};

QTEST_GUILESS_MAIN(TestDivergenceKeeping)
#include "TestDivergenceKeeping.moc"
