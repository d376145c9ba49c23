#include "agent/metrics/MetricsCounters.h"
#include "agent/metrics/MetricsServer.h"
#include "agent/metrics/MetricsText.h"
#include "agent/metrics/NodeMetrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QtTest>

using namespace twinha::agent;

namespace {

// Sends `request` to the server's port and returns all it answers before it closes the connection.
QByteArray exchange(quint16 port, const QByteArray& request, int timeoutMs = 3000)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(timeoutMs))
        return "no connection";
    s.write(request);
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (s.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        s.waitForReadyRead(20);
        answer += s.readAll();
    }
    return answer + s.readAll();
}

QJsonObject statusFixture()
{
    // Single quotes for double ones, to keep the text readable.
    return QJsonDocument::fromJson(
               QByteArray(
                   "{'cluster': 'lab', 'node': 'node1', 'mode': 'hot-standby', 'role': 'active', "
                   "'agent_version': '0.1.0', 'epoch': 7, 'protection': 'ping_only', 'split_brain': false, "
                   "'config_checksum_match': true, 'maintenance': {'on': true}, 'journal': {'chain_ok': true}, "
                   "'peer': {'name': 'node2', 'alive': false, 'silence_ms': 1500}, "
                   "'links': [{'name': 'lan', 'state': 'up', 'rtt_ms': 0.4, 'loss_pct': 12.5, 'sent': 10, "
                   "'received': 9, 'forged': 1, 'replayed': 0, 'malformed': 2}, "
                   "{'name': 'cable', 'state': 'down', 'rtt_ms': -1, 'loss_pct': 100, 'sent': 10, 'received': 0}], "
                   "'groups': [{'name': 'service', 'state': 'running', 'held': true, 'resources': ["
                   "{'name': 'ip', 'type': 'vip', 'state': 'running'}, "
                   "{'name': 'db', 'type': 'postgresql', 'state': 'failed'}]}], "
                   "'replication': [{'name': 'pg', 'role': 'source', 'state': 'lagging', 'lag_s': 12.5, "
                   "'lag_bytes': 2048, 'max_lag_s': 5}, {'name': 'files', 'role': 'target', 'state': 'unknown', "
                   "'lag_s': null, 'lag_bytes': null, 'max_lag_s': 5}]}")
                   .replace('\'', '"'))
        .object();
}

} // namespace

