#include "agentlink/ErrorText.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonArray>
#include <QtTest>

using twinha::agentlink::ErrorText;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasItsOwnSentence()
    {
        for (const QString& code : twinha::protocol::codes::allCodes())
            QVERIFY2(ErrorText::knows(code), qPrintable(code));
    }

    void sentencesCarryTheirParameters()
    {
        const RpcError e =
            RpcError::make(QStringLiteral("HOST_KEY_CHANGED"), {{QStringLiteral("host"), "10.0.0.1"},
                                                                {QStringLiteral("port"), 2222},
                                                                {QStringLiteral("fingerprint"), "SHA256:abc"},
                                                                {QStringLiteral("known_hosts"), "/k"}});
        const QString text = ErrorText::describe(e);
        QVERIFY(text.contains(QStringLiteral("10.0.0.1:2222")));
        QVERIFY(text.contains(QStringLiteral("SHA256:abc")));
        QVERIFY(text.contains(QStringLiteral("/k")));
    }

    void missingAgentBinaryIsNamed()
    {
        const QString text = ErrorText::describe(
            RpcError::make(QStringLiteral("AGENT_COMMAND_FAILED"), {{QStringLiteral("exit_status"), 127}}));
        QVERIFY(text.contains(QStringLiteral("not installed")));
    }

    void witnessSentencesCarryTheirParameters_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("lease lost") << QStringLiteral("WITNESS_LEASE_LOST")
                                    << QJsonObject{{QStringLiteral("group"), QStringLiteral("service")},
                                                   {QStringLiteral("witness"), QStringLiteral("10.77.1.253:5410")}}
                                    << QStringList{QStringLiteral("group service"),
                                                   QStringLiteral("witness 10.77.1.253:5410"),
                                                   QStringLiteral("before its lease could run out")};
        QTest::newRow("lease held, time left")
            << QStringLiteral("WITNESS_LEASE_HELD")
            << QJsonObject{{QStringLiteral("group"), QStringLiteral("service")},
                           {QStringLiteral("holder"), QStringLiteral("node1")},
                           {QStringLiteral("remaining_ms"), 1875}}
            << QStringList{QStringLiteral("Takeover refused"), QStringLiteral("group service to node1"),
                           QStringLiteral("1875 ms")};
        QTest::newRow("witness unreachable")
            << QStringLiteral("WITNESS_UNREACHABLE")
            << QJsonObject{{QStringLiteral("witness"), QStringLiteral("10.77.1.253:5410")}}
            << QStringList{QStringLiteral("witness 10.77.1.253:5410 does not answer")};
        QTest::newRow("witness store failed") << QStringLiteral("WITNESS_STORE_FAILED") << QJsonObject{}
                                              << QStringList{QStringLiteral("disk of the witness host")};
        QTest::newRow("ping only, targets as a list")
            << QStringLiteral("PING_ONLY_PROTECTION")
            << QJsonObject{{QStringLiteral("targets"),
                            QJsonArray{QStringLiteral("10.0.0.254"), QStringLiteral("tcp:10.0.0.1:22")}}}
            << QStringList{QStringLiteral("(10.0.0.254, tcp:10.0.0.1:22)"), QStringLiteral("two active nodes"),
                           QStringLiteral("Configure a witness")};
        QTest::newRow("tiebreaker targets as a list")
            << QStringLiteral("TIEBREAKER_UNREACHABLE")
            << QJsonObject{{QStringLiteral("targets"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}}
            << QStringList{QStringLiteral("(a, b)")};
    }

    void witnessSentencesCarryTheirParameters()
    {
        QFETCH(QString, code);
        QFETCH(QJsonObject, params);
        QFETCH(QStringList, expected);
        const QString text = ErrorText::describe(RpcError::make(code, params));
        for (const QString& part : expected)
            QVERIFY2(text.contains(part), qPrintable(text));
    }

    void fencingAndMaintenanceSentencesCarryTheirParameters_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QStringList>("expected");
        // As agent/fencing/Fencer.cpp makes them.
        QTest::newRow("fence failed")
            << QStringLiteral("FENCE_FAILED")
            << QJsonObject{{QStringLiteral("node"), QStringLiteral("node2")},
                           {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                           {QStringLiteral("exit_status"), 1},
                           {QStringLiteral("detail"), QStringLiteral("Unable to connect/login to fencing device")}}
            << QStringList{QStringLiteral("Fencing node2 with fence_ipmilan failed (exit status 1): Unable to "
                                          "connect/login to fencing device."),
                           QStringLiteral("No takeover happens until fencing succeeds")};
        QTest::newRow("fence timed out")
            << QStringLiteral("FENCE_FAILED")
            << QJsonObject{{QStringLiteral("node"), QStringLiteral("node1")},
                           {QStringLiteral("device"), QStringLiteral("/usr/local/sbin/fence-pdu")},
                           {QStringLiteral("exit_status"), -1},
                           {QStringLiteral("detail"), QStringLiteral("timed out after 60000 ms")}}
            << QStringList{QStringLiteral("Fencing node1 with /usr/local/sbin/fence-pdu failed: timed out after "
                                          "60000 ms.")};
        QTest::newRow("fence required, started")
            << QStringLiteral("FENCE_REQUIRED")
            << QJsonObject{{QStringLiteral("node"), QStringLiteral("node1")},
                           {QStringLiteral("device"), QStringLiteral("fence_virsh")},
                           {QStringLiteral("state"), QStringLiteral("running")}}
            << QStringList{QStringLiteral("node1 is silent but may be frozen"),
                           QStringLiteral("Fencing node1 with fence_virsh has started"),
                           QStringLiteral("skip fencing knowing that both nodes may then serve at once")};
        QTest::newRow("fence required, failed before")
            << QStringLiteral("FENCE_REQUIRED")
            << QJsonObject{{QStringLiteral("node"), QStringLiteral("node1")},
                           {QStringLiteral("device"), QStringLiteral("fence_virsh")},
                           {QStringLiteral("state"), QStringLiteral("failed")}}
            << QStringList{QStringLiteral("fencing it with fence_virsh failed")};
        QTest::newRow("maintenance mode")
            << QStringLiteral("MAINTENANCE_MODE")
            << QJsonObject{{QStringLiteral("group"), QStringLiteral("service")},
                           {QStringLiteral("by"), QStringLiteral("root@10.0.0.5")}}
            << QStringList{QStringLiteral("Group service is in maintenance mode (set by root@10.0.0.5)"),
                           QStringLiteral("needs force")};
    }

    void fencingAndMaintenanceSentencesCarryTheirParameters() { witnessSentencesCarryTheirParameters(); }

    void absentParametersLeaveNoGap_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lease held, no time left")
            << QStringLiteral("WITNESS_LEASE_HELD")
            << QJsonObject{{QStringLiteral("group"), QStringLiteral("service")},
                           {QStringLiteral("holder"), QStringLiteral("node1")}}
            << QStringLiteral("Takeover refused: the witness gives the lease of group service to node1.");
        QTest::newRow("lease held, remaining null")
            << QStringLiteral("WITNESS_LEASE_HELD")
            << QJsonObject{{QStringLiteral("group"), QStringLiteral("service")},
                           {QStringLiteral("holder"), QStringLiteral("node1")},
                           {QStringLiteral("remaining_ms"), QJsonValue()}}
            << QStringLiteral("Takeover refused: the witness gives the lease of group service to node1.");
        QTest::newRow("lease held by nobody the witness knows")
            << QStringLiteral("WITNESS_LEASE_HELD")
            << QJsonObject{{QStringLiteral("group"), QStringLiteral("service")}, {QStringLiteral("remaining_ms"), 900}}
            << QStringLiteral("Takeover refused: the witness does not grant the lease of group service for another "
                              "900 ms, until an earlier holder's lease has certainly run out.");
        QTest::newRow("fence failed, neither status nor detail")
            << QStringLiteral("FENCE_FAILED")
            << QJsonObject{{QStringLiteral("node"), QStringLiteral("node2")},
                           {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                           {QStringLiteral("exit_status"), -1},
                           {QStringLiteral("detail"), QString()}}
            << QStringLiteral("Fencing node2 with fence_ipmilan failed. No takeover happens until fencing succeeds; "
                              "check the fence device and its options.");
        QTest::newRow("fence failed, status only")
            << QStringLiteral("FENCE_FAILED")
            << QJsonObject{{QStringLiteral("node"), QStringLiteral("node2")},
                           {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                           {QStringLiteral("exit_status"), 2}}
            << QStringLiteral("Fencing node2 with fence_ipmilan failed (exit status 2). No takeover happens until "
                              "fencing succeeds; check the fence device and its options.");
        QTest::newRow("fence required, as the journal keeps it")
            << QStringLiteral("FENCE_REQUIRED")
            << QJsonObject{{QStringLiteral("group"), QStringLiteral("service")}, {QStringLiteral("force"), true}}
            << QStringLiteral("Takeover refused for now: the silent peer may be frozen rather than off, so it must be "
                              "powered off first, and fencing has started. Try again once it is done, or skip fencing "
                              "knowing that both nodes may then serve at once.");
        QTest::newRow("maintenance, nobody named")
            << QStringLiteral("MAINTENANCE_MODE")
            << QJsonObject{{QStringLiteral("group"), QStringLiteral("service")}, {QStringLiteral("by"), QString()}}
            << QStringLiteral("Group service is in maintenance mode: the agents move nothing by themselves, and a "
                              "planned switchover needs force.");
        QTest::newRow("maintenance, no group")
            << QStringLiteral("MAINTENANCE_MODE") << QJsonObject{}
            << QStringLiteral("The cluster is in maintenance mode: the agents move nothing by themselves, and a "
                              "planned switchover needs force.");
        QTest::newRow("replication failed, as a readiness reason (the channel only)")
            << QStringLiteral("REPLICATION_SYNC_FAILED")
            << QJsonObject{{QStringLiteral("channel"), QStringLiteral("data")}}
            << QStringLiteral("Replication data failed to copy to the standby.");
        QTest::newRow("replication failed, status only")
            << QStringLiteral("REPLICATION_SYNC_FAILED")
            << QJsonObject{{QStringLiteral("channel"), QStringLiteral("data")}, {QStringLiteral("exit_status"), 10}}
            << QStringLiteral("Replication data failed to copy to the standby (exit status 10).");
        QTest::newRow("ping only, no targets")
            << QStringLiteral("PING_ONLY_PROTECTION") << QJsonObject{}
            << QStringLiteral("Automatic failover relies on ping tiebreakers only. It cannot prevent two active "
                              "nodes in a split where both nodes still reach them. Configure a witness.");
    }

    void absentParametersLeaveNoGap()
    {
        QFETCH(QString, code);
        QFETCH(QJsonObject, params);
        QFETCH(QString, expected);
        const QString text = ErrorText::describe(RpcError::make(code, params));
        QCOMPARE(text, expected);
        QVERIFY(!text.contains(QStringLiteral("  ")) && !text.contains(QStringLiteral("()")));
    }

    void addressesAreWrittenAsSshReadsThem_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("says");
        QTest::newRow("IPv6 in brackets")
            << QString::fromLatin1(codes::kHostUnreachable)
            << QJsonObject{{QStringLiteral("host"), QStringLiteral("::1")},
                           {QStringLiteral("port"), 2222},
                           {QStringLiteral("detail"), QStringLiteral("Connection refused")}}
            << QStringLiteral("Cannot connect to [::1]:2222: Connection refused.");
        QTest::newRow("a node behind a jump host")
            << QString::fromLatin1(codes::kConnectTimeout)
            << QJsonObject{{QStringLiteral("host"), QStringLiteral("10.0.0.5")},
                           {QStringLiteral("port"), 22},
                           {QStringLiteral("jump"), QStringLiteral("bastion")}}
            << QStringLiteral("No answer from 10.0.0.5:22 (through the jump host bastion) in time.");
        QTest::newRow("the jump host itself") << QString::fromLatin1(codes::kConnectTimeout)
                                              << QJsonObject{{QStringLiteral("host"), QStringLiteral("bastion")},
                                                             {QStringLiteral("port"), 2200},
                                                             {QStringLiteral("jump"), QStringLiteral("bastion")}}
                                              << QStringLiteral("No answer from the jump host bastion:2200 in time.");
    }

    void addressesAreWrittenAsSshReadsThem()
    {
        QFETCH(QString, code);
        QFETCH(QJsonObject, params);
        QFETCH(QString, says);
        const QString text = ErrorText::describe(RpcError::make(code, params));
        QVERIFY2(text.startsWith(says), qPrintable(text));
    }

    void displayAddressBracketsIpv6()
    {
        twinha::agentlink::NodeEndpoint ep;
        ep.host = QStringLiteral("::1");
        ep.port = 2222;
        QCOMPARE(ep.displayAddress(), QStringLiteral("[::1]:2222"));
        ep.port = 22;
        QCOMPARE(ep.displayAddress(), QStringLiteral("::1"));
        ep.host = QStringLiteral("node1.example.com");
        ep.port = 2200;
        QCOMPARE(ep.displayAddress(), QStringLiteral("node1.example.com:2200"));
    }

    void unknownCodeStillSaysSomething()
    {
        QVERIFY(ErrorText::describe(RpcError::make(QStringLiteral("SOMETHING_NEW")))
                    .contains(QStringLiteral("SOMETHING_NEW")));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "TestErrorText.moc"
