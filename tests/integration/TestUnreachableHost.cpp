#include "agentlink/AgentClient.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/integration/LabEnvironment.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace twinha;
using agentlink::AgentClient;
using agentlink::LinkState;
namespace codes = protocol::codes;

// A host that cannot be reached fails within a known bound, with a code the console can explain.
class TestUnreachableHost : public QObject
{
    Q_OBJECT

private:
    agentlink::NodeEndpoint endpointAt(int port)
    {
        agentlink::NodeEndpoint ep;
        ep.name = QStringLiteral("ghost");
        ep.host = QStringLiteral("127.0.0.1");
        ep.port = port;
        ep.user = QStringLiteral("nobody");
        ep.knownHostsFile = QStringLiteral("/nonexistent/known_hosts");
        return ep;
    }

private Q_SLOTS:
    void closedPortFailsFastWithHostUnreachable()
    {
        const int port = tests::freeTcpPort();
        QVERIFY(port > 0);
        AgentClient client(endpointAt(port));
        QElapsedTimer clock;
        clock.start();
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LinkState::Disconnected, 5000);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(client.lastError().code, QString(codes::kHostUnreachable));
        QCOMPARE(client.lastError().params.value(QStringLiteral("port")).toInt(), port);
    }

    void silentServerTimesOutWithinTheConnectBound()
    {
        // Accepts TCP but never says a word, like a hung sshd or a tarpit.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                held << s;
        });
        agentlink::LinkTimeouts timeouts;
        timeouts.connectMs = 2000;
        AgentClient client(endpointAt(silent.serverPort()), timeouts);
        QElapsedTimer clock;
        clock.start();
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LinkState::Disconnected, 10000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 1500 && elapsed < 5000, qPrintable(QString::number(elapsed)));
        QVERIFY2(client.lastError().code == QLatin1String(codes::kConnectTimeout) ||
                     client.lastError().code == QLatin1String(codes::kHostUnreachable),
                 qPrintable(client.lastError().code));
        qDeleteAll(held);
    }

    void requestsOnADeadLinkGetConnectionLost()
    {
        AgentClient client(endpointAt(tests::freeTcpPort()));
        bool answered = false;
        QString code;
        client.call(QStringLiteral("status.get"), {}, [&](const protocol::RpcMessage& reply) {
            answered = true;
            code = reply.error.code;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 2000);
        QCOMPARE(code, QString(codes::kConnectionLost));
    }
};

QTEST_GUILESS_MAIN(TestUnreachableHost)
#include "TestUnreachableHost.moc"
