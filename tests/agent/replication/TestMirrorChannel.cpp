#include "agent/replication/MirrorChannel.h"
#include "agent/replication/MirrorSecret.h"
#include "agent/replication/RsyncPush.h"
#include "agent/replication/RsyncReceiver.h"
#include "tests/agent/replication/MirrorCluster.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace twinha::agent;
using namespace twinha::agent::testing;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

namespace {
QJsonValue field(const std::unique_ptr<ReplicationChannel>& ch, const char* key)
{
    return ch->toJson().value(QLatin1String(key));
}

QString errorCode(const std::unique_ptr<ReplicationChannel>& ch)
{
    return field(ch, "error").toObject().value(QStringLiteral("code")).toString();
}

bool inSync(const std::unique_ptr<ReplicationChannel>& ch)
{
    return field(ch, "state").toString() == QLatin1String("in_sync");
}

// Asks a channel to drain and keeps its answer (drained()) once it comes.
class Drain
{
public:
    Drain(ReplicationChannel* channel, int timeoutMs)
        : m_connection(QObject::connect(channel, &ReplicationChannel::drained, [this](bool ok, const RpcError& e) {
            done = true;
            this->ok = ok;
            error = e;
        }))
    {
        channel->drain(timeoutMs);
    }
    ~Drain() { QObject::disconnect(m_connection); }
    Drain(const Drain&) = delete;
    Drain& operator=(const Drain&) = delete;

    bool done = false;
    bool ok = false;
    RpcError error;

private:
    QMetaObject::Connection m_connection;
};
} // namespace

class TestMirrorChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceFilesAppearOnTheTargetAfterAChange()
    {
        Cluster c;
        c.n1Active();
        QTRY_VERIFY_WITH_TIMEOUT(inSync(c.n1), 30000);
        const QString src = c.file(QStringLiteral("n1"), QStringLiteral("inbox/new/1.eml"));
        QVERIFY(writeFile(src, "Subject: hello\n"));
        QVERIFY(QFile::setPermissions(src, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const QString dst = c.file(QStringLiteral("n2"), QStringLiteral("inbox/new/1.eml"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(dst), QByteArray("Subject: hello\n"), 30000);
        QCOMPARE(QFileInfo(dst).permissions(), QFileInfo(src).permissions());
        QTRY_VERIFY_WITH_TIMEOUT(inSync(c.n1), 30000);
        const QJsonObject json = c.n1->toJson();
        QCOMPARE(json.value(QStringLiteral("role")).toString(), QStringLiteral("source"));
        QCOMPARE(json.value(QStringLiteral("lag_s")).toDouble(-1), 0.0);
        QCOMPARE(json.value(QStringLiteral("pending_files")).toInt(-1), 0);
        QVERIFY(!json.value(QStringLiteral("last_sync")).toString().isEmpty());
        QVERIFY(!json.contains(QStringLiteral("error")));
        QCOMPARE(field(c.n2, "role").toString(), QStringLiteral("target"));
        QVERIFY(field(c.n2, "lag_s").isNull()); // only the source can know the lag
    }

    void receiverSecretIsDerivedFromTheClusterKeyAndPrivate()
    {
        Cluster c;
        c.n2->setRole(ReplicationRole::target());
        const QString secrets = c.dir.filePath(QStringLiteral("state2/rsync/mail.secrets"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(secrets), 10000);
        const QByteArray expected =
            "twinha:" + QMessageAuthenticationCode::hash("mirror:mail", kKey, QCryptographicHash::Sha256).toHex() +
            '\n';
        QCOMPARE(readFile(secrets), expected);
        QCOMPARE(QFileInfo(secrets).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray conf = readFile(c.dir.filePath(QStringLiteral("state2/rsync/mail.conf")));
        QVERIFY(conf.contains("[twinha-mail]"));
        QVERIFY(conf.contains(QByteArray("path = " + c.path(QStringLiteral("n2")).toUtf8() + '\n')));
        QVERIFY(!conf.contains(kKey));
        QVERIFY(conf.contains(RsyncReceiver::confinement(::geteuid() == 0).toUtf8()));
    }

    void aReceiverThatCannotChrootMungesSymlinks()
    {
        // Without chroot (not root) and without munging, a pushed symlink to / and a second push
        // through it would write anywhere the daemon's user may.
        const QString plain = RsyncReceiver::confinement(false);
        QVERIFY(plain.contains(QLatin1String("use chroot = no")));
        QVERIFY(plain.contains(QLatin1String("munge symlinks = yes")));
        const QString root = RsyncReceiver::confinement(true);
        QVERIFY(root.contains(QLatin1String("use chroot = yes")));
        QVERIFY(root.contains(QLatin1String("munge symlinks = no")));
    }

    void lagGrowsWhileTheReceiverIsDownAndClearsWhenItComesUp()
    {
        Cluster c;
        c.n1->setRole(c.sourceTo(QStringLiteral("n2"))); // n2 has no role yet: nobody listens
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("a.txt")), "a"));
        QTRY_VERIFY_WITH_TIMEOUT(field(c.n1, "lag_s").toDouble() > 0 && field(c.n1, "pending_files").toInt() > 0,
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(errorCode(c.n1), QString::fromLatin1(codes::kReplicationSyncFailed), 30000);
        QVERIFY(field(c.n1, "pending_bytes").toInteger() >= 1);
        QVERIFY(!QFile::exists(c.file(QStringLiteral("n2"), QStringLiteral("a.txt"))));

        c.n2->setRole(ReplicationRole::target());
        QTRY_VERIFY_WITH_TIMEOUT(inSync(c.n1), 60000);
        QCOMPARE(field(c.n1, "lag_s").toDouble(-1), 0.0);
        QCOMPARE(field(c.n1, "pending_files").toInt(-1), 0);
        QCOMPARE(readFile(c.file(QStringLiteral("n2"), QStringLiteral("a.txt"))), QByteArray("a"));
    }

    void deletionPropagates()
    {
        Cluster c;
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("old/gone.txt")), "x"));
        c.n1Active();
        const QString dst = c.file(QStringLiteral("n2"), QStringLiteral("old/gone.txt"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dst), 30000);
        QVERIFY(QDir(c.file(QStringLiteral("n1"), QStringLiteral("old"))).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QFileInfo(dst).absolutePath()), 30000);
    }

    void drainCopiesAFileWrittenJustBeforeTheDrain()
    {
        Cluster c;
        c.n1Active();
        QTRY_VERIFY_WITH_TIMEOUT(inSync(c.n1), 30000);
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("last.txt")), "final words"));
        Drain r(c.n1.get(), 20000);
        QVERIFY(!r.done);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        QVERIFY2(r.ok, qPrintable(r.error.code));
        // No waiting here: drained(true) promises the copy is already there.
        QCOMPARE(readFile(c.file(QStringLiteral("n2"), QStringLiteral("last.txt"))), QByteArray("final words"));
        QCOMPARE(field(c.n1, "pending_files").toInt(-1), 0);
    }

    void aSameSizeRewriteWithinTheSameSecondIsShipped()
    {
        Cluster c;
        c.n1Active();
        const QString src = c.file(QStringLiteral("n1"), QStringLiteral("counter"));
        const QString dst = c.file(QStringLiteral("n2"), QStringLiteral("counter"));
        QVERIFY(writeFile(src, "0001"));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(dst) == "0001" && inSync(c.n1), 30000);
        struct stat shipped = {};
        QVERIFY(::stat(QFile::encodeName(src).constData(), &shipped) == 0);
        QVERIFY(writeFile(src, "0002"));
        // Rewritten within the second of the copy: a millisecond later, as a busy writer would.
        struct timespec times[2] = {shipped.st_atim, shipped.st_mtim};
        times[1].tv_nsec = times[1].tv_nsec >= 999000000 ? times[1].tv_nsec - 1000000 : times[1].tv_nsec + 1000000;
        QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(src).constData(), times, 0) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(readFile(dst) == "0002", 30000);
    }

    void drainWithNothingChangedPushesNothing()
    {
        Cluster c;
        c.n1Active();
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("a.txt")), "a"));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(c.file(QStringLiteral("n2"), QStringLiteral("a.txt"))) == "a", 30000);
        QTRY_VERIFY_WITH_TIMEOUT(inSync(c.n1), 30000);
        const QString lastSync = field(c.n1, "last_sync").toString();
        QVERIFY(!lastSync.isEmpty());
        Drain r(c.n1.get(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        QVERIFY2(r.ok, qPrintable(r.error.code));
        // The time of the last push that succeeded: a push for the drain would have moved it.
        QCOMPARE(field(c.n1, "last_sync").toString(), lastSync);
    }

    void drainPushesAWriteThroughASharedMappingThatInotifyMisses()
    {
        Cluster c;
        c.n1Active();
        const QString src = c.file(QStringLiteral("n1"), QStringLiteral("mapped.db"));
        QVERIFY(writeFile(src, "before"));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(c.file(QStringLiteral("n2"), QStringLiteral("mapped.db"))) == "before",
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(inSync(c.n1), 30000);
        // A database's mapping stays for as long as it runs: the file is closed (IN_CLOSE_WRITE) only
        // when the mapping goes, after the drain here.
        const int fd = ::open(QFile::encodeName(src).constData(), O_RDWR);
        QVERIFY(fd >= 0);
        void* map = ::mmap(nullptr, 6, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        ::close(fd);
        QVERIFY(map != MAP_FAILED);
        const auto unmap = qScopeGuard([map] { ::munmap(map, 6); });
        std::memcpy(map, "after!", 6);
        // The kernel queues an event within the write's own call: one would be read here.
        QCoreApplication::processEvents();
        QCOMPARE(field(c.n1, "pending_files").toInt(-1), 0);
        QVERIFY(inSync(c.n1));
        Drain r(c.n1.get(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        QVERIFY2(r.ok, qPrintable(r.error.code));
        QCOMPARE(readFile(c.file(QStringLiteral("n2"), QStringLiteral("mapped.db"))), QByteArray("after!"));
    }

    void drainFailsWithTheSyncErrorWhenThePeerIsDown()
    {
        Cluster c;
        c.n1->setRole(c.sourceTo(QStringLiteral("n2")));
        Drain r(c.n1.get(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 30000);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, QString::fromLatin1(codes::kReplicationSyncFailed));
        QCOMPARE(r.error.params.value(QStringLiteral("channel")).toString(), QStringLiteral("mail"));
    }

    void aWrongKeyOnTheSourceFailsWithSyncFailed()
    {
        Cluster c("another-cluster-key-0123456789abcdef0123");
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("secret.txt")), "x"));
        c.n1Active();
        QTRY_COMPARE_WITH_TIMEOUT(errorCode(c.n1), QString::fromLatin1(codes::kReplicationSyncFailed), 30000);
        const QJsonObject error = field(c.n1, "error").toObject();
        QCOMPARE(error.value(QStringLiteral("exit_status")).toInt(), 5); // rsync: error starting client-server protocol
        QVERIFY2(error.value(QStringLiteral("detail")).toString().contains(QStringLiteral("auth failed")),
                 qPrintable(error.value(QStringLiteral("detail")).toString()));
        QCOMPARE(field(c.n1, "state").toString(), QStringLiteral("error"));
        QVERIFY(!QFile::exists(c.file(QStringLiteral("n2"), QStringLiteral("secret.txt"))));
    }

    void switchingRolesReversesTheDirection()
    {
        Cluster c;
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("one.txt")), "1"));
        c.n1Active();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(c.file(QStringLiteral("n2"), QStringLiteral("one.txt"))), 30000);

        // Switchover: n2 becomes active and ships to n1's receiver.
        c.n1->setRole(ReplicationRole::target());
        c.n2->setRole(c.sourceTo(QStringLiteral("n1")));
        QVERIFY(writeFile(c.file(QStringLiteral("n2"), QStringLiteral("two.txt")), "2"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(c.file(QStringLiteral("n1"), QStringLiteral("two.txt"))), QByteArray("2"),
                                  30000);
        QTRY_VERIFY_WITH_TIMEOUT(inSync(c.n2), 30000);
        QCOMPARE(field(c.n1, "role").toString(), QStringLiteral("target"));
        QVERIFY(field(c.n1, "lag_s").isNull());
        // n1 no longer pushes: a file written there stays there.
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("stray.txt")), "s"));
        QVERIFY(writeFile(c.file(QStringLiteral("n2"), QStringLiteral("three.txt")), "3"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(c.file(QStringLiteral("n1"), QStringLiteral("three.txt"))), 30000);
        QVERIFY(!QFile::exists(c.file(QStringLiteral("n2"), QStringLiteral("stray.txt"))));
    }

    void aHeldReceiverStartsOnlyOnceReleased()
    {
        // A switchover's source holds its new receiver from the handover to the commit, so that
        // starting the daemon does not delay the commit. Held, the target role starts nothing;
        // released, the receiver starts and takes pushes.
        Cluster c;
        const auto* receiver = qobject_cast<MirrorChannel*>(c.n2.get())->receiver();
        QVERIFY(receiver);
        c.n2->holdReceiver(true);
        c.n2->setRole(ReplicationRole::target());
        QTest::qWait(200); // the start is a zero timer; several turns of the event loop pass here
        QVERIFY(!receiver->isRunning());
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, c.config.endpointFor(QStringLiteral("n2"))->port);
        QVERIFY(!probe.waitForConnected(2000)); // nobody listens on its port
        c.n2->holdReceiver(false);
        QTRY_VERIFY_WITH_TIMEOUT(receiver->isRunning(), 5000);
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("after.txt")), "a"));
        c.n1->setRole(c.sourceTo(QStringLiteral("n2")));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(c.file(QStringLiteral("n2"), QStringLiteral("after.txt"))), QByteArray("a"),
                                  30000);
    }

    void aReceiverStoppedMidPushLeavesNoHalfFile()
    {
        // A takeover stops its receiver at once, also in the middle of a push whose sender may be
        // gone. The file being written must not stay behind as rsync's ".NAME.XXXXXX", which the
        // node would then serve and ship; a user's file of that shape stays.
        Cluster c;
        const auto* receiver = qobject_cast<MirrorChannel*>(c.n2.get())->receiver();
        c.n2->setRole(ReplicationRole::target());
        QTRY_VERIFY_WITH_TIMEOUT(receiver->isRunning(), 5000);
        for (const QString& node : {QStringLiteral("n1"), QStringLiteral("n2")}) // on both: the push leaves it be
            QVERIFY(writeFile(c.file(node, QStringLiteral(".notes.abc123")), "mine"));
        QByteArray big(16 << 20, '\0');
        for (qsizetype i = 0; i < big.size(); i += 4096)
            big[i] = char(i / 4096); // not all zeros, so that nothing shortens the transfer
        QVERIFY(writeFile(c.file(QStringLiteral("n1"), QStringLiteral("big.bin")), big));
        // Pushed by hand, slowly (1 MB/s), so that it is surely under way when the receiver stops.
        const LinkEndpoint* to = c.config.endpointFor(QStringLiteral("n2"));
        QProcess push;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RSYNC_PASSWORD"), QString::fromLatin1(MirrorSecret::password(kKey, c.config.name)));
        push.setProcessEnvironment(env);
        push.start(
            QStringLiteral("rsync"),
            RsyncPush::arguments(c.path(QStringLiteral("n1")), to->host, to->port, MirrorSecret::module(c.config.name))
                << QStringLiteral("--bwlimit=1000"));
        const auto halfFiles = [&] {
            return QDir(c.path(QStringLiteral("n2")))
                .entryList({QStringLiteral(".big.bin.*")}, QDir::Files | QDir::Hidden);
        };
        QTRY_VERIFY_WITH_TIMEOUT(!halfFiles().isEmpty(), 10000);
        c.n2->setRole(ReplicationRole::idle());
        QTRY_VERIFY_WITH_TIMEOUT(!receiver->isRunning(), 5000);
        QCOMPARE(halfFiles(), QStringList{});
        QVERIFY(!QFile::exists(c.file(QStringLiteral("n2"), QStringLiteral("big.bin"))));
        // Not asked to end (SIGTERM), on which rsync tidies up by itself but takes its time: it
        // would have moved the half file into the partial folder.
        QVERIFY(!QFile::exists(c.file(QStringLiteral("n2"), QStringLiteral(".twinha-partial/big.bin"))));
        QCOMPARE(readFile(c.file(QStringLiteral("n2"), QStringLiteral(".notes.abc123"))), QByteArray("mine"));
        QVERIFY(push.waitForFinished(40000));
        QVERIFY(push.exitCode() != 0); // its receiver went away
    }

    void aMissingSourceFolderIsPathMissing()
    {
        Cluster c;
        QVERIFY(QDir(c.path(QStringLiteral("n1"))).removeRecursively());
        c.n1Active();
        QTRY_COMPARE_WITH_TIMEOUT(errorCode(c.n1), QString::fromLatin1(codes::kReplicationPathMissing), 30000);
        QCOMPARE(field(c.n1, "error").toObject().value(QStringLiteral("path")).toString(),
                 c.path(QStringLiteral("n1")));
    }

    void aReceiverThatCannotBindIsReceiverFailed()
    {
        Cluster c;
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, c.config.endpointFor(QStringLiteral("n2"))->port));
        c.n2->setRole(ReplicationRole::target());
        QTRY_COMPARE_WITH_TIMEOUT(errorCode(c.n2), QString::fromLatin1(codes::kReplicationReceiverFailed), 30000);
        const QJsonObject error = field(c.n2, "error").toObject();
        QCOMPARE(error.value(QStringLiteral("address")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(squatter.serverPort()));
        QVERIFY(!error.value(QStringLiteral("detail")).toString().isEmpty());
        // Once the port is free the supervisor's restart succeeds and the error clears.
        squatter.close();
        QTRY_VERIFY_WITH_TIMEOUT(errorCode(c.n2).isEmpty(), 30000);
    }

    void drainOnANodeThatIsNotTheSourceHasNothingToShip()
    {
        Cluster c;
        c.n2->setRole(ReplicationRole::target());
        Drain r(c.n2.get(), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        QVERIFY(r.ok);
    }
};

QTEST_GUILESS_MAIN(TestMirrorChannel)
#include "TestMirrorChannel.moc"
