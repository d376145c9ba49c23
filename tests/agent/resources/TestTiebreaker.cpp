#include "agent/resources/CommandRunner.h"
#include "agent/resources/Tiebreaker.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace twinha::agent;

class TestTiebreaker : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        bool answered = false;
        bool anyReachable = false;
        QJsonArray details;
    };

    static Outcome probe(Tiebreaker& t)
    {
        QSignalSpy spy(&t, &Tiebreaker::finished);
        if (!t.probe() || !spy.wait(10000))
            return {};
        return {true, spy.at(0).at(0).toBool(), spy.at(0).at(1).toJsonArray()};
    }

    // A port on 127.0.0.1 that nothing listens on: bound once, then released.
    static quint16 closedPort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return 0;
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

    static QString tcp(quint16 port) { return QStringLiteral("tcp:127.0.0.1:%1").arg(port); }

private Q_SLOTS:
    void listeningTcpTargetIsReachable()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Tiebreaker t({tcp(server.serverPort())});
        const Outcome o = probe(t);
        QVERIFY(o.answered);
        QVERIFY(o.anyReachable);
        const QJsonObject d = o.details.at(0).toObject();
        QCOMPARE(d.value("target").toString(), tcp(server.serverPort()));
        QCOMPARE(d.value("reachable").toBool(), true);
        QVERIFY(d.value("rtt_ms").isDouble());
        QVERIFY(d.value("rtt_ms").toDouble() >= 0 && d.value("rtt_ms").toDouble() < 1000);
    }

    void closedTcpPortIsUnreachable()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        Tiebreaker t({tcp(port)});
        const Outcome o = probe(t);
        QVERIFY(o.answered);
        QVERIFY(!o.anyReachable);
        const QJsonObject d = o.details.at(0).toObject();
        QCOMPARE(d.value("reachable").toBool(), false);
        QVERIFY(d.value("rtt_ms").isNull());
        QVERIFY(!d.value("detail").toString().isEmpty());
    }

    void oneAnsweringTargetOfSeveralIsEnoughAndOrderIsKept()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QStringList targets{tcp(closedPort()), tcp(server.serverPort())};
        Tiebreaker t(targets);
        const Outcome o = probe(t);
        QVERIFY(o.anyReachable);
        QCOMPARE(o.details.size(), 2);
        QCOMPARE(o.details.at(0).toObject().value("target").toString(), targets[0]);
        QCOMPARE(o.details.at(0).toObject().value("reachable").toBool(), false);
        QCOMPARE(o.details.at(1).toObject().value("reachable").toBool(), true);
    }

    void malformedTargetsAreUnreachable_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("tcp without port") << "tcp:127.0.0.1";
        QTest::newRow("tcp port zero") << "tcp:127.0.0.1:0";
        QTest::newRow("tcp port not a number") << "tcp:127.0.0.1:http";
        QTest::newRow("host that looks like an option") << "-f";
    }
    void malformedTargetsAreUnreachable()
    {
        QFETCH(QString, target);
        Tiebreaker t({target});
        const Outcome o = probe(t);
        QVERIFY(o.answered);
        QVERIFY(!o.anyReachable);
        QCOMPARE(o.details.at(0).toObject().value("detail").toString(), QStringLiteral("invalid target"));
    }

    void noTargetsMeansNoneReachable()
    {
        Tiebreaker t({});
        const Outcome o = probe(t);
        QVERIFY(o.answered);
        QVERIFY(!o.anyReachable);
        QVERIFY(o.details.isEmpty());
    }

    void loopbackAnswersPing()
    {
        if (CommandRunner::findTool("ping").isEmpty())
            QSKIP("ping is not installed (Debian package iputils-ping)");
        Tiebreaker t({"127.0.0.1"});
        const Outcome o = probe(t);
        QVERIFY(o.answered);
        QVERIFY2(o.anyReachable, qPrintable(o.details.at(0).toObject().value("detail").toString()));
        QVERIFY(o.details.at(0).toObject().value("rtt_ms").isDouble());
    }

    void pingTargetWithoutPingSaysSo()
    {
        if (!CommandRunner::findTool("ping").isEmpty())
            QSKIP("ping is installed; this checks the report when it is not");
        Tiebreaker t({"127.0.0.1"});
        const Outcome o = probe(t);
        QVERIFY(!o.anyReachable);
        QCOMPARE(o.details.at(0).toObject().value("detail").toString(), QStringLiteral("ping not installed"));
    }

    void secondProbeIsRefusedWhileOneRuns()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Tiebreaker t({tcp(server.serverPort())});
        QSignalSpy spy(&t, &Tiebreaker::finished);
        QVERIFY(t.probe());
        QVERIFY(t.isProbing());
        QVERIFY(!t.probe());
        QVERIFY(spy.wait(5000));
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
    }

    void periodicModeKeepsTheLastResult()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Tiebreaker t({tcp(server.serverPort())});
        QVERIFY(!t.lastProbeAt().isValid());
        QSignalSpy spy(&t, &Tiebreaker::finished);
        t.start(100);
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 1, 5000);
        const QDateTime first = t.lastProbeAt();
        QVERIFY(first.isValid());
        QVERIFY(t.lastResult().anyReachable);
        server.close(); // the next probes must see the change
        QTRY_VERIFY_WITH_TIMEOUT(!t.lastResult().anyReachable, 5000);
        QVERIFY(t.lastProbeAt() > first);
        t.stop();
        QVERIFY(!t.isActive());
        QTest::qWait(50);
        const qsizetype probes = spy.size();
        QTest::qWait(300);
        QCOMPARE(spy.size(), probes);
    }

    void unreachableErrorNamesTheTargets()
    {
        Tiebreaker t({"192.0.2.1", "tcp:192.0.2.1:80"});
        const twinha::protocol::RpcError e = t.unreachableError();
        QCOMPARE(e.code, QString::fromLatin1(twinha::protocol::codes::kTiebreakerUnreachable));
        QCOMPARE(e.params.value("targets").toArray(), (QJsonArray{"192.0.2.1", "tcp:192.0.2.1:80"}));
    }
};

QTEST_GUILESS_MAIN(TestTiebreaker)
#include "TestTiebreaker.moc"
