#include "tests/FreePort.h"
#include "tests/integration/ControlClient.h"
#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/OwnLab.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QtTest>

using namespace twinha::tests;

namespace {

QString installed(const QString& relative)
{
    return qEnvironmentVariable("TWINHA_SOURCE_DIR") + QStringLiteral("/installer/") + relative;
}

// A dashboard query as Grafana would send it with every node of the cluster selected.
QString withDashboardVariables(QString expr)
{
    return expr.replace(QStringLiteral("$instance"), QStringLiteral(".*"))
        .replace(QStringLiteral("$cluster"), QStringLiteral("lab"));
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
        OwnLab lab({QStringLiteral("--metrics")});
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
        config.write(QStringLiteral("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n"
                                    "rule_files: ['%3']\n"
                                    "scrape_configs:\n  - job_name: twinha\n    static_configs:\n"
                                    "      - targets: ['127.0.0.1:%1']\n        labels: {node: node1}\n"
                                    "      - targets: ['127.0.0.1:%2']\n        labels: {node: node2}\n")
                         .arg(port1, port2, installed(QStringLiteral("prometheus/twinha-alerts.yml")))
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

        // The shipped alert rules loaded and evaluated without error; no critical one fires for a
        // clean switchover.
        QVERIFY(waitUntil(
            [&] {
                const QJsonArray groups =
                    api(QStringLiteral("rules"), {})[QStringLiteral("data")][QStringLiteral("groups")].toArray();
                int evaluated = 0;
                for (const QJsonValue& g : groups)
                    for (const QJsonValue& r : g[QStringLiteral("rules")].toArray())
                        evaluated += r[QStringLiteral("health")].toString() == QLatin1String("ok") ? 1 : 0;
                return evaluated == 16;
            },
            10000));
        const QJsonArray alerts =
            api(QStringLiteral("alerts"), {})[QStringLiteral("data")][QStringLiteral("alerts")].toArray();
        for (const QJsonValue& a : alerts)
            QVERIFY2(a[QStringLiteral("state")].toString() != QLatin1String("firing") ||
                         a[QStringLiteral("labels")][QStringLiteral("severity")].toString() !=
                             QLatin1String("critical"),
                     qPrintable(a[QStringLiteral("labels")][QStringLiteral("alertname")].toString()));

        // Every query of the shipped Grafana dashboard runs, and finds series in this lab.
        QFile dashboard(installed(QStringLiteral("grafana/twinha-dashboard.json")));
        QVERIFY(dashboard.open(QIODevice::ReadOnly));
        const QJsonObject board = QJsonDocument::fromJson(dashboard.readAll()).object();
        QStringList exprs;
        for (const QJsonValue& p : board[QStringLiteral("panels")].toArray())
            for (const QJsonValue& t : p[QStringLiteral("targets")].toArray())
                exprs << t[QStringLiteral("expr")].toString();
        QVERIFY(exprs.size() >= 10);
        for (const QString& expr : std::as_const(exprs)) {
            const QJsonObject r =
                api(QStringLiteral("query"), {{QStringLiteral("query"), withDashboardVariables(expr)}});
            QVERIFY2(r[QStringLiteral("status")].toString() == QLatin1String("success"), qPrintable(expr));
            QVERIFY2(!r[QStringLiteral("data")][QStringLiteral("result")].toArray().isEmpty(), qPrintable(expr));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheusScrape)
#include "TestPrometheusScrape.moc"
