#include "agentlink/protocol/AtomicFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using twinha::protocol::AtomicFile;

namespace {
struct stat statOf(const QString& path)
{
    struct stat st = {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st;
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReplacesTheFileWithANewOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.conf"));
        QString error;
        QVERIFY2(AtomicFile::write(path, "one\n", 0600, &error), qPrintable(error));
        const ino_t first = statOf(path).st_ino;
        QVERIFY2(AtomicFile::write(path, "one\n", 0600, &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("one\n"));
        QVERIFY(statOf(path).st_ino != first); // renamed over it, even with the same bytes
        QCOMPARE(statOf(path).st_mode & 07777, mode_t(0600));
    }

    void ensureLeavesAFileThatHoldsTheSameBytesAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.conf"));
        QString error;
        QVERIFY2(AtomicFile::ensure(path, "one\n", 0600, &error), qPrintable(error)); // missing: written
        QCOMPARE(contents(path), QByteArray("one\n"));
        const ino_t first = statOf(path).st_ino;
        QVERIFY2(AtomicFile::ensure(path, "one\n", 0600, &error), qPrintable(error));
        QCOMPARE(statOf(path).st_ino, first);
    }

    void ensureRewritesOtherBytesOrAnotherMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.conf"));
        QString error;
        QVERIFY(AtomicFile::write(path, "one\n", 0600, &error));
        QVERIFY2(AtomicFile::ensure(path, "two\n", 0600, &error), qPrintable(error)); // same size
        QCOMPARE(contents(path), QByteArray("two\n"));
        QVERIFY2(AtomicFile::ensure(path, "two\n", 0640, &error), qPrintable(error));
        QCOMPARE(statOf(path).st_mode & 07777, mode_t(0640));
        QCOMPARE(contents(path), QByteArray("two\n"));
    }

    void ensureReplacesASymlinkInsteadOfWritingThroughIt()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("elsewhere"));
        const QString path = dir.filePath(QStringLiteral("f.conf"));
        QString error;
        QVERIFY(AtomicFile::write(target, "one\n", 0600, &error));
        QVERIFY(QFile::link(target, path));
        QVERIFY2(AtomicFile::ensure(path, "one\n", 0600, &error), qPrintable(error));
        QVERIFY(!S_ISLNK(statOf(path).st_mode)); // not taken for the file it points to
        QCOMPARE(contents(path), QByteArray("one\n"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
