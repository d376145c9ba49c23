#include "agent/journal/Journal.h"
#include "agent/journal/JournalReader.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using twinha::agent::Journal;
using twinha::agent::JournalEntry;
using twinha::agent::JournalReader;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

namespace {
const QByteArray kKey = QByteArray("journal-test-cluster-key-0123456789abcdef");

// Rewrites entry `seq`'s data and re-chains every entry from there on with plain SHA-256: what
// anybody who can write the file but lacks the key could do.
bool rewriteWithoutTheKey(const QString& path, qint64 seq, const QByteArray& key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    QString prev;
    QByteArray out;
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        std::optional<JournalEntry> e = JournalEntry::fromJson(QJsonDocument::fromJson(line).object());
        if (!e)
            return false;
        if (e->seq == seq)
            e->data.insert(QStringLiteral("rewritten"), true);
        if (e->seq >= seq) {
            e->prev = prev;
            e->hash = e->computeHash(key);
        }
        prev = e->hash;
        out += e->toLine();
    }
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(out) == out.size();
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private:
    static QString journalPath(const QTemporaryDir& dir) { return dir.filePath(QStringLiteral("journal.jsonl")); }

    // Five entries of different types, written by a journal that is closed again.
    static void writeFive(const QString& path)
    {
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY(j.open(path, &error));
        const QStringList types{QStringLiteral("role_changed"), QStringLiteral("link_down"), QStringLiteral("link_up"),
                                QStringLiteral("switchover"), QStringLiteral("operator_action")};
        for (int i = 0; i < types.size(); ++i)
            QVERIFY(j.append(types[i], QStringLiteral("agent"), {{QStringLiteral("n"), i + 1}}, &error));
    }

    static QList<QByteArray> lines(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> out = f.readAll().split('\n');
        out.removeAll(QByteArray());
        return out;
    }

    // Changes one byte of line `seq` (1-based): the first byte of `what` becomes `to`.
    static bool tamper(const QString& path, int seq, const QByteArray& what, char to)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        QByteArray all = f.readAll();
        qsizetype lineStart = 0;
        for (int i = 1; i < seq; ++i)
            lineStart = all.indexOf('\n', lineStart) + 1;
        const qsizetype at = all.indexOf(what, lineStart);
        if (at < 0 || at > all.indexOf('\n', lineStart))
            return false;
        all[at] = to;
        return f.seek(0) && f.write(all) == all.size();
    }

