#include "agentlink/AgentClient.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/integration/LabEnvironment.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha;
using agentlink::AgentClient;
using agentlink::LinkState;
namespace codes = protocol::codes;

// The console trusts only its own known_hosts: unknown, changed and other-type keys are refused
// before authentication, and no status ever arrives from such a host.
class TestHostKeyRefusal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newPublicKey(const QString& type)
    {
        const QString path = m_dir.filePath(type + QString::number(QRandomGenerator::global()->generate()));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), type,
                                                    QStringLiteral("-N"), QString(), QStringLiteral("-f"), path});
        if (!keygen.waitForFinished(20000) || keygen.exitCode() != 0)
            return {};
        QFile pub(path + QStringLiteral(".pub"));
        return pub.open(QIODevice::ReadOnly) ? QString::fromUtf8(pub.readAll().trimmed()) : QString();
    }

    // node1 of the lab, but checked against a known_hosts file holding `content`.
    protocol::RpcError connectWithKnownHosts(const QString& content)
    {
        agentlink::NodeEndpoint ep = tests::labProfile().nodes.value(0);
        ep.knownHostsFile =
            m_dir.filePath(QStringLiteral("known_hosts_%1").arg(QRandomGenerator::global()->generate()));
        QFile file(ep.knownHostsFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0)
            return protocol::RpcError::make(QStringLiteral("TEST_SETUP"));
        file.close();
        AgentClient client(ep);
        QSignalSpy statuses(&client, &AgentClient::statusReceived);
        client.start();
        if (!QTest::qWaitFor([&] { return client.state() == LinkState::Disconnected; }, 15000))
            return protocol::RpcError::make(QStringLiteral("TEST_TIMEOUT"));
        if (!statuses.isEmpty())
            return protocol::RpcError::make(QStringLiteral("TEST_STATUS_LEAKED"));
        return client.lastError();
    }

    QString hostPattern() const
    {
        const agentlink::NodeEndpoint ep = tests::labProfile().nodes.value(0);
        return QStringLiteral("[%1]:%2").arg(ep.host).arg(ep.port);
    }

private Q_SLOTS:
    void changedHostKeyIsRefused()
    {
        const QString key = newPublicKey(QStringLiteral("ed25519"));
        QVERIFY(!key.isEmpty());
        const protocol::RpcError error = connectWithKnownHosts(hostPattern() + QLatin1Char(' ') + key + '\n');
        QCOMPARE(error.code, QString(codes::kHostKeyChanged));
        QVERIFY(error.params.value(QStringLiteral("fingerprint")).toString().startsWith(QLatin1String("SHA256:")));
    }

    void unknownHostIsRefusedWithItsFingerprint()
    {
        const protocol::RpcError error = connectWithKnownHosts(QString());
        QCOMPARE(error.code, QString(codes::kHostKeyUnknown));
        QVERIFY(error.params.value(QStringLiteral("fingerprint")).toString().startsWith(QLatin1String("SHA256:")));
        QCOMPARE(error.params.value(QStringLiteral("key_type")).toString(), QStringLiteral("ssh-ed25519"));
    }

    void keyOfAnotherTypeIsRefused()
    {
        const QString key = newPublicKey(QStringLiteral("ecdsa"));
        QVERIFY(!key.isEmpty());
        const protocol::RpcError error = connectWithKnownHosts(hostPattern() + QLatin1Char(' ') + key + '\n');
        QCOMPARE(error.code, QString(codes::kHostKeyOtherType));
    }

    void hostKeyErrorsAreNotRetried()
    {
        QVERIFY(AgentClient::needsUserAction(QString(codes::kHostKeyChanged)));
        QVERIFY(AgentClient::needsUserAction(QString(codes::kHostKeyUnknown)));
        QVERIFY(!AgentClient::needsUserAction(QString(codes::kHostUnreachable)));
    }
};

QTEST_GUILESS_MAIN(TestHostKeyRefusal)
#include "TestHostKeyRefusal.moc"
