// The node cards after a failover, fed with statuses as the agents send them: the dead node's last
// claim shows as history (greyed, with its epoch, age and who took over), never as a second active
// node; a failed stop shows as a warning on its node's card.
#include "FedMonitor.h"
#include "PseudoTranslator.h"
#include "agentlink/StatusText.h"
#include "ui/DashboardWidget.h"
#include "ui/NodeCard.h"
#include "ui/dashboard/HealthBadge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLabel>
#include <QtTest>

using namespace twinha;
using tests::FedMonitor;

namespace {
QJsonObject status(qint64 epoch, bool held, bool mayRun, bool peerAlive, const QJsonValue& peerLastClaim = {})
{
    QJsonObject group{{QStringLiteral("name"), QStringLiteral("service")},
                      {QStringLiteral("held"), held},
                      {QStringLiteral("may_run"), mayRun},
                      {QStringLiteral("state"), held ? QStringLiteral("running") : QStringLiteral("stopped")},
                      {QStringLiteral("peer_last_claim"), peerLastClaim},
                      {QStringLiteral("resources"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("name"), QStringLiteral("ip")},
                           {QStringLiteral("type"), QStringLiteral("vip")},
                           {QStringLiteral("state"), held ? QStringLiteral("running") : QStringLiteral("stopped")}}}}};
    return {{QStringLiteral("role"), held ? QStringLiteral("active") : QStringLiteral("standby")},
            {QStringLiteral("epoch"), epoch},
            {QStringLiteral("mode"), QStringLiteral("hot-standby")},
            {QStringLiteral("peer"), QJsonObject{{QStringLiteral("alive"), peerAlive},
                                                 {QStringLiteral("silence_ms"), peerAlive ? 100 : 60000}}},
            {QStringLiteral("groups"), QJsonArray{group}}};
}

ui::NodeCard* card(ui::DashboardWidget& dash, int node)
{
    return dash.findChild<ui::NodeCard*>(QStringLiteral("nodeCard%1").arg(node));
}
} // namespace

class TestNodeCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDeadNodesLastClaimIsGreyedHistoryAfterATakeover()
    {
        FedMonitor fed;
        ui::DashboardWidget dash;
        dash.setMonitor(fed.monitor.get());
        fed.feed(0, status(2, true, true, true));
        fed.feed(1, status(2, false, false, true));
        QVERIFY(card(dash, 1)->groupsText().contains(QStringLiteral("holds it")));

        // node1's agent dies; node2 takes over at epoch 3 and remembers node1's claim.
        fed.disconnect(0);
        fed.feed(
            1, status(3, true, true, false, QJsonObject{{QStringLiteral("held"), true}, {QStringLiteral("epoch"), 2}}));
        QCOMPARE(fed.monitor->view().health, agentlink::ClusterHealth::Degraded);
        QCOMPARE(dash.findChild<ui::HealthBadge*>()->text(),
                 agentlink::StatusText::health(agentlink::ClusterHealth::Degraded));

        const QString dead = card(dash, 1)->groupsText();
        QVERIFY2(dead.contains(QStringLiteral("node1: not reachable; it was active at epoch 2 until ")) &&
                     dead.contains(QStringLiteral(" ago, and node2 took over at epoch 3.")),
                 qPrintable(dead));
        QVERIFY2(!dead.contains(QStringLiteral("holds it")) && !dead.contains(QStringLiteral("virtual IP holder")),
                 qPrintable(dead));
        QVERIFY2(!dead.contains(QStringLiteral("#1e7b34")), qPrintable(dead)); // nothing in "running" green
        QVERIFY(dead.contains(QStringLiteral("#7a7a7a")));
        const QString survivor = card(dash, 2)->groupsText();
        QVERIFY2(survivor.contains(QStringLiteral("holds it")) && !survivor.contains(QStringLiteral("not reachable")),
                 qPrintable(survivor));

        // Through tr(), so it follows the language.
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        card(dash, 1)->refreshAge();
        const QString translated = card(dash, 1)->groupsText();
        QCoreApplication::removeTranslator(&pseudo);
        QVERIFY2(translated.contains(QStringLiteral("⟦node1: not reachable; it was active at epoch 2 until ⟦")),
                 qPrintable(translated));
    }

    void aFailedStopIsAWarningOnThatNodesCard()
    {
        FedMonitor fed;
        ui::DashboardWidget dash;
        dash.setMonitor(fed.monitor.get());
        fed.feed(0, status(2, false, true, true)); // stopped by role, but its monitors say it may run
        fed.feed(1, status(2, false, false, true));
        QVERIFY2(card(dash, 1)->groupsText().contains(QStringLiteral("Stop failed on node1: the group may still run "
                                                                     "there.")),
                 qPrintable(card(dash, 1)->groupsText()));
        QVERIFY(!card(dash, 2)->groupsText().contains(QStringLiteral("Stop failed")));
        QCOMPARE(fed.monitor->view().health, agentlink::ClusterHealth::Degraded);

        // node2 holds it meanwhile: both run it now.
        fed.feed(1, status(3, true, true, true));
        QCOMPARE(fed.monitor->view().health, agentlink::ClusterHealth::SplitBrain);
    }
};

QTEST_MAIN(TestNodeCard)
#include "TestNodeCard.moc"
