#include "agent/witness/WitnessProbe.h"
#include "agent/witness/WitnessServer.h"
#include "tests/FreePort.h"
#include "tests/agent/witness/EtcdServer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinha::agent;

// The wizard's check of the third vote before Apply, against a real witness and a real etcd:
// reachable or not, and whether the witness knows this cluster's key.
class TestWitnessProbe : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_key = QByteArray(32, 'k');

    static QJsonObject probe(const WitnessConfig& w, const QString& cluster, const QByteArray& key)
    {
        QJsonObject result;
        bool done = false;
        WitnessProbe::run(w, cluster, QStringLiteral("n1"), key, [&](const QJsonObject& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qFatal("the probe never answered");
        return result;
    }

    static WitnessConfig at(quint16 port)
    {
        WitnessConfig w;
        w.host = QStringLiteral("127.0.0.1");
        w.port = port;
        w.address = QStringLiteral("127.0.0.1:%1").arg(port);
        return w;
    }

private Q_SLOTS:
    void aWitnessAnswersAndSaysWhetherItKnowsTheKey()
    {
        const quint16 port = twinha::tests::freeUdpPort();
        QTemporaryDir dir;
        WitnessServerConfig c;
        c.listen = {{QStringLiteral("127.0.0.1"), port}};
        c.stateDir = dir.path();
        c.clusters = {{QStringLiteral("mail"), QString(), m_key}};
        WitnessServer server(c);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        QJsonObject r = probe(at(port), QString(), QByteArray()); // a node without a config yet
        QVERIFY(r.value(QStringLiteral("reachable")).toBool());
        QVERIFY(r.value(QStringLiteral("knows_cluster")).isNull());
        r = probe(at(port), QStringLiteral("mail"), m_key);
        QVERIFY(r.value(QStringLiteral("knows_cluster")).toBool());
        r = probe(at(port), QStringLiteral("web"), QByteArray(32, 'w'));
        QVERIFY(r.value(QStringLiteral("reachable")).toBool());
        QCOMPARE(r.value(QStringLiteral("knows_cluster")).toBool(true), false);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("leases.json")))); // a probe grants and saves nothing
    }

    void nothingThereIsUnreachable()
    {
        const QJsonObject r = probe(at(9), QStringLiteral("mail"), m_key); // the discard port: no witness
        QVERIFY(!r.value(QStringLiteral("reachable")).toBool());
        QVERIFY(r.value(QStringLiteral("knows_cluster")).isNull());
    }

    void etcdAnswersItsVersion()
    {
        EtcdServer etcd;
        if (etcd.url().isEmpty())
            QSKIP("etcd is not installed (package etcd-server)");
        QVERIFY2(etcd.isReady(), qPrintable(etcd.log()));
        WitnessConfig w;
        w.etcd = {etcd.url()};
        const QJsonObject r = probe(w, QStringLiteral("mail"), m_key);
        QVERIFY(r.value(QStringLiteral("reachable")).toBool());
        QVERIFY2(r.value(QStringLiteral("detail")).toString().startsWith(QLatin1String("etcd 3.")),
                 qPrintable(r.value(QStringLiteral("detail")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestWitnessProbe)
#include "TestWitnessProbe.moc"
