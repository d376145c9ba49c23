#include "agentlink/AgentClient.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/integration/LabEnvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha;
using agentlink::AgentClient;
using agentlink::LinkState;
namespace codes = protocol::codes;

// Reaching a node through a bastion, as admins do: node2's real sshd is the jump host for node1.
class TestJumpHost : public QObject
{
    Q_OBJECT

private:
    agentlink::NodeEndpoint node1ViaNode2()
    {
        const agentlink::ClusterProfile lab = tests::labProfile();
        agentlink::NodeEndpoint ep = lab.nodes.value(0);
        ep.jumpHost = lab.nodes.value(1).host;
        ep.jumpPort = lab.nodes.value(1).port;
        return ep;
    }

    LinkState connect(const agentlink::NodeEndpoint& ep, protocol::RpcError* error, QString* node = nullptr)
    {
        AgentClient client(ep);
        client.start();
        (void)QTest::qWaitFor(
            [&] { return client.state() == LinkState::Ready || client.state() == LinkState::Disconnected; }, 20000);
        *error = client.lastError();
        if (node)
            *node = client.hello().node;
        return client.state();
    }

private Q_SLOTS:
    void nodeIsReachedThroughTheJumpHost()
    {
        protocol::RpcError error;
        QString node;
        QCOMPARE(connect(node1ViaNode2(), &error, &node), LinkState::Ready);
        QCOMPARE(node, QStringLiteral("node1"));
    }

    void jumpHostKeyIsCheckedToo()
    {
        // A known_hosts that knows node1 but not the jump host: the bastion is refused first.
        QTemporaryDir dir;
        agentlink::NodeEndpoint ep = node1ViaNode2();
        QFile all(ep.knownHostsFile);
        QVERIFY(all.open(QIODevice::ReadOnly));
        const QByteArray node1Pattern = QStringLiteral("[%1]:%2 ").arg(ep.host).arg(ep.port).toUtf8();
        QByteArray onlyNode1;
        for (const QByteArray& line : all.readAll().split('\n'))
            if (line.startsWith(node1Pattern))
                onlyNode1 += line + '\n';
        QVERIFY(!onlyNode1.isEmpty());
        ep.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        QFile out(ep.knownHostsFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(onlyNode1);
        out.close();
        protocol::RpcError error;
        QCOMPARE(connect(ep, &error), LinkState::Disconnected);
        QCOMPARE(error.code, QString(codes::kHostKeyUnknown));
        QCOMPARE(error.params.value(QStringLiteral("jump")).toString(), ep.jumpHost);
        QCOMPARE(error.params.value(QStringLiteral("port")).toInt(), ep.jumpPort);
    }

    void unreachableTargetBehindTheJumpHostIsNamed()
    {
        agentlink::NodeEndpoint ep = node1ViaNode2();
        ep.port = tests::freeTcpPort();
        protocol::RpcError error;
        QCOMPARE(connect(ep, &error), LinkState::Disconnected);
        QCOMPARE(error.code, QString(codes::kJumpForwardFailed));
    }
};

QTEST_GUILESS_MAIN(TestJumpHost)
#include "TestJumpHost.moc"
