#include "agentlink/AgentClient.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/integration/LabEnvironment.h"
#include "tests/integration/OwnLab.h"
#include "tests/integration/ScriptedPrompter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace twinha;
using agentlink::AgentClient;
using agentlink::LinkStage;
using agentlink::LinkState;
using agentlink::PromptRequest;
namespace codes = protocol::codes;

// Each authentication method the lab can offer, against real OpenSSH servers.
class TestSshAuthMethods : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<tests::OwnLab> m_lab;
    QString m_user = QStringLiteral("twinha-authtest");
    QByteArray m_password;
    QList<QProcess*> m_sshds;

    QString labFile(const QString& name) const { return m_lab->dir() + QLatin1Char('/') + name; }

    QString newKey(const QString& name, const QString& passphrase) { return m_lab->newNode1Key(name, passphrase); }

    // Node1's host key and known_hosts entry, but another sshd configuration on another port.
    int startSshd(const QStringList& extraConfig)
    {
        const int port = tests::freeTcpPort();
        const QString config = labFile(QStringLiteral("sshd_%1.conf").arg(port));
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        const QStringList lines =
            QStringList{QStringLiteral("Port %1").arg(port),
                        QStringLiteral("ListenAddress 127.0.0.1"),
                        QStringLiteral("HostKey %1").arg(labFile(QStringLiteral("node1/ssh_host_ed25519_key"))),
                        QStringLiteral("PidFile none"),
                        QStringLiteral("PubkeyAuthentication no"),
                        QStringLiteral("PermitRootLogin no"),
                        QStringLiteral("LogLevel VERBOSE")} +
            extraConfig;
        f.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        f.close();
        QFile known(labFile(QStringLiteral("known_hosts")));
        QFile hostKey(labFile(QStringLiteral("node1/ssh_host_ed25519_key.pub")));
        if (!known.open(QIODevice::Append) || !hostKey.open(QIODevice::ReadOnly))
            return 0;
        known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + hostKey.readAll());
        known.close();
        auto* sshd = new QProcess;
        sshd->setProcessChannelMode(QProcess::MergedChannels);
        sshd->start(QStringLiteral("/usr/sbin/sshd"),
                    {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
        m_sshds << sshd;
        // Listening once it accepts a TCP connection.
        const bool up = QTest::qWaitFor(
            [&] {
                return tests::run(QStringLiteral("bash"),
                                  {QStringLiteral("-c"), QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/%1").arg(port)}) ==
                       0;
            },
            10000);
        return up ? port : 0;
    }

    agentlink::NodeEndpoint endpoint(int port, const QString& user, const QString& identity)
    {
        agentlink::NodeEndpoint ep = m_lab->profile().nodes.value(0);
        ep.port = port > 0 ? port : ep.port;
        ep.user = user.isEmpty() ? ep.user : user;
        ep.identityFile = identity;
        return ep;
    }

    // Runs one connection attempt; returns the furthest stage reached and the final state.
    LinkState attempt(const agentlink::NodeEndpoint& ep, std::shared_ptr<tests::ScriptedPrompter> prompter,
                      LinkStage* furthest, protocol::RpcError* error)
    {
        AgentClient client(ep);
        client.setPrompter(prompter);
        *furthest = LinkStage::Connecting;
        connect(&client, &AgentClient::stageChanged, this, [&](LinkStage s) { *furthest = std::max(*furthest, s); });
        client.start();
        (void)QTest::qWaitFor(
            [&] { return client.state() == LinkState::Ready || client.state() == LinkState::Disconnected; }, 20000);
        *error = client.lastError();
        return client.state();
    }

    bool root() const { return ::geteuid() == 0; }

    // A key node1 does not accept.
    QString strangerKey(const QString& name)
    {
        const QString path = labFile(name);
        return tests::run(QStringLiteral("ssh-keygen"),
                          {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                           QString(), QStringLiteral("-f"), path}) == 0
                   ? path
                   : QString();
    }

    // An ssh-agent holding `keys`, in SSH_AUTH_SOCK until it is stopped.
    struct SshAgent
    {
        QProcess process;
        ~SshAgent()
        {
            qunsetenv("SSH_AUTH_SOCK");
            process.terminate();
            process.waitForFinished(3000);
        }
    };
    bool startAgent(SshAgent* agent, const QString& name, const QStringList& keys)
    {
        const QString socket = labFile(name);
        agent->process.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        if (!QTest::qWaitFor([&] { return QFile::exists(socket); }, 5000))
            return false;
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        for (const QString& key : keys)
            if (tests::run(QStringLiteral("ssh-add"), {QStringLiteral("-q"), key}) != 0)
                return false;
        return true;
    }
    QStringList strangerKeys(const QString& prefix, int n)
    {
        QStringList keys;
        for (int i = 0; i < n; ++i)
            keys << strangerKey(prefix + QString::number(i));
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<tests::OwnLab>();
        QVERIFY2(m_lab->isUp(), qPrintable(m_lab->upOutput()));
    }

    void cleanupTestCase()
    {
        for (QProcess* sshd : std::as_const(m_sshds)) {
            tests::signalWithChildren(sshd->processId(), SIGTERM);
            sshd->waitForFinished(5000);
            delete sshd;
        }
        if (!m_password.isEmpty())
            tests::run(QStringLiteral("userdel"), {m_user});
        m_lab.reset();
    }

    void encryptedKeyAsksForItsPassphrase()
    {
        const QString key = newKey(QStringLiteral("encrypted_key"), QStringLiteral("correct horse"));
        QVERIFY(!key.isEmpty());
        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        prompter->secret = "correct horse";
        LinkStage stage;
        protocol::RpcError error;
        QCOMPARE(attempt(endpoint(0, {}, key), prompter, &stage, &error), LinkState::Ready);
        QCOMPARE(prompter->count(PromptRequest::Kind::KeyPassphrase), 1);
        QCOMPARE(prompter->last().keyFile, key);
    }

    void wrongPassphraseIsAskedThreeTimesThenReported()
    {
        const QString key = newKey(QStringLiteral("encrypted_key2"), QStringLiteral("right"));
        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        prompter->secret = "wrong";
        LinkStage stage;
        protocol::RpcError error;
        QCOMPARE(attempt(endpoint(0, {}, key), prompter, &stage, &error), LinkState::Disconnected);
        QCOMPARE(error.code, QString(codes::kKeyPassphraseWrong));
        QCOMPARE(prompter->count(PromptRequest::Kind::KeyPassphrase), 3);
    }

    void keyOthersCanReadIsNotUsedAsSshWouldNot()
    {
        const QString key = newKey(QStringLiteral("open_key"), QString());
        QVERIFY(!key.isEmpty());
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        LinkStage stage;
        protocol::RpcError error;
        QCOMPARE(attempt(endpoint(0, {}, key), prompter, &stage, &error), LinkState::Disconnected);
        QCOMPARE(error.code, QString(codes::kIdentityTooOpen));
        QCOMPARE(error.params.value(QStringLiteral("identity")).toString(), key);
        QCOMPARE(error.params.value(QStringLiteral("mode")).toString(), QStringLiteral("0644"));
        QVERIFY(agentlink::ErrorText::describe(error).contains(QStringLiteral("chmod 600 ") + key));
        // The same key, private again, logs in: the mode was the only matter.
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(attempt(endpoint(0, {}, key), prompter, &stage, &error), LinkState::Ready);
    }

    void sshAgentKeyIsUsedWithoutAKeyFile()
    {
        const QString key = newKey(QStringLiteral("agent_key"), QString());
        const QString socket = labFile(QStringLiteral("ssh-agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(socket); }, 5000));
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        QByteArray out;
        QCOMPARE(tests::run(QStringLiteral("ssh-add"), {key}, &out), 0);
        QVERIFY(QFile::remove(key));                                     // only the agent holds it now
        qputenv("HOME", labFile(QStringLiteral("empty-home")).toUtf8()); // no default keys either

        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        LinkStage stage;
        protocol::RpcError error;
        const LinkState state = attempt(endpoint(0, {}, QString()), prompter, &stage, &error);
        qunsetenv("SSH_AUTH_SOCK");
        agent.terminate();
        agent.waitForFinished(3000);
        QVERIFY2(state == LinkState::Ready, qPrintable(error.code));
    }

    void aPassphraseKeyWithNobodyToAskSaysSoInsteadOfUnreadable()
    {
        const QString key = newKey(QStringLiteral("encrypted_key3"), QStringLiteral("secret"));
        LinkStage stage;
        protocol::RpcError error;
        QCOMPARE(attempt(endpoint(0, {}, key), nullptr, &stage, &error), LinkState::Disconnected);
        QCOMPARE(error.code, QString(codes::kKeyPassphraseNeeded));
        QCOMPARE(error.params.value(QStringLiteral("identity")).toString(), key);
        QVERIFY(agentlink::ErrorText::describe(error).contains(QStringLiteral("load it into ssh-agent")));
    }

    void anEncryptedDefaultKeyIsAskedForOrSaidSo()
    {
        QVERIFY(QDir().mkpath(labFile(QStringLiteral("home-enc/.ssh"))));
        qputenv("HOME", labFile(QStringLiteral("home-enc")).toUtf8());
        const QString key = newKey(QStringLiteral("home-enc/.ssh/id_ed25519"), QStringLiteral("pw"));
        QVERIFY(!key.isEmpty());
        LinkStage stage;
        protocol::RpcError error;
        QCOMPARE(attempt(endpoint(0, {}, QString()), nullptr, &stage, &error), LinkState::Disconnected);
        QCOMPARE(error.code, QString(codes::kKeyPassphraseNeeded));
        QCOMPARE(error.params.value(QStringLiteral("identity")).toString(), key);

        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        prompter->secret = "pw";
        QCOMPARE(attempt(endpoint(0, {}, QString()), prompter, &stage, &error), LinkState::Ready);
        QCOMPARE(prompter->count(PromptRequest::Kind::KeyPassphrase), 1);

        // A plain default key after the encrypted one is still tried when nobody can be asked.
        QVERIFY(!newKey(QStringLiteral("home-enc/.ssh/id_ecdsa"), QString()).isEmpty());
        QCOMPARE(attempt(endpoint(0, {}, QString()), nullptr, &stage, &error), LinkState::Ready);
    }

    // sshd's MaxAuthTries is 6 by default: eight agent keys offered first would use it up.
    void theProfilesKeyGoesBeforeAnAgentFullOfOtherKeys()
    {
        const QString key = newKey(QStringLiteral("profile_key"), QString());
        SshAgent agent;
        QVERIFY(startAgent(&agent, QStringLiteral("agent-full.sock"), strangerKeys(QStringLiteral("stranger_a"), 8)));
        LinkStage stage;
        protocol::RpcError error;
        QCOMPARE(attempt(endpoint(0, {}, key), std::make_shared<tests::ScriptedPrompter>(), &stage, &error),
                 LinkState::Ready);
    }

    void anAgentFullOfKeysIsSaidInWordsNotInLibsshs()
    {
        qputenv("HOME", labFile(QStringLiteral("empty-home")).toUtf8()); // no default keys
        SshAgent agent;
        QVERIFY(startAgent(&agent, QStringLiteral("agent-full2.sock"), strangerKeys(QStringLiteral("stranger_b"), 8)));
        LinkStage stage;
        protocol::RpcError error;
        QCOMPARE(attempt(endpoint(0, {}, QString()), std::make_shared<tests::ScriptedPrompter>(), &stage, &error),
                 LinkState::Disconnected);
        QCOMPARE(error.code, QString(codes::kAuthTooManyTries));
        const QString text = agentlink::ErrorText::describe(error);
        QVERIFY2(text.contains(QStringLiteral("\"identities_only\": true")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("pending SSH call")), qPrintable(text));
    }

    void identitiesOnlyNeverOffersTheAgentsKeys()
    {
        const QString accepted = newKey(QStringLiteral("agent_key2"), QString());
        const QString refused = strangerKey(QStringLiteral("stranger_c"));
        SshAgent agent;
        QVERIFY(startAgent(&agent, QStringLiteral("agent-one.sock"), {accepted}));
        agentlink::NodeEndpoint ep = endpoint(0, {}, refused);
        LinkStage stage;
        protocol::RpcError error;
        // Without the option the agent's key logs in after the profile's key is refused...
        QCOMPARE(attempt(ep, std::make_shared<tests::ScriptedPrompter>(), &stage, &error), LinkState::Ready);
        // ...with it, only the profile's key is offered.
        ep.identitiesOnly = true;
        QCOMPARE(attempt(ep, std::make_shared<tests::ScriptedPrompter>(), &stage, &error), LinkState::Disconnected);
        QCOMPARE(error.code, QString(codes::kAuthFailed));
        QCOMPARE(error.params.value(QStringLiteral("tried")).toString(), QStringLiteral("key"));
    }

    void passwordAndKeyboardInteractiveAuthenticate_data()
    {
        QTest::addColumn<QStringList>("sshdConfig");
        QTest::addColumn<int>("expectedKind");
        QTest::newRow("password") << QStringList{QStringLiteral("UsePAM no"),
                                                 QStringLiteral("PasswordAuthentication yes"),
                                                 QStringLiteral("KbdInteractiveAuthentication no")}
                                  << int(PromptRequest::Kind::Password);
        QTest::newRow("keyboard-interactive (PAM)")
            << QStringList{QStringLiteral("UsePAM yes"), QStringLiteral("PasswordAuthentication no"),
                           QStringLiteral("KbdInteractiveAuthentication yes")}
            << int(PromptRequest::Kind::KeyboardInteractive);
    }

    void passwordAndKeyboardInteractiveAuthenticate()
    {
        QFETCH(QStringList, sshdConfig);
        QFETCH(int, expectedKind);
        if (!root())
            QSKIP("needs root to create a throw-away account with a password");
        if (m_password.isEmpty()) {
            m_password = QByteArray::number(quint64(QRandomGenerator::global()->generate64()), 36) + "Aa1!";
            tests::run(QStringLiteral("userdel"), {m_user});
            QCOMPARE(tests::run(QStringLiteral("useradd"),
                                {QStringLiteral("-M"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), m_user}),
                     0);
            QProcess chpasswd;
            chpasswd.start(QStringLiteral("chpasswd"));
            chpasswd.write(m_user.toUtf8() + ':' + m_password + '\n');
            chpasswd.closeWriteChannel();
            QVERIFY(chpasswd.waitForFinished(5000) && chpasswd.exitCode() == 0);
        }
        const int port = startSshd(sshdConfig);
        QVERIFY(port > 0);
        agentlink::NodeEndpoint ep = endpoint(port, m_user, QString());
        ep.agentCommand = QStringLiteral("true"); // authentication is what is tested here
        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        prompter->secret = m_password;
        LinkStage stage;
        protocol::RpcError error;
        attempt(ep, prompter, &stage, &error);
        QVERIFY2(stage >= LinkStage::StartingAgent,
                 qPrintable(error.code + QLatin1Char(' ') + error.params.value(QStringLiteral("offered")).toString()));
        QCOMPARE(error.code, QString(codes::kAgentCommandFailed)); // `true` ends the session at once
        QCOMPARE(prompter->count(PromptRequest::Kind(expectedKind)), 1);

        // The same server refuses a wrong password.
        prompter = std::make_shared<tests::ScriptedPrompter>();
        prompter->secret = "not-the-password";
        attempt(ep, prompter, &stage, &error);
        QCOMPARE(error.code, QString(codes::kAuthFailed));
    }
};

QTEST_GUILESS_MAIN(TestSshAuthMethods)
#include "TestSshAuthMethods.moc"
