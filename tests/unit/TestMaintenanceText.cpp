// MaintenanceView and MaintenanceText: maintenance mode parsed from both nodes' statuses (the
// higher seq wins) and said in the banner and twinhactl's status line, with and without groups,
// and never with an empty name or time.
#include "agentlink/ClusterView.h"
#include "agentlink/MaintenanceText.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace twinha::agentlink;
using twinha::protocol::NodeStatus;

namespace {
const qint64 kAt = 1764690000000; // 2025-12-02 15:40 UTC

QJsonObject maintenance(qint64 seq, bool on, const QStringList& groups = {}, const QString& by = {}, qint64 at = kAt)
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("on"), on},
            {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
            {QStringLiteral("by"), by},
            {QStringLiteral("at"), at}};
}

NodeView node(const QString& name, const QJsonValue& m, LinkState link = LinkState::Ready)
{
    NodeView n;
    n.endpoint.name = name;
    n.link = link;
    QJsonObject s{{QStringLiteral("node"), name}, {QStringLiteral("role"), QStringLiteral("standby")}};
    if (!m.isUndefined())
        s.insert(QStringLiteral("maintenance"), m);
    n.status = NodeStatus::fromJson(s);
    return n;
}

MaintenanceView view(bool cluster, const QStringList& groups, const QString& by, bool withTime)
{
    return MaintenanceView::fromJson(maintenance(4, cluster, groups, by, withTime ? kAt : 0));
}
} // namespace

class TestMaintenanceText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theHigherSeqWinsEvenFromAStaleStatus()
    {
        const QList<NodeView> nodes{
            node(QStringLiteral("node1"), maintenance(3, false, {}, QStringLiteral("root@10.0.0.5"))),
            node(QStringLiteral("node2"), maintenance(5, true, {}, QStringLiteral("ops@10.0.0.7")),
                 LinkState::Disconnected)};
        const MaintenanceView m = ClusterView::build(nodes).maintenance;
        QVERIFY(m.known);
        QVERIFY(m.isOn());
        QCOMPARE(m.seq, qint64(5));
        QCOMPARE(m.by, QStringLiteral("ops@10.0.0.7"));
        QCOMPARE(m.reportedBy, QStringLiteral("node2"));
        QCOMPARE(m.at.toMSecsSinceEpoch(), kAt);
        QCOMPARE(m.raw.value(QStringLiteral("seq")).toInteger(), qint64(5));
    }

    void groupsAloneCountAsOn()
    {
        const MaintenanceView m =
            MaintenanceView::build({node(QStringLiteral("node1"), maintenance(2, false, {QStringLiteral("db")})),
                                    node(QStringLiteral("node2"), maintenance(2, false, {QStringLiteral("db")}))});
        QVERIFY(m.isOn());
        QVERIFY(!m.cluster);
        QVERIFY(m.covers(QStringLiteral("db")));
        QVERIFY(!m.covers(QStringLiteral("web")));
    }

    void olderAgentsAndBadMembersSayNothing()
    {
        QVERIFY(!MaintenanceView::build({node(QStringLiteral("node1"), QJsonValue::Undefined),
                                         node(QStringLiteral("node2"), QJsonValue())})
                     .known);
        QVERIFY(!MaintenanceView::fromJson(QJsonObject{{QStringLiteral("on"), true}}).known); // no seq
        const MaintenanceView never = MaintenanceView::fromJson(maintenance(0, false, {}, {}, 0));
        QVERIFY(never.known);
        QVERIFY(!never.isOn());
        QVERIFY(!never.at.isValid());
        QVERIFY(MaintenanceText::banner(never).isEmpty());
        QVERIFY(MaintenanceText::statusLine(never).isEmpty());
    }

    void bannerSaysWhoAndSinceWhen_data()
    {
        QTest::addColumn<bool>("cluster");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QString>("by");
        QTest::addColumn<bool>("withTime");
        QTest::addColumn<QString>("expected"); // %T: the time as MaintenanceText::since says it
        const QString rest = QStringLiteral("the agents keep watching but start, stop and move nothing");
        QTest::newRow("cluster, by and since")
            << true << QStringList{} << QStringLiteral("root@10.0.0.5") << true
            << QStringLiteral("Maintenance mode (by root@10.0.0.5, since %T): %1 by themselves; a switchover needs "
                              "force.")
                   .arg(rest);
        QTest::newRow("cluster, nobody named")
            << true << QStringList{} << QString() << true
            << QStringLiteral("Maintenance mode (since %T): %1 by themselves; a switchover needs force.").arg(rest);
        QTest::newRow("cluster, no time")
            << true << QStringList{} << QStringLiteral("root@10.0.0.5") << false
            << QStringLiteral("Maintenance mode (by root@10.0.0.5): %1 by themselves; a switchover needs force.")
                   .arg(rest);
        QTest::newRow("cluster, neither")
            << true << QStringList{} << QString() << false
            << QStringLiteral("Maintenance mode: %1 by themselves; a switchover needs force.").arg(rest);
        QTest::newRow("one group")
            << false << QStringList{QStringLiteral("service")} << QStringLiteral("root@10.0.0.5") << true
            << QStringLiteral("Maintenance mode for group service (by root@10.0.0.5, since %T): %1 of it by "
                              "themselves; a switchover of it needs force.")
                   .arg(rest);
        QTest::newRow("two groups, neither")
            << false << QStringList{QStringLiteral("web"), QStringLiteral("db")} << QString() << false
            << QStringLiteral("Maintenance mode for groups web, db: %1 of them by themselves; a switchover of them "
                              "needs force.")
                   .arg(rest);
        QTest::newRow("the cluster covers its groups too")
            << true << QStringList{QStringLiteral("web")} << QString() << false
            << QStringLiteral("Maintenance mode: %1 by themselves; a switchover needs force.").arg(rest);
    }

    void bannerSaysWhoAndSinceWhen()
    {
        QFETCH(bool, cluster);
        QFETCH(QStringList, groups);
        QFETCH(QString, by);
        QFETCH(bool, withTime);
        QFETCH(QString, expected);
        const MaintenanceView m = view(cluster, groups, by, withTime);
        const QString text = MaintenanceText::banner(m);
        QCOMPARE(text, QString(expected).replace(QStringLiteral("%T"), MaintenanceText::since(m.at)));
        QVERIFY(!text.contains(QStringLiteral("()")) && !text.contains(QStringLiteral("  ")));
    }

    void sinceIsATimeTodayAndADateBefore()
    {
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(MaintenanceText::since(now), QLocale().toString(now.time(), QLocale::ShortFormat));
        const QDateTime old(QDate(2025, 12, 2), QTime(15, 2));
        QCOMPARE(MaintenanceText::since(old), QLocale().toString(old, QLocale::ShortFormat));
    }

    void statusLineForTwinhactl()
    {
        const MaintenanceView m = view(true, {}, QStringLiteral("root@10.0.0.5"), true);
        QCOMPARE(MaintenanceText::statusLine(m),
                 QStringLiteral("Maintenance: on (by root@10.0.0.5, since %1)").arg(MaintenanceText::since(m.at)));
        QCOMPARE(MaintenanceText::statusLine(view(false, {QStringLiteral("db")}, QString(), false)),
                 QStringLiteral("Maintenance: on for group db"));
        QCOMPARE(MaintenanceText::statusLine(view(false, {QStringLiteral("a"), QStringLiteral("b")}, QString(), false)),
                 QStringLiteral("Maintenance: on for groups a, b"));
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceText)
#include "TestMaintenanceText.moc"
