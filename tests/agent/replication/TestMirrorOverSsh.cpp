#include "agent/replication/KeptSet.h"
#include "agent/replication/MirrorTransport.h"
#include "tests/agent/replication/SshMirror.h"

#include <QSignalSpy>
#include <QtTest>

using namespace twinha::agent;
using namespace twinha::agent::testing;

namespace {
const QString n1 = QStringLiteral("n1");
const QString n2 = QStringLiteral("n2");

bool inSync(const std::unique_ptr<ReplicationChannel>& ch)
{
    return ch->toJson().value(QStringLiteral("state")).toString() == QLatin1String("in_sync");
}

QString errorDetail(const std::unique_ptr<ReplicationChannel>& ch)
{
    return ch->error().params.value(QStringLiteral("detail")).toString();
}

// ssh with n1's mirror key to n2's sshd, as the push would log in, asking to run command.
QStringList sshArguments(SshMirror& m, const QString& command)
{
    return {QStringLiteral("-F"),
            QStringLiteral("/dev/null"),
            QStringLiteral("-i"),
            MirrorTransport::keyPath(m.c->state(n1)),
            QStringLiteral("-p"),
            QString::number(m.s2.port()),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"),
            QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=") + MirrorTransport::knownHostsPath(m.c->state(n1)),
            QStringLiteral("-o"),
            QStringLiteral("HostKeyAlias=") + MirrorTransport::hostKeyAliasFor(n2),
            QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=yes"),
            QStringLiteral("127.0.0.1"),
            command};
}

int sshAs(SshMirror& m, const QString& command, QByteArray* output)
{
    return runTool(QStringLiteral("ssh"), sshArguments(m, command), output);
}
} // namespace

