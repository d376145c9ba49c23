// NotificationRules: each kind of news announced once, when it happens, not on every push.
#include "ui/notify/NotificationRules.h"

#include <QTest>

using namespace twinha::agentlink;
using twinha::ui::Notice;
using twinha::ui::NotificationRules;

namespace {
ClusterView healthyView()
{
    ClusterView v;
    v.health = ClusterHealth::Ok;
    v.diagnosis = ClusterDiagnosis::Healthy;
    HeartbeatLinkView lan;
    lan.name = QStringLiteral("lan");
    lan.state = {twinha::protocol::HeartbeatLinkState::Up, twinha::protocol::HeartbeatLinkState::Up};
    v.links << lan;
    ChannelView data;
    data.name = QStringLiteral("data");
    data.lagS = 0.5;
    data.maxLagS = 30;
    v.channels << data;
    return v;
}

QList<Notice::Kind> kinds(const QList<Notice>& notices)
{
    QList<Notice::Kind> out;
    for (const Notice& n : notices)
        out << n.kind;
    return out;
}
} // namespace

class TestNotificationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingChangedMeansNoNews()
    {
        QVERIFY(NotificationRules::compare(QStringLiteral("c"), healthyView(), healthyView(), 10).isEmpty());
    }

    void theFirstViewAfterConnectingIsNotNews()
    {
        ClusterView bad = healthyView();
        bad.health = ClusterHealth::SplitBrain;
        QVERIFY(NotificationRules::compare(QStringLiteral("c"), ClusterView(), bad, 10).isEmpty());
    }

    void aLinkGoingDownIsAnnouncedOnce()
    {
        ClusterView down = healthyView();
        down.links[0].state[1] = twinha::protocol::HeartbeatLinkState::Down;
        const QList<Notice> n = NotificationRules::compare(QStringLiteral("pair"), healthyView(), down, 10);
        QCOMPARE(kinds(n), QList<Notice::Kind>{Notice::Kind::LinkLoss});
        QVERIFY(n.first().text.contains(QStringLiteral("lan")));
        QVERIFY(n.first().text.contains(QStringLiteral("pair")));
        QVERIFY(NotificationRules::compare(QStringLiteral("pair"), down, down, 10).isEmpty());
    }

    void splitBrainIsCritical()
    {
        ClusterView split = healthyView();
        split.health = ClusterHealth::SplitBrain;
        const QList<Notice> n = NotificationRules::compare(QStringLiteral("c"), healthyView(), split, 10);
        QCOMPARE(kinds(n), QList<Notice::Kind>{Notice::Kind::SplitBrain});
        QVERIFY(n.first().critical);
    }

    void aFinishedFailoverIsAnnouncedButNotASwitchover()
    {
        ClusterView after = healthyView();
        after.operation.id = QStringLiteral("op1");
        after.operation.kind = twinha::protocol::OperationKind::Failover;
        after.operation.group = QStringLiteral("web");
        after.operation.to = QStringLiteral("node2");
        after.operation.result = twinha::protocol::OperationResult::Done;
        QList<Notice> n = NotificationRules::compare(QStringLiteral("c"), healthyView(), after, 10);
        QCOMPARE(kinds(n), QList<Notice::Kind>{Notice::Kind::Failover});
        QVERIFY(n.first().text.contains(QStringLiteral("node2")));
        QVERIFY(NotificationRules::compare(QStringLiteral("c"), after, after, 10).isEmpty());
        after.operation.kind = twinha::protocol::OperationKind::Switchover;
        after.operation.id = QStringLiteral("op2");
        QVERIFY(NotificationRules::compare(QStringLiteral("c"), healthyView(), after, 10).isEmpty());
    }

    void lagOverTheConsolesThresholdOrTheAgentsLimit()
    {
        ClusterView lagging = healthyView();
        lagging.channels[0].lagS = 12.5;
        QCOMPARE(kinds(NotificationRules::compare(QStringLiteral("c"), healthyView(), lagging, 10)),
                 QList<Notice::Kind>{Notice::Kind::LagOverThreshold});
        QVERIFY(NotificationRules::compare(QStringLiteral("c"), healthyView(), lagging, 20).isEmpty());
        lagging.channels[0].maxLagS = 10; // the agent's own limit is passed
        QCOMPARE(NotificationRules::compare(QStringLiteral("c"), healthyView(), lagging, 20).size(), 1);
        QVERIFY(NotificationRules::compare(QStringLiteral("c"), lagging, lagging, 10).isEmpty());
    }

    void aFailedFenceIsAnnouncedOnceAndCritical()
    {
        ClusterView fencing = healthyView();
        FencingView f;
        f.reportedBy = QStringLiteral("node2");
        f.node = QStringLiteral("node1");
        f.device = QStringLiteral("fence_ipmilan");
        f.state = twinha::protocol::FenceState::Running;
        fencing.protection.fencing << f;
        QVERIFY(NotificationRules::compare(QStringLiteral("pair"), healthyView(), fencing, 10).isEmpty());
        ClusterView failed = fencing;
        failed.protection.fencing[0].state = twinha::protocol::FenceState::Failed;
        failed.protection.fencing[0].error = twinha::protocol::RpcError::make(
            QStringLiteral("FENCE_FAILED"), {{QStringLiteral("node"), QStringLiteral("node1")},
                                             {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                                             {QStringLiteral("exit_status"), 1},
                                             {QStringLiteral("detail"), QStringLiteral("no route to host")}});
        const QList<Notice> n = NotificationRules::compare(QStringLiteral("pair"), fencing, failed, 10);
        QCOMPARE(kinds(n), QList<Notice::Kind>{Notice::Kind::FenceFailed});
        QVERIFY(n.first().critical);
        QVERIFY2(n.first().text.startsWith(QStringLiteral("pair: Fencing node1 with fence_ipmilan failed")),
                 qPrintable(n.first().text));
        QVERIFY(n.first().text.contains(QStringLiteral("no route to host")));
        QVERIFY(NotificationRules::compare(QStringLiteral("pair"), failed, failed, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNotificationRules)
#include "TestNotificationRules.moc"
