// ClusterView::build: the three-way diagnosis and the merge of both nodes' statuses.
#include "agentlink/ClaimText.h"
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
                         {QStringLiteral("may_run"), held},
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

// Sets (or, with an undefined value, removes) a member of node i's one group.
void setGroupMember(QList<NodeView>& nodes, int i, const QString& key, const QJsonValue& value)
{
    QJsonObject s = nodes[i].status->toJson();
    QJsonArray groups = s.value(QStringLiteral("groups")).toArray();
    QJsonObject g = groups.first().toObject();
    if (value.isUndefined())
        g.remove(key);
    else
        g.insert(key, value);
    groups[0] = g;
    s.insert(QStringLiteral("groups"), groups);
    nodes[i].status = NodeStatus::fromJson(s);
}

// Node i is reached and says it holds the service (or not), and whether its monitors say it may run.
void setRuns(QList<NodeView>& nodes, int i, bool held, bool mayRun)
{
    setGroupMember(nodes, i, QStringLiteral("held"), held);
    setGroupMember(nodes, i, QStringLiteral("may_run"), mayRun);
}

// What the survivor tells of its silent peer.
enum class Survivor
{
    Remembers, // reports the silent peer's last claim apart (peer_last_claim)
    OlderAgent // no peer_last_claim, and still lists the silent peer among active_nodes
};