// The mirror over ssh between two real sshd: the copy lands, the loser of a split keeps its files
// as over the plain transport, and the ssh side lets nothing else through: a key the peer did not
// trust, a host key other than the pinned one, a command other than the mirror's, a push while the
// peer does not receive.
class TestMirrorOverSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
            QSKIP("OpenSSH's sshd is not installed");
        QVERIFY2(QFile::exists(agentProgram()), qPrintable(agentProgram()));
    }

    void aPushOverSshLandsTheFiles()
    {
        SshMirror m;
        QVERIFY2(m.up(), qPrintable(m.failure));
        QVERIFY(writeFile(m.c->file(n1, QStringLiteral("dir/a.txt")), "over ssh"));
        m.c->n1Active();
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m.c->file(n2, QStringLiteral("dir/a.txt"))), QByteArray("over ssh"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(inSync(m.c->n1), 30000);
        QVERIFY(QFile::remove(m.c->file(n1, QStringLiteral("dir/a.txt"))));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(m.c->file(n2, QStringLiteral("dir/a.txt"))), 30000);
        // Nothing listens for the plain protocol: the receiver is the sshd's forced command.
        QVERIFY(!m.c->config.endpointFor(n2) || m.c->config.endpointFor(n2)->port == m.s2.port());
        QVERIFY(m.s2.log().contains("Accepted publickey"));
    }

    void theLoserOfASplitKeepsItsFilesOverSsh()
    {
        SshMirror m;
        QVERIFY2(m.up(), qPrintable(m.failure));
        Cluster& c = *m.c;
        QVERIFY(writeFile(c.file(n1, QStringLiteral("shared.txt")), "before"));
        c.n1Active();
        QTRY_COMPARE_WITH_TIMEOUT(readFile(c.file(n2, QStringLiteral("shared.txt"))), QByteArray("before"), 30000);
        // No push may be running at the split: the peer's stop would kill it, and its error would
        // be a lost connection rather than the refusal looked for below.
        QTRY_VERIFY_WITH_TIMEOUT(inSync(c.n1), 30000);
        // The split: both run the group and ship; each peer refuses, since neither receives.
        c.n2->setRole(c.sourceTo(n1));
        QVERIFY(writeFile(c.file(n1, QStringLiteral("n1-only.txt")), "n1's file"));
        QVERIFY(writeFile(c.file(n1, QStringLiteral("shared.txt")), "n1's version!"));
        QVERIFY(writeFile(c.file(n2, QStringLiteral("n2-only.txt")), "n2's file"));
        QTRY_VERIFY_WITH_TIMEOUT(!c.n1->error().isNull(), 30000);
        QVERIFY2(errorDetail(c.n1).contains(QLatin1String("does not receive")) ||
                     errorDetail(c.n1).contains(QLatin1String("greeting")),
                 qPrintable(errorDetail(c.n1)));
        QSignalSpy journal(c.n1.get(), &ReplicationChannel::journalEvent);

        // The heal: n1 yields and receives; n2 resyncs it over ssh.
        c.n1->setRole(ReplicationRole::target());
        QTRY_COMPARE_WITH_TIMEOUT(readFile(c.file(n1, QStringLiteral("n2-only.txt"))), QByteArray("n2's file"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(journal.count(), 1, 30000);
        QCOMPARE(journal.first().at(0).value<twinha::protocol::EventType>(),
                 twinha::protocol::EventType::DivergenceKept);
        const QJsonObject e = journal.first().at(1).toJsonObject();
        QCOMPARE(e.value(QStringLiteral("files")).toInt(), 2);
        const QString set = e.value(QStringLiteral("path")).toString();
        QCOMPARE(readFile(set + QStringLiteral("/n1-only.txt")), QByteArray("n1's file"));
        QCOMPARE(readFile(set + QStringLiteral("/shared.txt")), QByteArray("n1's version!"));
        QCOMPARE(readFile(c.file(n1, QStringLiteral("shared.txt"))), QByteArray("before"));
        QVERIFY(!QFile::exists(c.file(n1, QStringLiteral("n1-only.txt"))));
        QVERIFY(!QFile::exists(KeptSet::folderIn(c.path(n2))));
    }

    void aKeyThePeerDidNotTrustIsRefused()
    {
        SshMirror m;
        QVERIFY2(m.up(), qPrintable(m.failure));
        QVERIFY(writeFile(m.s2.authorizedKeys(), "")); // n2 trusts nobody
        QVERIFY(writeFile(m.c->file(n1, QStringLiteral("a.txt")), "a"));
        m.c->n1Active();
        QTRY_VERIFY_WITH_TIMEOUT(!m.c->n1->error().isNull(), 30000);
        QVERIFY2(errorDetail(m.c->n1).contains(QLatin1String("Permission denied")), qPrintable(errorDetail(m.c->n1)));
        QVERIFY(!QFile::exists(m.c->file(n2, QStringLiteral("a.txt"))));
    }

    void aChangedHostKeyIsRefused()
    {
        SshMirror m;
        QVERIFY2(m.up(), qPrintable(m.failure));
        m.s2.stop();
        QVERIFY(m.s2.newHostKey()); // another machine answers on n2's address now
        QVERIFY(m.s2.start());
        QVERIFY(writeFile(m.c->file(n1, QStringLiteral("a.txt")), "a"));
        m.c->n1Active();
        QTRY_VERIFY_WITH_TIMEOUT(!m.c->n1->error().isNull(), 30000);
        QVERIFY2(errorDetail(m.c->n1).contains(QLatin1String("verification failed")) ||
                     errorDetail(m.c->n1).contains(QLatin1String("HOST IDENTIFICATION HAS CHANGED")),
                 qPrintable(errorDetail(m.c->n1)));
        QVERIFY(!QFile::exists(m.c->file(n2, QStringLiteral("a.txt"))));
        QVERIFY(!m.s2.log().contains("Accepted publickey")); // n1 never offered to log in
    }

    void theMirrorKeyCanRunNothingElse_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("a shell command") << QStringLiteral("id");
        QTest::newRow("plain rsync server") << QStringLiteral("rsync --server --daemon .");
        QTest::newRow("rsync writing anywhere") << QStringLiteral("rsync --server -logDtpre.iLsfxCIvu . /tmp/x");
        QTest::newRow("channel with a path") << QStringLiteral("twinha-mirror ../x --server --daemon .");
        QTest::newRow("something appended") << QStringLiteral("twinha-mirror mail --server --daemon . ; id");
        QTest::newRow("no command (a login shell)") << QString();
    }

    void theMirrorKeyCanRunNothingElse()
    {
        QFETCH(QString, command);
        SshMirror m;
        QVERIFY2(m.up(), qPrintable(m.failure));
        m.c->n2->setRole(ReplicationRole::target());
        QByteArray out;
        const int code = sshAs(m, command, &out);
        QVERIFY2(code != 0, out.constData());
        QVERIFY2(out.contains("refused: this key may only start a TwinHA mirror"), out.constData());
        QVERIFY2(!out.contains("uid="), out.constData());
    }

    void aPushInProgressEndsWhenThePeerStopsReceiving()
    {
        SshMirror m;
        QVERIFY2(m.up(), qPrintable(m.failure));
        m.c->n2->setRole(ReplicationRole::target());
        // A client that connects and then says nothing: the server waits for it (a push in progress).
        QProcess client;
        client.start(QStringLiteral("ssh"), sshArguments(m, QStringLiteral("twinha-mirror mail --server --daemon .")));
        QVERIFY(client.waitForStarted());
        const QDir servers(m.c->state(n2) + QStringLiteral("/rsync/mail.servers"));
        auto serving = [&servers] {
            for (const QString& pid : servers.entryList(QDir::Files)) {
                if (readFile(QStringLiteral("/proc/%1/cmdline").arg(pid)).startsWith("rsync"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(serving(), 10000);
        QTest::qWait(300);
        QCOMPARE(client.state(), QProcess::Running);
        m.c->n2->setRole(ReplicationRole::idle());
        QVERIFY2(client.waitForFinished(10000), "the rsync server outlived the receiver");
    }

    void anInterruptedPushNeverLeavesAHalfFileInPlaceOfTheWholeOne()
    {
        // n2 holds the last good copy of a big file; n1 pushes a new one, and n2 stops receiving
        // (it is about to serve) while the new one is half across. What n2 keeps in its place must
        // be the old file whole, never the half that arrived: rsync's plain --partial would have
        // renamed that over it.
        SshMirror m;
        QVERIFY2(m.up(), qPrintable(m.failure));
        Cluster& c = *m.c;
        const QByteArray old(4096, 'o');
        QVERIFY(writeFile(c.file(n2, QStringLiteral("big.bin")), old));
        QFile big(c.file(n1, QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(qint64(2) << 30)); // 2 GiB, sparse: quick to read
        big.close();
        c.n1Active();
        const QDir target(c.path(n2));
        const auto arriving = [&target] {
            return !target.entryList({QStringLiteral(".big.bin.*")}, QDir::Files | QDir::Hidden).isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(arriving(), 30000);
        c.n2->setRole(ReplicationRole::idle());
        QCOMPARE(QFileInfo(c.file(n2, QStringLiteral("big.bin"))).size(), qint64(old.size()));
        QCOMPARE(readFile(c.file(n2, QStringLiteral("big.bin"))), old);
    }

    void theMirrorCommandIsRefusedWhileThePeerDoesNotReceive()
    {
        SshMirror m;
        QVERIFY2(m.up(), qPrintable(m.failure));
        QByteArray out;
        // n2 idle: its receiver's gate is closed.
        QVERIFY(sshAs(m, QStringLiteral("twinha-mirror mail --server --daemon ."), &out) != 0);
        QVERIFY2(out.contains("does not receive channel mail"), out.constData());
        m.c->n2->setRole(ReplicationRole::target());
        m.c->n2->setRole(ReplicationRole::idle());
        QVERIFY(sshAs(m, QStringLiteral("twinha-mirror mail --server --daemon ."), &out) != 0);
        QVERIFY2(out.contains("does not receive channel mail"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestMirrorOverSsh)
#include "TestMirrorOverSsh.moc"
