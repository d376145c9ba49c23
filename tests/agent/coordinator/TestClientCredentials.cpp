#include "agent/coordinator/ClientCredentials.h"
#include "agentlink/protocol/ActorName.h"

#include <QtTest>

#include <cstddef>
#include <cstring>

#include <grp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using twinha::agent::ClientCredentials;

namespace {
// A child that becomes user nobody with exactly `groups` connects to an abstract socket; the
// credentials the daemon would see on that connection.
ClientCredentials credentialsOfNobodyWith(const QList<gid_t>& groups, const QString& operatorsGroup)
{
    const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray name = "twinha-test-peergroups-" + QByteArray::number(::getpid());
    std::memcpy(addr.sun_path + 1, name.constData(), size_t(name.size()));
    const socklen_t addrLen = socklen_t(offsetof(sockaddr_un, sun_path) + 1 + name.size());
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr*>(&addr), addrLen) != 0 ||
        ::listen(listener, 1) != 0)
        return {};
    const pid_t child = ::fork();
    if (child == 0) {
        if (::setgroups(size_t(groups.size()), groups.constData()) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(2);
        const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (s < 0 || ::connect(s, reinterpret_cast<sockaddr*>(&addr), addrLen) != 0)
            ::_exit(3);
        char c;
        (void)::read(s, &c, 1); // until the parent has looked
        ::_exit(0);
    }
    const int fd = ::accept(listener, nullptr, nullptr);
    const ClientCredentials c = ClientCredentials::fromSocket(fd, operatorsGroup);
    ::close(fd);
    ::close(listener);
    int status = 0;
    ::waitpid(child, &status, 0);
    return c;
}
} // namespace

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

    void operatorsAreJudgedByTheGroupsTheCallerReallyHas()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to start a client as user nobody with chosen groups");
        // A group that /etc/group does not give to nobody: only the process's real groups can make
        // it an operator, and without them it is not one, whatever the database says.
        const group* adm = ::getgrnam("adm");
        if (!adm)
            QSKIP("this system has no group adm");
        const ClientCredentials with = credentialsOfNobodyWith({adm->gr_gid}, QStringLiteral("adm"));
        QCOMPARE(with.uid, uid_t(65534));
        QVERIFY(with.isOperator);
        const ClientCredentials without = credentialsOfNobodyWith({}, QStringLiteral("adm"));
        QCOMPARE(without.uid, uid_t(65534));
        QVERIFY(!without.isOperator);
        QVERIFY(!credentialsOfNobodyWith({adm->gr_gid}, QStringLiteral("no-such-group-here")).isOperator);
    }

    void observersMayOnlyLook_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("allowed");
        for (const char* m : {"hello", "status.get", "status.subscribe", "events.list", "switchover.check"})
            QTest::newRow(m) << QString::fromLatin1(m) << true;
        // A root walk of any path, root arping, the config text, and whatever a future status.*
        // method might do: none of it without being an operator.
        for (const char* m :
             {"switchover.start", "switchover.cancel", "config.apply", "config.get", "config.validate",
              "config.compose", "config.prepare", "node.facts", "node.path_info", "node.probe_address",
              "node.probe_witness", "node.probe_fence", "divergence.list", "divergence.show", "maintenance.set",
              "mirror.ssh_key", "mirror.ssh_trust", "status.anything", "anything.else"})
            QTest::newRow(m) << QString::fromLatin1(m) << false;
    }

    void observersMayOnlyLook()
    {
        QFETCH(QString, method);
        QTEST(ClientCredentials::observerMayCall(method), "allowed");
    }

    void actorNamesTheUserAndTheSshClientOnlyAsAClaim()
    {
        ClientCredentials c;
        c.user = QStringLiteral("alice");
        QCOMPARE(c.actor(), QStringLiteral("alice"));
        c.sshClient = QStringLiteral("192.0.2.7");
        QCOMPARE(c.actor(), QStringLiteral("alice (ssh 192.0.2.7)"));
        const twinha::protocol::ActorName parsed = twinha::protocol::ActorName::parse(c.actor());
        QCOMPARE(parsed.user, QStringLiteral("alice"));
        QCOMPARE(parsed.claimedSshClient, QStringLiteral("192.0.2.7"));
    }

    void aClaimThatIsNotAnAddressIsDropped_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QString>("kept");
        QTest::newRow("ssh_client as sshd sets it") << "2001:db8::5 52514 22"
                                                    << "2001:db8::5";
        QTest::newRow("another user") << "root@10.0.0.1"
                                      << "";
        QTest::newRow("a sentence") << "the admin, really"
                                    << "";
        QTest::newRow("a name") << "console.example.com"
                                << "";
        QTest::newRow("a scoped address") << "fe80::1%eth0"
                                          << "";
        QTest::newRow("an address and a suffix") << "192.0.2.7)"
                                                 << "";
        QTest::newRow("a newline") << "192.0.2.7\nforged line"
                                   << "";
    }

    void aClaimThatIsNotAnAddressIsDropped()
    {
        QFETCH(QString, claim);
        QFETCH(QString, kept);
        ClientCredentials c;
        c.user = QStringLiteral("alice");
        c.sshClient = claim;
        QCOMPARE(twinha::protocol::ActorName::parse(c.actor()).claimedSshClient, kept);
        QCOMPARE(twinha::protocol::ActorName::parse(c.actor()).user, QStringLiteral("alice"));
    }
};

QTEST_GUILESS_MAIN(TestClientCredentials)
#include "TestClientCredentials.moc"
