#include "agent/replication/DivergenceKeeper.h"
#include "agent/replication/DivergenceMethods.h"
#include "agent/replication/KeptSet.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinha::agent;
using twinha::protocol::RpcMessage;

namespace {
void put(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size());
}

// What the receiver's post-xfer hook writes once the push it let through ended.
void pushEnded(const DivergenceHooks& hooks, int status)
{
    put(hooks.donePath() + QStringLiteral(".tmp"), QByteArray::number(status) + '\n');
    QVERIFY(QFile::rename(hooks.donePath() + QStringLiteral(".tmp"), hooks.donePath()));
}

struct Node
{
    QTemporaryDir dir;
    std::unique_ptr<DivergenceKeeper> keeper;

    Node() { restart(); }
    void restart()
    {
        keeper.reset();
        keeper = std::make_unique<DivergenceKeeper>(DivergenceKeeper::Settings{
            QStringLiteral("data"), QStringLiteral("service"), QStringLiteral("node1"), data(), state()});
    }
    QString data() const { return dir.filePath(QStringLiteral("data")); }
    QString state() const { return dir.filePath(QStringLiteral("state")); }
    DivergenceHooks hooks() const { return DivergenceHooks(state(), QStringLiteral("data")); }
    RpcMessage call(const char* method, const QJsonObject& params = {}) const
    {
        RpcMessage request;
        request.kind = RpcMessage::Kind::Request;
        request.id = 1;
        request.method = QString::fromLatin1(method);
        request.params = params;
        return *DivergenceMethods(QStringLiteral("node1"), state()).handle(request);
    }
};
} // namespace

