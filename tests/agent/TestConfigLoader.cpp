#include "agent/config/ConfigLoader.h"
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

    // The minimal config with its script resource and command channel turned into a PostgreSQL
    // instance and its channel (lines 25-29 and 31-34), then `edits` applied.
    ConfigLoader::Result loadPostgres(const QList<std::pair<QString, QString>>& edits)
    {
        QList<std::pair<QString, QString>> all{
            {QStringLiteral("type = \"script\"\nname = \"s\"\nstart = \"true\"\nstop = \"true\"\n"
                            "status = \"true\"\nrun_as = \"%1\"")
                 .arg(support::currentUser()),
             QStringLiteral("type = \"postgresql\"\nname = \"db\"\nrun_as = \"postgres\"\n"
                            "data_dir = { n1 = \"/srv/pg/n1\", n2 = \"/srv/pg/n2\" }\n"
                            "endpoints = { n1 = \"127.0.0.1:5433\", n2 = \"127.0.0.1:5434\" }")},
            {QStringLiteral("name = \"r\"\ntype = \"command\"\ngroup = \"g\"\ncommand = \"echo {}\""),
             QStringLiteral("name = \"pg\"\ntype = \"postgresql\"\ngroup = \"g\"")}};
        QString text = support::minimalConfig();
        for (const auto& [from, to] : all + edits) {
            if (text.count(from) != 1)
                qFatal("edit target not unique in the PostgreSQL config: %s", qPrintable(from));
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

    // Between two and three heartbeat intervals a pair set up before the rule still starts (an
    // upgrade must not stop it), and the check says why the dead time is short.
    void deadTimeUnderThreeIntervalsStillLoadsWithAWarning()
    {
        QString text = support::minimalConfig();
        QCOMPARE(text.count(QStringLiteral("dead_time_ms = 1000")), 1);
        text.replace(QStringLiteral("dead_time_ms = 1000"), QStringLiteral("dead_time_ms = 500"));
        const auto r = ConfigLoader::loadFile(support::writeClusterDir(m_dir.path(), text));
        QVERIFY2(r.ok(), qPrintable(describe(r.issues)));
        QCOMPARE(r.warningCount(), 1);
        QCOMPARE(r.issues.value(0).field, QStringLiteral("timing.dead_time_ms"));
        QVERIFY2(r.issues.value(0).message().contains(QStringLiteral("600")), qPrintable(describe(r.issues)));
        QCOMPARE(r.config.timing.deadTimeMs, 500);
    }

    // A profile sets all three timings; a value written beside it wins over the profile's.
    void aTimingProfileSetsItsValuesAndWrittenValuesOverrideThem()
    {
        QString text = support::minimalConfig();
        QCOMPARE(text.count(QStringLiteral("interval_ms = 200\ndead_time_ms = 1000\n")), 1);
        text.replace(QStringLiteral("interval_ms = 200\ndead_time_ms = 1000\n"),
                     QStringLiteral("profile = \"fast\"\n"));
        auto r = ConfigLoader::loadFile(support::writeClusterDir(m_dir.path(), text));
        QVERIFY2(r.issues.isEmpty(), qPrintable(describe(r.issues)));
        QCOMPARE(r.config.timing.profile, QStringLiteral("fast"));
        QCOMPARE(r.config.timing.intervalMs, 50);
        QCOMPARE(r.config.timing.deadTimeMs, 250);
        QCOMPARE(r.config.timing.monitorIntervalMs, 1000);

        text.replace(QStringLiteral("profile = \"fast\"\n"),
                     QStringLiteral("dead_time_ms = 400\nprofile = \"fast\"\n"));
        r = ConfigLoader::loadFile(support::writeClusterDir(m_dir.path(), text));
        QVERIFY2(r.issues.isEmpty(), qPrintable(describe(r.issues)));
        QCOMPARE(r.config.timing.intervalMs, 50);
        QCOMPARE(r.config.timing.deadTimeMs, 400);
    }

    void recoverySettingsLoadAndDefaultToOneRestartInTenMinutes()
    {
        auto r = loadEdited({});
        QCOMPARE(r.config.failover.localRestarts, 1);
        QCOMPARE(r.config.failover.restartWindowS, 600);
        r = loadEdited(
            {{QStringLiteral("command = \"echo {}\""),
              QStringLiteral("command = \"echo {}\"\n[failover]\nlocal_restarts = 0\nrestart_window_s = 60")}});
        QVERIFY2(r.issues.isEmpty(), qPrintable(describe(r.issues)));
        QCOMPARE(r.config.failover.localRestarts, 0);
        QCOMPARE(r.config.failover.restartWindowS, 60);
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
        row("unknown timing profile", "interval_ms = 200", "profile = \"quick\"", "timing.profile", 7);
        row("dead time above range", "dead_time_ms = 1000", "dead_time_ms = 9999999", "timing.dead_time_ms", 8);
        row("dead time below twice the interval", "dead_time_ms = 1000", "dead_time_ms = 399", "timing.dead_time_ms",
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
        // Pinging this machine proves nothing: a node cut off from the network would still reach it.
        row("tiebreaker pinging loopback", "command = \"echo {}\"",
            "command = \"echo {}\"\n[failover]\ntiebreakers = [\"192.0.2.1\", \"127.0.0.1\"]",
            "failover.tiebreakers[1]", 38);
        row("tiebreaker pinging the unspecified address", "command = \"echo {}\"",
            "command = \"echo {}\"\n[failover]\ntiebreakers = [\"::\"]", "failover.tiebreakers[0]", 38);
        row("tiebreaker pinging localhost", "command = \"echo {}\"",
            "command = \"echo {}\"\n[failover]\ntiebreakers = [\"localhost\"]", "failover.tiebreakers[0]", 38);
        row("negative local restarts", "command = \"echo {}\"",
            "command = \"echo {}\"\n[failover]\nlocal_restarts = -1", "failover.local_restarts", 38);
        row("restart window too short", "command = \"echo {}\"",
            "command = \"echo {}\"\n[failover]\nrestart_window_s = 5", "failover.restart_window_s", 38);
        row("notify with two ways", "command = \"echo {}\"",
            "command = \"echo {}\"\n[[notify]]\nscript = \"/bin/true\"\nwebhook = \"http://a/\"", "notify[0]", 37);
        row("notify of an unknown kind", "command = \"echo {}\"",
            "command = \"echo {}\"\n[[notify]]\nevents = [\"failovers\"]\nscript = \"/bin/true\"",
            "notify[0].events[0]", 38);
        row("notify script not absolute", "command = \"echo {}\"",
            "command = \"echo {}\"\n[[notify]]\nscript = \"alert.sh\"", "notify[0].script", 38);
        row("notify email not an address", "command = \"echo {}\"",
            "command = \"echo {}\"\n[[notify]]\nemail = \"ops\"", "notify[0].email", 38);
        row("notify webhook not http", "command = \"echo {}\"",
            "command = \"echo {}\"\n[[notify]]\nwebhook = \"ftp://chat.example/hook\"", "notify[0].webhook", 38);
        row("metrics address a host name", "command = \"echo {}\"",
            "command = \"echo {}\"\n[metrics]\nlisten = \"metrics.example:9464\"", "metrics.listen", 38);
        row("metrics address without a port", "command = \"echo {}\"",
            "command = \"echo {}\"\n[metrics]\nlisten = \"127.0.0.1\"", "metrics.listen", 38);
        row("metrics address of a node not in the cluster", "command = \"echo {}\"",
            "command = \"echo {}\"\n[metrics]\nlisten = { n1 = \"127.0.0.1:9464\", n3 = \"127.0.0.1:9465\" }",
            "metrics.listen.n3", 38);
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
        QVERIFY(!issue->message().isEmpty());
    }

    void metricsAreOffUnlessAskedForAndListenPerNode()
    {
        QVERIFY(loadEdited({}).config.metrics.listenFor(QStringLiteral("n1")).isEmpty());
        const auto r = loadEdited({{QStringLiteral("command = \"echo {}\""),
                                    QStringLiteral("command = \"echo {}\"\n[metrics]\nlisten = { n1 = "
                                                   "\"192.0.2.1:9464\", n2 = \"[2001:db8::2]:9464\" }")}});
        QVERIFY2(r.ok(), qPrintable(describe(r.issues)));
        QCOMPARE(r.config.metrics.listenFor(QStringLiteral("n1")), QStringLiteral("192.0.2.1:9464"));
        QCOMPARE(r.config.metrics.listenFor(QStringLiteral("n2")), QStringLiteral("[2001:db8::2]:9464"));
        const auto all = loadEdited({{QStringLiteral("command = \"echo {}\""),
                                      QStringLiteral("command = \"echo {}\"\n[metrics]\nlisten = \"0.0.0.0:9464\"")}});
        QVERIFY2(all.ok(), qPrintable(describe(all.issues)));
        QCOMPARE(all.config.metrics.listenFor(QStringLiteral("n2")), QStringLiteral("0.0.0.0:9464"));
    }

    void aPostgresqlResourceAndItsChannelLoad()
    {
        if (!::getpwnam("postgres"))
            QSKIP("no user \"postgres\" on this machine");
        const auto result = loadPostgres({});
        QVERIFY2(result.issues.isEmpty(), qPrintable(describe(result.issues)));
        const auto& c = result.config;
        QCOMPARE(c.groups.size(), 1);
        QCOMPARE(c.groups.at(0).resources.size(), 1);
        const auto& r = c.groups.at(0).resources.at(0);
        QCOMPARE(r.type, ResourceType::Postgresql);
        QCOMPARE(r.name, QStringLiteral("db"));
        QCOMPARE(r.runAs, QStringLiteral("postgres"));
        QCOMPARE(r.postgresUser(), QStringLiteral("postgres"));
        QCOMPARE(r.timeoutMs, 60000); // a clean stop writes a checkpoint: more than the usual default
        const auto& pg = r.pg;
        QCOMPARE(pg.dataDirFor(QStringLiteral("n1")), QStringLiteral("/srv/pg/n1"));
        QCOMPARE(pg.dataDirFor(QStringLiteral("n2")), QStringLiteral("/srv/pg/n2"));
        QVERIFY(pg.dataDir.all.isEmpty());
        QVERIFY(!pg.configDir.isSet());
        QCOMPARE(pg.configDirFor(QStringLiteral("n1")), QStringLiteral("/srv/pg/n1"));
        QCOMPARE(pg.configDirFor(QStringLiteral("n2")), QStringLiteral("/srv/pg/n2"));
        QCOMPARE(pg.socketDirFor(QStringLiteral("n1")), QStringLiteral("/var/run/postgresql"));
        QCOMPARE(pg.logFileFor(QStringLiteral("n2"), r.name), QStringLiteral("/var/log/postgresql/twinha-db.log"));
        QCOMPARE(pg.binDir, QStringLiteral("/usr/lib/postgresql/15/bin"));
        QCOMPARE(pg.replicationUser, QStringLiteral("replicator"));
        QCOMPARE(pg.database, QStringLiteral("postgres"));
        QVERIFY(pg.passfile.isEmpty());
        QCOMPARE(pg.endpoints.size(), 2);
        const auto* ep = twinha::agent::endpointFor(pg.endpoints, QStringLiteral("n2"));
        QVERIFY(ep);
        QCOMPARE(ep->address, QStringLiteral("127.0.0.1:5434"));
        QCOMPARE(ep->host, QStringLiteral("127.0.0.1")); // filled by the validator
        QCOMPARE(ep->port, quint16(5434));
        QCOMPARE(c.replications.size(), 1);
        const auto& rep = c.replications.at(0);
        QCOMPARE(rep.type, ReplicationType::Postgresql);
        QCOMPARE(rep.group, QStringLiteral("g"));
        QCOMPARE(rep.intervalS, 1);
        QCOMPARE(rep.maxLagBytes, qint64(0));
        QCOMPARE(rep.maxLagS, 5.0);
        QCOMPARE(c.postgresResource(QStringLiteral("g")), &r);
    }

    void aPostgresqlResourceWithEverySetting()
    {
        if (!::getpwnam("postgres"))
            QSKIP("no user \"postgres\" on this machine");
        const auto result = loadPostgres(
            {{QStringLiteral("data_dir = { n1 = \"/srv/pg/n1\", n2 = \"/srv/pg/n2\" }"),
              QStringLiteral(
                  "data_dir = \"/var/lib/postgresql/15/main\"\n"
                  "config_dir = { n1 = \"/etc/postgresql/15/main\", n2 = \"/etc/postgresql/15/other\" }\n"
                  "socket_dir = \"/run/pg\"\nlog_file = { n1 = \"/var/log/a.log\", n2 = \"/var/log/b.log\" }\n"
                  "bin_dir = \"/opt/pg/bin\"\nreplication_user = \"repl_user\"\n"
                  "passfile = \"/etc/twinha/pgpass\"\ndatabase = \"app\"\ntimeout_ms = 90000")},
             {QStringLiteral("group = \"g\""),
              QStringLiteral("group = \"g\"\ninterval_s = 5\nmax_lag_bytes = 17179869184\nmax_lag_s = 30")}});
        QVERIFY2(result.issues.isEmpty(), qPrintable(describe(result.issues)));
        const auto& r = result.config.groups.at(0).resources.at(0);
        const auto& pg = r.pg;
        QCOMPARE(r.timeoutMs, 90000);
        QCOMPARE(pg.dataDirFor(QStringLiteral("n1")), QStringLiteral("/var/lib/postgresql/15/main"));
        QCOMPARE(pg.dataDirFor(QStringLiteral("n2")), QStringLiteral("/var/lib/postgresql/15/main"));
        QCOMPARE(pg.configDirFor(QStringLiteral("n1")), QStringLiteral("/etc/postgresql/15/main"));
        QCOMPARE(pg.configDirFor(QStringLiteral("n2")), QStringLiteral("/etc/postgresql/15/other"));
        QCOMPARE(pg.socketDirFor(QStringLiteral("n2")), QStringLiteral("/run/pg"));
        QCOMPARE(pg.logFileFor(QStringLiteral("n1"), r.name), QStringLiteral("/var/log/a.log"));
        QCOMPARE(pg.logFileFor(QStringLiteral("n2"), r.name), QStringLiteral("/var/log/b.log"));
        QCOMPARE(pg.binDir, QStringLiteral("/opt/pg/bin"));
        QCOMPARE(pg.replicationUser, QStringLiteral("repl_user"));
        QCOMPARE(pg.passfile, QStringLiteral("/etc/twinha/pgpass"));
        QCOMPARE(pg.database, QStringLiteral("app"));
        const auto& rep = result.config.replications.at(0);
        QCOMPARE(rep.intervalS, 5);
        QCOMPARE(rep.maxLagBytes, Q_INT64_C(17179869184)); // beyond 32 bits
        QCOMPARE(rep.maxLagS, 30.0);
    }

    void reportsEachPostgresqlErrorAtItsField_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        auto row = [](const char* name, const char* from, const char* to, const char* field, int line,
                      const char* says) {
            QTest::newRow(name) << QString::fromUtf8(from) << QString::fromUtf8(to) << QString::fromUtf8(field) << line
                                << QString::fromUtf8(says);
        };
        row("resource without a postgresql channel", "name = \"pg\"\ntype = \"postgresql\"\ngroup = \"g\"",
            "name = \"r\"\ntype = \"command\"\ngroup = \"g\"\ncommand = \"echo {}\"", "group[0].resource[0]", 24,
            "needs one [[replication]] of type \"postgresql\"");
        row("channel whose group has no postgresql resource",
            "type = \"postgresql\"\nname = \"db\"\nrun_as = \"postgres\"\n"
            "data_dir = { n1 = \"/srv/pg/n1\", n2 = \"/srv/pg/n2\" }\n"
            "endpoints = { n1 = \"127.0.0.1:5433\", n2 = \"127.0.0.1:5434\" }",
            "type = \"script\"\nname = \"s\"\nstart = \"true\"\nstop = \"true\"\nstatus = \"true\"\nrun_as = \"root\"",
            "replication[0].group", 35, "has no resource of type \"postgresql\"");
        row("two channels for one instance", "group = \"g\"",
            "group = \"g\"\n\n[[replication]]\nname = \"pg2\"\ntype = \"postgresql\"\ngroup = \"g\"",
            "group[0].resource[0]", 24, "needs one [[replication]] of type \"postgresql\"");
        row("run as root", "run_as = \"postgres\"", "run_as = \"root\"", "group[0].resource[0].run_as", 27,
            "refuses to run as root");
        row("run as nobody known", "run_as = \"postgres\"", "run_as = \"no-such-user-here\"",
            "group[0].resource[0].run_as", 27, "there is no user \"no-such-user-here\"");
        row("data_dir table missing a node", ", n2 = \"/srv/pg/n2\" }", " }", "group[0].resource[0].data_dir.n2", 28,
            "missing");
        row("data_dir of a node that does not exist", "n2 = \"/srv/pg/n2\" }",
            "n2 = \"/srv/pg/n2\", n3 = \"/srv/pg/n3\" }", "group[0].resource[0].data_dir.n3", 28,
            "\"n3\" is not a node");
        row("data_dir not absolute", "n2 = \"/srv/pg/n2\"", "n2 = \"srv/pg/n2\"", "group[0].resource[0].data_dir.n2",
            28, "must be an absolute path");
        row("no data_dir", "data_dir = { n1 = \"/srv/pg/n1\", n2 = \"/srv/pg/n2\" }\n", "",
            "group[0].resource[0].data_dir.n1", 24, "missing");
        row("data_dir neither a string nor a table", "data_dir = { n1 = \"/srv/pg/n1\", n2 = \"/srv/pg/n2\" }",
            "data_dir = 5", "group[0].resource[0].data_dir", 28, "expected a string");
        row("endpoint of a node missing", ", n2 = \"127.0.0.1:5434\" }", " }", "group[0].resource[0].endpoints.n2", 29,
            "missing the endpoint");
        row("replication user that is not a plain name", "run_as = \"postgres\"",
            "run_as = \"postgres\"\nreplication_user = \"repl' host='evil\"", "group[0].resource[0].replication_user",
            28, "not a plain PostgreSQL role name");
        row("unknown key in the resource", "run_as = \"postgres\"", "run_as = \"postgres\"\nunit = \"x.service\"",
            "group[0].resource[0].unit", 28, "unknown key");
        row("max_lag_bytes negative", "group = \"g\"", "group = \"g\"\nmax_lag_bytes = -1",
            "replication[0].max_lag_bytes", 35, "must be 0 (no limit) or more");
        row("interval_s zero", "group = \"g\"", "group = \"g\"\ninterval_s = 0", "replication[0].interval_s", 35,
            "out of range");
        row("unknown key in the channel", "group = \"g\"", "group = \"g\"\npath = \"/srv\"", "replication[0].path", 35,
            "unknown key");
        row("duplex mode", "mode = \"hot-standby\"", "mode = \"duplex\"", "group[0].resource[0].type", 25, "duplex");
    }

    void reportsEachPostgresqlErrorAtItsField()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        QFETCH(int, line);
        QFETCH(QString, says);
        const auto result = loadPostgres({{from, to}});
        QVERIFY(!result.ok());
        const ConfigIssue* issue = findError(result.issues, field);
        QVERIFY2(issue, qPrintable(describe(result.issues)));
        QCOMPARE(issue->line, line);
        QVERIFY2(issue->message().contains(says), qPrintable(issue->message()));
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
                   i.message().contains(QLatin1String("transport = \"ssh\""));
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
        QCOMPARE(issue->message(), says);
        QVERIFY(issue->line > 0);
    }

    void syntaxErrorHasLineAndColumn()
    {
        const auto result =
            loadEdited({{QStringLiteral("dead_time_ms = 1000"), QStringLiteral("dead_time_ms = = 1000")}});
        QCOMPARE(result.errorCount(), 1);
        QCOMPARE(result.issues.at(0).line, 8);
        QVERIFY(result.issues.at(0).column > 1);
        QVERIFY(result.issues.at(0).message().startsWith(QLatin1String("syntax error")));
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
