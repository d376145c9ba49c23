#include "agentlink/protocol/PrivateAddress.h"

#include <QtTest>

using twinha::protocol::PrivateAddress;

// Which mirror endpoints get the "use ssh" recommendation: everything not provably on the
// operator's own network. And which tiebreakers are this machine itself.
class TestPrivateAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tellsPrivateFromPublic_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("isPrivate");
        for (const char* h : {"10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.9.9", "192.168.1.20", "127.0.0.1",
                              "169.254.3.4", "localhost", "::1", "[::1]", "fe80::1", "fe80::1%eth0", "febf::1",
                              "fd12:3456::1", "fc00::1", "::ffff:10.0.0.1"})
            QTest::newRow(h) << QString::fromLatin1(h) << true;
        for (const char* h :
             {"192.0.2.1", "8.8.8.8", "172.32.0.1", "172.15.255.255", "192.169.0.1", "11.0.0.1", "100.64.0.1",
              "2001:db8::1", "fec0::1", "::ffff:8.8.8.8", "db.example.com", "10.0.0", "10.0.0.256", "", "::"})
            QTest::newRow(h) << QString::fromLatin1(h) << false;
    }

    void tellsPrivateFromPublic()
    {
        QFETCH(QString, host);
        QTEST(PrivateAddress::isPrivate(host), "isPrivate");
    }

    // A tiebreaker at such an address always answers, wherever the node is cut off.
    void tellsThisMachineFromOthers_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("isThisMachine");
        for (const char* h : {"127.0.0.1", "127.1.2.3", "0.0.0.0", "localhost", "LocalHost", "::1", "[::1]",
                              "::", "::ffff:127.0.0.1", "::ffff:0.0.0.0"})
            QTest::newRow(h) << QString::fromLatin1(h) << true;
        for (const char* h : {"10.0.0.1", "192.0.2.1", "128.0.0.1", "::2", "fe80::1", "gateway.example", "", "0.0.0",
                              "::ffff:10.0.0.1"})
            QTest::newRow(h) << QString::fromLatin1(h) << false;
    }
    void tellsThisMachineFromOthers()
    {
        QFETCH(QString, host);
        QTEST(PrivateAddress::isThisMachine(host), "isThisMachine");
    }
};

QTEST_GUILESS_MAIN(TestPrivateAddress)
#include "TestPrivateAddress.moc"
