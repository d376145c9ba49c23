#include "agentlink/HostKeyStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agentlink::HostKeyStore;

class TestHostKeyStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray& content)
    {
        const QString path = m_dir.filePath(QStringLiteral("known_hosts"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return path;
    }

    QByteArray read(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private Q_SLOTS:
    void patternUsesBracketsForNonStandardPorts()
    {
        QCOMPARE(HostKeyStore::hostPattern(QStringLiteral("db1"), 22), QStringLiteral("db1"));
        QCOMPARE(HostKeyStore::hostPattern(QStringLiteral("10.0.0.1"), 2222), QStringLiteral("[10.0.0.1]:2222"));
    }

    void forgetRemovesOnlyThatHostAndPort()
    {
        const QString path = write("# comment\n"
                                   "[10.0.0.1]:2222 ssh-ed25519 AAAA1\n"
                                   "[10.0.0.1]:2222 ecdsa-sha2-nistp256 AAAA2\n"
                                   "10.0.0.1 ssh-ed25519 AAAA3\n"
                                   "db2,[10.0.0.2]:2222 ssh-ed25519 AAAA4\n");
        HostKeyStore store(path);
        QVERIFY(store.contains(QStringLiteral("10.0.0.1"), 2222));
        QCOMPARE(store.forget(QStringLiteral("10.0.0.1"), 2222), 2);
        QVERIFY(!store.contains(QStringLiteral("10.0.0.1"), 2222));
        QVERIFY(store.contains(QStringLiteral("10.0.0.1"), 22));
        QVERIFY(store.contains(QStringLiteral("10.0.0.2"), 2222));
        QVERIFY(read(path).startsWith("# comment\n"));
    }

    void forgettingAnUnknownHostChangesNothing()
    {
        const QByteArray content = "db1 ssh-ed25519 AAAA\n";
        const QString path = write(content);
        QCOMPARE(HostKeyStore(path).forget(QStringLiteral("db9"), 22), 0);
        QCOMPARE(read(path), content);
    }

    void keysAreShownAsOpenSshFingerprints()
    {
        // A throw-away key; ssh-keygen -lf prints its fingerprint as below.
        const QString path = write("[10.0.0.1]:2222 ssh-ed25519 "
                                   "AAAAC3NzaC1lZDI1NTE5AAAAIDAWftzOm6csy+lf060FQTC24huBD/u5VC2CLpYw5DR/ root@vm\n"
                                   "10.0.0.1 ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC7\n");
        const auto keys = HostKeyStore(path).keys(QStringLiteral("10.0.0.1"), 2222);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(keys.first().fingerprint, QStringLiteral("SHA256:oqs/ZI4zLSMYDC17GesEpnWnai/S8ZvwWeUwyzqZ+B0"));
        QVERIFY(HostKeyStore(path).keys(QStringLiteral("10.0.0.9"), 22).isEmpty());
    }

    void missingFileIsAnError()
    {
        QString error;
        QCOMPARE(HostKeyStore(m_dir.filePath(QStringLiteral("none"))).forget(QStringLiteral("x"), 22, &error), -1);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostKeyStore)
#include "TestHostKeyStore.moc"
