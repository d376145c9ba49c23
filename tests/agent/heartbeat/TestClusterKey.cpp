#include "agent/heartbeat/ClusterKey.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using twinha::agent::ClusterKey;
using twinha::protocol::RpcError;

class TestClusterKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheKeyWithoutTrailingWhitespace_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("key");
        const QByteArray k32(32, 'a');
        QTest::newRow("exactly 32 bytes") << k32 << k32;
        QTest::newRow("newline at the end") << QByteArray(k32 + "\n") << k32;
        QTest::newRow("CRLF and spaces at the end") << QByteArray(k32 + " \t\r\n") << k32;
        QTest::newRow("leading and inner whitespace kept")
            << QByteArray(" " + k32 + " b\n") << QByteArray(" " + k32 + " b");
        QTest::newRow("binary bytes") << QByteArray(40, '\x01') << QByteArray(40, '\x01');
    }

    void loadsTheKeyWithoutTrailingWhitespace()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, key);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cluster.key"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        RpcError error;
        QCOMPARE(ClusterKey::load(path, &error), key);
        QVERIFY(error.isNull());
    }

    void refusesAKeyItCannotUse_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty name: no file at all
        QTest::addColumn<bool>("exists");
        QTest::addColumn<int>("mode");
        QTest::newRow("missing file") << QByteArray() << false << 0600;
        QTest::newRow("empty file") << QByteArray() << true << 0600;
        QTest::newRow("31 bytes") << QByteArray(31, 'a') << true << 0600;
        QTest::newRow("31 bytes padded with whitespace to 40")
            << QByteArray(QByteArray(31, 'a') + "         ") << true << 0600;
        // A good key that others can read is no secret any more.
        QTest::newRow("readable by everyone") << QByteArray(32, 'a') << true << 0644;
        QTest::newRow("readable by the group") << QByteArray(32, 'a') << true << 0640;
        QTest::newRow("writable by the group") << QByteArray(32, 'a') << true << 0620;
    }

    void refusesAKeyItCannotUse()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, exists);
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cluster.key"));
        if (exists) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
            f.close();
            QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
        }
        RpcError error;
        QVERIFY(ClusterKey::load(path, &error).isEmpty());
        QCOMPARE(error.code, QString::fromLatin1(twinha::protocol::codes::kClusterKeyUnreadable));
        QCOMPARE(error.params.value(QStringLiteral("path")).toString(), path);
        QVERIFY(!error.params.value(QStringLiteral("detail")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClusterKey)
#include "TestClusterKey.moc"
