// rsync's half-written files: recognised by name, and only those a process holds open for writing
// under the folder count (RsyncTempFiles, which a receiver stopped mid-push removes).
#include "agent/replication/RsyncTempFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agent::RsyncTempFiles::heldBy;
using twinha::agent::RsyncTempFiles::isTempName;

class TestRsyncTempFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("temp");
        QTest::newRow("rsync's") << QStringLiteral(".big.bin.53ZcQQ") << true;
        QTest::newRow("one letter") << QStringLiteral(".a.abc123") << true;
        QTest::newRow("no dot first") << QStringLiteral("big.bin.53ZcQQ") << false;
        QTest::newRow("five after the dot") << QStringLiteral(".big.bin.53ZcQ") << false;
        QTest::newRow("seven after the dot") << QStringLiteral(".big.bin.53ZcQQQ") << false;
        QTest::newRow("no name") << QStringLiteral("..53ZcQQ") << false;
        QTest::newRow("not a letter") << QStringLiteral(".big.bin.53Zc-Q") << false;
        QTest::newRow("deleted") << QStringLiteral(".big.bin.53ZcQQ (deleted)") << false;
        QTest::newRow("a plain file") << QStringLiteral("notes.txt") << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, temp);
        QCOMPARE(isTempName(name), temp);
    }

    void onlyFilesOpenForWritingUnderTheFolderCount()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        const QString writing = dir.filePath(QStringLiteral("sub/.mail.eml.Ab12Cd"));
        const QString reading = dir.filePath(QStringLiteral(".basis.txt.Zz99yy"));
        const QString plain = dir.filePath(QStringLiteral("plain.txt"));
        const QString outside = elsewhere.filePath(QStringLiteral(".other.txt.Qq11Rr"));
        QFile w(writing), p(plain), o(outside);
        QVERIFY(w.open(QIODevice::WriteOnly) && p.open(QIODevice::WriteOnly) && o.open(QIODevice::WriteOnly));
        {
            QFile make(reading);
            QVERIFY(make.open(QIODevice::WriteOnly));
        }
        QFile r(reading);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QList<qint64> self{QCoreApplication::applicationPid()};
        QCOMPARE(heldBy(self, dir.path()), QStringList{writing});
        w.close();
        QCOMPARE(heldBy(self, dir.path()), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestRsyncTempFiles)
#include "TestRsyncTempFiles.moc"
