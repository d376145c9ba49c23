#include "agent/ConfigLoader.h"
#include "tests/agent/AgentTestSupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agent::ClusterMode;
using twinha::agent::ConfigIssue;
using twinha::agent::ConfigLoader;
using twinha::agent::ReplicationType;
using twinha::agent::ResourceType;
namespace support = twinha::agent::test;

namespace {
QString describe(const QList<ConfigIssue>& issues)
{
    QStringList lines;
    for (const ConfigIssue& i : issues)
        lines << i.toString();
    return lines.join(QLatin1Char('\n'));
}

const ConfigIssue* findError(const QList<ConfigIssue>& issues, const QString& field)
{
    for (const ConfigIssue& i : issues) {
        if (i.isError() && i.field == field)
            return &i;
    }
    return nullptr;
}
} // namespace

class TestConfigLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ConfigLoader::Result loadEdited(const QList<std::pair<QString, QString>>& edits)
    {
        QString text = support::minimalConfig();
        for (const auto& [from, to] : edits) {
            if (text.count(from) != 1)
                qFatal("edit target not unique in the minimal config: %s", qPrintable(from));
            text.replace(from, to);
        }
        return ConfigLoader::loadFile(support::writeClusterDir(m_dir.path(), text));
    }

private Q_SLOTS:
    void minimalConfigHasNoIssues()
    {
        const auto result = loadEdited({});
        QVERIFY2(result.issues.isEmpty(), qPrintable(describe(result.issues)));
        QCOMPARE(result.config.cluster.mode, ClusterMode::HotStandby);
        QCOMPARE(result.config.peerOf(QStringLiteral("n1")), QStringLiteral("n2"));
    }

    void installerExampleIsValidAndFullyParsed()
    {
        const QString source = qEnvironmentVariable("TWINHA_SOURCE_DIR") + QStringLiteral("/installer/cluster.toml");
        QFile example(source);
        QVERIFY2(example.open(QIODevice::ReadOnly), qPrintable(source));
        // The example names cluster.key next to itself; give it one in a scratch folder.
        const QString path = support::writeClusterDir(m_dir.path(), QString::fromUtf8(example.readAll()));
        const auto r = ConfigLoader::loadFile(path);
        QVERIFY2(r.ok(), qPrintable(describe(r.issues)));
        QCOMPARE(r.warningCount(), 0);
        const auto& c = r.config;
        QCOMPARE(c.cluster.name, QStringLiteral("mail"));
        QCOMPARE(c.cluster.mode, ClusterMode::HotStandby);
        QCOMPARE(c.cluster.keyFilePath, QDir(m_dir.path()).filePath(QStringLiteral("cluster.key")));
        QCOMPARE(c.timing.intervalMs, 200);
        QCOMPARE(c.timing.deadTimeMs, 1000);
        QCOMPARE(c.nodeNames(), QStringList({QStringLiteral("mail1"), QStringLiteral("mail2")}));
        QCOMPARE(c.links.size(), 2);
        const auto* ep = c.links.at(1).endpointFor(QStringLiteral("mail2"));
        QVERIFY(ep);
        QCOMPARE(ep->host, QStringLiteral("192.0.2.12"));
        QCOMPARE(ep->port, quint16(5405));
        QCOMPARE(c.groups.size(), 1);
        QCOMPARE(c.groups.at(0).preferred, QStringLiteral("mail1"));
        QCOMPARE(c.groups.at(0).resources.size(), 3);
        QCOMPARE(c.groups.at(0).resources.at(0).type, ResourceType::Vip);
        QCOMPARE(c.groups.at(0).resources.at(0).address, QStringLiteral("192.0.2.10/24"));
        QCOMPARE(c.groups.at(0).resources.at(1).unit, QStringLiteral("postfix.service"));
        QCOMPARE(c.groups.at(0).resources.at(2).timeoutMs, 10000);
        QCOMPARE(c.replications.size(), 1);
        QCOMPARE(c.replications.at(0).type, ReplicationType::Mirror);
        QCOMPARE(c.replications.at(0).maxLagS, 5.0);
        QCOMPARE(c.failover.automatic, false);
        QCOMPARE(c.failover.tiebreakers, QStringList{QStringLiteral("192.0.2.1")});
    }

    void reportsEachErrorAtItsLineAndField_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");
        auto row = [](const char* name, const char* from, const char* to, const char* field, int line) {
            QTest::newRow(name) << QString::fromUtf8(from) << QString::fromUtf8(to) << QString::fromUtf8(field) << line;
        };
        row("missing cluster table points at the top", "[cluster]", "[klaster]", "cluster", 1);
        row("unknown mode", "mode = \"hot-standby\"", "mode = \"triple\"", "cluster.mode", 3);
        row("invalid cluster name", "name = \"c1\"", "name = \"c 1\"", "cluster.name", 2);
        row("key file missing", "key_file = \"cluster.key\"", "key_file = \"absent.key\"", "cluster.key_file", 4);
        row("key file too short", "key_file = \"cluster.key\"", "key_file = \"short.key\"", "cluster.key_file", 4);
        row("key file readable by others", "key_file = \"cluster.key\"", "key_file = \"open.key\"", "cluster.key_file",
            4);
        row("script run as nobody known", "run_as = ", "run_as = \"no-such-user-here\" # ",
            "group[0].resource[0].run_as", 30);
        // Names that would reach systemctl, ip or arping as options.
        row("unit that is an option", "type = \"script\"", "type = \"systemd\"\nunit = \"--root=/tmp\"",
            "group[0].resource[0].unit", 26);
        row("unit with a space", "type = \"script\"", "type = \"systemd\"\nunit = \"a b.service\"",
            "group[0].resource[0].unit", 26);
        row("vip interface that is an option", "type = \"script\"\nname = \"s\"\nstart = \"true\"",
            "type = \"vip\"\nname = \"s\"\naddress = \"10.0.0.5/24\"\ninterface = \"-6\"",
            "group[0].resource[0].interface", 28);
        row("vip interface too long", "type = \"script\"\nname = \"s\"\nstart = \"true\"",
            "type = \"vip\"\nname = \"s\"\naddress = \"10.0.0.5/24\"\ninterface = \"eth0-and-much-more\"",
            "group[0].resource[0].interface", 28);
        row("interval below range", "interval_ms = 200", "interval_ms = 1", "timing.interval_ms", 7);
        row("interval not an integer", "interval_ms = 200", "interval_ms = \"fast\"", "timing.interval_ms", 7);
        row("dead time above range", "dead_time_ms = 1000", "dead_time_ms = 9999999", "timing.dead_time_ms", 8);
        row("dead time below twice the interval", "dead_time_ms = 1000", "dead_time_ms = 300", "timing.dead_time_ms",
            8);
        row("node without a name points at its table", "name = \"n2\"", "title = \"n2\"", "node[1].name", 13);
        row("duplicate node name", "name = \"n2\"", "name = \"n1\"", "node[1].name", 14);
        row("third node", "command = \"echo {}\"", "command = \"echo {}\"\n[[node]]\nname = \"n3\"", "node", 10);
        row("link endpoint missing a node", "n2 = \"127.0.0.1:5406\"", "n3 = \"127.0.0.1:5406\"",
            "link[0].endpoints.n2", 18);
        row("link endpoint names no node", "n2 = \"127.0.0.1:5406\"", "n2 = \"127.0.0.1:5406\", n3 = \"h:1\"",
            "link[0].endpoints.n3", 18);
        row("link endpoint without port", "\"127.0.0.1:5406\"", "\"127.0.0.1\"", "link[0].endpoints.n2", 18);
        row("link endpoint port out of range", "\"127.0.0.1:5406\"", "\"127.0.0.1:70000\"", "link[0].endpoints.n2", 18);
        row("group preferred not a node", "preferred = \"n1\"", "preferred = \"n9\"", "group[0].preferred", 22);
        row("mutual-backup with one group", "mode = \"hot-standby\"", "mode = \"mutual-backup\"", "group", 20);
        row("resource type unknown", "type = \"script\"", "type = \"scrip\"", "group[0].resource[0].type", 25);
        row("script without stop", "stop = \"true\"", "# no stop", "group[0].resource[0].stop", 24);
        row("systemd without unit", "type = \"script\"", "type = \"systemd\"", "group[0].resource[0].unit", 24);
        row("vip address without prefix", "type = \"script\"\nname = \"s\"\nstart = \"true\"",
            "type = \"vip\"\nname = \"s\"\naddress = \"10.0.0.5\"\ninterface = \"eth0\"",
            "group[0].resource[0].address", 27);
        row("vip without interface", "type = \"script\"\nname = \"s\"\nstart = \"true\"",
            "type = \"vip\"\nname = \"s\"\naddress = \"10.0.0.5/24\"", "group[0].resource[0].interface", 24);
        row("replication type unknown", "type = \"command\"", "type = \"rsync\"", "replication[0].type", 34);
        row("replication group unknown", "group = \"g\"", "group = \"nope\"", "replication[0].group", 35);
        row("mirror path not absolute", "type = \"command\"\ngroup = \"g\"\ncommand = \"echo {}\"",
            "type = \"mirror\"\ngroup = \"g\"\npath = \"var/mail\"", "replication[0].path", 36);
        row("monitor interval below range", "dead_time_ms = 1000", "dead_time_ms = 1000\nmonitor_interval_ms = 5",
            "timing.monitor_interval_ms", 9);
        row("mirror without the standby's receiving endpoint",
            "type = \"command\"\ngroup = \"g\"\ncommand = \"echo {}\"",
            "type = \"mirror\"\ngroup = \"g\"\npath = \"/var/mail\"\nendpoints = { n1 = \"127.0.0.1:5407\" }",
            "replication[0].endpoints.n2", 37);
        row("mirror path with a line break", "type = \"command\"\ngroup = \"g\"\ncommand = \"echo {}\"",
            "type = \"mirror\"\ngroup = \"g\"\npath = \"/srv/a\\npre-xfer exec = /tmp/x\"", "replication[0].path", 36);
        row("mirror per-node path not absolute", "type = \"command\"\ngroup = \"g\"\ncommand = \"echo {}\"",
            "type = \"mirror\"\ngroup = \"g\"\npaths = { n1 = \"/a\", n2 = \"b\" }\n"
            "endpoints = { n1 = \"127.0.0.1:5407\", n2 = \"127.0.0.1:5408\" }",
            "replication[0].paths.n2", 36);
        row("mirror transport unknown", "type = \"command\"\ngroup = \"g\"\ncommand = \"echo {}\"",
            "type = \"mirror\"\ngroup = \"g\"\npath = \"/var/mail\"\n"
            "endpoints = { n1 = \"127.0.0.1:22\", n2 = \"127.0.0.1:22\" }\ntransport = \"scp\"",
            "replication[0].transport", 38);
        row("mirror ssh_user without ssh", "type = \"command\"\ngroup = \"g\"\ncommand = \"echo {}\"",
            "type = \"mirror\"\ngroup = \"g\"\npath = \"/var/mail\"\n"
            "endpoints = { n1 = \"127.0.0.1:22\", n2 = \"127.0.0.1:22\" }\nssh_user = \"twinha\"",
            "replication[0].ssh_user", 38);
        row("control socket mode not octal", "command = \"echo {}\"",
            "command = \"echo {}\"\n[control]\nsocket_mode = \"rw\"", "control.socket_mode", 38);
        row("automatic failover without tiebreaker", "command = \"echo {}\"",
            "command = \"echo {}\"\n[failover]\nautomatic = true", "failover.tiebreakers", 37);
    }

    void reportsEachErrorAtItsLineAndField()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        QFETCH(int, line);
        const auto result = loadEdited({{from, to}});
        QVERIFY(!result.ok());
        const ConfigIssue* issue = findError(result.issues, field);
        QVERIFY2(issue, qPrintable(describe(result.issues)));
        QCOMPARE(issue->line, line);
        QVERIFY(issue->column >= 1);
        QVERIFY(issue->file.endsWith(QLatin1String("cluster.toml")));
        QVERIFY(!issue->message.isEmpty());
    }

    void aScriptWithoutRunAsStillLoadsWithAWarning()
    {
        // A file from before run_as: the agent must still start after an upgrade, and says why not ok.
        const auto result = loadEdited({{QStringLiteral("run_as = "), QStringLiteral("# run_as = ")}});
        QVERIFY2(result.ok(), qPrintable(describe(result.issues)));
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().field, QStringLiteral("group[0].resource[0].run_as"));
        QVERIFY(!result.issues.first().isError());
    }

    void aPlainMirrorOffThePrivateNetworksIsWarnedAbout_data()
    {
        QTest::addColumn<QString>("endpoints");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<bool>("warned");
        const QString pub = QStringLiteral("{ n1 = \"192.0.2.1:5407\", n2 = \"10.0.0.2:5407\" }");
        const QString priv = QStringLiteral("{ n1 = \"10.0.0.1:5407\", n2 = \"192.168.3.2:5407\" }");
        QTest::newRow("rsync to a public address") << pub << QStringLiteral("rsync") << true;
        QTest::newRow("rsync to a host name")
            << QStringLiteral("{ n1 = \"a.example:1\", n2 = \"b.example:1\" }") << QStringLiteral("rsync") << true;
        QTest::newRow("rsync on private addresses") << priv << QStringLiteral("rsync") << false;
        QTest::newRow("rsync on link-local IPv6")
            << QStringLiteral("{ n1 = \"[fe80::1]:1\", n2 = \"[fe80::2]:1\" }") << QStringLiteral("rsync") << false;
        QTest::newRow("ssh to a public address") << pub << QStringLiteral("ssh") << false;
    }

    void aPlainMirrorOffThePrivateNetworksIsWarnedAbout()
    {
        QFETCH(QString, endpoints);
        QFETCH(QString, transport);
        QFETCH(bool, warned);
        const auto result = loadEdited({{QStringLiteral("type = \"command\"\ngroup = \"g\"\ncommand = \"echo {}\""),
                                         QStringLiteral("type = \"mirror\"\ngroup = \"g\"\npath = \"/var/mail\"\n"
                                                        "endpoints = %1\ntransport = \"%2\"")
                                             .arg(endpoints, transport)}});
        QVERIFY2(result.ok(), qPrintable(describe(result.issues)));
        const bool found = std::any_of(result.issues.cbegin(), result.issues.cend(), [](const ConfigIssue& i) {
            return !i.isError() && i.field.startsWith(QLatin1String("replication[0].endpoints.")) &&
                   i.message.contains(QLatin1String("transport = \"ssh\""));
        });
        QVERIFY2(found == warned, qPrintable(describe(result.issues)));
    }

    void reportsEveryErrorNotOnlyTheFirst()
    {
        const auto result = loadEdited({{QStringLiteral("mode = \"hot-standby\""), QStringLiteral("mode = \"x\"")},
                                        {QStringLiteral("dead_time_ms = 1000"), QStringLiteral("dead_time_ms = 10")},
                                        {QStringLiteral("name = \"n2\""), QStringLiteral("name = \"n1\"")},
                                        {QStringLiteral("type = \"script\""), QStringLiteral("type = \"x\"")},
                                        {QStringLiteral("group = \"g\""), QStringLiteral("group = \"x\"")}});
        const QStringList fields = {QStringLiteral("cluster.mode"), QStringLiteral("timing.dead_time_ms"),
                                    QStringLiteral("node[1].name"), QStringLiteral("group[0].resource[0].type"),
                                    QStringLiteral("replication[0].group")};
        for (const QString& f : fields)
            QVERIFY2(findError(result.issues, f), qPrintable(f + QLatin1Char('\n') + describe(result.issues)));
        QVERIFY(result.errorCount() >= fields.size());
        for (qsizetype i = 1; i < result.issues.size(); ++i) // in file order
            QVERIFY(result.issues.at(i - 1).line <= result.issues.at(i).line);
    }

    void unknownKeyIsAnErrorThatNamesWhatWasMeant_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("a misspelt key") << QStringLiteral("dead_time_ms = 1000") << QStringLiteral("dead_tme_ms = 1000")
                                        << QStringLiteral("timing.dead_tme_ms")
                                        << QStringLiteral("unknown key; did you mean \"dead_time_ms\"?");
        // A misspelt [failover] would leave the cluster manual, with no tiebreakers, without a word.
        QTest::newRow("a misspelt section")
            << QStringLiteral("[timing]") << QStringLiteral("[failovr]\nautomatic = true\n\n[timing]")
            << QStringLiteral("failovr") << QStringLiteral("unknown key; did you mean \"failover\"?");
        QTest::newRow("two letters swapped")
            << QStringLiteral("name = \"c1\"") << QStringLiteral("name = \"c1\"\nmdoe = \"hot-standby\"")
            << QStringLiteral("cluster.mdoe") << QStringLiteral("unknown key; did you mean \"mode\"?");
        QTest::newRow("nothing close") << QStringLiteral("name = \"c1\"") << QStringLiteral("name = \"c1\"\ncolour = 1")
                                       << QStringLiteral("cluster.colour")
                                       << QStringLiteral("unknown key (known here: name, mode, key_file)");
    }

    void unknownKeyIsAnErrorThatNamesWhatWasMeant()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const auto result = loadEdited({{from, to}});
        QVERIFY(!result.ok());
        const ConfigIssue* issue = findError(result.issues, field);
        QVERIFY2(issue, qPrintable(describe(result.issues)));
        QCOMPARE(issue->message, says);
        QVERIFY(issue->line > 0);
    }

    void syntaxErrorHasLineAndColumn()
    {
        const auto result =
            loadEdited({{QStringLiteral("dead_time_ms = 1000"), QStringLiteral("dead_time_ms = = 1000")}});
        QCOMPARE(result.errorCount(), 1);
        QCOMPARE(result.issues.at(0).line, 8);
        QVERIFY(result.issues.at(0).column > 1);
        QVERIFY(result.issues.at(0).message.startsWith(QLatin1String("syntax error")));
    }

    void unreadableFileIsOneError()
    {
        const auto result = ConfigLoader::loadFile(m_dir.filePath(QStringLiteral("does-not-exist.toml")));
        QCOMPARE(result.errorCount(), 1);
        QCOMPARE(result.issues.at(0).line, 1);
    }

    void checksumIsSha256OfTheFileBytes()
    {
        const auto result = loadEdited({});
        QFile f(result.config.filePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray expected = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(result.config.checksum, QString::fromLatin1(expected));
        QCOMPARE(result.config.checksum.size(), 64);
        const auto changed = loadEdited({{QStringLiteral("interval_ms = 200"), QStringLiteral("interval_ms = 201")}});
        QVERIFY(changed.config.checksum != result.config.checksum);
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "TestConfigLoader.moc"
