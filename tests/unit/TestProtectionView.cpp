// ProtectionView::build: the protection level and the witness, parsed from both nodes' statuses.
#include "agentlink/ClusterView.h"
#include "agentlink/ProtectionView.h"

#include <QJsonArray>
#include <QTest>

using namespace twinha::agentlink;
using twinha::protocol::NodeStatus;

namespace {
const QString kAddress = QStringLiteral("10.77.1.253:5410");

QJsonObject lease(const QJsonValue& holder, const QJsonValue& remainingMs, bool held = true)
{
    return {{QStringLiteral("group"), QStringLiteral("service")},
            {QStringLiteral("held"), held},
            {QStringLiteral("holder"), holder},
            {QStringLiteral("remaining_ms"), remainingMs},
            {QStringLiteral("generation"), 4}};
}

QJsonObject witness(bool reachable, const QJsonValue& answerAgeMs, const QJsonArray& leases)
{
    return {{QStringLiteral("address"), kAddress},
            {QStringLiteral("ttl_ms"), 2000},
            {QStringLiteral("reachable"), reachable},
            {QStringLiteral("answer_age_ms"), answerAgeMs},
            {QStringLiteral("leases"), leases}};
}

// A status as the agent sends it; `protection` null leaves both members out (an older agent).
QJsonObject statusOf(const QString& node, const QJsonValue& protection, const QJsonValue& witnessMember = {})
{
    QJsonObject s{{QStringLiteral("node"), node}, {QStringLiteral("role"), QStringLiteral("standby")}};
    if (!protection.isNull()) {
        s.insert(QStringLiteral("protection"), protection);
        s.insert(QStringLiteral("witness"), witnessMember);
    }
    return s;
}

NodeView nodeView(const QString& name, const std::optional<QJsonObject>& status, LinkState link = LinkState::Ready)
{
    NodeView n;
    n.endpoint.name = name;
    n.link = link;
    if (status)
        n.status = NodeStatus::fromJson(*status);
    return n;
}

QList<NodeView> pair(const QJsonValue& level1, const QJsonValue& level2)
{
    return {nodeView(QStringLiteral("node1"), statusOf(QStringLiteral("node1"), level1)),
            nodeView(QStringLiteral("node2"), statusOf(QStringLiteral("node2"), level2))};
}
} // namespace

