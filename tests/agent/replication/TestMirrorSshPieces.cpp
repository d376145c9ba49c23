#include "agent/NodeState.h"
#include "agent/config/AgentConfig.h"
#include "agent/control/ControlMethods.h"
#include "agent/control/StatusProvider.h"
#include "agent/coordinator/ClientCredentials.h"
#include "agent/replication/AuthorizedKeys.h"
#include "agent/replication/MirrorServe.h"
#include "agent/replication/MirrorSshMethods.h"
#include "agent/replication/MirrorTransport.h"
#include "agent/replication/ReceiverGate.h"
#include "agent/replication/RsyncPush.h"
#include "agent/replication/SshPublicKey.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace twinha::agent;

namespace {
// Real ed25519 public keys (made with ssh-keygen for these tests).
const QString kKeyA =
    QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP06F1CjFVuJo6IWV2W2fj8sWIvNp7D5lmBX5X9t5blm");
const QString kKeyB =
    QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKQTZ0gJyaEGd4T0d1AjQQvZKhs8fFqqv3CCGvt9pbma");

ReplicationConfig sshChannel()
{
    ReplicationConfig c;
    c.name = QStringLiteral("mail");
    c.type = ReplicationType::Mirror;
    c.transport = twinha::protocol::MirrorTransportKind::Ssh;
    c.sshUser = QStringLiteral("twinha");
    c.endpoints = {{QStringLiteral("n1"), {}, QStringLiteral("10.0.0.1"), 22},
                   {QStringLiteral("n2"), {}, QStringLiteral("10.0.0.2"), 2222}};
    return c;
}

// Through the control methods, as a client of the socket would call it.
std::optional<twinha::protocol::RpcMessage> call(MirrorSshMethods* mirror, const QString& method,
                                                 const QJsonObject& params, bool asOperator)
{
    using twinha::protocol::RpcMessage;
    QTemporaryDir dir;
    AgentConfig none;
    NodeState state(dir.filePath(QStringLiteral("state")));
    StatusProvider status(none, QStringLiteral("n1"), &state);
    ControlMethods methods(&status);
    methods.setMirrorSshMethods(mirror);
    ClientCredentials client;
    client.user = QStringLiteral("nobody");
    client.isOperator = asOperator;
    std::optional<RpcMessage> reply;
    if (!methods.handleDeferred(RpcMessage::request(7, method, params), client,
                                [&reply](const RpcMessage& r) { reply = r; }))
        return std::nullopt;
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 15000))
        return std::nullopt;
    return reply;
}
} // namespace

