#include "agentlink/AgentClient.h"
#include "agentlink/HostKeyStore.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/integration/LabEnvironment.h"
#include "tests/integration/ScriptedPrompter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha;
using agentlink::AgentClient;
using agentlink::LinkState;
using agentlink::PromptRequest;
namespace codes = protocol::codes;

// An unknown host key is shown to the user and stored only if accepted; a changed one is never
// offered for acceptance, and is re-trusted only after the old key is explicitly forgotten.
class TestHostKeyTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    agentlink::NodeEndpoint node1With(const QString& knownHosts)
    {
        agentlink::NodeEndpoint ep = tests::labProfile().nodes.value(0);
        ep.knownHostsFile = knownHosts;
        return ep;
    }

    LinkState connect(const agentlink::NodeEndpoint& ep, std::shared_ptr<tests::ScriptedPrompter> prompter,
                      protocol::RpcError* error)
    {
        AgentClient client(ep);
        client.setPrompter(prompter);
        client.start();
        (void)QTest::qWaitFor(
            [&] { return client.state() == LinkState::Ready || client.state() == LinkState::Disconnected; }, 15000);
        *error = client.lastError();
        return client.state();
    }

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void acceptedUnknownKeyIsStoredAndUsedAfterwards()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("accept_known_hosts"));
        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        prompter->trustHostKeys = true;
        protocol::RpcError error;
        QCOMPARE(connect(node1With(knownHosts), prompter, &error), LinkState::Ready);
        QCOMPARE(prompter->count(PromptRequest::Kind::TrustHostKey), 1);
        QVERIFY(prompter->last().hostKey.fingerprint.startsWith(QLatin1String("SHA256:")));
        const agentlink::NodeEndpoint ep = node1With(knownHosts);
        QVERIFY(agentlink::HostKeyStore(knownHosts).contains(ep.host, ep.port));

        // Known now: no question the second time, even from a prompter that would refuse.
        auto refuser = std::make_shared<tests::ScriptedPrompter>();
        QCOMPARE(connect(ep, refuser, &error), LinkState::Ready);
        QCOMPARE(refuser->count(PromptRequest::Kind::TrustHostKey), 0);
    }

    void refusedUnknownKeyIsNotStored()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("refuse_known_hosts"));
        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        protocol::RpcError error;
        QCOMPARE(connect(node1With(knownHosts), prompter, &error), LinkState::Disconnected);
        QCOMPARE(error.code, QString(codes::kHostKeyUnknown));
        QCOMPARE(prompter->count(PromptRequest::Kind::TrustHostKey), 1);
        QVERIFY(read(knownHosts).isEmpty());
    }

    void changedKeyIsNeverOfferedAndNeedsAnExplicitForget()
    {
        // Record a wrong key for the host, as if the server had been replaced.
        const QString knownHosts = m_dir.filePath(QStringLiteral("changed_known_hosts"));
        const agentlink::NodeEndpoint ep = node1With(knownHosts);
        QFile f(knownHosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(agentlink::HostKeyStore::hostPattern(ep.host, ep.port).toUtf8() +
                " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMq1LOzJ6/2bmXwfKxDjsW7wEgPVrKpYbbqw2XFmbBlD\n");
        f.close();

        auto prompter = std::make_shared<tests::ScriptedPrompter>();
        prompter->trustHostKeys = true; // even a user who would click "yes" is not asked
        protocol::RpcError error;
        QCOMPARE(connect(ep, prompter, &error), LinkState::Disconnected);
        QCOMPARE(error.code, QString(codes::kHostKeyChanged));
        QCOMPARE(prompter->count(PromptRequest::Kind::TrustHostKey), 0);

        QCOMPARE(agentlink::HostKeyStore(knownHosts).forget(ep.host, ep.port), 1);
        QCOMPARE(connect(ep, prompter, &error), LinkState::Ready);
        QCOMPARE(prompter->count(PromptRequest::Kind::TrustHostKey), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostKeyTrust)
#include "TestHostKeyTrust.moc"