class TestProtectionView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachLevelIsParsed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ProtectionLevel>("level");
        QTest::newRow("witness and fencing") << QStringLiteral("witness_fencing") << ProtectionLevel::WitnessFencing;
        QTest::newRow("witness") << QStringLiteral("witness") << ProtectionLevel::Witness;
        QTest::newRow("ping tiebreakers and fencing") << QStringLiteral("fencing") << ProtectionLevel::Fencing;
        QTest::newRow("ping only") << QStringLiteral("ping_only") << ProtectionLevel::PingOnly;
        QTest::newRow("manual") << QStringLiteral("manual") << ProtectionLevel::Manual;
        QTest::newRow("a level this console does not know") << QStringLiteral("quorum_v9") << ProtectionLevel::Unknown;
    }

    void eachLevelIsParsed()
    {
        QFETCH(QString, name);
        QFETCH(ProtectionLevel, level);
        const ProtectionView v = ProtectionView::build(pair(name, name));
        QCOMPARE(v.level, level);
        QCOMPARE(v.nodeLevel[0], level);
        QVERIFY(!v.mismatch());
        QCOMPARE(v.known(), level != ProtectionLevel::Unknown);
        if (level != ProtectionLevel::Unknown)
            QCOMPARE(twinha::protocol::protectionLevelName(level), name);
    }

    void theWeakerOfTwoDifferentLevelsIsShown_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<ProtectionLevel>("shown");
        QTest::newRow("witness and ping only")
            << QStringLiteral("witness") << QStringLiteral("ping_only") << ProtectionLevel::PingOnly;
        QTest::newRow("ping only and witness")
            << QStringLiteral("ping_only") << QStringLiteral("witness") << ProtectionLevel::PingOnly;
        QTest::newRow("witness and manual")
            << QStringLiteral("witness") << QStringLiteral("manual") << ProtectionLevel::Manual;
        QTest::newRow("manual and ping only")
            << QStringLiteral("manual") << QStringLiteral("ping_only") << ProtectionLevel::PingOnly;
        // One node without a fence device for its peer: the other's fencing does not make up for it.
        QTest::newRow("witness and fencing, and witness")
            << QStringLiteral("witness_fencing") << QStringLiteral("witness") << ProtectionLevel::Witness;
        QTest::newRow("fencing and ping only")
            << QStringLiteral("fencing") << QStringLiteral("ping_only") << ProtectionLevel::PingOnly;
        QTest::newRow("witness and fencing, and fencing")
            << QStringLiteral("witness_fencing") << QStringLiteral("fencing") << ProtectionLevel::Fencing;
        QTest::newRow("fencing and witness")
            << QStringLiteral("fencing") << QStringLiteral("witness") << ProtectionLevel::Fencing;
        QTest::newRow("manual and fencing")
            << QStringLiteral("manual") << QStringLiteral("fencing") << ProtectionLevel::Manual;
    }

    void theWeakerOfTwoDifferentLevelsIsShown()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(ProtectionLevel, shown);
        const ProtectionView v = ProtectionView::build(pair(first, second));
        QCOMPARE(v.level, shown);
        QVERIFY(v.mismatch());
    }

    void levelsRunFromWeakestToStrongest()
    {
        const QList<ProtectionLevel> order{ProtectionLevel::Unknown, ProtectionLevel::PingOnly,
                                           ProtectionLevel::Manual,  ProtectionLevel::Fencing,
                                           ProtectionLevel::Witness, ProtectionLevel::WitnessFencing};
        for (qsizetype i = 1; i < order.size(); ++i)
            QVERIFY(order.at(i - 1) < order.at(i));
    }

    void fencingDevicesAndTheirStatesAreParsed()
    {
        QJsonObject failed{{QStringLiteral("node"), QStringLiteral("node1")},
                           {QStringLiteral("device"), QStringLiteral("/usr/local/sbin/fence-node1")},
                           {QStringLiteral("state"), QStringLiteral("failed")},
                           {QStringLiteral("since_ms"), 2300},
                           {QStringLiteral("code"), QStringLiteral("FENCE_FAILED")},
                           {QStringLiteral("params"), QJsonObject{{QStringLiteral("node"), QStringLiteral("node1")},
                                                                  {QStringLiteral("exit_status"), 1},
                                                                  {QStringLiteral("detail"), QStringLiteral("no")}}}};
        QJsonObject s1 = statusOf(QStringLiteral("node1"), QStringLiteral("witness_fencing"));
        s1.insert(QStringLiteral("fencing"), QJsonObject{{QStringLiteral("node"), QStringLiteral("node2")},
                                                         {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                                                         {QStringLiteral("state"), QStringLiteral("running")},
                                                         {QStringLiteral("since_ms"), 1234}});
        QJsonObject s2 = statusOf(QStringLiteral("node2"), QStringLiteral("witness_fencing"));
        s2.insert(QStringLiteral("fencing"), failed);
        const ProtectionView v =
            ProtectionView::build({nodeView(QStringLiteral("node1"), s1), nodeView(QStringLiteral("node2"), s2)});
        QCOMPARE(v.fencing.size(), 2);
        QCOMPARE(v.fencing[0].reportedBy, QStringLiteral("node1"));
        QCOMPARE(v.fencing[0].node, QStringLiteral("node2"));
        QCOMPARE(v.fencing[0].device, QStringLiteral("fence_ipmilan"));
        QVERIFY(v.fencing[0].state == twinha::protocol::FenceState::Running);
        QCOMPARE(*v.fencing[0].sinceMs, qint64(1234));
        QVERIFY(v.fencing[0].error.isNull());
        QVERIFY(v.fencing[1].state == twinha::protocol::FenceState::Failed);
        QCOMPARE(v.fencing[1].error.code, QStringLiteral("FENCE_FAILED"));
        QCOMPARE(v.fencing[1].error.params.value(QStringLiteral("detail")).toString(), QStringLiteral("no"));
        QVERIFY(v.fencingFailed());
        const QJsonArray j = v.toJson().value(QStringLiteral("fencing")).toArray();
        QCOMPARE(j.size(), 2);
        QCOMPARE(j[1][QStringLiteral("code")].toString(), QStringLiteral("FENCE_FAILED"));
        QCOMPARE(j[0][QStringLiteral("state")].toString(), QStringLiteral("running"));
    }

    void noDeviceAndStaleReportsSayNoState()
    {
        QJsonObject s1 = statusOf(QStringLiteral("node1"), QStringLiteral("witness"));
        s1.insert(QStringLiteral("fencing"), QJsonValue()); // null: no device for its peer
        QJsonObject s2 = statusOf(QStringLiteral("node2"), QStringLiteral("witness_fencing"));
        s2.insert(QStringLiteral("fencing"), QJsonObject{{QStringLiteral("node"), QStringLiteral("node1")},
                                                         {QStringLiteral("device"), QStringLiteral("fence_virsh")},
                                                         {QStringLiteral("state"), QStringLiteral("done")},
                                                         {QStringLiteral("since_ms"), 12000}});
        const ProtectionView v = ProtectionView::build(
            {nodeView(QStringLiteral("node1"), s1), nodeView(QStringLiteral("node2"), s2, LinkState::Disconnected)});
        QCOMPARE(v.fencing.size(), 1);
        QCOMPARE(v.fencing[0].device, QStringLiteral("fence_virsh"));     // configuration: still true
        QCOMPARE(v.fencing[0].state, twinha::protocol::FenceState::None); // what it did: not as of now
        QVERIFY(!v.fencing[0].sinceMs);
        QVERIFY(!v.fencingFailed());
    }

    void olderAgentsThatSayNothingLeaveTheLevelUnknown()
    {
        const ProtectionView v = ProtectionView::build(pair(QJsonValue(), QJsonValue()));
        QCOMPARE(v.level, ProtectionLevel::Unknown);
        QVERIFY(!v.known());
        QVERIFY(v.silent[0] && v.silent[1]);
        QVERIFY(!v.witness);
        QVERIFY(!v.mismatch());
        QVERIFY(v.toJson().value(QStringLiteral("level")).isNull());
    }

    void oneOlderAgentIsNamedAndDoesNotCountAsAMismatch()
    {
        const ProtectionView v = ProtectionView::build(pair(QStringLiteral("witness"), QJsonValue()));
        QCOMPARE(v.level, ProtectionLevel::Witness);
        QVERIFY(!v.silent[0]);
        QVERIFY(v.silent[1]);
        QVERIFY(!v.mismatch());
    }

    void aNodeNeverReachedIsNotSilent()
    {
        const QList<NodeView> nodes{
            nodeView(QStringLiteral("node1"), statusOf(QStringLiteral("node1"), QStringLiteral("ping_only"))),
            nodeView(QStringLiteral("node2"), std::nullopt, LinkState::Disconnected)};
        const ProtectionView v = ProtectionView::build(nodes);
        QCOMPARE(v.level, ProtectionLevel::PingOnly);
        QVERIFY(!v.silent[1]);
    }

    void witnessAndLeaseHolderAreParsed()
    {
        const QJsonObject w = witness(true, 120, {lease(QStringLiteral("node1"), 1875)});
        const QList<NodeView> nodes{
            nodeView(QStringLiteral("node1"), statusOf(QStringLiteral("node1"), QStringLiteral("witness"), w)),
            nodeView(QStringLiteral("node2"), statusOf(QStringLiteral("node2"), QStringLiteral("witness"), w))};
        const ProtectionView v = ProtectionView::build(nodes);
        QVERIFY(v.witness);
        QCOMPARE(v.witness->address, kAddress);
        QCOMPARE(v.witness->ttlMs, qint64(2000));
        QCOMPARE(v.witness->answered(), (QList<int>{0, 1}));
        QVERIFY(v.witness->unanswered().isEmpty());
        QCOMPARE(*v.witness->answerAgeMs[1], qint64(120));
        QCOMPARE(v.witness->leases.size(), 1);
        const LeaseView& l = v.witness->leases.first();
        QCOMPARE(l.group, QStringLiteral("service"));
        QVERIFY(l.holderKnown);
        QCOMPARE(l.holder, QStringLiteral("node1"));
        QCOMPARE(*l.remainingMs, qint64(1875));
        QCOMPARE(*l.generation, qint64(4));
    }

    void nullMembersOfTheWitnessStayUnknown()
    {
        // Not yet answered: no age, no holder, no time left, no generation.
        QJsonObject noHolder = lease(QJsonValue(), QJsonValue(), false);
        noHolder.insert(QStringLiteral("generation"), QJsonValue());
        const QList<NodeView> nodes{
            nodeView(QStringLiteral("node1"), statusOf(QStringLiteral("node1"), QStringLiteral("witness"),
                                                       witness(false, QJsonValue(), {noHolder}))),
            nodeView(QStringLiteral("node2"), statusOf(QStringLiteral("node2"), QJsonValue()))};
        const ProtectionView v = ProtectionView::build(nodes);
        QCOMPARE(v.witness->unanswered(), QList<int>{0});
        QVERIFY(!v.witness->reachable[1]); // node2 says nothing about it
        QVERIFY(!v.witness->answerAgeMs[0]);
        const LeaseView& l = v.witness->leases.first();
        QVERIFY(!l.holderKnown);
        QVERIFY(!l.vacant); // the witness did not answer: nobody knows
        QVERIFY(!l.remainingMs);
        QVERIFY(!l.generation);
    }

    void aLeaseHeldWithoutANameBelongsToItsReporter()
    {
        const QList<NodeView> nodes{
            nodeView(QStringLiteral("node1"), statusOf(QStringLiteral("node1"), QStringLiteral("witness"),
                                                       witness(true, 50, {lease(QJsonValue(), 900)}))),
            nodeView(QStringLiteral("node2"), std::nullopt, LinkState::Disconnected)};
        const LeaseView l = ProtectionView::build(nodes).witness->leases.first();
        QVERIFY(l.holderKnown);
        QCOMPARE(l.holder, QStringLiteral("node1"));
    }

    void theFreshestAnswerNamesTheLeaseHolder()
    {
        const QList<NodeView> nodes{
            nodeView(QStringLiteral("node1"),
                     statusOf(QStringLiteral("node1"), QStringLiteral("witness"),
                              witness(true, 1500, {lease(QStringLiteral("node1"), 300, false)}))),
            nodeView(QStringLiteral("node2"), statusOf(QStringLiteral("node2"), QStringLiteral("witness"),
                                                       witness(true, 40, {lease(QStringLiteral("node2"), 1960)})))};
        const LeaseView l = ProtectionView::build(nodes).witness->leases.first();
        QCOMPARE(l.holder, QStringLiteral("node2"));
        QCOMPARE(l.reportedBy, QStringLiteral("node2"));
        QCOMPARE(*l.remainingMs, qint64(1960));
    }

    void aStaleStatusSaysNothingAboutReachOrLeases()
    {
        const QList<NodeView> nodes{nodeView(QStringLiteral("node1"),
                                             statusOf(QStringLiteral("node1"), QStringLiteral("witness"),
                                                      witness(true, 10, {lease(QStringLiteral("node1"), 1900)})),
                                             LinkState::Disconnected),
                                    nodeView(QStringLiteral("node2"), std::nullopt, LinkState::Connecting)};
        const ProtectionView v = ProtectionView::build(nodes);
        QCOMPARE(v.level, ProtectionLevel::Witness); // configuration: still true
        QCOMPARE(v.witness->address, kAddress);
        QVERIFY(!v.witness->reachable[0]);
        QVERIFY(v.witness->leases.isEmpty());
    }

    void jsonSummaryForScripts()
    {
        const QList<NodeView> nodes{
            nodeView(QStringLiteral("node1"), statusOf(QStringLiteral("node1"), QStringLiteral("witness"),
                                                       witness(true, 10, {lease(QStringLiteral("node1"), 1875)}))),
            nodeView(QStringLiteral("node2"), statusOf(QStringLiteral("node2"), QStringLiteral("ping_only")))};
        const QJsonObject j = ProtectionView::build(nodes).toJson();
        QCOMPARE(j.value(QStringLiteral("level")).toString(), QStringLiteral("ping_only"));
        QVERIFY(j.value(QStringLiteral("mismatch")).toBool());
        QCOMPARE(j[QStringLiteral("nodes")][QStringLiteral("node1")].toString(), QStringLiteral("witness"));
        QCOMPARE(j[QStringLiteral("witness")][QStringLiteral("address")].toString(), kAddress);
        QVERIFY(j[QStringLiteral("witness")][QStringLiteral("reachable")][QStringLiteral("node1")].toBool());
        const QJsonObject l = j[QStringLiteral("witness")][QStringLiteral("leases")][0].toObject();
        QCOMPARE(l.value(QStringLiteral("holder")).toString(), QStringLiteral("node1"));
        QCOMPARE(l.value(QStringLiteral("remaining_ms")).toInteger(), qint64(1875));
    }

    void theClusterViewCarriesItAndHealthIgnoresIt()
    {
        const QList<NodeView> nodes{
            nodeView(QStringLiteral("node1"),
                     statusOf(QStringLiteral("node1"), QStringLiteral("witness"), witness(false, QJsonValue(), {}))),
            nodeView(QStringLiteral("node2"),
                     statusOf(QStringLiteral("node2"), QStringLiteral("witness"), witness(false, QJsonValue(), {})))};
        const ClusterView v = ClusterView::build(nodes);
        QCOMPARE(v.protection.level, ProtectionLevel::Witness);
        QCOMPARE(v.protection.witness->unanswered().size(), 2);
        // An unanswering witness is a warning of its own, not a cause of "degraded".
        QList<NodeView> without = nodes;
        for (NodeView& n : without) {
            QJsonObject s = n.status->toJson();
            s.remove(QStringLiteral("protection"));
            s.remove(QStringLiteral("witness"));
            n.status = NodeStatus::fromJson(s);
        }
        QCOMPARE(v.health, ClusterView::build(without).health);
    }
};

QTEST_GUILESS_MAIN(TestProtectionView)
#include "TestProtectionView.moc"
