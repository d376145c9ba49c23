#include "agent/resources/IcmpEcho.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using twinha::agent::IcmpEcho;

// The tiebreaker's ICMP echo from the agent's own process (no ping started). Needs an ICMP socket:
// root (raw socket), or a group within net.ipv4.ping_group_range (datagram socket); skips without.
class TestIcmpEcho : public QObject
{
    Q_OBJECT

    struct Answer
    {
        bool reachable = false;
        double rttMs = -1;
        QString detail;
    };

    static std::unique_ptr<QSignalSpy> started(IcmpEcho& echo, const QHostAddress& to)
    {
        auto spy = std::make_unique<QSignalSpy>(&echo, &IcmpEcho::finished);
        if (!echo.start(to))
            return nullptr;
        return spy;
    }

    static Answer answer(QSignalSpy& spy)
    {
        if (spy.isEmpty() && !spy.wait(IcmpEcho::kReplyTimeoutMs + 2000))
            return {false, -1, QStringLiteral("(no finished signal)")};
        return {spy.at(0).at(0).toBool(), spy.at(0).at(1).toDouble(), spy.at(0).at(2).toString()};
    }

private Q_SLOTS:
    void loopbackAnswers()
    {
        IcmpEcho echo;
        const auto spy = started(echo, QHostAddress(QStringLiteral("127.0.0.1")));
        if (!spy)
            QSKIP("no ICMP socket for this user: the probe runs ping instead");
        QVERIFY(spy->isEmpty()); // never inside start()
        const Answer a = answer(*spy);
        QVERIFY2(a.reachable, qPrintable(a.detail));
        QVERIFY2(a.rttMs >= 0 && a.rttMs < IcmpEcho::kReplyTimeoutMs, qPrintable(QString::number(a.rttMs)));
        QVERIFY(a.detail.isEmpty());
    }

    void ipv6LoopbackAnswers()
    {
        QFile interfaces(QStringLiteral("/proc/net/if_inet6"));
        if (!interfaces.open(QIODevice::ReadOnly) || !interfaces.readAll().contains("00000000000000000000000000000001"))
            QSKIP("no IPv6 loopback address here");
        IcmpEcho echo;
        const auto spy = started(echo, QHostAddress(QStringLiteral("::1")));
        if (!spy)
            QSKIP("no ICMPv6 socket for this user");
        const Answer a = answer(*spy);
        QVERIFY2(a.reachable, qPrintable(a.detail));
    }

    void twoAtOnceEachGetsItsOwnReply()
    {
        // Raw sockets see every echo reply from the address: each must take only its own.
        IcmpEcho first;
        IcmpEcho second;
        const auto a = started(first, QHostAddress(QStringLiteral("127.0.0.1")));
        const auto b = started(second, QHostAddress(QStringLiteral("127.0.0.1")));
        if (!a || !b)
            QSKIP("no ICMP socket for this user");
        QVERIFY(answer(*a).reachable);
        QVERIFY(answer(*b).reachable);
        QTest::qWait(50); // a reply taken twice would show as a second signal
        QCOMPARE(a->size(), 1);
        QCOMPARE(b->size(), 1);
    }

    void anAddressThatDoesNotAnswerIsUnreachable()
    {
        // TEST-NET-2 (RFC 5737): no route here ("Network is unreachable" at once), or a route and
        // no answer ("no reply" after the timeout). (Some sandboxes put their gateway in
        // TEST-NET-1.)
        IcmpEcho echo;
        const auto spy = started(echo, QHostAddress(QStringLiteral("198.51.100.7")));
        if (!spy)
            QSKIP("no ICMP socket for this user");
        const Answer a = answer(*spy);
        QVERIFY(!a.reachable);
        QVERIFY(!a.detail.isEmpty());
        QVERIFY(a.detail != QLatin1String("(no finished signal)"));
    }

    void anythingButAnAddressIsRefused()
    {
        IcmpEcho echo;
        QVERIFY(!echo.start(QHostAddress()));
        QVERIFY(!echo.start(QHostAddress(QStringLiteral("fe80::1%nosuchinterface"))));
    }
};

QTEST_GUILESS_MAIN(TestIcmpEcho)
#include "TestIcmpEcho.moc"
