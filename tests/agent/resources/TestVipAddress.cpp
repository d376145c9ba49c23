#include "agent/resources/VipAddress.h"

#include <QFile>
#include <QTest>

using twinha::agent::VipAddress;

class TestVipAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseKeepsTheHostPart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("ipv6");
        QTest::newRow("ipv4 host in a /24") << "10.0.0.5/24" << true << "10.0.0.5/24" << false;
        QTest::newRow("ipv4 /32") << " 192.0.2.7/32 " << true << "192.0.2.7/32" << false;
        QTest::newRow("ipv6 written long") << "fd00:0:0::10/64" << true << "fd00::10/64" << true;
        QTest::newRow("missing prefix") << "10.0.0.5" << false << "" << false;
        QTest::newRow("prefix too long for ipv4") << "10.0.0.5/33" << false << "" << false;
        QTest::newRow("prefix not a number") << "10.0.0.5/x" << false << "" << false;
        QTest::newRow("not an address") << "vip/24" << false << "" << false;
        QTest::newRow("scoped ipv6") << "fe80::1%eth0/64" << false << "" << true;
    }
    void parseKeepsTheHostPart()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QFETCH(bool, ipv6);
        const VipAddress vip = VipAddress::parse(text);
        QCOMPARE(vip.isValid(), valid);
        if (!valid)
            return;
        QCOMPARE(vip.toString(), normalized);
        QCOMPARE(vip.isIpv6(), ipv6);
    }

    void isListedInReadsIpAddrShowOutput_data()
    {
        const QByteArray output =
            "2: eth0    inet 10.0.0.50/24 brd 10.0.0.255 scope global eth0\\       valid_lft forever\n"
            "2: eth0    inet 10.0.0.5/32 scope global secondary eth0\\       valid_lft forever\n"
            "2: eth0    inet6 fd00::10/64 scope global nodad \\       valid_lft forever\n";
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("vip");
        QTest::addColumn<bool>("listed");
        QTest::newRow("present") << output << "10.0.0.50/24" << true;
        QTest::newRow("same ip other prefix") << output << "10.0.0.5/24" << false;
        QTest::newRow("prefix of a longer address") << output << "10.0.0.5/32" << true;
        QTest::newRow("ip that only starts the same") << output << "10.0.0.50/32" << false;
        QTest::newRow("ipv6 written differently") << output << "fd00:0::10/64" << true;
        QTest::newRow("absent") << output << "10.0.0.6/24" << false;
        QTest::newRow("empty output") << QByteArray() << "10.0.0.50/24" << false;
    }
    void isListedInReadsIpAddrShowOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, vip);
        QFETCH(bool, listed);
        QCOMPARE(VipAddress::parse(vip).isListedIn(output), listed);
    }

    // The kernel's own view of this process's namespace: loopback always holds 127.0.0.1/8 (and
    // ::1/128 where IPv6 is on), whatever the machine.
    void presenceOnAsksTheKernel()
    {
        using P = VipAddress::Presence;
        QCOMPARE(VipAddress::parse(QStringLiteral("127.0.0.1/8")).presenceOn(QStringLiteral("lo")), P::Present);
        QCOMPARE(VipAddress::parse(QStringLiteral("127.0.0.1/24")).presenceOn(QStringLiteral("lo")), P::Absent);
        QCOMPARE(VipAddress::parse(QStringLiteral("127.0.0.77/8")).presenceOn(QStringLiteral("lo")), P::Absent);
        QCOMPARE(VipAddress::parse(QStringLiteral("127.0.0.1/8")).presenceOn(QStringLiteral("twinha-none0")),
                 P::NoInterface);
        QCOMPARE(VipAddress::parse(QStringLiteral("not an address")).presenceOn(QStringLiteral("lo")), P::Unknown);
        if (QFile::exists(QStringLiteral("/proc/net/if_inet6"))) {
            QCOMPARE(VipAddress::parse(QStringLiteral("::1/128")).presenceOn(QStringLiteral("lo")), P::Present);
            QCOMPARE(VipAddress::parse(QStringLiteral("::1/64")).presenceOn(QStringLiteral("lo")), P::Absent);
        }
    }
};

QTEST_GUILESS_MAIN(TestVipAddress)
#include "TestVipAddress.moc"
