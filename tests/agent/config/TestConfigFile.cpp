#include "agent/config/ConfigFile.h"
#include "agent/config/ConfigLoader.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using twinha::agent::ConfigFile;
using twinha::agent::ConfigLoader;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeRaw(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QDateTime at(int second)
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0, second));
}

bool run(const QStringList& command)
{
    return QProcess::execute(command.first(), command.mid(1)) == 0;
}

// A tmpfs of its own: only root may mount one, so these tests need it.
class TinyMount
{
public:
    explicit TinyMount(const QString& path)
        : m_path(path)
    {
        m_mounted = ::geteuid() == 0 && QDir().mkpath(path) &&
                    run({QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=64k"), QStringLiteral("tmpfs"), path});
    }
    ~TinyMount()
    {
        if (m_mounted)
            run({QStringLiteral("umount"), QStringLiteral("-l"), m_path});
    }
    bool isMounted() const { return m_mounted; }
    bool remountReadOnly() const
    {
        return run({QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path});
    }
    // Fills the file system up to the last byte.
    void fill() const
    {
        QFile f(m_path + QStringLiteral("/filler"));
        if (!f.open(QIODevice::WriteOnly))
            return;
        const QByteArray block(4096, 'x');
        while (f.write(block) == block.size() && f.flush()) {
        }
        const QByteArray byte(1, 'x');
        while (f.write(byte) == 1 && f.flush()) {
        }
    }

private:
    QString m_path;
    bool m_mounted = false;
};
} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstWriteCreatesTheFileWithoutBackup()
    {
        QTemporaryDir dir;
        ConfigFile file(dir.filePath(QStringLiteral("cluster.toml")));
        ConfigFile::Written w;
        RpcError e;
        QVERIFY(file.write("a = 1\n", QString(), &w, &e)); // "" expects no file yet
        QCOMPARE(readAll(file.path()), QByteArray("a = 1\n"));
        QCOMPARE(w.checksum, ConfigLoader::checksumOf("a = 1\n"));
        QVERIFY(w.backup.isEmpty());
        QVERIFY(file.backups().isEmpty());
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("cluster.toml")});
    }

    void replacingKeepsTheOldVersionAsATimestampedBackup()
    {
        QTemporaryDir dir;
        ConfigFile file(dir.filePath(QStringLiteral("cluster.toml")));
        QVERIFY(writeRaw(file.path(), "old\n"));
        QVERIFY(QFile::setPermissions(file.path(), QFile::ReadOwner | QFile::WriteOwner));
        ConfigFile::Written w;
        RpcError e;
        QVERIFY(file.write("new\n", std::nullopt, &w, &e, at(7)));
        QCOMPARE(readAll(file.path()), QByteArray("new\n"));
        QCOMPARE(w.backup, file.path() + QStringLiteral(".bak-20240501T120007"));
        QCOMPARE(readAll(w.backup), QByteArray("old\n"));
        // The old mode stays: nobody else may read the new version either.
        QCOMPARE(QFile::permissions(file.path()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void twoWritesInOneSecondKeepBothBackups()
    {
        QTemporaryDir dir;
        ConfigFile file(dir.filePath(QStringLiteral("cluster.toml")));
        QVERIFY(writeRaw(file.path(), "v1\n"));
        ConfigFile::Written w;
        RpcError e;
        QVERIFY(file.write("v2\n", std::nullopt, &w, &e, at(1)));
        QVERIFY(file.write("v3\n", std::nullopt, &w, &e, at(1)));
        QCOMPARE(file.backups().size(), 2);
        QCOMPARE(readAll(file.backups().at(0)), QByteArray("v1\n"));
        QCOMPARE(readAll(file.backups().at(1)), QByteArray("v2\n"));
    }

    void onlyTheNewestFiveBackupsAreKept()
    {
        QTemporaryDir dir;
        ConfigFile file(dir.filePath(QStringLiteral("cluster.toml")));
        QVERIFY(writeRaw(file.path(), "v0\n"));
        ConfigFile::Written w;
        RpcError e;
        for (int i = 1; i <= 8; ++i)
            QVERIFY(file.write(QByteArray("v") + QByteArray::number(i) + '\n', std::nullopt, &w, &e, at(i)));
        const QStringList backups = file.backups();
        QCOMPARE(backups.size(), ConfigFile::kKeepBackups);
        // v0..v7 were backed up; the oldest three (v0, v1, v2) are gone.
        QCOMPARE(readAll(backups.first()), QByteArray("v3\n"));
        QCOMPARE(readAll(backups.last()), QByteArray("v7\n"));
        QCOMPARE(readAll(file.path()), QByteArray("v8\n"));
    }

    void aFileEditedMeanwhileIsNotOverwritten()
    {
        QTemporaryDir dir;
        ConfigFile file(dir.filePath(QStringLiteral("cluster.toml")));
        QVERIFY(writeRaw(file.path(), "read by the wizard\n"));
        const QString seen = file.currentChecksum();
        QVERIFY(writeRaw(file.path(), "edited by hand\n"));
        ConfigFile::Written w;
        RpcError e;
        QVERIFY(!file.write("from the wizard\n", seen, &w, &e));
        QCOMPARE(e.code, QString::fromLatin1(codes::kConfigChangedOnDisk));
        QCOMPARE(e.params.value(QStringLiteral("expected")).toString(), seen);
        QCOMPARE(e.params.value(QStringLiteral("actual")).toString(), ConfigLoader::checksumOf("edited by hand\n"));
        QCOMPARE(readAll(file.path()), QByteArray("edited by hand\n"));
        QVERIFY(file.backups().isEmpty());
        // With the checksum it has now, the write goes through.
        QVERIFY(file.write("from the wizard\n", file.currentChecksum(), &w, &e));
    }

    void expectingNoFileRefusesWhenOneAppeared()
    {
        QTemporaryDir dir;
        ConfigFile file(dir.filePath(QStringLiteral("cluster.toml")));
        QVERIFY(writeRaw(file.path(), "someone was first\n"));
        ConfigFile::Written w;
        RpcError e;
        QVERIFY(!file.write("mine\n", QString(), &w, &e));
        QCOMPARE(e.code, QString::fromLatin1(codes::kConfigChangedOnDisk));
        QCOMPARE(readAll(file.path()), QByteArray("someone was first\n"));
    }

    void aFullDiskFailsCleanlyAndLosesNothing()
    {
        QTemporaryDir dir;
        TinyMount mount(dir.filePath(QStringLiteral("mnt")));
        if (!mount.isMounted())
            QSKIP("needs root to mount a small tmpfs");
        ConfigFile file(dir.filePath(QStringLiteral("mnt/cluster.toml")));
        QVERIFY(writeRaw(file.path(), "the running config\n"));
        mount.fill();
        ConfigFile::Written w;
        RpcError e;
        QVERIFY(!file.write(QByteArray(16 * 1024, '#'), std::nullopt, &w, &e));
        QCOMPARE(e.code, QString::fromLatin1(codes::kConfigWriteFailed));
        QCOMPARE(e.params.value(QStringLiteral("stage")).toString(), QStringLiteral("write"));
        QCOMPARE(e.params.value(QStringLiteral("errno")).toInt(), ENOSPC);
        QCOMPARE(readAll(file.path()), QByteArray("the running config\n"));
        QVERIFY(file.backups().isEmpty());
        QCOMPARE(QDir(dir.filePath(QStringLiteral("mnt"))).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("cluster.toml"), QStringLiteral("filler")}));
    }

    void aReadOnlyFolderFailsCleanly()
    {
        QTemporaryDir dir;
        TinyMount mount(dir.filePath(QStringLiteral("mnt")));
        if (!mount.isMounted())
            QSKIP("needs root to mount a small tmpfs");
        ConfigFile file(dir.filePath(QStringLiteral("mnt/cluster.toml")));
        QVERIFY(writeRaw(file.path(), "the running config\n"));
        QVERIFY(mount.remountReadOnly());
        ConfigFile::Written w;
        RpcError e;
        QVERIFY(!file.write("new\n", std::nullopt, &w, &e));
        QCOMPARE(e.code, QString::fromLatin1(codes::kConfigWriteFailed));
        QCOMPARE(e.params.value(QStringLiteral("stage")).toString(), QStringLiteral("create"));
        QCOMPARE(e.params.value(QStringLiteral("errno")).toInt(), EROFS);
        QCOMPARE(e.params.value(QStringLiteral("path")).toString(), file.path());
        QCOMPARE(readAll(file.path()), QByteArray("the running config\n"));
    }
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "TestConfigFile.moc"
