#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Version.h"
#include "tests/integration/LabEnvironment.h"

#include <QSignalSpy>
#include <QtTest>

using namespace twinha;
using agentlink::AgentClient;
using agentlink::ErrorText;
using agentlink::LinkState;
namespace codes = protocol::codes;

// Against the real lab: two OpenSSH servers, two agent daemons, real keys.
class TestLiveStatus : public QObject
{
    Q_OBJECT

private:
    // An endpoint to node1's real sshd that runs another command instead of the agent session.
    agentlink::NodeEndpoint node1Running(const QString& command)
    {
        agentlink::NodeEndpoint ep = tests::labProfile().nodes.value(0);
        ep.agentCommand = command;
        return ep;
    }

    protocol::RpcError firstFailure(AgentClient& client)
    {
        QSignalSpy failed(&client, &AgentClient::stateChanged);
        client.start();
        if (!QTest::qWaitFor([&] { return client.state() == LinkState::Disconnected; }, 15000))
            return {};
        return client.lastError();
    }

private Q_SLOTS:
    void bothNodesReportLiveStatusOverSsh()
    {
        const agentlink::ClusterProfile profile = tests::labProfile();
        QCOMPARE(profile.nodes.size(), 2);
        agentlink::ClusterMonitor monitor(profile);
        monitor.start(false);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.allReached(), 15000);
        for (int i = 0; i < 2; ++i) {
            const agentlink::NodeView& node = monitor.node(i);
            QCOMPARE(node.link, LinkState::Ready);
            QCOMPARE(node.hello.node, node.endpoint.name);
            QCOMPARE(node.hello.agentVersion, protocol::twinhaVersion());
            QCOMPARE(node.status->node, node.endpoint.name);
            QCOMPARE(node.status->cluster, QStringLiteral("lab"));
            QVERIFY(twinha::protocol::isGroupRole(node.status->role));
            QVERIFY(node.status->pid > 0);
            QVERIFY(node.status->systemUptimeS > 0);
            QVERIFY(node.status->startedAt.isValid());
            QVERIFY(node.hostKey.fingerprint.startsWith(QLatin1String("SHA256:")));
        }
        QVERIFY(monitor.node(0).status->pid != monitor.node(1).status->pid); // two real daemons
    }

    void statusKeepsArrivingAsPushes()
    {
        AgentClient client(tests::labProfile().nodes.value(1));
        QSignalSpy statuses(&client, &AgentClient::statusReceived);
        client.start();
        // The first status answers the subscription; the agent pushes at least every 2 s after it.
        QTRY_VERIFY_WITH_TIMEOUT(statuses.count() >= 3, 8000);
        const auto last = statuses.last().first().value<protocol::NodeStatus>();
        QVERIFY(last.sentAt.isValid());
        QVERIFY(qAbs(last.sentAt.msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
    }

    void textPrintedInsteadOfTheAgentIsQuotedInTheError_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("line");
        // nologin as the login shell: one line, exit status 1.
        QTest::newRow("nologin") << QStringLiteral("echo 'This account is currently not available.'; exit 1")
                                 << QStringLiteral("This account is currently not available.");
        // A ForceCommand that runs something else, which prints and stays.
        QTest::newRow("forced command that stays")
            << QStringLiteral("echo 'Welcome to our server!'; sleep 30") << QStringLiteral("Welcome to our server!");
    }

    void textPrintedInsteadOfTheAgentIsQuotedInTheError()
    {
        QFETCH(QString, command);
        QFETCH(QString, line);
        AgentClient client(node1Running(command));
        QSignalSpy errors(&client, &AgentClient::errorOccurred);
        const protocol::RpcError final = firstFailure(client);
        QCOMPARE(final.code, QString(codes::kAgentShellOutput));
        QCOMPARE(final.params.value(QStringLiteral("line")).toString(), line);
        for (const QList<QVariant>& e : errors) // printed text is not reported as broken protocol on the way
            QCOMPARE(e.first().value<protocol::RpcError>().code, QString(codes::kAgentShellOutput));
        QVERIFY(ErrorText::describe(final).contains(line));
    }

    void bannersBeforeTheAgentAreSkipped_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("a .bashrc that prints lines") << QStringLiteral("echo 'Hello from .bashrc'; echo; ");
        // Without a final newline the text is glued onto the agent's first line.
        QTest::newRow("a banner without a newline") << QStringLiteral("printf 'Last login: today'; ");
    }

    void bannersBeforeTheAgentAreSkipped()
    {
        QFETCH(QString, prefix);
        const QString agent = tests::labProfile().nodes.value(0).agentCommand;
        AgentClient client(node1Running(prefix + QStringLiteral("exec ") + agent));
        QSignalSpy errors(&client, &AgentClient::errorOccurred);
        client.start();
        // Well within the 10 s request timeout that a lost first reply would run into.
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == LinkState::Ready, 5000);
        QCOMPARE(errors.count(), 0);
    }

    void missingAgentBinaryIsNamed()
    {
        AgentClient client(node1Running(QStringLiteral("/nonexistent/twinha-agent session")));
        const protocol::RpcError error = firstFailure(client);
        QCOMPARE(error.code, QString(codes::kAgentCommandFailed));
        QCOMPARE(error.params.value(QStringLiteral("exit_status")).toInt(), 127);
    }

    void stoppedDaemonIsReportedAsSuch()
    {
        const QString agent = tests::binPath(QStringLiteral("twinha-agent"));
        AgentClient client(node1Running(agent + QStringLiteral(" session --socket /nonexistent/control.sock")));
        const protocol::RpcError error = firstFailure(client);
        QCOMPARE(error.code, QString(codes::kDaemonUnreachable));
    }
};

QTEST_GUILESS_MAIN(TestLiveStatus)
#include "TestLiveStatus.moc"
