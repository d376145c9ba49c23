#include "agent/replication/PendingChanges.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agent::PendingChanges;

class TestPendingChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPushAcknowledgesOnlyChangesRecordedBeforeItStarted()
    {
        PendingChanges p;
        p.add(QStringLiteral("/d/a"), 1000);
        p.add(QStringLiteral("/d/b"), 1100);
        const qint64 cut = p.cut(); // the push starts at t = 1200
        p.add(QStringLiteral("/d/c"), 1300);
        p.shipped(cut, 1200);
        QCOMPARE(p.fileCount(), 1);
        QCOMPARE(*p.oldestMs(), 1300);
    }

    void aPathChangedAgainDuringThePushStaysPendingFromThePushStart()
    {
        PendingChanges p;
        p.add(QStringLiteral("/d/a"), 1000);
        const qint64 cut = p.cut();
        p.add(QStringLiteral("/d/a"), 1500); // written again while the push ran
        p.shipped(cut, 1200);
        QCOMPARE(p.fileCount(), 1);
        // The later write cannot be older than the push's start; the first one was shipped.
        QCOMPARE(*p.oldestMs(), 1200);
    }

    void everythingDirtyIsClearedOnlyByAPushThatStartedAfterIt()
    {
        PendingChanges p;
        const qint64 before = p.cut();
        p.addEverything(500);
        QVERIFY(!p.isEmpty());
        p.shipped(before, 400);
        QVERIFY(!p.isEmpty());
        QCOMPARE(*p.oldestMs(), 500);
        p.shipped(p.cut(), 600);
        QVERIFY(p.isEmpty());
        QVERIFY(!p.oldestMs());
    }

    void bytesAreTheCurrentSizesOfPendingFiles()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        QFile f(a);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1234, 'x'));
        f.close();
        PendingChanges p;
        p.add(a, 1);
        p.add(dir.filePath(QStringLiteral("deleted")), 2);
        p.add(dir.path(), 3); // a folder weighs nothing
        QCOMPARE(p.fileCount(), 3);
        QCOMPARE(p.byteCount(), 1234);
    }
};

QTEST_GUILESS_MAIN(TestPendingChanges)
#include "TestPendingChanges.moc"
