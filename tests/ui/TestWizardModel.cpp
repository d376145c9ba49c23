#include "ui/wizard/FenceBox.h"
#include "ui/wizard/WitnessBox.h"
#include "ui/wizard/WizardModel.h"

#include <QJsonArray>
#include <QtTest>

#include <algorithm>

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
    WizardModel::Resource vip;
    vip.type = twinha::protocol::ResourceType::Vip;
    vip.name = QStringLiteral("ip");
    vip.address = QStringLiteral("10.0.0.10/24");
    vip.interface = QStringLiteral("eth0");
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

    void aScriptSaysWhomItRunsAs()
    {
        WizardModel m = pair();
        WizardModel::Resource script;
        script.type = twinha::protocol::ResourceType::Script;
        script.name = QStringLiteral("store");
        script.start = QStringLiteral("/usr/local/sbin/store start");
        QCOMPARE(script.runAs, QStringLiteral("root")); // shown in the editor, to keep or change
        script.runAs = QStringLiteral("mailer");
        m.groups[0].resources << script;
        const QJsonObject sent = m.settings()[QStringLiteral("group")][0][QStringLiteral("resource")][1].toObject();
        QCOMPARE(sent.value(QStringLiteral("run_as")).toString(), QStringLiteral("mailer"));
        QVERIFY(!m.settings()[QStringLiteral("group")][0][QStringLiteral("resource")][0].toObject().contains(
            QStringLiteral("run_as"))); // a VIP runs no commands of the user's
        WizardModel read;
        read.nodeNames = m.nodeNames;
        QVERIFY(read.fillFromDocument(m.settings()));
        QCOMPARE(read.groups[0].resources[1].runAs, QStringLiteral("mailer"));
    }

    // The replication page's PostgreSQL choice: a postgresql resource (folders the same or per node,
    // each node's address) and a channel with its WAL limit, read back unchanged from the document.
    void aPostgresqlResourceAndChannelAreSentAndReadBack()
    {
        WizardModel m = pair();
        WizardModel::Resource pg;
        pg.type = twinha::protocol::ResourceType::Postgresql;
        pg.name = QStringLiteral("db");
        pg.runAs = QStringLiteral("postgres");
        pg.replicationUser = QStringLiteral("replicator");
        pg.dataDir = {QStringLiteral("/var/lib/postgresql/15/main"), QStringLiteral("/var/lib/postgresql/15/main")};
        pg.configDir = {QStringLiteral("/etc/postgresql/15/main"), QStringLiteral("/etc/postgresql/15/standby")};
        pg.socketDir = {QStringLiteral("/var/run/postgresql"), QStringLiteral("/var/run/postgresql")};
        pg.pgEndpoint = {QStringLiteral("10.0.0.1:5432"), QStringLiteral("[fd00::2]:5433")};
        m.groups[0].resources.prepend(pg);
        m.replications[0].type = twinha::protocol::ReplicationType::Postgresql;
        m.replications[0].maxLagBytes = 1048576;
        const QJsonObject s = m.settings();
        const QJsonObject sent = s[QStringLiteral("group")][0][QStringLiteral("resource")][0].toObject();
        QCOMPARE(sent.value(QStringLiteral("data_dir")).toString(), QStringLiteral("/var/lib/postgresql/15/main"));
        QCOMPARE(sent[QStringLiteral("config_dir")][QStringLiteral("mail2")].toString(),
                 QStringLiteral("/etc/postgresql/15/standby"));
        QCOMPARE(sent[QStringLiteral("endpoints")][QStringLiteral("mail2")].toString(),
                 QStringLiteral("[fd00::2]:5433"));
        QCOMPARE(sent.value(QStringLiteral("run_as")).toString(), QStringLiteral("postgres"));
        QCOMPARE(sent.value(QStringLiteral("replication_user")).toString(), QStringLiteral("replicator"));
        QVERIFY(!sent.contains(QStringLiteral("start")));
        const QJsonObject channel = s[QStringLiteral("replication")][0].toObject();
        QCOMPARE(channel.value(QStringLiteral("max_lag_bytes")).toInteger(), 1048576);
        QVERIFY(!channel.contains(QStringLiteral("path")) && !channel.contains(QStringLiteral("paths")));
        QVERIFY(!channel.contains(QStringLiteral("command")));
        WizardModel read;
        read.nodeNames = m.nodeNames;
        QVERIFY(read.fillFromDocument(s));
        const WizardModel::Resource& back = read.groups[0].resources[0];
        QCOMPARE(back.dataDir, pg.dataDir);
        QCOMPARE(back.configDir, pg.configDir);
        QCOMPARE(back.pgEndpoint, pg.pgEndpoint);
        QCOMPARE(back.replicationUser, pg.replicationUser);
        QCOMPARE(read.replications[0].maxLagBytes, 1048576);
        QCOMPARE(read.settings(), s);
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

    void aMirrorOverSshGoesToEachNodesSshd()
    {
        WizardModel m = pair();
        m.replications[0].transport = twinha::protocol::MirrorTransportKind::Ssh;
        m.replications[0].sshPort = {22, 2222};
        const QJsonObject r = m.settings()[QStringLiteral("replication")][0].toObject();
        QCOMPARE(r.value(QStringLiteral("transport")).toString(), QStringLiteral("ssh"));
        QCOMPARE(r[QStringLiteral("endpoints")][QStringLiteral("mail1")].toString(), QStringLiteral("10.0.0.1:22"));
        QCOMPARE(r[QStringLiteral("endpoints")][QStringLiteral("mail2")].toString(), QStringLiteral("[fd00::2]:2222"));
        WizardModel read;
        read.nodeNames = m.nodeNames;
        QVERIFY(read.fillFromDocument(m.settings()));
        QCOMPARE(read.replications[0].transport, twinha::protocol::MirrorTransportKind::Ssh);
        QCOMPARE(read.replications[0].sshPort[1], 2222);
        QCOMPARE(read.replications[0].port[1], 5406); // the daemon's port, should rsync be chosen again
        // The plain transport says so too, so an edit that switches back removes "ssh".
        QCOMPARE(pair().settings()[QStringLiteral("replication")][0][QStringLiteral("transport")].toString(),
                 QStringLiteral("rsync"));
    }

    void witnessAndFencingAreSentAsTheClusterFileHasThem()
    {
        WizardModel m = pair();
        m.witnessAddress = QStringLiteral("10.0.0.9:5410");
        m.witnessTtlMs = 3000;
        m.fences[0].device = QStringLiteral("fence_ipmilan");
        m.fences[0].options = QStringLiteral("ip=10.0.0.21\n# the BMC\n\nusername = admin\npassword_script=cat /x=y");
        m.fences[1].device = QStringLiteral("/usr/local/sbin/fence-mail2 --hard");
        m.fences[1].timeoutMs = 20000;
        const QJsonObject s = m.settings();
        QCOMPARE(s[QStringLiteral("witness")].toObject(),
                 (QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.9:5410")},
                              {QStringLiteral("ttl_ms"), 3000}}));
        const QJsonArray fences = s[QStringLiteral("fence")].toArray();
        QCOMPARE(fences.size(), 2);
        QCOMPARE(fences[0].toObject(),
                 (QJsonObject{{QStringLiteral("node"), QStringLiteral("mail1")},
                              {QStringLiteral("agent"), QStringLiteral("fence_ipmilan")},
                              {QStringLiteral("timeout_ms"), 60000},
                              {QStringLiteral("options"),
                               QJsonObject{{QStringLiteral("ip"), QStringLiteral("10.0.0.21")},
                                           {QStringLiteral("username"), QStringLiteral("admin")},
                                           {QStringLiteral("password_script"), QStringLiteral("cat /x=y")}}}}));
        // A command line (it has spaces) is a script, run through the shell.
        QCOMPARE(fences[1][QStringLiteral("script")].toString(), QStringLiteral("/usr/local/sbin/fence-mail2 --hard"));
        QVERIFY(!fences[1].toObject().contains(QStringLiteral("agent")));
        QVERIFY(!fences[1].toObject().contains(QStringLiteral("options")));
        QCOMPARE(fences[1][QStringLiteral("timeout_ms")].toInt(), 20000);

        WizardModel read;
        read.nodeNames = {QStringLiteral("mail1"), QStringLiteral("mail2")};
        QVERIFY(read.fillFromDocument(s));
        QCOMPARE(read.witnessAddress, QStringLiteral("10.0.0.9:5410"));
        QCOMPARE(read.witnessTtlMs, 3000);
        QVERIFY(read.hadWitness);
        QCOMPARE(read.fences[0].device, QStringLiteral("fence_ipmilan"));
        auto readBack = WizardModel::fenceOptions(read.fences[0].options);
        auto entered = WizardModel::fenceOptions(m.fences[0].options);
        std::sort(readBack.begin(), readBack.end());
        std::sort(entered.begin(), entered.end()); // the file keeps them by name
        QCOMPARE(readBack, entered);
        QCOMPARE(read.fences[1].device, m.fences[1].device);
        QCOMPARE(read.fences[1].timeoutMs, 20000);
    }

    void noWitnessAndNoFencingSaySoToTheAgents()
    {
        WizardModel m = pair();
        QVERIFY(!m.settings().contains(QStringLiteral("witness")));              // a new cluster: nothing to remove
        QCOMPARE(m.settings()[QStringLiteral("fence")].toArray(), QJsonArray()); // removes old devices
        m.hadWitness = true;                                                     // an edit that cleared the address
        QCOMPARE(m.settings()[QStringLiteral("witness")].toObject(), QJsonObject());
    }

    void anEtcdWitnessSetByHandIsLeftAsItIs()
    {
        QJsonObject doc = pair().settings();
        doc.insert(QStringLiteral("witness"),
                   QJsonObject{{QStringLiteral("etcd"), QJsonArray{QStringLiteral("http://192.0.2.31:2379")}},
                               {QStringLiteral("ttl_ms"), 4000}});
        WizardModel read;
        read.nodeNames = {QStringLiteral("mail1"), QStringLiteral("mail2")};
        QVERIFY(read.fillFromDocument(doc));
        QCOMPARE(read.witnessEtcd, QStringList{QStringLiteral("http://192.0.2.31:2379")});
        QVERIFY(read.witnessAddress.isEmpty());
        QVERIFY(!read.settings().contains(QStringLiteral("witness"))); // not sent: the composer keeps it
        QCOMPARE(read.protectionLevel(), twinha::agentlink::ProtectionLevel::Witness);
    }

    // A file with a timing profile: the wizard shows and sends back the values the agent runs with,
    // not its own defaults, which would quietly replace the profile's.
    void aTimingProfileIsReadAsTheAgentReadsIt()
    {
        QJsonObject doc = pair().settings();
        doc.insert(QStringLiteral("timing"), QJsonObject{{QStringLiteral("profile"), QStringLiteral("fast")}});
        WizardModel read;
        read.nodeNames = {QStringLiteral("mail1"), QStringLiteral("mail2")};
        QVERIFY(read.fillFromDocument(doc));
        QCOMPARE(read.intervalMs, 50);
        QCOMPARE(read.deadTimeMs, 250);

        doc.insert(QStringLiteral("timing"), QJsonObject{{QStringLiteral("profile"), QStringLiteral("fast")},
                                                         {QStringLiteral("dead_time_ms"), 400}});
        QVERIFY(read.fillFromDocument(doc));
        QCOMPARE(read.intervalMs, 50);
        QCOMPARE(read.deadTimeMs, 400);
    }

    void optionLinesThatAreNotKeyValueAreFound()
    {
        int bad = -1;
        QCOMPARE(WizardModel::fenceOptions(QStringLiteral("ip=1\n\n# x\nplug=vm 2"), &bad).size(), 2);
        QCOMPARE(bad, 0);
        WizardModel::fenceOptions(QStringLiteral("ip=1\nno value here\n=x"), &bad);
        QCOMPARE(bad, 2);
        WizardModel::fenceOptions(QStringLiteral("=x"), &bad);
        QCOMPARE(bad, 1);
    }

    void theProtectionLevelIsTheOneTheAgentsWillReport_data()
    {
        using Level = twinha::agentlink::ProtectionLevel;
        QTest::addColumn<bool>("automatic");
        QTest::addColumn<bool>("witness");
        QTest::addColumn<int>("fences"); // 0 none, 1 node 1 only, 2 both
        QTest::addColumn<QString>("mode");
        QTest::addColumn<Level>("level");
        const QString hot = QStringLiteral("hot-standby");
        QTest::newRow("manual") << false << true << 2 << hot << Level::Manual;
        QTest::newRow("ping only") << true << false << 0 << hot << Level::PingOnly;
        QTest::newRow("fencing") << true << false << 2 << hot << Level::Fencing;
        QTest::newRow("witness") << true << true << 0 << hot << Level::Witness;
        QTest::newRow("witness and fencing") << true << true << 2 << hot << Level::WitnessFencing;
        QTest::newRow("one device: the weaker node's") << true << true << 1 << hot << Level::Witness;
        QTest::newRow("duplex takes no lease") << true << true << 2 << QStringLiteral("duplex") << Level::Fencing;
    }

    void theProtectionLevelIsTheOneTheAgentsWillReport()
    {
        QFETCH(bool, automatic);
        QFETCH(bool, witness);
        QFETCH(int, fences);
        QFETCH(QString, mode);
        QFETCH(twinha::agentlink::ProtectionLevel, level);
        WizardModel m = pair();
        m.automaticFailover = automatic;
        m.mode = twinha::protocol::clusterModeFrom(mode);
        m.witnessAddress = witness ? QStringLiteral("10.0.0.9:5410") : QString();
        for (int i = 0; i < fences; ++i)
            m.fences[size_t(i)].device = QStringLiteral("fence_virsh");
        QCOMPARE(m.protectionLevel(), level);
    }

    void aDocumentOfOtherNodesIsRefused()
    {
        WizardModel read;
        read.nodeNames = {QStringLiteral("a"), QStringLiteral("b")};
        QVERIFY(!read.fillFromDocument(pair().settings()));
    }

    // A newer agent's words would be lost in an edit: the wizard names them instead of editing.
    void wordsThisConsoleDoesNotKnowAreFound()
    {
        const QJsonObject known = pair().settings();
        QVERIFY(WizardModel::unknownTerms(known).isEmpty());
        QJsonObject doc = known;
        QJsonObject cluster = doc[QStringLiteral("cluster")].toObject();
        cluster[QStringLiteral("mode")] = QStringLiteral("triple");
        doc[QStringLiteral("cluster")] = cluster;
        QJsonArray groups = doc[QStringLiteral("group")].toArray();
        QJsonObject group = groups[0].toObject();
        QJsonArray resources = group[QStringLiteral("resource")].toArray();
        resources.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("docker")},
                                     {QStringLiteral("name"), QStringLiteral("app")}});
        group[QStringLiteral("resource")] = resources;
        groups[0] = group;
        doc[QStringLiteral("group")] = groups;
        doc[QStringLiteral("replication")] = QJsonArray{QJsonObject{
            {QStringLiteral("type"), QStringLiteral("mirror")}, {QStringLiteral("transport"), QStringLiteral("quic")}}};
        QCOMPARE(WizardModel::unknownTerms(doc),
                 (QStringList{QStringLiteral("cluster.mode = \"triple\""), QStringLiteral("resource.type = \"docker\""),
                              QStringLiteral("replication.transport = \"quic\"")}));
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

    void aWitnessCheckReadsAsASentence()
    {
        using twinha::ui::WitnessBox;
        const QString at = QStringLiteral("10.77.1.253:5410");
        const auto witness = [&](bool reachable, const QJsonValue& knows, const QString& detail = {}) {
            return QJsonObject{{QStringLiteral("kind"), QStringLiteral("twinha")},
                               {QStringLiteral("address"), at},
                               {QStringLiteral("reachable"), reachable},
                               {QStringLiteral("knows_cluster"), knows},
                               {QStringLiteral("detail"), detail}};
        };
        bool failed = true;
        QCOMPARE(WitnessBox::checkText(QStringLiteral("node1"), at, witness(true, true), &failed),
                 QStringLiteral("node1 reaches the witness at 10.77.1.253:5410, and it knows this cluster's key."));
        QVERIFY(!failed);
        QString text = WitnessBox::checkText(QStringLiteral("node1"), at, witness(true, false), &failed);
        QVERIFY(failed);
        QVERIFY2(text.contains(QStringLiteral("does not have this cluster's key yet: copy /etc/twinha/cluster.key")),
                 qPrintable(text));
        text = WitnessBox::checkText(QStringLiteral("node1"), at, witness(true, QJsonValue()), &failed);
        QVERIFY(!failed);
        QVERIFY2(text.contains(QStringLiteral("no key yet")), qPrintable(text));
        text = WitnessBox::checkText(QStringLiteral("node2"), QStringLiteral("127.0.0.1:9"),
                                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("twinha")},
                                                 {QStringLiteral("reachable"), false},
                                                 {QStringLiteral("knows_cluster"), QJsonValue()}},
                                     &failed);
        QVERIFY(failed);
        QCOMPARE(text, QStringLiteral("The witness at 127.0.0.1:9 does not answer node2: check the address, the "
                                      "firewall (UDP 9) and that twinha-witness runs on that host."));
        text = WitnessBox::checkText(QStringLiteral("node1"), QStringLiteral("http://h:2379"),
                                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("etcd")},
                                                 {QStringLiteral("reachable"), true},
                                                 {QStringLiteral("detail"), QStringLiteral("etcd 3.4.23")}},
                                     &failed);
        QVERIFY(!failed);
        QCOMPARE(text, QStringLiteral("node1 reaches etcd at http://h:2379: etcd 3.4.23 answers."));
    }

    void aFenceCheckReadsAsASentence()
    {
        using twinha::ui::FenceBox;
        const auto fence = [](bool ok, int status, const QString& detail) {
            return QJsonObject{{QStringLiteral("node"), QStringLiteral("node2")},
                               {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                               {QStringLiteral("ok"), ok},
                               {QStringLiteral("exit_status"), status},
                               {QStringLiteral("detail"), detail}};
        };
        bool failed = true;
        QCOMPARE(FenceBox::checkText(QStringLiteral("node1"), fence(true, 0, {}), &failed),
                 QStringLiteral("node1 reaches fence_ipmilan for node2 (monitor ok)."));
        QVERIFY(!failed);
        QCOMPARE(
            FenceBox::checkText(QStringLiteral("node1"), fence(false, 1, QStringLiteral("Unable to connect")), &failed),
            QStringLiteral("fence_ipmilan for node2 failed on node1 (exit status 1): Unable to connect"));
        QVERIFY(failed);
        // Never an empty parameter: no detail, no exit status.
        QCOMPARE(FenceBox::checkText(QStringLiteral("node1"), fence(false, 1, {}), &failed),
                 QStringLiteral("fence_ipmilan for node2 failed on node1 (exit status 1)."));
        QCOMPARE(FenceBox::checkText(QStringLiteral("node1"), fence(false, -1, QStringLiteral("timed out")), &failed),
                 QStringLiteral("fence_ipmilan for node2 failed on node1: timed out"));
    }
};

QTEST_GUILESS_MAIN(TestWizardModel)
#include "TestWizardModel.moc"
