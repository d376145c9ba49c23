// Facts on the dashboard carry their age, and a node the console does not hear now is shown as
// history: with node2's agent dead for 90 s, its half of the heartbeat line is grey and says since
// when and what it last said (not "node2: up, RTT 1.5 ms" in green); its "In sync" report of a
// channel loses to the live node's error, and a channel only it reports says "as last reported",
// greyed; a readiness verdict names the replication cause the channel reports, and whose verdict
// it is and how old.
#include "agentlink/ClusterView.h"
#include "ui/dashboard/FactAge.h"
#include "ui/dashboard/LinksPanel.h"
#include "ui/dashboard/ProtectionPanel.h"
#include "ui/dashboard/ReadinessPanel.h"
#include "ui/dashboard/ReplicationTable.h"

#include <QJsonArray>
#include <QLabel>
#include <QtTest>

using namespace twinha;
using agentlink::NodeView;

namespace {
QJsonObject link(const QString& state, double rtt)
{
    return {{QStringLiteral("name"), QStringLiteral("lan")},
            {QStringLiteral("state"), state},
            {QStringLiteral("rtt_ms"), rtt},
            {QStringLiteral("loss_pct"), 0}};
}

QJsonObject channel(const QString& name, const QString& role, const QString& state, const QJsonValue& error = {})
{
    return {{QStringLiteral("name"), name},     {QStringLiteral("group"), QStringLiteral("web")},
            {QStringLiteral("type"), "mirror"}, {QStringLiteral("role"), role},
            {QStringLiteral("state"), state},   {QStringLiteral("lag_s"), 0.5},
            {QStringLiteral("max_lag_s"), 5},   {QStringLiteral("error"), error}};
}

QJsonObject readiness(bool ready, const QJsonArray& reasons = {})
{
    return {{QStringLiteral("group"), QStringLiteral("web")},
            {QStringLiteral("kind"), QStringLiteral("switchover")},
            {QStringLiteral("from"), QStringLiteral("node1")},
            {QStringLiteral("to"), QStringLiteral("node2")},
            {QStringLiteral("ready"), ready},
            {QStringLiteral("reasons"), reasons}};
}

NodeView node(const QString& name, bool live, qint64 heardAgoMs, const QJsonObject& extra)
{
    NodeView n;
    n.endpoint.name = name;
    n.link = live ? agentlink::LinkState::Ready : agentlink::LinkState::Disconnected;
    QJsonObject s = extra;
    s.insert(QStringLiteral("node"), name);
    s.insert(QStringLiteral("role"), QStringLiteral("standby"));
    s.insert(QStringLiteral("protection"), QStringLiteral("manual"));
    n.status = protocol::NodeStatus::fromJson(s);
    n.receivedAt = QDateTime::currentDateTime().addMSecs(-heardAgoMs);
    return n;
}

const QJsonObject kSyncFailed{{QStringLiteral("code"), QStringLiteral("REPLICATION_SYNC_FAILED")},
                              {QStringLiteral("exit_status"), 10},
                              {QStringLiteral("detail"), QStringLiteral("connection refused")}};

// node1 heard now; node2's agent dead for 90 s, its last status still held by the console.
agentlink::ClusterView nodeTwoDead()
{
    const NodeView one = node(
        QStringLiteral("node1"), true, 800,
        {{QStringLiteral("links"), QJsonArray{link(QStringLiteral("down"), -1)}},
         {QStringLiteral("replication"),
          QJsonArray{channel(QStringLiteral("www"), QStringLiteral("target"), QStringLiteral("error"), kSyncFailed)}},
         {QStringLiteral("readiness"),
          QJsonArray{readiness(false, QJsonArray{QJsonObject{{QStringLiteral("code"), "REPLICATION_SYNC_FAILED"},
                                                             {QStringLiteral("channel"), "www"}}})}}});
    const NodeView two =
        node(QStringLiteral("node2"), false, 90000,
             {{QStringLiteral("links"), QJsonArray{link(QStringLiteral("up"), 1.5)}},
              {QStringLiteral("replication"),
               QJsonArray{channel(QStringLiteral("www"), QStringLiteral("source"), QStringLiteral("in_sync")),
                          channel(QStringLiteral("logs"), QStringLiteral("source"), QStringLiteral("in_sync"))}}});
    return agentlink::ClusterView::build({one, two});
}

int rowOf(const QTableWidget& table, const QString& channelName)
{
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, 0)->text().startsWith(channelName + QLatin1Char(' ')))
            return row;
    return -1;
}
} // namespace

