#include "agent/coordinator/NodeClaims.h"
#include "agent/heartbeat/HeartbeatPacket.h"

#include <QJsonDocument>
#include <QtTest>

using namespace twinha::agent;

// The heartbeat payload: survives the trip, and fits in one datagram even at its largest.
class TestNodeClaims : public QObject
{
    Q_OBJECT

private:
    static NodeClaims largest()
    {
        NodeClaims p;
        p.epoch = 123456789;
        p.checksum = QString(64, QLatin1Char('f'));
        for (const char* g : {"mail-service-group", "web-service-group"})
            p.groups.insert(QLatin1String(g), {true, twinha::protocol::RunState::Stopping, true, 123456789});
        p.hearsPeer = true;
        for (const char* c : {"mailstore-mirror", "database-stream"})
            p.lag.insert(QLatin1String(c),
                         {12345.678, twinha::protocol::ReplicationState::Lagging, QString(), std::nullopt, false});
        p.tiebreaker = true;
        p.op.id = OperationRecord::newId();
        p.op.kind = twinha::protocol::OperationKind::Switchover;
        p.op.group = QStringLiteral("mail-service-group");
        p.op.from = QStringLiteral("node-number-one");
        p.op.to = QStringLiteral("node-number-two");
        p.op.phase = twinha::protocol::OperationPhase::Rollback;
        p.op.epoch = 123456790;
        p.op.actor = QStringLiteral("operator-name@2001:db8:1234:5678::99");
        p.op.startedAt = 1763770000000;
        p.op.gapMs = 123456;
        using twinha::protocol::OperationPhase;
        for (const OperationPhase s :
             {OperationPhase::Precheck, OperationPhase::Stop, OperationPhase::Drain, OperationPhase::Handover,
              OperationPhase::Start, OperationPhase::Verify, OperationPhase::Rollback})
            p.op.addStep(s, 123456, false);
        p.op.finish(twinha::protocol::OperationResult::RolledBack,
                    twinha::protocol::RpcError::make(QStringLiteral("RESOURCE_START_FAILED"),
                                                     {{QStringLiteral("group"), QString(200, QLatin1Char('g'))},
                                                      {QStringLiteral("resource"), QStringLiteral("service-ip")},
                                                      {QStringLiteral("exit_status"), 1},
                                                      {QStringLiteral("stderr"), QString(4000, QLatin1Char('e'))},
                                                      {QStringLiteral("extra1"), 1},
                                                      {QStringLiteral("extra2"), 2}}));
        p.request = NodeClaims::Request{OperationRecord::newId(), QStringLiteral("web-service-group"),
                                        QStringLiteral("node-number-one"), true, p.op.actor};
        return p;
    }

private Q_SLOTS:
    void roundTripsEveryField()
    {
        const NodeClaims p = largest();
        const auto back = NodeClaims::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), p.toJson());
        QCOMPARE(back->op.steps.size(), 7);
        QCOMPARE(back->op.reason.code, QStringLiteral("RESOURCE_START_FAILED"));
        QVERIFY(back->holds(QStringLiteral("web-service-group")));
        QCOMPARE(*back->lag.value(QStringLiteral("database-stream")).lagS, 12345.678);
        QCOMPARE(back->request->force, true);
    }

    void groupEpochsTravelAndAnOlderAgentsSingleEpochStandsForEveryGroup()
    {
        NodeClaims p;
        p.epoch = 9;
        p.groups.insert(QStringLiteral("a"), {true, twinha::protocol::RunState::Running, true, 3});
        const auto back = NodeClaims::fromJson(p.toJson());
        QCOMPARE(back->groupEpoch(QStringLiteral("a")), 3);
        QJsonObject older = p.toJson();
        older.insert(QStringLiteral("groups"),
                     QJsonObject{{QStringLiteral("a"),
                                  QJsonObject{{QStringLiteral("held"), true}, {QStringLiteral("state"), "running"}}}});
        const auto old = NodeClaims::fromJson(older);
        QVERIFY(!old->groups.value(QStringLiteral("a")).epoch);
        QCOMPARE(old->groupEpoch(QStringLiteral("a")), 9);
        // Group epochs came with acknowledged handovers: only such a source waits for one.
        QVERIFY(back->op.ack);
        QVERIFY(!old->op.ack);
    }

    void unknownLagStaysUnknown()
    {
        NodeClaims p;
        p.lag.insert(QStringLiteral("r"),
                     {std::nullopt, twinha::protocol::ReplicationState::Unknown, QString(), std::nullopt, false});
        QVERIFY(!NodeClaims::fromJson(p.toJson())->lag.value(QStringLiteral("r")).lagS);
    }

    void somethingElseIsNotAPayload()
    {
        QVERIFY(!NodeClaims::fromJson({}));
        QVERIFY(!NodeClaims::fromJson({{QStringLiteral("epoch"), QStringLiteral("3")}}));
    }

    void largestPayloadFitsInOneDatagram()
    {
        // The worst case of every stamp: long names, 9-digit numbers, a host up for three years.
        HeartbeatPacket packet;
        packet.cluster = QStringLiteral("a-long-cluster-name-of-sixty-three-characters-abcdefghijklmnopq");
        packet.from = QStringLiteral("node-number-one");
        packet.link = QStringLiteral("private-link");
        packet.boot = QStringLiteral("0123456789abcdef");
        packet.bootTime = 1763770000000;
        packet.seq = 123456789;
        packet.sent = 1763770000000;
        packet.mono = 99999999999;
        packet.echo = {123456789, 1763770000000, 1000};
        packet.payload = largest().toJson();
        const QByteArray withEcho = packet.encode(QByteArray(32, 'k'));
        // Where even the echo does not fit, PacketComposer leaves it out (an RTT sample lost) rather
        // than send a stale payload: the payload itself must always fit.
        packet.echo = {};
        const QByteArray datagram = packet.encode(QByteArray(32, 'k'));
        QVERIFY2(!datagram.isEmpty(), QJsonDocument(packet.payload).toJson(QJsonDocument::Compact).constData());
        QVERIFY(datagram.size() <= HeartbeatPacket::kMaxDatagramBytes);
        qInfo("largest datagram: %d of %d bytes without the echo (%s with it)", int(datagram.size()),
              HeartbeatPacket::kMaxDatagramBytes,
              withEcho.isEmpty() ? "too large" : qPrintable(QString::number(withEcho.size())));
    }
};

QTEST_GUILESS_MAIN(TestNodeClaims)
#include "TestNodeClaims.moc"
