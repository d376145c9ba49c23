#include "agentlink/SshConnection.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/integration/LabEnvironment.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace twinha;
using agentlink::LinkTimeouts;
using agentlink::SshConnection;
namespace codes = protocol::codes;

// A remote command that reads nothing: the SSH window shuts, and a write must give up within the
// request time instead of spinning on libssh's "0 bytes written" for ever.
class TestSshWriteStall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriteToARemoteThatReadsNothingEndsInTime()
    {
        const agentlink::ClusterProfile profile = tests::labProfile();
        QVERIFY2(!profile.nodes.isEmpty(), "the lab fixture is not up");
        agentlink::NodeEndpoint endpoint = profile.nodes.first();
        endpoint.agentCommand = QStringLiteral("sleep 120");
        LinkTimeouts timeouts;
        timeouts.connectMs = 2000; // also libssh's wait for the window, per attempt
        timeouts.requestMs = 3000;
        // Kept on the heap: if write() never returns, the test fails without destroying what the
        // stuck thread still uses.
        auto* connection = new SshConnection(endpoint, timeouts, nullptr);
        QCOMPARE(connection->connectToHost().code, QString());
        QCOMPARE(connection->verifyHostKey().code, QString());
        QCOMPARE(connection->authenticate().code, QString());
        QCOMPARE(connection->startAgentCommand().code, QString());
        // Far more than sshd's channel window (2 MB) plus a pipe buffer.
        const QByteArray flood(32 * 1024 * 1024, 'x');
        auto done = std::make_shared<std::promise<QString>>();
        std::future<QString> result = done->get_future();
        QElapsedTimer clock;
        clock.start();
        std::thread writer([connection, flood, done] { done->set_value(connection->write(flood).code); });
        if (result.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
            writer.detach();
            QFAIL("write() still blocked after 30 s against a remote that reads nothing");
        }
        writer.join();
        const qint64 tookMs = clock.elapsed();
        QCOMPARE(result.get(), QString::fromLatin1(codes::kRequestTimeout));
        QVERIFY2(tookMs < timeouts.requestMs + 2 * timeouts.connectMs + 1000, qPrintable(QString::number(tookMs)));
        delete connection;
    }
};

QTEST_GUILESS_MAIN(TestSshWriteStall)
#include "TestSshWriteStall.moc"