class TestDashboardFreshness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSilentNodesLinkIsGreyAndSaysSinceWhen()
    {
        ui::LinksPanel panel;
        panel.setView(nodeTwoDead(), {QStringLiteral("node1"), QStringLiteral("node2")});
        QCOMPARE(panel.linkCount(), 1);
        const QString text = panel.linkText(0);
        QVERIFY2(text.contains(QStringLiteral("node2: not heard since")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(1 min 30 s ago)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("it last said: up, RTT 1.5 ms, loss 0 %")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("node2: up")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("node1: down, 0 s ago")), qPrintable(text));
        QVERIFY(panel.sideIsStale(1));
        QVERIFY(!panel.sideIsStale(0));
        // The label shows node2's half in the grey of history.
        bool grey = false;
        for (const QLabel* l : panel.findChildren<QLabel*>())
            grey = grey || (l->text().contains(QStringLiteral("not heard since")) &&
                            l->text().contains(ui::FactAge::staleColor().name()));
        QVERIFY(grey);
    }

    void aLiveErrorBeatsASilentNodesInSync()
    {
        ui::ReplicationTable table;
        table.setView(nodeTwoDead());
        const int www = rowOf(table, QStringLiteral("www"));
        QVERIFY(www >= 0);
        QCOMPARE(table.item(www, 1)->text(), QStringLiteral("Error"));
        QVERIFY2(table.item(www, 5)->text().startsWith(QStringLiteral("node1, ")),
                 qPrintable(table.item(www, 5)->text()));
        QVERIFY(table.item(www, 6)->text().contains(QStringLiteral("connection refused")));
    }

    void aChannelOnlyASilentNodeReportsIsItsLastWord()
    {
        ui::ReplicationTable table;
        table.setView(nodeTwoDead());
        const int logs = rowOf(table, QStringLiteral("logs"));
        QVERIFY(logs >= 0);
        QCOMPARE(table.item(logs, 1)->text(), QStringLiteral("In sync, as last reported"));
        QVERIFY2(table.item(logs, 5)->text().contains(QStringLiteral("node2, not heard since")),
                 qPrintable(table.item(logs, 5)->text()));
        for (int col = 0; col < table.columnCount(); ++col)
            QCOMPARE(table.item(logs, col)->foreground().color(), ui::FactAge::staleColor());
    }

    void readinessNamesTheChannelsCauseAndWhoseVerdictItIs()
    {
        ui::ReadinessPanel panel;
        panel.setView(nodeTwoDead());
        const QString text = panel.lineText(0);
        QVERIFY2(text.contains(QStringLiteral("(exit status 10): connection refused")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("As node1 said 0 s ago.")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("status )")), qPrintable(text));
    }

    void aSilentNodesVerdictIsGrey()
    {
        // Only node2 (silent) has a verdict: it is shown as its last word.
        const NodeView one = node(QStringLiteral("node1"), true, 500, {});
        const NodeView two =
            node(QStringLiteral("node2"), false, 90000, {{QStringLiteral("readiness"), QJsonArray{readiness(true)}}});
        ui::ReadinessPanel panel;
        panel.setView(agentlink::ClusterView::build({one, two}));
        const QString text = panel.lineText(0);
        QVERIFY2(text.contains(QStringLiteral("As node2 last said; not heard since")), qPrintable(text));
        const QLabel* line = panel.findChild<QLabel*>(QStringLiteral("readiness0"));
        QVERIFY(line);
        QVERIFY2(line->styleSheet().contains(ui::FactAge::staleColor().name()), qPrintable(line->styleSheet()));
    }

    void protectionSaysWhatIsASilentNodesLastWord()
    {
        ui::ProtectionPanel panel;
        panel.setProtection(nodeTwoDead().protection);
        QVERIFY2(panel.detailText().contains(QStringLiteral("What node2 says here is its last word: not heard since")),
                 qPrintable(panel.detailText()));
        QVERIFY2(!panel.detailText().contains(QStringLiteral("node1 says")), qPrintable(panel.detailText()));
    }

    void agesReadAsDurations()
    {
        QCOMPARE(ui::FactAge::age(1500), QStringLiteral("1 s"));
        QCOMPARE(ui::FactAge::age(-20), QStringLiteral("0 s"));
        QCOMPARE(ui::FactAge::silentSince({}, QDateTime::currentDateTime()), QStringLiteral("never heard"));
    }
};

QTEST_MAIN(TestDashboardFreshness)
#include "TestDashboardFreshness.moc"
