#include "agent/replication/InotifyWatcher.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agent::InotifyWatcher;

class TestInotifyWatcher : public QObject
{
    Q_OBJECT

private:
    // Collects every reported path, so a test can wait for the one it expects.
    struct Recorder
    {
        QSet<QString> seen;
        int overflows = 0;

        explicit Recorder(InotifyWatcher& w)
        {
            QObject::connect(&w, &InotifyWatcher::changed, &w, [this](const QString& p) { seen.insert(p); });
            QObject::connect(&w, &InotifyWatcher::overflowed, &w, [this] { ++overflows; });
        }
    };

    static bool write(const QString& path, const QByteArray& bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
    {
        QFile f(path);
        return f.open(mode) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void refusesAMissingRoot()
    {
        QTemporaryDir dir;
        InotifyWatcher w;
        QString error;
        QVERIFY(!w.watch(dir.filePath(QStringLiteral("nope")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!w.isWatching());
    }

    void seesCreateModifyRenameAndDeleteInNestedNewFolders()
    {
        QTemporaryDir dir;
        InotifyWatcher w;
        Recorder r(w);
        QString error;
        QVERIFY2(w.watch(dir.path(), &error), qPrintable(error));

        // Three levels created at once, a file inside before the watcher has seen the folders.
        const QString deep = dir.filePath(QStringLiteral("a/b/c"));
        QVERIFY(QDir().mkpath(deep));
        const QString early = deep + QStringLiteral("/early.txt");
        QVERIFY(write(early, "1"));
        QTRY_VERIFY_WITH_TIMEOUT(r.seen.contains(early), 5000);
        QVERIFY(r.seen.contains(dir.filePath(QStringLiteral("a"))));

        // Now the deepest folder is watched: a new file there is seen through its own watch.
        const QString created = deep + QStringLiteral("/created.txt");
        QVERIFY(write(created, "x"));
        QTRY_VERIFY_WITH_TIMEOUT(r.seen.contains(created), 5000);

        r.seen.clear();
        QVERIFY(write(created, "more", QIODevice::Append));
        QTRY_VERIFY_WITH_TIMEOUT(r.seen.contains(created), 5000);

        r.seen.clear();
        const QString renamed = deep + QStringLiteral("/renamed.txt");
        QVERIFY(QFile::rename(created, renamed));
        QTRY_VERIFY_WITH_TIMEOUT(r.seen.contains(created) && r.seen.contains(renamed), 5000);

        r.seen.clear();
        QVERIFY(QFile::remove(renamed));
        QTRY_VERIFY_WITH_TIMEOUT(r.seen.contains(renamed), 5000);
        QCOMPARE(r.overflows, 0);
    }

    void followsAFolderRenamedWithinTheTree()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("old/inner"))));
        InotifyWatcher w;
        Recorder r(w);
        QString error;
        QVERIFY2(w.watch(dir.path(), &error), qPrintable(error));
        QVERIFY(QDir().rename(dir.filePath(QStringLiteral("old")), dir.filePath(QStringLiteral("new"))));
        QTRY_VERIFY_WITH_TIMEOUT(r.seen.contains(dir.filePath(QStringLiteral("new"))), 5000);
        // Events below the moved folder carry its new name, not the old one.
        r.seen.clear();
        const QString file = dir.filePath(QStringLiteral("new/inner/f.txt"));
        QVERIFY(write(file, "x"));
        QTRY_VERIFY_WITH_TIMEOUT(r.seen.contains(file), 5000);
        QVERIFY(!r.seen.contains(dir.filePath(QStringLiteral("old/inner/f.txt"))));
    }

    void readPendingDeliversQueuedEventsAtOnce()
    {
        QTemporaryDir dir;
        InotifyWatcher w;
        Recorder r(w);
        QString error;
        QVERIFY2(w.watch(dir.path(), &error), qPrintable(error));
        const QString file = dir.filePath(QStringLiteral("now.txt"));
        QVERIFY(write(file, "x"));
        w.readPending(); // no event loop in between
        QVERIFY(r.seen.contains(file));
    }

    void stopsWatchingWhenTheRootIsRemoved()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("root"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/sub")));
        InotifyWatcher w;
        Recorder r(w);
        QString error;
        QVERIFY2(w.watch(root, &error), qPrintable(error));
        QVERIFY(w.isWatching());
        QVERIFY(QDir(root).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isWatching(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestInotifyWatcher)
#include "TestInotifyWatcher.moc"
