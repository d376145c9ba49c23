// ClusterView::build: the three-way diagnosis and the merge of both nodes' statuses.
#include "agentlink/ClusterView.h"

#include <QJsonArray>
#include <QTest>

using namespace twinha::agentlink;
using twinha::protocol::NodeStatus;
using twinha::protocol::RpcError;

namespace {
// A node's status as its agent would send it, with the members the merge reads.
QJsonObject statusOf(const QString& node, const QString& peer, bool held, bool peerAlive,
                     const QString& mode = QStringLiteral("hot-standby"))
{
    const QString active = held ? node : peer;
    return QJsonObject{
        {QStringLiteral("node"), node},
        {QStringLiteral("role"), held ? QStringLiteral("active") : QStringLiteral("standby")},
        {QStringLiteral("epoch"), 4},
        {QStringLiteral("mode"), mode},
        {QStringLiteral("config_checksum_match"), true},
        {QStringLiteral("peer"), QJsonObject{{QStringLiteral("name"), peer}, {QStringLiteral("alive"), peerAlive}}},
        {QStringLiteral("links"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("lan")},
                                {QStringLiteral("state"), peerAlive ? QStringLiteral("up") : QStringLiteral("down")},
                                {QStringLiteral("rtt_ms"), 1.5},
                                {QStringLiteral("loss_pct"), 0},
                                {QStringLiteral("last_heard_ms"), 80}}}},
        {QStringLiteral("groups"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("service")},
                         {QStringLiteral("preferred"), QStringLiteral("node1")},
                         {QStringLiteral("held"), held},
                         {QStringLiteral("state"), held ? QStringLiteral("running") : QStringLiteral("stopped")},
                         {QStringLiteral("active_nodes"), QJsonArray{active}},
                         {QStringLiteral("resources"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("ip")},
                                                 {QStringLiteral("type"), QStringLiteral("vip")},
                                                 {QStringLiteral("state"),
                                                  held ? QStringLiteral("running") : QStringLiteral("stopped")}}}}}}},
        {QStringLiteral("readiness"), QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("service")},
                                                             {QStringLiteral("kind"), QStringLiteral("switchover")},
                                                             {QStringLiteral("from"), active},
                                                             {QStringLiteral("to"), held ? peer : node},
                                                             {QStringLiteral("ready"), true},
                                                             {QStringLiteral("reasons"), QJsonArray{}}}}},
        {QStringLiteral("replication"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("data")},
                                {QStringLiteral("group"), QStringLiteral("service")},
                                {QStringLiteral("type"), QStringLiteral("mirror")},
                                {QStringLiteral("role"), held ? QStringLiteral("source") : QStringLiteral("target")},
                                {QStringLiteral("state"), held ? QStringLiteral("in_sync") : QStringLiteral("unknown")},
                                {QStringLiteral("lag_s"), held ? QJsonValue(0.4) : QJsonValue()},
                                {QStringLiteral("max_lag_s"), 5}}}},
        {QStringLiteral("split_brain"), false},
        {QStringLiteral("split_brain_groups"), QJsonArray{}},
        {QStringLiteral("operation"), QJsonValue()}};
}

NodeView nodeView(const QString& name, LinkState link, const std::optional<QJsonObject>& status)
{
    NodeView n;
    n.endpoint.name = name;
    n.link = link;
    if (status)
        n.status = NodeStatus::fromJson(*status);
    if (link == LinkState::Disconnected)
        n.lastError = RpcError::make(QStringLiteral("HOST_UNREACHABLE"), {});
    return n;
}

QList<NodeView> healthyPair()
{
    return {nodeView(QStringLiteral("node1"), LinkState::Ready,
                     statusOf(QStringLiteral("node1"), QStringLiteral("node2"), true, true)),
            nodeView(QStringLiteral("node2"), LinkState::Ready,
                     statusOf(QStringLiteral("node2"), QStringLiteral("node1"), false, true))};
}

void setMember(QList<NodeView>& nodes, int i, const QString& key, const QJsonValue& value)
{
    QJsonObject s = nodes[i].status->toJson();
    s.insert(key, value);
    nodes[i].status = NodeStatus::fromJson(s);
}
} // namespace