private Q_SLOTS:
    void appendedEntriesFormAChainThatVerifies()
    {
        QTemporaryDir dir;
        writeFive(journalPath(dir));
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY(j.open(journalPath(dir), &error));
        QVERIFY(j.chainError().isNull());
        QCOMPARE(j.verify(), -1);
        QCOMPARE(j.lastSeq(), 5);
        const QJsonArray all = j.list(0, 100);
        QCOMPARE(all.size(), 5);
        QString prev = QString(64, QLatin1Char('0'));
        for (int i = 0; i < all.size(); ++i) {
            const QJsonObject e = all[i].toObject();
            QCOMPARE(e.value(QStringLiteral("seq")).toInteger(), i + 1);
            QCOMPARE(e.value(QStringLiteral("prev")).toString(), prev);
            QCOMPARE(e.value(QStringLiteral("node")).toString(), QStringLiteral("n1"));
            QVERIFY(e.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
            QVERIFY(!e.contains(QStringLiteral("persisted")));
            prev = e.value(QStringLiteral("hash")).toString();
            QVERIFY2(prev.startsWith(QLatin1String("k:")) && prev.size() == 66, qPrintable(prev)); // keyed
            QCOMPARE(JournalEntry::fromJson(e)->computeHash(kKey), prev);
        }
    }

    void theSshClientIsStoredAsAClaimApartFromTheUser()
    {
        QTemporaryDir dir;
        {
            Journal j(QStringLiteral("n1"), kKey);
            RpcError error;
            QVERIFY(j.open(journalPath(dir), &error));
            QVERIFY(j.append(QStringLiteral("operator_action"), QStringLiteral("alice (ssh 192.0.2.7)"), {}, &error));
            QVERIFY(j.append(QStringLiteral("operator_action"), QStringLiteral("bob"), {}, &error));
        }
        const QList<QByteArray> written = lines(journalPath(dir));
        QCOMPARE(written.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(written[0]).object();
        QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
        QCOMPARE(first.value(QStringLiteral("ssh_client_claim")).toString(), QStringLiteral("192.0.2.7"));
        const QJsonObject second = QJsonDocument::fromJson(written[1]).object();
        QCOMPARE(second.value(QStringLiteral("actor")).toString(), QStringLiteral("bob"));
        QVERIFY(!second.contains(QStringLiteral("ssh_client_claim")));
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY(j.open(journalPath(dir), &error));
        QCOMPARE(j.verify(), -1);
        // The claim is under the hash like every other field: changing it breaks the chain there.
        QVERIFY(tamper(journalPath(dir), 1, "192.0.2.7", '8'));
        Journal k(QStringLiteral("n1"), kKey);
        QVERIFY(k.open(journalPath(dir), &error));
        QCOMPARE(k.verify(), 1);
    }

    void editingOneByteOfAnOldEntryIsDetectedAtItsSeq_data()
    {
        QTest::addColumn<int>("seq");
        QTest::addColumn<QByteArray>("what");
        QTest::addColumn<char>("to");
        QTest::newRow("type of entry 2") << 2 << QByteArray("link_down") << 'L';
        QTest::newRow("data of entry 3") << 3 << QByteArray("\"n\":3") << 'm';
        QTest::newRow("time of entry 1") << 1 << QByteArray("T") << ' ';
        QTest::newRow("actor of entry 4") << 4 << QByteArray("agent") << 'A';
        QTest::newRow("hash of entry 3") << 3 << QByteArray("\"hash\":\"") << '\'';
        QTest::newRow("seq of entry 2") << 2 << QByteArray("\"seq\":2") << 'q';
    }

    void editingOneByteOfAnOldEntryIsDetectedAtItsSeq()
    {
        QFETCH(int, seq);
        QFETCH(QByteArray, what);
        QFETCH(char, to);
        QTemporaryDir dir;
        writeFive(journalPath(dir));
        QVERIFY(tamper(journalPath(dir), seq, what, to));
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY2(j.open(journalPath(dir), &error), "a broken chain must not stop the journal");
        QCOMPARE(j.verify(), seq);
        QCOMPARE(j.chainError().code, QString::fromLatin1(codes::kJournalChainBroken));
        QCOMPARE(j.chainError().params.value(QStringLiteral("seq")).toInteger(), seq);
    }

    void rewritingHistoryTakesTheClusterKey()
    {
        QTemporaryDir dir;
        writeFive(journalPath(dir));
        const JournalReader::Result intact = JournalReader::read(journalPath(dir), kKey);
        QCOMPARE(intact.brokenSeq, -1);
        QCOMPARE(intact.firstKeyedSeq, 1);
        // Re-chained with plain SHA-256 from seq 3 on: every link is consistent, but unkeyed.
        QVERIFY(rewriteWithoutTheKey(journalPath(dir), 3, QByteArray()));
        JournalReader::Result r = JournalReader::read(journalPath(dir), kKey);
        QCOMPARE(r.brokenSeq, 3);
        QCOMPARE(r.brokenWhy, JournalReader::Break::Unkeyed);
        // Re-chained under a key of the attacker's own: the hashes do not match.
        writeFive(dir.filePath(QStringLiteral("other.jsonl")));
        QVERIFY(rewriteWithoutTheKey(dir.filePath(QStringLiteral("other.jsonl")), 2, QByteArray(40, 'x')));
        r = JournalReader::read(dir.filePath(QStringLiteral("other.jsonl")), kKey);
        QCOMPARE(r.brokenSeq, 2);
        QCOMPARE(r.brokenWhy, JournalReader::Break::Hash);
        // Only the cluster key rewrites it so that it verifies.
        QVERIFY(rewriteWithoutTheKey(dir.filePath(QStringLiteral("other.jsonl")), 2, kKey));
        QCOMPARE(JournalReader::read(dir.filePath(QStringLiteral("other.jsonl")), kKey).brokenSeq, -1);
    }

    void aJournalFromBeforeTheKeyChainsOnKeyed()
    {
        QTemporaryDir dir;
        {
            Journal old(QStringLiteral("n1"), QByteArray()); // the unkeyed form of earlier versions
            RpcError error;
            QVERIFY(old.open(journalPath(dir), &error));
            QVERIFY(old.append(QStringLiteral("agent_started"), QStringLiteral("agent"), {}, &error));
            QVERIFY(old.append(QStringLiteral("peer_lost"), QStringLiteral("agent"), {}, &error));
        }
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY(j.open(journalPath(dir), &error));
        QVERIFY(j.chainError().isNull());
        QVERIFY(j.append(QStringLiteral("agent_started"), QStringLiteral("agent"), {}, &error));
        j.flush();
        const JournalReader::Result r = JournalReader::read(journalPath(dir), kKey);
        QCOMPARE(r.brokenSeq, -1);
        QCOMPARE(r.firstKeyedSeq, 3);
        QCOMPARE(r.entries, 3);
    }

    void aChangedHashIsCaughtByTheNextEntrysLink()
    {
        QTemporaryDir dir;
        writeFive(journalPath(dir));
        // Recomputing entry 2's own hash after an edit still breaks entry 3's "prev".
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY(j.open(journalPath(dir), &error));
        const QByteArray oldHash = j.list(1, 1).first().toObject().value(QStringLiteral("hash")).toString().toLatin1();
        QVERIFY(tamper(journalPath(dir), 2, oldHash, oldHash[0] == 'a' ? 'b' : 'a'));
        QCOMPARE(j.verify(), 2);
    }

    void appendAfterABrokenChainStillWorksAndChainsFromTheLastEntry()
    {
        QTemporaryDir dir;
        writeFive(journalPath(dir));
        QVERIFY(tamper(journalPath(dir), 2, "link_down", 'X'));
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY(j.open(journalPath(dir), &error));
        QVERIFY(!j.chainError().isNull());
        const QString lastHash = j.list(4, 1).first().toObject().value(QStringLiteral("hash")).toString();
        const std::optional<QJsonObject> e = j.append(QStringLiteral("failover"), QStringLiteral("agent"), {}, &error);
        QVERIFY2(e, qPrintable(error.code));
        QCOMPARE(e->value(QStringLiteral("seq")).toInteger(), 6);
        QCOMPARE(e->value(QStringLiteral("prev")).toString(), lastHash);
        j.flush();
        QCOMPARE(lines(journalPath(dir)).size(), 6);
        QCOMPARE(j.verify(), 2); // still the first break, not the new entry
    }

    void writeFailureReportsJournalWriteFailedAndListStillShowsTheEntry()
    {
        Journal j(QStringLiteral("n1"), kKey);
        QSignalSpy appended(&j, &Journal::appended);
        RpcError error;
        QVERIFY(j.open(QStringLiteral("/dev/full"), &error));
        QVERIFY(j.append(QStringLiteral("operator_action"), QStringLiteral("alice@console"), {}, &error));
        j.flush(); // the disk says no
        QCOMPARE(j.unpersistedCount(), 1);
        const QJsonArray listed = j.list(0, 10);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("alice@console"));
        QCOMPARE(listed[0].toObject().value(QStringLiteral("persisted")).toBool(true), false);
        QCOMPARE(appended.size(), 1);
        QCOMPARE(appended[0][0].toJsonObject().value(QStringLiteral("persisted")).toBool(true), false);
        // While the disk fails, every append says so at once, and the entry is still kept.
        const std::optional<QJsonObject> e = j.append(QStringLiteral("link_up"), QStringLiteral("agent"), {}, &error);
        QVERIFY(!e);
        QCOMPARE(error.code, QString::fromLatin1(codes::kJournalWriteFailed));
        QCOMPARE(error.params.value(QStringLiteral("path")).toString(), QStringLiteral("/dev/full"));
        QVERIFY(!error.params.value(QStringLiteral("detail")).toString().isEmpty());
        QCOMPARE(appended.size(), 2);
        j.flush();
        QCOMPARE(j.unpersistedCount(), 2);
    }

    void entriesThatFailedToWriteAreWrittenByTheNextAppend()
    {
        QTemporaryDir dir;
        // A file where the journal's folder should be: writing fails until it is replaced.
        const QString folder = dir.filePath(QStringLiteral("state"));
        QVERIFY(QFile(folder).open(QIODevice::WriteOnly));
        const QString path = folder + QStringLiteral("/journal.jsonl");
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY(j.open(path, &error));
        QVERIFY(j.append(QStringLiteral("link_down"), QStringLiteral("agent"), {}, &error));
        j.flush();
        QCOMPARE(j.unpersistedCount(), 1);
        QVERIFY(QFile::remove(folder));
        j.append(QStringLiteral("link_up"), QStringLiteral("agent"), {}, &error); // says the disk was failing
        j.flush();
        QCOMPARE(lines(path).size(), 2);
        QCOMPARE(j.unpersistedCount(), 0);
        QVERIFY(!j.list(0, 10)[0].toObject().contains(QStringLiteral("persisted")));
        QCOMPARE(j.verify(), -1);
    }

    void aStalledDiskDoesNotHoldUpTheCaller()
    {
        // The journal file is a FIFO nobody reads: the writer's open blocks, as on a hung disk.
        QTemporaryDir dir;
        const QString path = journalPath(dir);
        Journal j(QStringLiteral("n1"), kKey);
        QSignalSpy appended(&j, &Journal::appended);
        RpcError error;
        QVERIFY(j.open(path, &error));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 50; ++i)
            QVERIFY(j.append(QStringLiteral("link_up"), QStringLiteral("agent"), {}, &error));
        QVERIFY2(clock.elapsed() < 500, qPrintable(QStringLiteral("50 appends took %1 ms").arg(clock.elapsed())));
        QCOMPARE(j.list(0, 100).size(), 50);
        QTest::qWait(200);
        QCOMPARE(appended.size(), 0); // nothing reached the disk, so nothing is announced as written
        // The disk comes back: a reader takes what waited, and every entry is written.
        QFile reader(path);
        QVERIFY(reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        j.flush();
        QTRY_COMPARE(appended.size(), 50);
        QCOMPARE(j.unpersistedCount(), 0);
        QByteArray all(1 << 16, '\0'); // all of it waits in the pipe by now: one read takes it
        const ssize_t n = ::read(reader.handle(), all.data(), size_t(all.size()));
        QVERIFY(n > 0);
        QCOMPARE(all.left(n).count('\n'), 50);
    }

    void reopeningKeepsSeqIncreasing()
    {
        QTemporaryDir dir;
        writeFive(journalPath(dir));
        for (int round = 0; round < 2; ++round) {
            Journal j(QStringLiteral("n2"), kKey);
            RpcError error;
            QVERIFY(j.open(journalPath(dir), &error));
            const std::optional<QJsonObject> e =
                j.append(QStringLiteral("split_brain"), QStringLiteral("agent"), {}, &error);
            QVERIFY(e);
            QCOMPARE(e->value(QStringLiteral("seq")).toInteger(), 6 + round);
        }
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY(j.open(journalPath(dir), &error));
        QCOMPARE(j.lastSeq(), 7);
        QCOMPARE(j.verify(), -1);
    }

    void aLineCutShortByACrashDoesNotSwallowTheNextEntry()
    {
        QTemporaryDir dir;
        writeFive(journalPath(dir));
        QFile f(journalPath(dir));
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"seq\":6,\"time\":\"20"); // the power went out here
        f.close();
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY(j.open(journalPath(dir), &error));
        QCOMPARE(j.chainError().params.value(QStringLiteral("seq")).toInteger(), 6);
        QVERIFY(j.append(QStringLiteral("link_up"), QStringLiteral("agent"), {}, &error));
        j.flush();
        const QList<QByteArray> all = lines(journalPath(dir));
        QCOMPARE(all.size(), 7);
        QCOMPARE(QJsonDocument::fromJson(all.last()).object().value(QStringLiteral("seq")).toInteger(), 7);
    }

    void listPagesAfterACursorAndCapsTheLimit()
    {
        QTemporaryDir dir;
        writeFive(journalPath(dir));
        Journal j(QStringLiteral("n1"), kKey);
        RpcError error;
        QVERIFY(j.open(journalPath(dir), &error));
        const QJsonArray page = j.list(2, 2);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page[0].toObject().value(QStringLiteral("seq")).toInteger(), 3);
        QCOMPARE(page[1].toObject().value(QStringLiteral("seq")).toInteger(), 4);
        QCOMPARE(j.list(5, 10).size(), 0);
        for (int i = 0; i < Journal::kMemoryEntries + 5; ++i)
            QVERIFY(j.append(QStringLiteral("link_up"), QStringLiteral("agent"), {}, &error));
        QCOMPARE(j.list(0, 100000).size(), Journal::kMemoryEntries);
        // Older than memory holds: read back from the file.
        const QJsonArray oldest = j.list(0, 3);
        QCOMPARE(oldest.size(), 3);
        QCOMPARE(oldest[0].toObject().value(QStringLiteral("seq")).toInteger(), 1);
        QCOMPARE(oldest[2].toObject().value(QStringLiteral("seq")).toInteger(), 3);
    }

    void appendedSignalCarriesTheEntry()
    {
        QTemporaryDir dir;
        Journal j(QStringLiteral("n1"), kKey);
        QSignalSpy appended(&j, &Journal::appended);
        RpcError error;
        QVERIFY(j.open(journalPath(dir), &error));
        QVERIFY(j.append(QStringLiteral("resource_failed"), QStringLiteral("agent"),
                         {{QStringLiteral("resource"), QStringLiteral("web")}}, &error));
        j.flush();
        QCOMPARE(appended.size(), 1);
        const QJsonObject e = appended.first().first().toJsonObject();
        QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("resource_failed"));
        QCOMPARE(e.value(QStringLiteral("data")).toObject().value(QStringLiteral("resource")).toString(),
                 QStringLiteral("web"));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"
