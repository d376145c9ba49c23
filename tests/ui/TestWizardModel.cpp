#include "ui/wizard/WizardModel.h"

#include <QJsonArray>
#include <QtTest>

using twinha::ui::WizardModel;

namespace {
WizardModel pair()
{
    WizardModel m;
    m.clusterName = QStringLiteral("mail");
    m.nodeNames = {QStringLiteral("mail1"), QStringLiteral("mail2")};
    m.hosts[0].address = QStringLiteral("10.0.0.1");
    m.hosts[1].address = QStringLiteral("fe80::2");
    m.hosts[1].port = 2222;
    m.hosts[1].jumpHost = QStringLiteral("bastion");
    m.links = {WizardModel::Link{
        QStringLiteral("lan"), {QStringLiteral("10.0.0.1"), QStringLiteral("fd00::2")}, {5405, 5406}}};
    WizardModel::Resource vip{QStringLiteral("vip"),
                              QStringLiteral("ip"),
                              QStringLiteral("10.0.0.10/24"),
                              QStringLiteral("eth0"),
                              {},
                              {},
                              {},
                              {}};
    m.groups = {WizardModel::Group{QStringLiteral("mail"), 1, {vip}}};
    WizardModel::Replication r;
    r.name = QStringLiteral("store");
    r.group = QStringLiteral("mail");
    r.path = {QStringLiteral("/var/mail"), QStringLiteral("/srv/mail")};
    r.port = {5410, 5411};
    m.replications = {r};
    m.automaticFailover = true;
    m.tiebreakers = {QStringLiteral("10.0.0.254")};
    return m;
}
} // namespace

// The wizard's one model: what it sends to config.compose, what it reads back from a running
// config, and the profile it saves.
class TestWizardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsAreShapedLikeTheClusterFile()
    {
        const QJsonObject s = pair().settings();
        QCOMPARE(s[QStringLiteral("cluster")][QStringLiteral("name")].toString(), QStringLiteral("mail"));
        QCOMPARE(s[QStringLiteral("node")][1][QStringLiteral("name")].toString(), QStringLiteral("mail2"));
        // IPv6 endpoints are bracketed, so the port stays unambiguous.
        QCOMPARE(s[QStringLiteral("link")][0][QStringLiteral("endpoints")][QStringLiteral("mail2")].toString(),
                 QStringLiteral("[fd00::2]:5406"));
        QCOMPARE(s[QStringLiteral("group")][0][QStringLiteral("preferred")].toString(), QStringLiteral("mail2"));
        const QJsonObject vip = s[QStringLiteral("group")][0][QStringLiteral("resource")][0].toObject();
        QCOMPARE(vip.value(QStringLiteral("address")).toString(), QStringLiteral("10.0.0.10/24"));
        QVERIFY(!vip.contains(QStringLiteral("unit"))); // only the fields of its type
        const QJsonObject r = s[QStringLiteral("replication")][0].toObject();
        QVERIFY(!r.contains(QStringLiteral("path"))); // different folders: per node
        QCOMPARE(r[QStringLiteral("paths")][QStringLiteral("mail2")].toString(), QStringLiteral("/srv/mail"));
        // Each node receives the copy on its first heartbeat address.
        QCOMPARE(r[QStringLiteral("endpoints")][QStringLiteral("mail1")].toString(), QStringLiteral("10.0.0.1:5410"));
        QCOMPARE(r[QStringLiteral("endpoints")][QStringLiteral("mail2")].toString(), QStringLiteral("[fd00::2]:5411"));
        QVERIFY(s[QStringLiteral("failover")][QStringLiteral("automatic")].toBool());
    }

    void aGroupWithoutPreferenceSaysNone()
    {
        WizardModel m = pair();
        m.groups[0].preferred = -1;
        QVERIFY(!m.settings()[QStringLiteral("group")][0].toObject().contains(QStringLiteral("preferred")));
    }

    void readingBackTheDocumentGivesTheSameSettings()
    {
        const WizardModel original = pair();
        WizardModel read;
        read.nodeNames = {QStringLiteral("mail2"), QStringLiteral("mail1")}; // the hosts in the other order
        // The document as the agent returns it: the file's structure, with the settings' values.
        QVERIFY(read.fillFromDocument(original.settings()));
        QCOMPARE(read.links[0].address[0], QStringLiteral("fd00::2"));
        QCOMPARE(read.links[0].port[0], 5406);
        QCOMPARE(read.groups[0].preferred, 0); // mail2, now node 0
        QCOMPARE(read.replications[0].path[1], QStringLiteral("/var/mail"));
        QCOMPARE(read.replications[0].port[0], 5411);
        QCOMPARE(read.tiebreakers, original.tiebreakers);
        QVERIFY(read.automaticFailover);
        QCOMPARE(read.clusterName, QStringLiteral("mail"));
    }

    void aDocumentOfOtherNodesIsRefused()
    {
        WizardModel read;
        read.nodeNames = {QStringLiteral("a"), QStringLiteral("b")};
        QVERIFY(!read.fillFromDocument(pair().settings()));
    }

    void theProfileReachesEachHostAsEntered()
    {
        const QJsonObject p = pair().profileJson(QStringLiteral("known_hosts"));
        QCOMPARE(p.value(QStringLiteral("twinha_profile")).toInt(), 1);
        const QJsonObject n2 = p[QStringLiteral("nodes")][1].toObject();
        QCOMPARE(n2.value(QStringLiteral("name")).toString(), QStringLiteral("mail2"));
        QCOMPARE(n2.value(QStringLiteral("port")).toInt(), 2222);
        QCOMPARE(n2[QStringLiteral("jump")][QStringLiteral("host")].toString(), QStringLiteral("bastion"));
        QVERIFY(!p[QStringLiteral("nodes")][0].toObject().contains(QStringLiteral("jump")));
    }
};

QTEST_GUILESS_MAIN(TestWizardModel)
#include "TestWizardModel.moc"