// The pieces of the mirror over ssh that need no sshd: the rsync command line, the
// authorized_keys entry and its editing, the keys the agent accepts, what mirror-serve accepts.
class TestMirrorSshPieces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePlainTransportKeepsItsCommandLine()
    {
        const QStringList args = RsyncPush::arguments(QStringLiteral("/srv/mail"), QStringLiteral("10.0.0.2"), 5406,
                                                      QStringLiteral("twinha-mail"));
        QVERIFY(args.contains(QStringLiteral("--contimeout=10")));
        QVERIFY(!args.contains(QStringLiteral("-e")));
        QCOMPARE(args.last(), QStringLiteral("rsync://twinha@10.0.0.2:5406/twinha-mail/"));
    }

    void anSshPushPinsTheHostKeyAndNamesTheChannel()
    {
        const MirrorTransport t =
            MirrorTransport::forChannel(sshChannel(), QStringLiteral("n1"), QStringLiteral("/var/lib/twinha"));
        QCOMPARE(t.hostKeyAlias, QStringLiteral("twinha-mirror-n2"));
        const QStringList args = RsyncPush::arguments(QStringLiteral("/srv/mail"), QStringLiteral("10.0.0.2"), 2222,
                                                      QStringLiteral("twinha-mail"), QStringLiteral("mail-1"), t);
        QCOMPARE(args.last(), QStringLiteral("twinha@10.0.0.2::twinha-mail/"));
        QVERIFY(!args.contains(QStringLiteral("--contimeout=10"))); // a daemon option; ssh has ConnectTimeout
        QVERIFY(args.contains(QStringLiteral("--rsync-path=twinha-mirror mail")));
        QVERIFY(args.contains(QStringLiteral("--backup-dir=.twinha-divergence/mail-1")));
        const qsizetype e = args.indexOf(QStringLiteral("-e"));
        QVERIFY(e >= 0);
        const QString ssh = args.at(e + 1);
        for (const char* option :
             {"ssh -F /dev/null ", " -i /var/lib/twinha/mirror-ssh/id_ed25519 ", " -p 2222 ", " -l twinha ",
              " -o BatchMode=yes ", " -o IdentitiesOnly=yes ", " -o StrictHostKeyChecking=yes ",
              " -o UserKnownHostsFile=/var/lib/twinha/mirror-ssh/known_hosts ", " -o GlobalKnownHostsFile=/dev/null ",
              " -o HostKeyAlias=twinha-mirror-n2 ", " -o ConnectTimeout=10 "})
            QVERIFY2(ssh.contains(QLatin1String(option)),
                     qPrintable(ssh + QStringLiteral(" lacks ") + QLatin1String(option)));
    }

    void pathsWithSpacesAreQuotedForRsyncAndImpossibleOnesRefused()
    {
        MirrorTransport t =
            MirrorTransport::forChannel(sshChannel(), QStringLiteral("n1"), QStringLiteral("/var/lib/my state"));
        QVERIFY(t.rsyncOptions(22).at(1).contains(QStringLiteral(" -i '/var/lib/my state/mirror-ssh/id_ed25519' ")));
        t = MirrorTransport::forChannel(sshChannel(), QStringLiteral("n1"), QStringLiteral("/var/lib/it's \"odd\""));
        QVERIFY(t.rsyncOptions(22).isEmpty());
        QVERIFY(
            RsyncPush::arguments(QStringLiteral("/a"), QStringLiteral("h"), 22, QStringLiteral("m"), {}, t).isEmpty());
    }

    void theDefaultLoginIsTheAgentsUser()
    {
        ReplicationConfig c = sshChannel();
        c.sshUser.clear();
        QCOMPARE(MirrorTransport::forChannel(c, QStringLiteral("n2"), QStringLiteral("/s")).sshUser,
                 MirrorTransport::defaultUser());
        QVERIFY(!MirrorTransport::defaultUser().isEmpty());
    }

    void onlyWellFormedKeysAreAccepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("ed25519 with comment") << kKeyA + QStringLiteral(" twinha-mirror@n1") << true;
        QTest::newRow("ed25519 bare") << kKeyB << true;
        QTest::newRow("type and blob disagree")
            << QStringLiteral("ssh-rsa ") + kKeyA.section(QLatin1Char(' '), 1) << false;
        QTest::newRow("not base64") << QStringLiteral("ssh-ed25519 AAAA!!!!") << false;
        QTest::newRow("options smuggled in front") << QStringLiteral("command=\"sh\" ") + kKeyA << false;
        QTest::newRow("a second line") << kKeyA + QStringLiteral("\nssh-ed25519 AAAA") << false;
        QTest::newRow("empty") << QString() << false;
        // Only the type and 16 of the key's 32 bytes.
        QTest::newRow("ed25519 cut short")
            << QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAEP06F1CjFVuJo6IWV2W2fj8s") << false;
    }

    void onlyWellFormedKeysAreAccepted()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const std::optional<SshPublicKey> key = SshPublicKey::parse(text, {QStringLiteral("ssh-ed25519")});
        QCOMPARE(key.has_value(), ok);
        if (ok)
            QVERIFY(!key->line().contains(QLatin1String("twinha-mirror@"))); // the comment is dropped
    }

    void theEntryForcesTheServeCommand()
    {
        const SshPublicKey key = *SshPublicKey::parse(kKeyA, {QStringLiteral("ssh-ed25519")});
        QCOMPARE(AuthorizedKeys::entry(QStringLiteral("/usr/bin/twinha-agent"), QStringLiteral("/var/lib/twinha"), key),
                 QStringLiteral("restrict,command=\"'/usr/bin/twinha-agent' mirror-serve --state-dir "
                                "'/var/lib/twinha'\" ") +
                     kKeyA + QStringLiteral(" twinha-mirror:/var/lib/twinha"));
        QCOMPARE(AuthorizedKeys::marker(QStringLiteral("/var/lib/my state")),
                 QStringLiteral("twinha-mirror:/var/lib/my%20state"));
        QVERIFY(AuthorizedKeys::entry(QStringLiteral("/usr/bin/twinha-agent"), QStringLiteral("/a\"b"), key).isEmpty());
        QVERIFY(AuthorizedKeys::entry(QStringLiteral("/usr/bin/twinha-agent"), QStringLiteral("/a\\b"), key).isEmpty());
    }

    void trustingAgainReplacesOnlyThisAgentsEntry()
    {
        const QString mark = AuthorizedKeys::marker(QStringLiteral("/var/lib/twinha"));
        const QByteArray mine = "restrict,command=\"x\" " + kKeyA.toLatin1() + ' ' + mark.toLatin1();
        const QByteArray other = "restrict,command=\"y\" " + kKeyB.toLatin1() + " twinha-mirror:/var/lib/other";
        const QByteArray existing = "# admin's keys\nssh-ed25519 AAAAadmin admin@laptop\n" + mine + "\n" + other + "\n";
        const QByteArray out = AuthorizedKeys::withEntry(existing, mark, QStringLiteral("NEW ") + mark);
        QCOMPARE(out, QByteArray("# admin's keys\nssh-ed25519 AAAAadmin admin@laptop\n") + other + "\nNEW " +
                          mark.toLatin1() + "\n");
        QCOMPARE(AuthorizedKeys::withEntry(out, mark, QStringLiteral("NEW ") + mark), out); // idempotent
        QCOMPARE(AuthorizedKeys::withEntry({}, mark, QStringLiteral("E")), QByteArray("E\n"));
        QCOMPARE(AuthorizedKeys::withEntry("no-newline-at-end", mark, QStringLiteral("E")),
                 QByteArray("no-newline-at-end\nE\n"));
    }

    void installingCreatesThePrivateFolderAndFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("home/.ssh/authorized_keys"));
        QString error;
        QVERIFY2(AuthorizedKeys::install(path, QStringLiteral("m"), QStringLiteral("E m"), &error), qPrintable(error));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup), 0);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("home/.ssh"))).permissions() & QFile::ReadOther, 0);
        QVERIFY(AuthorizedKeys::install(path, QStringLiteral("m"), QStringLiteral("F m"), &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("F m\n"));
    }

    void mirrorServeAcceptsOnlyWhatRsyncSends_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("channel");
        QTest::newRow("the mirror") << QStringLiteral("twinha-mirror mail --server --daemon .")
                                    << QStringLiteral("mail");
        QTest::newRow("a shell") << QStringLiteral("sh") << QString();
        QTest::newRow("rsync itself") << QStringLiteral("rsync --server --daemon .") << QString();
        QTest::newRow("a path as channel")
            << QStringLiteral("twinha-mirror ../../etc --server --daemon .") << QString();
        QTest::newRow("an option as channel")
            << QStringLiteral("twinha-mirror --config=/x --server --daemon .") << QString();
        QTest::newRow("more after it") << QStringLiteral("twinha-mirror mail --server --daemon . && sh") << QString();
        QTest::newRow("a sender, not a daemon")
            << QStringLiteral("twinha-mirror mail --server --sender . /") << QString();
        QTest::newRow("a line break") << QStringLiteral("twinha-mirror mail --server --daemon .\nsh") << QString();
    }

    void mirrorServeAcceptsOnlyWhatRsyncSends()
    {
        QFETCH(QString, command);
        QFETCH(QString, channel);
        QCOMPARE(MirrorServe::channelOf(command), channel);
    }

    void onlyOperatorsMayMakeOrTrustKeys()
    {
        namespace codes = twinha::protocol::codes;
        QTemporaryDir dir;
        const QString keys = dir.filePath(QStringLiteral("authorized_keys"));
        MirrorSshMethods mirror({QStringLiteral("n1"), dir.filePath(QStringLiteral("state")),
                                 QStringLiteral("/usr/bin/twinha-agent"), keys});
        const QJsonObject trust{{QStringLiteral("peer"), QStringLiteral("n2")},
                                {QStringLiteral("public_key"), kKeyA},
                                {QStringLiteral("host_keys"), QJsonArray{kKeyB}}};
        QCOMPARE(call(&mirror, QStringLiteral("mirror.ssh_key"), {}, false)->error.code,
                 QString::fromLatin1(codes::kPermissionDenied));
        QCOMPARE(call(&mirror, QStringLiteral("mirror.ssh_trust"), trust, false)->error.code,
                 QString::fromLatin1(codes::kPermissionDenied));
        QVERIFY(!QFile::exists(keys));
        QVERIFY(!QFile::exists(MirrorTransport::keyPath(dir.filePath(QStringLiteral("state")))));

        const auto key = call(&mirror, QStringLiteral("mirror.ssh_key"), {}, true);
        QVERIFY(key && key->error.isNull());
        const QString publicKey = key->result[QStringLiteral("public_key")].toString();
        QVERIFY(SshPublicKey::parse(publicKey, {QStringLiteral("ssh-ed25519")}));
        QCOMPARE(call(&mirror, QStringLiteral("mirror.ssh_key"), {}, true)->result[QStringLiteral("public_key")],
                 publicKey); // made once, then kept
        QCOMPARE(QFileInfo(MirrorTransport::keyPath(dir.filePath(QStringLiteral("state")))).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther),
                 0);

        QJsonObject badHostKey = trust;
        badHostKey.insert(QStringLiteral("host_keys"), QJsonArray{QStringLiteral("ssh-ed25519 AAAA\n* ssh-rsa x")});
        QCOMPARE(call(&mirror, QStringLiteral("mirror.ssh_trust"), badHostKey, true)->error.code,
                 QString::fromLatin1(codes::kInvalidParams));
        QJsonObject badPeer = trust;
        badPeer.insert(QStringLiteral("peer"), QStringLiteral("../n2"));
        QCOMPARE(call(&mirror, QStringLiteral("mirror.ssh_trust"), badPeer, true)->error.code,
                 QString::fromLatin1(codes::kInvalidParams));
        QVERIFY(!QFile::exists(keys));

        const auto trusted = call(&mirror, QStringLiteral("mirror.ssh_trust"), trust, true);
        QVERIFY(trusted && trusted->error.isNull());
        QFile known(MirrorTransport::knownHostsPath(dir.filePath(QStringLiteral("state"))));
        QVERIFY(known.open(QIODevice::ReadOnly));
        QCOMPARE(known.readAll(), QByteArray("twinha-mirror-n2 ") + kKeyB.toLatin1() + '\n');
        QFile entries(keys);
        QVERIFY(entries.open(QIODevice::ReadOnly));
        QVERIFY(entries.readAll().contains(" mirror-serve --state-dir "));
    }

    void theGateIsHeldWhileOpenAndNotAfter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.serving"));
        QVERIFY(!ReceiverGate::isHeld(path));
        // Another process asks, as mirror-serve does (a lock of our own would not conflict with us).
        auto heldSeenByAnother = [&path] {
            const pid_t child = ::fork();
            if (child == 0)
                ::_exit(ReceiverGate::isHeld(path) ? 1 : 0);
            int status = 0;
            ::waitpid(child, &status, 0);
            return WIFEXITED(status) && WEXITSTATUS(status) == 1;
        };
        {
            ReceiverGate gate;
            QString error;
            QVERIFY2(gate.open(path, &error), qPrintable(error));
            QVERIFY(heldSeenByAnother());
        }
        QVERIFY(!heldSeenByAnother());
    }
};

QTEST_GUILESS_MAIN(TestMirrorSshPieces)
#include "TestMirrorSshPieces.moc"
