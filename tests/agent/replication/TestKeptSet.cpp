#include "agent/replication/KeptSet.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;

namespace {
void put(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
}
} // namespace

// A kept set is counted file by file: deleted when the folder has nothing at that path any more,
// overwritten when it holds another version now.
class TestKeptSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathsAndIds()
    {
        QCOMPARE(KeptSet::pathIn(QStringLiteral("/srv/data"), QStringLiteral("data-20260501-101500")),
                 QStringLiteral("/srv/data/.twinha-divergence/data-20260501-101500"));
        QCOMPARE(KeptSet::relativePath(QStringLiteral("x")), QStringLiteral(".twinha-divergence/x"));
        QVERIFY(KeptSet::isValidId(QStringLiteral("mail_2-20260501-101500-2")));
        for (const char* bad : {"", "../etc", "a b", "a/b", "x'y", "$(id)"})
            QVERIFY2(!KeptSet::isValidId(QString::fromLatin1(bad)), bad);
        QVERIFY(!KeptSet::isValidId(QString(101, QLatin1Char('a'))));
    }

    void countsDeletedAndOverwrittenFiles()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString set = KeptSet::pathIn(data, QStringLiteral("s1"));
        put(set + QStringLiteral("/gone.txt"), "12345");
        put(set + QStringLiteral("/sub/deeper/gone2.txt"), "1");
        put(set + QStringLiteral("/.hidden"), "12");
        put(set + QStringLiteral("/shared.txt"), "old version");
        put(data + QStringLiteral("/shared.txt"), "the peer's version");
        QVERIFY(QFile::link(QStringLiteral("/nowhere"), set + QStringLiteral("/dangling")));
        QDir().mkpath(set + QStringLiteral("/empty-folder"));

        const KeptSet::Counts c = KeptSet::count(set, data);
        QCOMPARE(c.files, 5);
        QCOMPARE(c.overwritten, 1);
        QCOMPARE(c.deleted, 4);
        QCOMPARE(c.bytes, 5 + 1 + 2 + 11); // a symlink weighs nothing

        bool more = true;
        const QList<KeptSet::Entry> all = KeptSet::entries(set, data, 100, &more);
        QVERIFY(!more);
        QStringList paths;
        for (const KeptSet::Entry& e : all)
            paths << e.path + (e.overwritten ? QStringLiteral(" overwritten") : QString());
        QCOMPARE(paths,
                 (QStringList{QStringLiteral(".hidden"), QStringLiteral("dangling"), QStringLiteral("gone.txt"),
                              QStringLiteral("shared.txt overwritten"), QStringLiteral("sub/deeper/gone2.txt")}));
    }

    void entriesStopAtTheLimit()
    {
        QTemporaryDir dir;
        const QString set = dir.filePath(QStringLiteral("set"));
        for (int i = 0; i < 7; ++i)
            put(set + QStringLiteral("/f%1").arg(i), "x");
        bool more = false;
        QCOMPARE(KeptSet::entries(set, dir.filePath(QStringLiteral("data")), 3, &more).size(), 3);
        QVERIFY(more);
        QCOMPARE(KeptSet::entries(set, dir.filePath(QStringLiteral("data")), 7, &more).size(), 7);
        QVERIFY(!more);
    }

    void aMissingSetCountsNothing()
    {
        QTemporaryDir dir;
        QCOMPARE(KeptSet::count(dir.filePath(QStringLiteral("nope")), dir.path()).files, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeptSet)
#include "TestKeptSet.moc"
