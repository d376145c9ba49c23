#include "agent/coordinator/ClientCredentials.h"

#include <QtTest>

#include <grp.h>
#include <sys/socket.h>
#include <unistd.h>

using twinha::agent::ClientCredentials;

// Who a control client is and what it may call.
class TestClientCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentialsComeFromTheKernel()
    {
        int fds[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
        const ClientCredentials c = ClientCredentials::fromSocket(fds[0], QStringLiteral("no-such-group-here"));
        ::close(fds[0]);
        ::close(fds[1]);
        QCOMPARE(c.uid, ::geteuid());
        QCOMPARE(c.pid, ::getpid());
        QVERIFY(!c.user.isEmpty());
        QVERIFY(c.isOperator); // the daemon's own user
    }

    void aSocketThatCannotTellGivesAnObserver()
    {
        const ClientCredentials c = ClientCredentials::fromSocket(-1, QString());
        QVERIFY(!c.isOperator);
        QCOMPARE(c.roleName(), QStringLiteral("observer"));
    }

    void membershipCountsThePrimaryAndSupplementaryGroups()
    {
        const group* root = ::getgrgid(0);
        QVERIFY(root);
        QVERIFY(ClientCredentials::isMember(0, 0, QString::fromLocal8Bit(root->gr_name)));
        QVERIFY(!ClientCredentials::isMember(65534, 65534, QString::fromLocal8Bit(root->gr_name)));
        QVERIFY(!ClientCredentials::isMember(0, 0, QStringLiteral("no-such-group-here")));
        QVERIFY(!ClientCredentials::isMember(0, 0, QString()));
    }

    void observersMayOnlyLook_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("allowed");
        for (const char* m : {"hello", "status.get", "status.subscribe", "events.list", "switchover.check",
                              "config.get", "config.validate", "node.facts", "node.path_info", "node.probe_address"})
            QTest::newRow(m) << QString::fromLatin1(m) << true;
        for (const char* m : {"switchover.start", "switchover.cancel", "config.apply", "anything.else"})
            QTest::newRow(m) << QString::fromLatin1(m) << false;
    }

    void observersMayOnlyLook()
    {
        QFETCH(QString, method);
        QTEST(ClientCredentials::observerMayCall(method), "allowed");
    }

    void actorNamesUserAndSshAddress()
    {
        ClientCredentials c;
        c.user = QStringLiteral("alice");
        QCOMPARE(c.actor(), QStringLiteral("alice@local"));
        c.sshClient = QStringLiteral("192.0.2.7");
        QCOMPARE(c.actor(), QStringLiteral("alice@192.0.2.7"));
    }
};

QTEST_GUILESS_MAIN(TestClientCredentials)
#include "TestClientCredentials.moc"
