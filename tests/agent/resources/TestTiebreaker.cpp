#include "NamespaceLab.h"
#include "agent/resources/CommandRunner.h"
#include "agent/resources/IcmpEcho.h"
#include "agent/resources/Tiebreaker.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <unistd.h>

using namespace twinha::agent;

class TestTiebreaker : public QObject
{
    Q_OBJECT

private:
    static bool hasIpv6Loopback()
    {
        QFile f("/proc/sys/net/ipv6/conf/lo/disable_ipv6");
        return f.open(QIODevice::ReadOnly) && f.readAll().trimmed() == "0";
    }

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

    void loopbackAddressAnswers()
    {
        if (::geteuid() != 0 && CommandRunner::findTool("ping").isEmpty())
            QSKIP("neither an ICMP socket (root) nor ping(8) (Debian package iputils-ping) is sure here");
        Tiebreaker t({"127.0.0.1"});
        const Outcome o = probe(t);
        QVERIFY(o.answered);
        QVERIFY2(o.anyReachable, qPrintable(o.details.at(0).toObject().value("detail").toString()));
        QVERIFY(o.details.at(0).toObject().value("rtt_ms").isDouble());
    }

    void loopbackNameAnswersPing()
    {
        if (CommandRunner::findTool("ping").isEmpty())
            QSKIP("ping is not installed (Debian package iputils-ping)");
        Tiebreaker t({"localhost"}); // a name: ping(8) resolves it
        const Outcome o = probe(t);
        QVERIFY(o.answered);
        QVERIFY2(o.anyReachable, qPrintable(o.details.at(0).toObject().value("detail").toString()));
        QVERIFY(o.details.at(0).toObject().value("rtt_ms").isDouble());
    }

    void pingTargetWithoutPingSaysSo()
    {
        if (!CommandRunner::findTool("ping").isEmpty())
            QSKIP("ping is installed; this checks the report when it is not");
        Tiebreaker t({"localhost"});
        const Outcome o = probe(t);
        QVERIFY(!o.anyReachable);
        QCOMPARE(o.details.at(0).toObject().value("detail").toString(), QStringLiteral("ping not installed"));
    }

    // The in-process echo itself: root may always open its socket (raw, if no ping socket).
    void echoFromTheAgentIsAnswered_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("IPv4 loopback") << "127.0.0.1";
        QTest::newRow("IPv6 loopback") << "::1";
    }
    void echoFromTheAgentIsAnswered()
    {
        QFETCH(QString, address);
        if (address == "::1" && !hasIpv6Loopback())
            QSKIP("IPv6 is off on lo here");
        IcmpEcho echo;
        QSignalSpy spy(&echo, &IcmpEcho::finished);
        QString error;
        const bool opened = echo.start(QHostAddress(address), 1000, &error);
        if (!opened && ::geteuid() != 0)
            QSKIP(qPrintable("no ICMP socket for this user: " + error));
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(spy.size(), 0); // never from inside start()
        QVERIFY(spy.wait(5000));
        QVERIFY2(spy.at(0).at(0).toBool(), qPrintable(spy.at(0).at(2).toString()));
        QVERIFY(spy.at(0).at(1).toDouble() >= 0 && spy.at(0).at(1).toDouble() < 1000);
        QTest::qWait(50);
        QCOMPARE(spy.size(), 1);
    }

    // In a namespace of its own, for each kind of socket: the loopback down (no route at once),
    // up (an answer), then deaf to echoes (no reply, after the time given, never before).
    void rawAndPingSocketsSeeAnswerNoRouteAndNoReply()
    {
        if (::geteuid() != 0)
            QSKIP("needs root (a network namespace)");
        using namespace twinha::agent::test;
        NamespaceGuard guard{QStringLiteral("twinha-icmp-%1").arg(::getpid())};
        QByteArray out;
        if (ip({"netns", "add", guard.name}, &out) != 0)
            QSKIP(qPrintable("cannot make a network namespace here: " + QString::fromLocal8Bit(out)));
        struct Echoed
        {
            bool finished = false;
            bool answered = false;
            double rttMs = 0;
            QString detail;
            bool raw = false;
            qint64 tookMs = 0;
        };
        const auto echoIn = [&](int timeoutMs) {
            Echoed e;
            IcmpEcho echo;
            QSignalSpy spy(&echo, &IcmpEcho::finished);
            QString error;
            QElapsedTimer clock;
            clock.start();
            {
                InNamespace in(guard.name);
                if (!in.entered() || !echo.start(QHostAddress("127.0.0.1"), timeoutMs, &error))
                    return e;
            }
            if (!spy.wait(5000))
                return e;
            return Echoed{
                true,         spy.at(0).at(0).toBool(), spy.at(0).at(1).toDouble(), spy.at(0).at(2).toString(),
                echo.isRaw(), clock.elapsed()};
        };
        const auto setSysctl = [&](const char* path, const QByteArray& value) {
            InNamespace in(guard.name); // /proc/sys/net is the namespace of the thread that opens it
            QFile f(QString::fromLatin1(path));
            return in.entered() && f.open(QIODevice::WriteOnly) && f.write(value) == value.size();
        };
        const char* groups = "/proc/sys/net/ipv4/ping_group_range";

        Echoed e = echoIn(1000); // the loopback is down: no route
        QVERIFY(e.finished);
        QCOMPARE(e.answered, false);
        QVERIFY(e.rttMs < 0);
        QVERIFY(!e.detail.isEmpty());
        QVERIFY2(e.detail != QStringLiteral("no reply") && e.tookMs < 1000, qPrintable(e.detail));

        QCOMPARE(ip({"-n", guard.name, "link", "set", "lo", "up"}), 0);
        // A new namespace allows no group ping sockets: root's is a raw one. Then root's group is
        // allowed them.
        for (const QByteArray& range : {QByteArray("1 0\n"), QByteArray("0 0\n")}) {
            QVERIFY(setSysctl(groups, range));
            e = echoIn(1000);
            QVERIFY(e.finished);
            QVERIFY2(e.answered, qPrintable(e.detail));
            QCOMPARE(e.raw, range.startsWith('1'));
            QVERIFY(e.rttMs >= 0 && e.rttMs < 1000);
        }

        QVERIFY(setSysctl("/proc/sys/net/ipv4/icmp_echo_ignore_all", "1\n"));
        for (const QByteArray& range : {QByteArray("0 0\n"), QByteArray("1 0\n")}) {
            QVERIFY(setSysctl(groups, range));
            e = echoIn(300);
            QVERIFY(e.finished);
            QCOMPARE(e.answered, false); // on a raw socket, our own request looped back is no answer
            QCOMPARE(e.raw, range.startsWith('1'));
            QCOMPARE(e.detail, QStringLiteral("no reply"));
            QVERIFY(e.tookMs >= 300);
        }
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