class TestClusterView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyPairIsMergedIntoOneView()
    {
        const ClusterView v = ClusterView::build(healthyPair());
        QCOMPARE(v.diagnosis, ClusterDiagnosis::Healthy);
        QCOMPARE(v.health, ClusterHealth::Ok);
        QCOMPARE(v.mode, QStringLiteral("hot-standby"));
        QCOMPARE(v.epoch, qint64(4));
        QCOMPARE(v.links.size(), 1);
        QVERIFY(v.links.first().upOnBothSides());
        QCOMPARE(v.links.first().rttMs[1], 1.5);
        QCOMPARE(v.groups.size(), 1);
        QCOMPARE(v.groups.first().holders, QStringList{QStringLiteral("node1")});
        QCOMPARE(v.groups.first().state[1], QStringLiteral("stopped"));
        QCOMPARE(v.readiness.size(), 1);
        QVERIFY(v.readiness.first().ready);
        QCOMPARE(v.readiness.first().to, QStringLiteral("node2"));
        QCOMPARE(v.channels.size(), 1);
        QCOMPARE(v.channels.first().reportedBy, QStringLiteral("node1")); // the source, not the target
        QCOMPARE(*v.channels.first().lagS, 0.4);
    }

    void nodesThatCannotHearEachOtherAreToldApartFromAnUnreachableNode()
    {
        QList<NodeView> nodes = healthyPair();
        nodes[0] = nodeView(QStringLiteral("node1"), LinkState::Ready,
                            statusOf(QStringLiteral("node1"), QStringLiteral("node2"), true, false));
        nodes[1] = nodeView(QStringLiteral("node2"), LinkState::Ready,
                            statusOf(QStringLiteral("node2"), QStringLiteral("node1"), false, false));
        ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::NodesApart);
        QCOMPARE(v.health, ClusterHealth::Degraded);
        QVERIFY(v.anyLinkDown());

        // The console loses node2 while node1 still hears it: a problem on the console's side.
        nodes = healthyPair();
        nodes[1].link = LinkState::Disconnected;
        nodes[1].lastError = RpcError::make(QStringLiteral("HOST_UNREACHABLE"), {});
        v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::ConsoleLostNode);
        QCOMPARE(v.subjectNode, 1);
        QCOMPARE(v.health, ClusterHealth::Degraded);

        // ...and when node1 no longer hears it either, the node is down.
        setMember(nodes, 0, QStringLiteral("peer"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("node2")}, {QStringLiteral("alive"), false}});
        v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::NodeDown);
        QCOMPARE(v.subjectNode, 1);
    }

    void bothNodesHoldingTheServiceIsSplitBrain()
    {
        QList<NodeView> nodes = healthyPair();
        nodes[1] = nodeView(QStringLiteral("node2"), LinkState::Ready,
                            statusOf(QStringLiteral("node2"), QStringLiteral("node1"), true, false));
        const ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::SplitBrain);
        QCOMPARE(v.health, ClusterHealth::SplitBrain);
        QVERIFY(v.groups.first().splitBrain);
        QCOMPARE(v.groups.first().holders, (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
    }

    void theAgentsOwnSplitBrainReportCounts()
    {
        QList<NodeView> nodes = healthyPair();
        setMember(nodes, 1, QStringLiteral("split_brain"), true);
        QCOMPARE(ClusterView::build(nodes).diagnosis, ClusterDiagnosis::SplitBrain);
    }

    void duplexMayRunOnBothNodes()
    {
        const QString duplex = QStringLiteral("duplex");
        const QList<NodeView> nodes{
            nodeView(QStringLiteral("node1"), LinkState::Ready,
                     statusOf(QStringLiteral("node1"), QStringLiteral("node2"), true, true, duplex)),
            nodeView(QStringLiteral("node2"), LinkState::Ready,
                     statusOf(QStringLiteral("node2"), QStringLiteral("node1"), true, true, duplex))};
        const ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::Healthy);
        QCOMPARE(v.groups.first().holders.size(), 2);
        QVERIFY(!v.groups.first().splitBrain);
    }

    void reachOfTheConsoleAlone()
    {
        QList<NodeView> nodes{nodeView(QStringLiteral("node1"), LinkState::Connecting, std::nullopt),
                              nodeView(QStringLiteral("node2"), LinkState::Connecting, std::nullopt)};
        QCOMPARE(ClusterView::build(nodes).health, ClusterHealth::Connecting);
        nodes[0] = nodeView(QStringLiteral("node1"), LinkState::Disconnected, std::nullopt);
        nodes[1] = nodeView(QStringLiteral("node2"), LinkState::Disconnected, std::nullopt);
        const ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::BothUnreachable);
        QCOMPARE(v.health, ClusterHealth::Unreachable);
    }

    void aNodeNeverReachedIsPlacedByItsPeersWord()
    {
        QList<NodeView> nodes = healthyPair();
        nodes[0] = nodeView(QStringLiteral("node1"), LinkState::Disconnected, std::nullopt);
        const ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.groups.first().holders, QStringList{QStringLiteral("node1")});
        QCOMPARE(v.diagnosis, ClusterDiagnosis::ConsoleLostNode);
        QCOMPARE(v.subjectNode, 0);
    }

    void problemsThatLeaveTheServiceUpAreDegraded_data()
    {
        QTest::addColumn<QString>("member");
        QTest::newRow("a link down on one side") << QStringLiteral("links");
        QTest::newRow("config mismatch") << QStringLiteral("config_checksum_match");
        QTest::newRow("lag over the limit") << QStringLiteral("replication");
    }

    void problemsThatLeaveTheServiceUpAreDegraded()
    {
        QFETCH(QString, member);
        QList<NodeView> nodes = healthyPair();
        QJsonObject s = nodes[0].status->toJson();
        if (member == QLatin1String("links")) {
            QJsonArray links = s.value(member).toArray();
            QJsonObject backup = links.first().toObject();
            backup.insert(QStringLiteral("name"), QStringLiteral("backup"));
            backup.insert(QStringLiteral("state"), QStringLiteral("down"));
            links.append(backup);
            s.insert(member, links);
        } else if (member == QLatin1String("config_checksum_match")) {
            s.insert(member, false);
        } else {
            QJsonArray channels = s.value(member).toArray();
            QJsonObject data = channels.first().toObject();
            data.insert(QStringLiteral("lag_s"), 12.5);
            channels[0] = data;
            s.insert(member, channels);
        }
        nodes[0].status = NodeStatus::fromJson(s);
        const ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::Healthy);
        QCOMPARE(v.health, ClusterHealth::Degraded);
    }

    void blockedReadinessCarriesTheSourcesReasons()
    {
        QList<NodeView> nodes = healthyPair();
        const QJsonObject reason{{QStringLiteral("code"), QStringLiteral("REPLICATION_LAG_TOO_HIGH")},
                                 {QStringLiteral("lag_s"), 12.5},
                                 {QStringLiteral("limit_s"), 5}};
        setMember(nodes, 0, QStringLiteral("readiness"),
                  QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("service")},
                                         {QStringLiteral("kind"), QStringLiteral("switchover")},
                                         {QStringLiteral("from"), QStringLiteral("node1")},
                                         {QStringLiteral("to"), QStringLiteral("node2")},
                                         {QStringLiteral("ready"), false},
                                         {QStringLiteral("reasons"), QJsonArray{reason}}}});
        const ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.readiness.size(), 1); // node2 says "ready": the source's verdict wins
        QVERIFY(!v.readiness.first().ready);
        QCOMPARE(v.readiness.first().reasons.size(), 1);
        QCOMPARE(v.readiness.first().reasons.first().code, QStringLiteral("REPLICATION_LAG_TOO_HIGH"));
        QCOMPARE(v.readiness.first().reasons.first().params.value(QStringLiteral("lag_s")).toDouble(), 12.5);
    }

    void theNewestOperationIsShown()
    {
        QList<NodeView> nodes = healthyPair();
        const auto op = [](const QString& id, qint64 started, const QString& result) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("kind"), QStringLiteral("switchover")},
                               {QStringLiteral("started_at"), started},
                               {QStringLiteral("result"), result}};
        };
        setMember(nodes, 0, QStringLiteral("operation"), op(QStringLiteral("old"), 1000, QStringLiteral("done")));
        setMember(nodes, 1, QStringLiteral("operation"), op(QStringLiteral("new"), 2000, QString()));
        const ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.operation.id, QStringLiteral("new"));
        QVERIFY(v.operation.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestClusterView)
#include "TestClusterView.moc"