// When a node arms a kept set (it ran the group and lost it without a clean handover), what the
// resync then kept is counted, recorded and announced once; planned handovers arm nothing.
class TestDivergenceKeeper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCleanHandoverArmsNothing()
    {
        Node n;
        n.keeper->becameSource();
        QVERIFY(QFile::exists(n.keeper->markerPath()));
        n.keeper->leftSource(true);
        n.keeper->becameTarget();
        QVERIFY(!n.keeper->isArmed());
        QVERIFY(n.keeper->preXferPath().isEmpty());
        QVERIFY(!QFile::exists(n.keeper->markerPath()));
    }

    void aNodeThatNeverRanTheGroupArmsNothing()
    {
        Node n;
        n.keeper->becameTarget();
        QVERIFY(!n.keeper->isArmed());
    }

    void anUncleanLossArmsASetAndItsHooks()
    {
        Node n;
        QSignalSpy hooksChanged(n.keeper.get(), &DivergenceKeeper::hooksChanged);
        n.keeper->becameSource();
        n.keeper->leftSource(false);
        n.keeper->becameTarget();
        QVERIFY(n.keeper->isArmed());
        QVERIFY(n.keeper->armedId().startsWith(QStringLiteral("data-")));
        QVERIFY(KeptSet::isValidId(n.keeper->armedId()));
        QCOMPARE(hooksChanged.count(), 1);
        QVERIFY(QFile::exists(n.keeper->preXferPath()) && QFile::exists(n.keeper->postXferPath()));
        // The kept sets' folder is the owner's alone.
        QCOMPARE(QFileInfo(KeptSet::folderIn(n.data())).permissions() & 0x0077, QFileDevice::Permissions());
    }

    void aCrashWhileRunningTheGroupArmsAfterTheRestart()
    {
        Node n;
        n.keeper->becameSource();
        n.restart(); // killed: no leftSource() ever came
        n.keeper->becameTarget();
        QVERIFY(n.keeper->isArmed());
        const QString id = n.keeper->armedId();
        n.restart(); // and again before the resync: the same set, not a second one
        QCOMPARE(n.keeper->armedId(), id);
        QVERIFY(!n.keeper->preXferPath().isEmpty());
    }

    void aResyncedSetIsCountedRecordedAndAnnouncedOnce()
    {
        Node n;
        n.keeper->becameSource();
        n.keeper->leftSource(false);
        n.keeper->becameTarget();
        const QString set = n.keeper->keptPath();
        put(set + QStringLiteral("/mine.txt"), "only here");
        put(set + QStringLiteral("/shared.txt"), "my version");
        put(n.data() + QStringLiteral("/shared.txt"), "the peer's version");
        QSignalSpy kept(n.keeper.get(), &DivergenceKeeper::kept);
        pushEnded(n.hooks(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 1, 10000);
        const QJsonObject r = kept.first().first().toJsonObject();
        QCOMPARE(r.value(QStringLiteral("files")).toInt(), 2);
        QCOMPARE(r.value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("overwritten")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("path")).toString(), set);
        QCOMPARE(r.value(QStringLiteral("node")).toString(), QStringLiteral("node1"));
        QCOMPARE(r.value(QStringLiteral("channel")).toString(), QStringLiteral("data"));
        QVERIFY(!n.keeper->isArmed());
        QVERIFY(n.keeper->preXferPath().isEmpty());
        QVERIFY(!QFile::exists(n.hooks().preXferPath()));
        QVERIFY(!QFile::exists(n.keeper->markerPath())); // resynced: nothing unshipped any more
        QTRY_VERIFY(!QFile::exists(n.keeper->armedPath()));
        QCOMPARE(readAll(set + QStringLiteral("/mine.txt")), QByteArray("only here")); // left where it is

        // The next role change arms nothing: the set is done with.
        n.keeper->becameTarget();
        QVERIFY(!n.keeper->isArmed());
        QCOMPARE(kept.count(), 1);
        QCOMPARE(n.keeper->summary().value(QStringLiteral("sets")).toInt(), 1);
        QCOMPARE(n.keeper->summary().value(QStringLiteral("files")).toInt(), 2);

        // divergence.list and divergence.show see it.
        const RpcMessage list = n.call(twinha::protocol::methods::kDivergenceList);
        const QJsonArray sets = list.result[QStringLiteral("sets")].toArray();
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first()[QStringLiteral("present")].toBool(), true);
        const RpcMessage show =
            n.call(twinha::protocol::methods::kDivergenceShow, {{QStringLiteral("id"), r[QStringLiteral("id")]}});
        const QJsonArray files = show.result[QStringLiteral("files")].toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0)[QStringLiteral("path")].toString(), QStringLiteral("mine.txt"));
        QCOMPARE(files.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("deleted"));
        QCOMPARE(files.at(1)[QStringLiteral("kind")].toString(), QStringLiteral("overwritten"));

        // Once the operator removed the folder, it no longer counts as kept.
        QVERIFY(QDir(set).removeRecursively());
        QVERIFY(n.keeper->summary().isEmpty());
        QCOMPARE(n.call(twinha::protocol::methods::kDivergenceList)
                     .result[QStringLiteral("sets")][0][QStringLiteral("present")]
                     .toBool(),
                 false);
    }

    void aResyncThatKeptNothingLeavesNothing()
    {
        Node n;
        n.keeper->becameSource();
        n.keeper->leftSource(false);
        n.keeper->becameTarget();
        const QString set = n.keeper->keptPath();
        QDir().mkpath(set + QStringLiteral("/a/b")); // rsync may make folders on the way
        QSignalSpy kept(n.keeper.get(), &DivergenceKeeper::kept);
        pushEnded(n.hooks(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(set), 10000);
        QVERIFY(!n.keeper->isArmed());
        QCOMPARE(kept.count(), 0);
        QCOMPARE(n.call(twinha::protocol::methods::kDivergenceList).result[QStringLiteral("sets")].toArray().size(), 0);
    }

    void aFailedResyncKeepsTheSetArmed()
    {
        Node n;
        n.keeper->becameSource();
        n.keeper->leftSource(false);
        n.keeper->becameTarget();
        pushEnded(n.hooks(), 23);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(n.hooks().donePath()), 10000);
        QVERIFY(n.keeper->isArmed());
        QVERIFY(QFile::exists(n.hooks().preXferPath()));
    }

    void takingTheGroupBackEndsAnArmedSetButKeepsRunningMarked()
    {
        Node n;
        n.keeper->becameSource();
        n.keeper->leftSource(false);
        n.keeper->becameTarget();
        const QString set = n.keeper->keptPath();
        put(set + QStringLiteral("/half.txt"), "kept by a resync that did not finish");
        QSignalSpy kept(n.keeper.get(), &DivergenceKeeper::kept);
        n.keeper->becameSource();
        QVERIFY(!n.keeper->isArmed());
        QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 1, 10000);
        QVERIFY(QFile::exists(n.keeper->markerPath())); // it runs the group again
    }

    void showOfAnUnknownSetIsNotFound()
    {
        Node n;
        const RpcMessage r = n.call(twinha::protocol::methods::kDivergenceShow, {{QStringLiteral("id"), "nope"}});
        QCOMPARE(r.kind, RpcMessage::Kind::Error);
        QCOMPARE(r.error.code, QString::fromLatin1(twinha::protocol::codes::kDivergenceNotFound));
        QCOMPARE(r.error.params.value(QStringLiteral("id")).toString(), QStringLiteral("nope"));
        const RpcMessage bad = n.call(twinha::protocol::methods::kDivergenceShow, {{QStringLiteral("id"), 3}});
        QCOMPARE(bad.error.code, QString::fromLatin1(twinha::protocol::codes::kInvalidParams));
    }

private:
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestDivergenceKeeper)
#include "TestDivergenceKeeper.moc"