// node1 was active at epoch 2; the console last heard it 61 s ago, node2 60 s ago. node2 took
// over at epoch 3 and holds the service. `node1Link`: how the console's link to node1 stands now.
QList<NodeView> afterTakeover(const QDateTime& now, LinkState node1Link, bool consoleHeardNode1, Survivor survivor)
{
    const QString node1 = QStringLiteral("node1");
    const QString node2 = QStringLiteral("node2");
    QList<NodeView> nodes{
        nodeView(node1, node1Link,
                 consoleHeardNode1 ? std::optional(statusOf(node1, node2, true, true)) : std::nullopt),
        nodeView(node2, LinkState::Ready, statusOf(node2, node1, true, false))};
    if (consoleHeardNode1) {
        setMember(nodes, 0, QStringLiteral("epoch"), 2);
        nodes[0].receivedAt = now.addSecs(-61);
    }
    setMember(nodes, 1, QStringLiteral("epoch"), 3);
    setMember(nodes, 1, QStringLiteral("peer"),
              QJsonObject{{QStringLiteral("name"), node1},
                          {QStringLiteral("alive"), false},
                          {QStringLiteral("seen"), true},
                          {QStringLiteral("silence_ms"), 60000},
                          {QStringLiteral("epoch"), 2}});
    nodes[1].receivedAt = now;
    if (survivor == Survivor::Remembers) {
        setGroupMember(nodes, 1, QStringLiteral("active_nodes"), QJsonArray{node2});
        setGroupMember(nodes, 1, QStringLiteral("peer_last_claim"),
                       QJsonObject{{QStringLiteral("held"), true}, {QStringLiteral("epoch"), 2}});
    } else {
        setGroupMember(nodes, 1, QStringLiteral("active_nodes"), QJsonArray{node1, node2});
        setGroupMember(nodes, 1, QStringLiteral("peer_last_claim"), QJsonValue(QJsonValue::Undefined));
    }
    return nodes;
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
        QCOMPARE(v.mode, std::optional(twinha::protocol::ClusterMode::HotStandby));
        QCOMPARE(v.epoch, qint64(4));
        QCOMPARE(v.links.size(), 1);
        QVERIFY(v.links.first().upOnBothSides());
        QCOMPARE(v.links.first().rttMs[1], 1.5);
        QCOMPARE(v.groups.size(), 1);
        QCOMPARE(v.groups.first().holders, QStringList{QStringLiteral("node1")});
        QVERIFY(v.groups.first().state[1] == twinha::protocol::RunState::Stopped);
        QCOMPARE(v.readiness.size(), 1);
        QVERIFY(v.readiness.first().ready);
        QCOMPARE(v.readiness.first().to, QStringLiteral("node2"));
        QCOMPARE(v.channels.size(), 1);
        QCOMPARE(v.channels.first().reportedBy, QStringLiteral("node1")); // the source, not the target
        QCOMPARE(*v.channels.first().lagS, 0.4);
        QVERIFY(v.channels.first().kept.isEmpty());
    }

    // The standby keeps the files a resync after a split would have destroyed; its report of the
    // channel loses to the source's for the lag, but what it kept still shows.
    void filesKeptOnTheStandbyShowWithTheSourcesChannel()
    {
        QList<NodeView> nodes = healthyPair();
        QJsonObject s = nodes[1].status->toJson();
        QJsonArray channels = s.value(QStringLiteral("replication")).toArray();
        QJsonObject c = channels.first().toObject();
        c.insert(
            QStringLiteral("kept"),
            QJsonObject{{QStringLiteral("sets"), 1},
                        {QStringLiteral("files"), 412},
                        {QStringLiteral("latest"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/srv/x")}}}});
        channels[0] = c;
        s.insert(QStringLiteral("replication"), channels);
        nodes[1].status = NodeStatus::fromJson(s);
        for (const QList<NodeView>& order : {nodes, QList<NodeView>{nodes[1], nodes[0]}}) {
            const ClusterView v = ClusterView::build(order);
            QCOMPARE(v.channels.size(), 1);
            QCOMPARE(v.channels.first().reportedBy, QStringLiteral("node1"));
            QCOMPARE(v.channels.first().kept.size(), 1);
            QCOMPARE(v.channels.first().kept.first().node, QStringLiteral("node2"));
            QCOMPARE(v.channels.first().kept.first().files, 412);
            QCOMPARE(v.channels.first().kept.first().latestPath, QStringLiteral("/srv/x"));
        }
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

    // Kill the active node's agent; the standby takes over. The dead node's last word said it held
    // the service, and the survivor holds it now: one runs, the other is history.
    void aDeadNodesLastClaimIsHistoryNotSplitBrain_data()
    {
        QTest::addColumn<int>("node1Link");
        QTest::addColumn<bool>("consoleHeardNode1");
        QTest::addColumn<int>("survivor");
        QTest::newRow("automatic failover: node1's stale status and node2's memory of it")
            << int(LinkState::Disconnected) << true << int(Survivor::Remembers);
        QTest::newRow("forced takeover while the console still retries node1")
            << int(LinkState::Connecting) << true << int(Survivor::Remembers);
        QTest::newRow("console opened after the failover: only node2's memory")
            << int(LinkState::Disconnected) << false << int(Survivor::Remembers);
        QTest::newRow("a survivor too old to report peer_last_claim")
            << int(LinkState::Disconnected) << true << int(Survivor::OlderAgent);
    }

    void aDeadNodesLastClaimIsHistoryNotSplitBrain()
    {
        QFETCH(int, node1Link);
        QFETCH(bool, consoleHeardNode1);
        QFETCH(int, survivor);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const ClusterView v =
            ClusterView::build(afterTakeover(now, LinkState(node1Link), consoleHeardNode1, Survivor(survivor)));
        QCOMPARE(v.diagnosis, ClusterDiagnosis::NodeDown);
        QCOMPARE(v.subjectNode, 0);
        QCOMPARE(v.health, ClusterHealth::Degraded);
        const GroupView& g = v.groups.first();
        QVERIFY(!g.splitBrain);
        QCOMPARE(g.holders, QStringList{QStringLiteral("node2")});
        QVERIFY(g.lastClaim[1].isNull());
        const StaleClaim& claim = g.lastClaim[0];
        QCOMPARE(claim.node, QStringLiteral("node1"));
        QCOMPARE(claim.epoch, qint64(2));
        QCOMPARE(claim.successor, QStringLiteral("node2"));
        QCOMPARE(claim.successorEpoch, qint64(3));
        QVERIFY2(claim.ageMs(now) >= 60000 && claim.ageMs(now) <= 61000, qPrintable(QString::number(claim.ageMs(now))));
        const QString text = ClaimText::lastClaim(claim, now);
        QVERIFY2(text.startsWith(QStringLiteral("node1: not reachable; it was active at epoch 2 until 1 min ")),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral(" ago, and node2 took over at epoch 3.")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
    }

    // A silent node that nobody else holds after: it may still run, and nobody knows.
    void aSilentNodesClaimWithoutSuccessorSaysItMayStillRun()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<NodeView> nodes = afterTakeover(now, LinkState::Disconnected, true, Survivor::Remembers);
        nodes[1].link = LinkState::Disconnected; // the console reaches neither node now
        ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::BothUnreachable);
        QVERIFY(v.groups.first().holders.isEmpty());
        const StaleClaim node1 = v.groups.first().lastClaim[0];
        const StaleClaim node2 = v.groups.first().lastClaim[1];
        QCOMPARE(node1.node, QStringLiteral("node1"));
        QCOMPARE(node2.node, QStringLiteral("node2")); // both last said so: history, both of it
        QVERIFY(node1.successor.isEmpty() && node2.successor.isEmpty());
        QCOMPARE(ClaimText::lastClaim(node2, now.addSecs(5)),
                 QStringLiteral("node2: not reachable; it was last heard active at epoch 3, 5 s ago, and may still run "
                                "the group."));

        // Without a time to tell its age, the sentence leaves the age out rather than showing nothing.
        StaleClaim undated = node1;
        undated.lastHeard = {};
        QCOMPARE(ClaimText::lastClaim(undated, now),
                 QStringLiteral("node1: not reachable; it was last heard active at epoch 2, and may still run the "
                                "group."));
        QVERIFY(ClaimText::lastClaim(StaleClaim{}, now).isEmpty());
    }

    // A silent node's own verdict is as old as its status: only a node reached now is believed.
    void aStaleSplitBrainVerdictDoesNotCount()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<NodeView> nodes = afterTakeover(now, LinkState::Disconnected, true, Survivor::Remembers);
        setMember(nodes, 0, QStringLiteral("split_brain"), true);
        setMember(nodes, 0, QStringLiteral("split_brain_groups"), QJsonArray{QStringLiteral("service")});
        const ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::NodeDown);
        QVERIFY(!v.groups.first().splitBrain);
    }

    // The dead node comes back still claiming the service at its older epoch, while the survivor
    // holds it: both are reached and both say they run it, so both run now, whatever the agents
    // have said so far; until the old one steps down.
    void aNodeBackAtAnOlderEpochWhileTheSurvivorHoldsIsSplitBrain_data()
    {
        QTest::addColumn<int>("verdictFrom"); // -1: no agent has said so yet
        QTest::newRow("neither agent has said so yet") << -1;
        QTest::newRow("the returning node says so") << 0;
        QTest::newRow("the survivor says so") << 1;
    }

    void aNodeBackAtAnOlderEpochWhileTheSurvivorHoldsIsSplitBrain()
    {
        QFETCH(int, verdictFrom);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<NodeView> nodes = afterTakeover(now, LinkState::Ready, true, Survivor::Remembers);
        nodes[0].receivedAt = now;
        setMember(nodes, 1, QStringLiteral("peer"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("node1")}, {QStringLiteral("alive"), true}});
        setGroupMember(nodes, 1, QStringLiteral("active_nodes"),
                       QJsonArray{QStringLiteral("node2"), QStringLiteral("node1")});
        setGroupMember(nodes, 1, QStringLiteral("peer_last_claim"), QJsonValue());
        if (verdictFrom >= 0) {
            setMember(nodes, verdictFrom, QStringLiteral("split_brain"), true);
            setMember(nodes, verdictFrom, QStringLiteral("split_brain_groups"), QJsonArray{QStringLiteral("service")});
        }
        ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::SplitBrain);
        QCOMPARE(v.health, ClusterHealth::SplitBrain);
        QVERIFY(v.groups.first().splitBrain);
        QCOMPARE(v.groups.first().holders, (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
        QVERIFY(v.groups.first().lastClaim[0].isNull() && v.groups.first().lastClaim[1].isNull());

        // The old one steps down: the service runs once again, and the verdicts are cleared.
        setRuns(nodes, 0, false, false);
        setMember(nodes, 0, QStringLiteral("role"), QStringLiteral("standby"));
        for (int i = 0; i < 2; ++i) {
            setMember(nodes, i, QStringLiteral("split_brain"), false);
            setMember(nodes, i, QStringLiteral("split_brain_groups"), QJsonArray{});
        }
        setGroupMember(nodes, 1, QStringLiteral("active_nodes"), QJsonArray{QStringLiteral("node2")});
        v = ClusterView::build(nodes);
        QVERIFY(!v.groups.first().splitBrain);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::Healthy);
        QCOMPARE(v.groups.first().holders, QStringList{QStringLiteral("node2")});
    }

    // node1 stopped the service (held: false) but the stop failed (may_run: true).
    void aFailedStopIsAWarningAndSplitBrainWhenThePeerHoldsTheGroup()
    {
        QList<NodeView> nodes = healthyPair();
        setRuns(nodes, 0, false, true);
        setGroupMember(nodes, 0, QStringLiteral("state"), QStringLiteral("failed"));
        ClusterView v = ClusterView::build(nodes);
        QVERIFY(v.groups.first().stopFailed[0]);
        QVERIFY(!v.groups.first().stopFailed[1]);
        QVERIFY(v.groups.first().holders.isEmpty());
        QVERIFY(!v.groups.first().splitBrain); // it may run on node1 only: no second copy
        QCOMPARE(v.diagnosis, ClusterDiagnosis::Healthy);
        QCOMPARE(v.health, ClusterHealth::Degraded);
        QCOMPARE(ClaimText::stopFailed(QStringLiteral("node1")),
                 QStringLiteral("Stop failed on node1: the group may still run there."));

        // node2 starts it meanwhile: it runs on both nodes.
        setRuns(nodes, 1, true, true);
        v = ClusterView::build(nodes);
        QVERIFY(v.groups.first().stopFailed[0]);
        QVERIFY(v.groups.first().splitBrain);
        QCOMPARE(v.groups.first().holders, QStringList{QStringLiteral("node2")});
        QCOMPARE(v.diagnosis, ClusterDiagnosis::SplitBrain);
        QCOMPARE(v.health, ClusterHealth::SplitBrain);

        // In duplex running on both nodes is the point.
        setMember(nodes, 0, QStringLiteral("mode"), QStringLiteral("duplex"));
        setMember(nodes, 1, QStringLiteral("mode"), QStringLiteral("duplex"));
        QVERIFY(!ClusterView::build(nodes).groups.first().splitBrain);
    }

    // The console lost node1, but node2 still hears it holding the service: node1 holds it now.
    void aNodeTheConsoleLostButItsPeerHearsIsPlacedByThePeer()
    {
        QList<NodeView> nodes = healthyPair();
        nodes[0].link = LinkState::Disconnected;
        nodes[0].lastError = RpcError::make(QStringLiteral("HOST_UNREACHABLE"), {});
        const ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.diagnosis, ClusterDiagnosis::ConsoleLostNode);
        QCOMPARE(v.groups.first().holders, QStringList{QStringLiteral("node1")});
        QVERIFY(v.groups.first().lastClaim[0].isNull()); // heard now, by its peer: not history
        QVERIFY(!v.groups.first().splitBrain);
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
