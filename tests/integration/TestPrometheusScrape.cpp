#include "tests/integration/ControlClient.h"
#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/ExtraLab.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

using namespace twinha::tests;

namespace {

quint16 freeTcpPort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
}

} // namespace

// A real Prometheus server (Debian's) scrapes the lab's two agents ([metrics] listen, lab.sh
// --metrics): both targets are up, the metadata it parsed has each family's type and help, promtool
// finds nothing to lint, and a switchover shows in twinha_group_active and the counters as
// Prometheus stores them.
class TestPrometheusScrape : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_net;
    quint16 m_promPort = 0;

    QByteArray get(const QUrl& url, int* status = nullptr)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        QNetworkReply* reply = m_net.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return reply->readAll();
    }

    QJsonObject api(const QString& path, const QList<QPair<QString, QString>>& items)
    {
        QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/%2").arg(m_promPort).arg(path));
        QUrlQuery q;
        q.setQueryItems(items);
        url.setQuery(q);
        return QJsonDocument::fromJson(get(url)).object();
    }

    // {node label: value} of an instant query.
    QMap<QString, double> query(const QString& promql)
    {
        QMap<QString, double> values;
        const QJsonObject r = api(QStringLiteral("query"), {{QStringLiteral("query"), promql}});
        for (const QJsonValue& v : r[QStringLiteral("data")][QStringLiteral("result")].toArray())
            values.insert(v[QStringLiteral("metric")][QStringLiteral("node")].toString(),
                          v[QStringLiteral("value")][1].toString().toDouble());
        return values;
    }

private Q_SLOTS:
    void aSwitchoverShowsInWhatPrometheusScraped()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        QVERIFY2(!prometheus.isEmpty(), "no prometheus on PATH: ./quickstart.sh deps installs Debian's");
        ExtraLab lab({QStringLiteral("--metrics")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        const QString port1 = lab.value(QStringLiteral("NODE1_METRICS_PORT"));
        const QString port2 = lab.value(QStringLiteral("NODE2_METRICS_PORT"));
        QVERIFY(!port1.isEmpty() && !port2.isEmpty());

        // promtool lints the text as Prometheus' own client libraries would have written it.
        const QByteArray text = get(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port1)));
        QVERIFY(text.contains("# TYPE twinha_group_active gauge"));
        QProcess lint;
        lint.setProcessChannelMode(QProcess::MergedChannels);
        lint.start(QStandardPaths::findExecutable(QStringLiteral("promtool")),
                   {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(lint.waitForStarted());
        lint.write(text);
        lint.closeWriteChannel();
        QVERIFY(lint.waitForFinished(20000));
        QVERIFY2(lint.exitCode() == 0, lint.readAll().constData());

        m_promPort = freeTcpPort();
        QVERIFY(m_promPort);
        QFile config(lab.file(QStringLiteral("prometheus.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                                    "scrape_configs:\n  - job_name: twinha\n    static_configs:\n"
                                    "      - targets: ['127.0.0.1:%1']\n        labels: {node: node1}\n"
                                    "      - targets: ['127.0.0.1:%2']\n        labels: {node: node2}\n")
                         .arg(port1, port2)
                         .toUtf8());
        config.close();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.setStandardOutputFile(lab.file(QStringLiteral("prometheus.log")));
        server.start(prometheus, {QStringLiteral("--config.file=") + config.fileName(),
                                  QStringLiteral("--storage.tsdb.path=") + lab.file(QStringLiteral("prometheus-data")),
                                  QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_promPort)});
        QVERIFY(server.waitForStarted());
        auto stop = qScopeGuard([&] {
            server.terminate();
            if (!server.waitForFinished(10000))
                server.kill();
        });

        // Both targets scraped and healthy, as Prometheus says.
        QVERIFY2(waitUntil(
                     [&] {
                         const auto up = query(QStringLiteral("up{job=\"twinha\"}"));
                         return up.value(QStringLiteral("node1")) == 1 && up.value(QStringLiteral("node2")) == 1;
                     },
                     60000),
                 "Prometheus never scraped both agents; see prometheus.log in the lab folder");
        const QJsonObject meta =
            api(QStringLiteral("metadata"), {{QStringLiteral("metric"), QStringLiteral("twinha_switchovers_total")}});
        const QJsonObject family =
            meta[QStringLiteral("data")][QStringLiteral("twinha_switchovers_total")][0].toObject();
        QCOMPARE(family[QStringLiteral("type")].toString(), QStringLiteral("counter"));
        QVERIFY(family[QStringLiteral("help")].toString().startsWith(QLatin1String("Planned switchovers")));

        const QString active = QStringLiteral("twinha_group_active{group=\"service\"}");
        QVERIFY(waitUntil(
            [&] {
                return query(active) ==
                       QMap<QString, double>{{QStringLiteral("node1"), 1}, {QStringLiteral("node2"), 0}};
            },
            10000));
        const double epochBefore = query(QStringLiteral("twinha_cluster_epoch")).value(QStringLiteral("node1"));
        QCOMPARE(query(QStringLiteral("sum(twinha_switchovers_total{result=\"done\"})")).size(), 1);

        ControlClient c1(lab.socket(1));
        const QJsonObject op = switchOverWhenReady(c1, QStringLiteral("node2"));
        QCOMPARE(op[QStringLiteral("result")].toString(), QStringLiteral("done"));
        QCOMPARE(firstLine(lab.value(QStringLiteral("VIP_HOLDER_FILE"))), QStringLiteral("node2"));

        // What runs, as Prometheus scraped it: node2 serves, node1 does not; one switchover done,
        // counted once over both nodes; the epoch moved on.
        const bool moved = waitUntil(
            [&] {
                return query(active) ==
                           QMap<QString, double>{{QStringLiteral("node1"), 0}, {QStringLiteral("node2"), 1}} &&
                       query(QStringLiteral("sum(twinha_switchovers_total{result=\"done\"})")).value(QString()) == 1;
            },
            15000);
        QVERIFY2(moved, qPrintable(QStringLiteral("active %1")
                                       .arg(QString::fromUtf8(QJsonDocument(api(QStringLiteral("query"),
                                                                                {{QStringLiteral("query"), active}}))
                                                                  .toJson(QJsonDocument::Compact)))));
        QCOMPARE(query(QStringLiteral("sum(twinha_switchovers_total{result!=\"done\"})")).value(QString()), 0.0);
        QCOMPARE(query(QStringLiteral("twinha_failovers_total")).value(QStringLiteral("node2")), 0.0);
        QVERIFY(query(QStringLiteral("twinha_cluster_epoch")).value(QStringLiteral("node2")) > epochBefore);
        QCOMPARE(query(QStringLiteral("twinha_split_brain")).value(QStringLiteral("node1")), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusScrape)
#include "TestPrometheusScrape.moc"