// The /metrics endpoint without a cluster: the exposition text, what a status becomes, and the
// HTTP server's answers to good, bad, oversized and silent clients.
class TestMetricsEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textEscapesLabelsAndHelpAndOmitsEmptyFamilies()
    {
        MetricsText m;
        m.family(QStringLiteral("a_total"), "counter", QStringLiteral("back\\slash\nnew line"));
        m.sample({{QStringLiteral("l"), QStringLiteral("q\"b\\n\nx")}}, 3);
        m.family(QStringLiteral("never_sampled"), "gauge", QStringLiteral("nothing"));
        m.family(QStringLiteral("b"), "gauge", QStringLiteral("b"));
        m.sample(0.1);
        m.sample(qQNaN());
        m.sample(1e21);
        QCOMPARE(m.text(), QByteArray("# HELP a_total back\\\\slash\\nnew line\n"
                                      "# TYPE a_total counter\n"
                                      "a_total{l=\"q\\\"b\\\\n\\nx\"} 3\n"
                                      "# HELP b b\n# TYPE b gauge\n"
                                      "b 0.1\nb NaN\nb 1e+21\n"));
    }

    void aStatusBecomesMetricsAndWhatIsUnknownIsLeftOut()
    {
        MetricsCounters counters(QStringLiteral("node1"));
        auto entry = [](const char* type, const QJsonObject& data) {
            return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("data"), data}};
        };
        const QJsonObject done{{QStringLiteral("kind"), QStringLiteral("switchover")},
                               {QStringLiteral("result"), QStringLiteral("done")},
                               {QStringLiteral("from"), QStringLiteral("node1")}};
        counters.count(entry("operation", done));
        QJsonObject towardUs = done;
        towardUs[QStringLiteral("from")] = QStringLiteral("node2"); // the other node counts that one
        counters.count(entry("operation", towardUs));
        counters.count(entry("failover", {}));
        counters.count(entry("fence_failed", {}));
        const QString text = QString::fromUtf8(NodeMetrics::render(statusFixture(), counters, 1700000000.5));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const char* expected : {
                 "twinha_cluster_epoch 7",
                 "twinha_protection{level=\"ping_only\"} 1",
                 "twinha_maintenance 1",
                 "twinha_peer_alive{peer=\"node2\"} 0",
                 "twinha_peer_silence_seconds{peer=\"node2\"} 1.5",
                 "twinha_heartbeat_link_up{link=\"lan\"} 1",
                 "twinha_heartbeat_link_up{link=\"cable\"} 0",
                 "twinha_heartbeat_rtt_seconds{link=\"lan\"} 4e-04",
                 "twinha_heartbeat_loss_ratio{link=\"lan\"} 0.125",
                 "twinha_heartbeat_rejected_total{link=\"lan\",reason=\"malformed\"} 2",
                 "twinha_group_active{group=\"service\"} 1",
                 "twinha_resource_up{group=\"service\",resource=\"db\",type=\"postgresql\"} 0",
                 "twinha_replication_lag_seconds{channel=\"pg\",role=\"source\"} 12.5",
                 "twinha_replication_lag_bytes{channel=\"pg\",role=\"source\"} 2048",
                 "twinha_replication_state{channel=\"files\",role=\"target\",state=\"unknown\"} 1",
                 "twinha_switchovers_total{result=\"done\"} 1",
                 "twinha_failovers_total 1",
                 "twinha_fencing_total{result=\"failed\"} 1",
                 "process_start_time_seconds 1700000000.5",
             })
            QVERIFY2(lines.contains(QLatin1String(expected)), expected);
        // No RTT before the first reply on "cable", and no lag where the target does not measure it.
        QVERIFY(!text.contains(QLatin1String("twinha_heartbeat_rtt_seconds{link=\"cable\"}")));
        QVERIFY(!text.contains(QLatin1String("twinha_replication_lag_seconds{channel=\"files\"")));
        // Every sample's family has its HELP and TYPE once.
        for (const QString& line : lines) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QString name = line.left(line.indexOf(QRegularExpression(QStringLiteral("[{ ]"))));
            QCOMPARE(text.count(QStringLiteral("# TYPE %1 ").arg(name)), 1);
            QCOMPARE(text.count(QStringLiteral("# HELP %1 ").arg(name)), 1);
        }
    }

    void theServerAnswersGetAndHeadOfMetricsAndNothingElse()
    {
        int renders = 0;
        MetricsServer server([&] {
            ++renders;
            return QByteArray("x 1\n");
        });
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const QByteArray ok = exchange(server.port(), "GET /metrics HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY2(ok.startsWith("HTTP/1.1 200 OK\r\n"), ok.constData());
        QVERIFY(ok.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n"));
        QVERIFY(ok.endsWith("\r\n\r\nx 1\n"));
        // Prometheus adds its own query parameters to some scrapes.
        QVERIFY(exchange(server.port(), "GET /metrics?x=1 HTTP/1.0\r\n\r\n").endsWith("x 1\n"));
        const QByteArray head = exchange(server.port(), "HEAD /metrics HTTP/1.1\r\n\r\n");
        QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n") && head.endsWith("\r\n\r\n"));
        QVERIFY(exchange(server.port(), "GET /other HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404 "));
        const QByteArray post = exchange(server.port(), "POST /metrics HTTP/1.1\r\nContent-Length: 2\r\n\r\nab");
        QVERIFY(post.startsWith("HTTP/1.1 405 ") && post.contains("Allow: GET, HEAD\r\n"));
        QVERIFY(exchange(server.port(), "hello\r\n\r\n").startsWith("HTTP/1.1 400 "));
        QVERIFY(exchange(server.port(), "GET /metrics HTTP/1.1\r\nX: " + QByteArray(10000, 'a'))
                    .startsWith("HTTP/1.1 431 "));
        QCOMPARE(renders, 3); // the two GETs and the HEAD
        QCOMPARE(server.scrapes(), 3);
    }

    void aClientThatNeverFinishesItsRequestIsDroppedAndOthersStillServed()
    {
        MetricsServer server([] { return QByteArray("x 1\n"); });
        QString error;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, &error));
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < MetricsServer::kMaxClients + 4; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(silent.back()->waitForConnected(2000));
            silent.back()->write("GET /metr");
        }
        QTest::qWait(200);
        int open = 0;
        for (auto& s : silent)
            open += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        QCOMPARE(open, MetricsServer::kMaxClients); // the ones beyond the limit are closed at once
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(silent.begin(), silent.end(),
                        [](const auto& s) { return s->state() == QAbstractSocket::UnconnectedState; }),
            MetricsServer::kClientTimeoutMs + 3000);
        QVERIFY(exchange(server.port(), "GET /metrics HTTP/1.1\r\n\r\n").endsWith("x 1\n"));
    }

    void aPortInUseIsAnErrorNotACrash()
    {
        MetricsServer first([] { return QByteArray(); });
        QString error;
        QVERIFY(first.listen(QHostAddress::LocalHost, 0, &error));
        MetricsServer second([] { return QByteArray(); });
        QVERIFY(!second.listen(QHostAddress::LocalHost, first.port(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetricsEndpoint)
#include "TestMetricsEndpoint.moc"
