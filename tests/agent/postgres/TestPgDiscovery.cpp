// postgres.discover: pg_lsclusters' two output forms, the problem rules on the facts row, pg_hba
// matching, the first lag figures, and the method itself (a stand-in pg_lsclusters for the
// fallback and the missing tool; this machine's own clusters when postgresql-common is installed).
// The samples were captured from Debian's PostgreSQL 15 cluster 15/main (`LC_ALL=C pg_lsclusters
// --json` and the row of factsSql("replicator"), as its owner), then trimmed; the two standby rows
// are written by hand in the shape the query gives them.

#include "agent/NodeState.h"
#include "agent/control/ControlMethods.h"
#include "agent/control/StatusProvider.h"
#include "agent/coordinator/ClientCredentials.h"
#include "agent/postgres/PgDiscovery.h"
#include "agent/postgres/PostgresMethods.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using twinha::agent::PgCluster;
using twinha::agent::PgDiscovery;
using twinha::agent::PostgresMethods;
using twinha::protocol::RpcError;
using twinha::protocol::RpcMessage;
namespace codes = twinha::protocol::codes;

namespace {

const char kListJson[] =
    R"([{"config":{"port":"5432","cluster_name":"15/main","data_directory":"/var/lib/postgresql/15/main",)"
    R"("hba_file":"/etc/postgresql/15/main/pg_hba.conf","unix_socket_directories":"/var/run/postgresql"},)"
    R"("port":"5432","socketdir":"/var/run/postgresql","cluster":"main","owneruid":OWNER,"configuid":101,)"
    R"("ownergid":104,"running":1,"start":"auto","logfile":"/var/log/postgresql/postgresql-15-main.log",)"
    R"("version":15,"pgdata":"/var/lib/postgresql/15/main","configdir":"/etc/postgresql/15/main"}])";

const char kListColumns[] = R"(Ver Cluster Port Status          Owner    Data directory              Log file
15  main    5432 online          postgres /var/lib/postgresql/15/main /var/log/postgresql/postgresql-15-main.log
15  standby 5433 online,recovery postgres /srv/pg/my data           /var/log/postgresql/postgresql-15-standby.log
13  old     5434 down,binaries_missing postgres /var/lib/postgresql/13/old /var/log/postgresql/postgresql-13-old.log
)";

// Debian's 15/main as installed, plus two standbys: no replication role yet, and
// pg_hba.conf's stock replication lines (local peer; host scram-sha-256 for all users).
const char kFacts[] =
    R"json({"server_version" : "15.18 (Debian 15.18-0+deb12u1)", "system_identifier" : "7642011472967116994", "wal_level" : "replica",
 "max_wal_senders" : 10, "max_replication_slots" : 10, "hot_standby" : "on", "wal_log_hints" : "off",
 "data_checksums" : "off", "in_recovery" : false, "current_lsn" : "0/1A3C0F8", "user" : null,
 "slots" : [],
 "hba" : [{"line" : 90, "type" : "local", "database" : ["all"], "user_name" : ["postgres"], "address" : null,
   "auth_method" : "peer", "error" : null},
  {"line" : 95, "type" : "local", "database" : ["all"], "user_name" : ["all"], "address" : null,
   "auth_method" : "peer", "error" : null},
  {"line" : 97, "type" : "host", "database" : ["all"], "user_name" : ["all"], "address" : "127.0.0.1",
   "auth_method" : "scram-sha-256", "error" : null},
  {"line" : 102, "type" : "local", "database" : ["replication"], "user_name" : ["all"], "address" : null,
   "auth_method" : "peer", "error" : null},
  {"line" : 103, "type" : "host", "database" : ["replication"], "user_name" : ["all"], "address" : "127.0.0.1",
   "auth_method" : "scram-sha-256", "error" : null}],
 "standbys" : [{"name" : "node2", "client_addr" : "127.0.0.1/32", "state" : "streaming", "sent_lsn" : "0/1A3C0F8",
   "replay_lsn" : "0/1A3C0F8", "lag_bytes" : 0, "replay_lag_s" : null},
  {"name" : "late", "client_addr" : "10.0.0.7/32", "state" : "catchup", "sent_lsn" : "0/1A00000",
   "replay_lsn" : "0/19F0000", "lag_bytes" : 311544, "replay_lag_s" : 2.5}],
 "receiver" : null})json";

QJsonObject facts()
{
    return QJsonDocument::fromJson(kFacts).object();
}

QString currentUser()
{
    const passwd* pw = ::getpwuid(::getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QStringList codesOf(const QJsonArray& problems)
{
    QStringList out;
    for (const QJsonValue& p : problems)
        out << RpcError::fromJson(p.toObject()).code;
    return out;
}

// Calls postgres.discover through the control methods, as an observer (not an operator) of the
// socket, and waits for its one reply.
RpcMessage discover(PostgresMethods& postgres, const QJsonObject& params = {})
{
    QTemporaryDir dir;
    twinha::agent::AgentConfig none;
    twinha::agent::NodeState state(dir.filePath(QStringLiteral("state")));
    twinha::agent::StatusProvider status(none, QStringLiteral("node1"), &state);
    twinha::agent::ControlMethods methods(&status);
    methods.setPostgresMethods(&postgres);
    twinha::agent::ClientCredentials observer;
    observer.user = QStringLiteral("nobody");
    observer.isOperator = false;
    std::optional<RpcMessage> reply;
    const QString method = QString::fromLatin1(twinha::protocol::methods::kPostgresDiscover);
    if (!methods.handleDeferred(RpcMessage::request(7, method, params), observer,
                                [&reply](const RpcMessage& r) { reply = r; }))
        return {};
    (void)QTest::qWaitFor([&reply] { return reply.has_value(); }, 30000);
    return reply.value_or(RpcMessage());
}

} // namespace

class TestPgDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonListNamesEachClustersFoldersPortAndOwner()
    {
        const QByteArray json = QByteArray(kListJson).replace("OWNER", QByteArray::number(::getuid()));
        const std::optional<QList<PgCluster>> list = PgDiscovery::parseJson(json);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        const PgCluster& c = list->first();
        QCOMPARE(c.version, QStringLiteral("15"));
        QCOMPARE(c.name, QStringLiteral("main"));
        QCOMPARE(c.port, quint16(5432));
        QVERIFY(c.online);
        QCOMPARE(c.owner, currentUser());
        QCOMPARE(c.dataDir, QStringLiteral("/var/lib/postgresql/15/main"));
        QCOMPARE(c.configDir, QStringLiteral("/etc/postgresql/15/main"));
        QCOMPARE(c.socketDir, QStringLiteral("/var/run/postgresql"));
        QCOMPARE(c.binDir(), QStringLiteral("/usr/lib/postgresql/15/bin"));
        QCOMPARE(c.toJson().value(QStringLiteral("status")).toString(), QStringLiteral("online"));
    }

    void textThatIsNotTheJsonListIsRefused()
    {
        QVERIFY(!PgDiscovery::parseJson("Unknown option: json\nUsage: /usr/bin/pg_lsclusters [-hs]\n"));
        QVERIFY(!PgDiscovery::parseJson(R"({"version": 15})"));
    }

    void columnsGiveStatusRecoveryAndFoldersWithSpaces()
    {
        const QList<PgCluster> list = PgDiscovery::parseColumns(kListColumns);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].name, QStringLiteral("main"));
        QVERIFY(list[0].online && !list[0].recovery);
        QCOMPARE(list[0].configDir, QStringLiteral("/etc/postgresql/15/main"));
        QCOMPARE(list[1].port, quint16(5433));
        QVERIFY(list[1].online && list[1].recovery);
        QCOMPARE(list[1].dataDir, QStringLiteral("/srv/pg/my data"));
        QCOMPARE(list[1].logFile, QStringLiteral("/var/log/postgresql/postgresql-15-standby.log"));
        QCOMPARE(list[2].version, QStringLiteral("13"));
        QVERIFY(!list[2].online);
        QCOMPARE(list[2].owner, QStringLiteral("postgres"));
    }

    void problemRules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QJsonValue>("paramValue");
        QTest::newRow("wal_level minimal") << "wal_level" << QJsonValue("minimal") << codes::kPgWalLevelMinimal
                                           << "wal_level" << QJsonValue("minimal");
        QTest::newRow("one wal sender") << "max_wal_senders" << QJsonValue(1) << codes::kPgNoWalSenders
                                        << "max_wal_senders" << QJsonValue(1);
        QTest::newRow("hot_standby off") << "hot_standby" << QJsonValue("off") << codes::kPgHotStandbyOff << ""
                                         << QJsonValue();
        QTest::newRow("role without REPLICATION")
            << "user" << QJsonValue(QJsonObject{{"name", "replicator"}, {"replication", false}, {"login", true}})
            << codes::kPgUserLacksReplication << "user" << QJsonValue("replicator");
        QTest::newRow("role without LOGIN")
            << "user" << QJsonValue(QJsonObject{{"name", "replicator"}, {"replication", true}, {"login", false}})
            << codes::kPgUserLacksReplication << "user" << QJsonValue("replicator");
        QTest::newRow("inactive slot") << "slots"
                                       << QJsonValue(
                                              QJsonArray{QJsonObject{{"name", "old_standby"}, {"active", false}}})
                                       << codes::kPgSlotInactive << "slot" << QJsonValue("old_standby");
        QTest::newRow("no replication line in pg_hba")
            << "hba"
            << QJsonValue(QJsonArray{QJsonObject{{"line", 3},
                                                 {"type", "host"},
                                                 {"database", QJsonArray{"all"}},
                                                 {"user_name", QJsonArray{"all"}},
                                                 {"auth_method", "trust"}}})
            << codes::kPgHbaNoReplication << "line" << QJsonValue(0);
        QTest::newRow("pg_hba rejects the role first")
            << "hba"
            << QJsonValue(QJsonArray{QJsonObject{{"line", 4},
                                                 {"type", "host"},
                                                 {"database", QJsonArray{"replication"}},
                                                 {"user_name", QJsonArray{"replicator"}},
                                                 {"auth_method", "reject"}},
                                     QJsonObject{{"line", 5},
                                                 {"type", "host"},
                                                 {"database", QJsonArray{"replication"}},
                                                 {"user_name", QJsonArray{"all"}},
                                                 {"auth_method", "trust"}}})
            << codes::kPgHbaNoReplication << "line" << QJsonValue(4);
    }

    // The stock cluster lacks the role and pg_rewind's prerequisite and nothing else; each row
    // breaks one more fact and finds its code with its parameter.
    void problemRules()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, param);
        QFETCH(QJsonValue, paramValue);
        QJsonObject f = facts();
        f.insert(QStringLiteral("wal_log_hints"), QStringLiteral("on"));
        f.insert(QStringLiteral("user"), QJsonObject{{"name", "replicator"}, {"replication", true}, {"login", true}});
        QCOMPARE(codesOf(PgDiscovery::problems(f, QStringLiteral("replicator"))), QStringList());
        f.insert(key, value);
        const QJsonArray problems = PgDiscovery::problems(f, QStringLiteral("replicator"));
        QCOMPARE(codesOf(problems), QStringList{code});
        if (!param.isEmpty())
            QCOMPARE(RpcError::fromJson(problems.first().toObject()).params.value(param), paramValue);
    }

    void stockClusterLacksTheRoleAndRewind()
    {
        const QJsonArray problems = PgDiscovery::problems(facts(), QStringLiteral("replicator"));
        QCOMPARE(codesOf(problems), (QStringList{codes::kPgRewindNotPossible, codes::kPgNoReplicationUser}));
        QCOMPARE(RpcError::fromJson(problems.at(1).toObject()).params.value("user").toString(),
                 QStringLiteral("replicator"));
        // Checksums serve pg_rewind as well as wal_log_hints.
        QJsonObject f = facts();
        f.insert(QStringLiteral("data_checksums"), QStringLiteral("on"));
        QCOMPARE(codesOf(PgDiscovery::problems(f, QStringLiteral("replicator"))),
                 QStringList{codes::kPgNoReplicationUser});
    }

    void replicationConnectionsNeedTheReplicationKeywordOverTcp()
    {
        const QJsonArray rules = facts().value(QStringLiteral("hba")).toArray();
        const std::optional<QJsonObject> rule = PgDiscovery::hbaRuleFor(rules, QStringLiteral("replicator"));
        QVERIFY(rule);
        QCOMPARE(rule->value(QStringLiteral("line")).toInt(), 103); // not 97 ("all"), not 102 (local)
        const QJsonArray group{QJsonObject{{"line", 9},
                                           {"type", "hostssl"},
                                           {"database", QJsonArray{"replication"}},
                                           {"user_name", QJsonArray{"+standbys"}},
                                           {"auth_method", "cert"}}};
        QCOMPARE(PgDiscovery::hbaRuleFor(group, QStringLiteral("replicator"))->value("line").toInt(), 9);
        const QJsonArray other{QJsonObject{{"line", 9},
                                           {"type", "host"},
                                           {"database", QJsonArray{"replication"}},
                                           {"user_name", QJsonArray{"someone"}},
                                           {"auth_method", "trust"}}};
        QVERIFY(!PgDiscovery::hbaRuleFor(other, QStringLiteral("replicator")));
    }

    void firstLagIsTheStandbyFurthestBehind()
    {
        const QJsonObject lag = PgDiscovery::firstLag(facts());
        QCOMPARE(lag.value(QStringLiteral("standby")).toString(), QStringLiteral("late"));
        QCOMPARE(lag.value(QStringLiteral("lag_bytes")).toInteger(), 311544);
        QCOMPARE(lag.value(QStringLiteral("lag_s")).toDouble(), 2.5);
        QJsonObject idle = facts();
        idle.insert(QStringLiteral("standbys"), QJsonArray());
        QVERIFY(PgDiscovery::firstLag(idle).isEmpty());
    }

    void roleNamesThatCouldEndTheLiteralAreRefused()
    {
        QVERIFY(PgDiscovery::isValidRoleName(QStringLiteral("replicator")));
        QVERIFY(PgDiscovery::isValidRoleName(QStringLiteral("twinha_repl")));
        QVERIFY(!PgDiscovery::isValidRoleName(QStringLiteral("x' or '1'='1")));
        QVERIFY(!PgDiscovery::isValidRoleName(QString()));
        PostgresMethods methods(QStringLiteral("node1"));
        const RpcMessage reply = discover(methods, {{QStringLiteral("replication_user"), QStringLiteral("a'b")}});
        QCOMPARE(reply.error.code, QStringLiteral("INVALID_PARAMS"));
    }

    void aNodeWithoutPostgresqlCommonSaysSoWithACode()
    {
        PostgresMethods methods(QStringLiteral("node1"));
        methods.setLsclustersTool(QStringLiteral("/nonexistent/pg_lsclusters"));
        const RpcMessage reply = discover(methods);
        QVERIFY2(reply.error.isNull(), qPrintable(reply.error.code));
        const QJsonObject r = reply.result.toObject();
        QCOMPARE(r.value(QStringLiteral("node")).toString(), QStringLiteral("node1"));
        QCOMPARE(r.value(QStringLiteral("clusters")).toArray().size(), 0);
        QCOMPARE(codesOf(r.value(QStringLiteral("problems")).toArray()), QStringList{codes::kPgLsclustersMissing});
    }

    // An older pg_lsclusters refuses --json: the columns are read instead, and a stopped cluster is
    // listed with PG_CLUSTER_DOWN rather than queried.
    void anOlderListWithoutJsonIsReadFromItsColumns()
    {
        QTemporaryDir dir;
        const QString tool = dir.filePath(QStringLiteral("pg_lsclusters"));
        QFile f(tool);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n[ \"$1\" = --json ] && { echo 'Unknown option: json' >&2; exit 1; }\n"
                "[ \"$1\" = --no-header ] || exit 3\n"
                "echo '13  old     5434 down postgres /var/lib/postgresql/13/old /var/log/postgresql/13-old.log'\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        PostgresMethods methods(QStringLiteral("node2"));
        methods.setLsclustersTool(tool);
        const RpcMessage reply = discover(methods, {{QStringLiteral("replication_user"), QStringLiteral("repl")}});
        QVERIFY2(reply.error.isNull(), qPrintable(reply.error.code));
        const QJsonArray clusters = reply.result.toObject().value(QStringLiteral("clusters")).toArray();
        QCOMPARE(clusters.size(), 1);
        const QJsonObject c = clusters.first().toObject();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("old"));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("down"));
        QCOMPARE(c.value(QStringLiteral("config_dir")).toString(), QStringLiteral("/etc/postgresql/13/old"));
        QCOMPARE(codesOf(c.value(QStringLiteral("problems")).toArray()), QStringList{codes::kPgClusterDown});
        QCOMPARE(reply.result.toObject().value(QStringLiteral("replication_user")).toString(), QStringLiteral("repl"));
    }

    // This machine's clusters, as its own pg_lsclusters lists them; each online one queried as its
    // owner. Skipped where postgresql-common or a running cluster is missing.
    void thisNodesOnlineClustersAreQueriedAsTheirOwner()
    {
        PostgresMethods methods(QStringLiteral("node1"));
        const RpcMessage reply = discover(methods);
        QVERIFY2(reply.error.isNull(), qPrintable(reply.error.code));
        const QJsonObject r = reply.result.toObject();
        if (codesOf(r.value(QStringLiteral("problems")).toArray()).contains(codes::kPgLsclustersMissing))
            QSKIP("pg_lsclusters is not installed");
        int online = 0;
        for (const QJsonValue& v : r.value(QStringLiteral("clusters")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("status")).toString() != QLatin1String("online"))
                continue;
            ++online;
            const QJsonObject f = c.value(QStringLiteral("facts")).toObject();
            QVERIFY2(!f.isEmpty(), qPrintable(QJsonDocument(c).toJson()));
            QVERIFY(QStringList({"replica", "logical", "minimal"}).contains(f.value("wal_level").toString()));
            QVERIFY(f.value(QStringLiteral("max_wal_senders")).isDouble());
            QVERIFY(f.value(QStringLiteral("system_identifier")).toString().toULongLong() > 0);
            QVERIFY(f.value(QStringLiteral("hba")).toArray().size() > 0);
            QCOMPARE(c.value(QStringLiteral("role")).toString(),
                     f.value("in_recovery").toBool() ? QStringLiteral("standby") : QStringLiteral("primary"));
            QCOMPARE(c.value(QStringLiteral("problems")).toArray(),
                     PgDiscovery::problems(f, QStringLiteral("replicator")));
        }
        if (online == 0)
            QSKIP("no PostgreSQL cluster runs on this machine");
    }
};

QTEST_GUILESS_MAIN(TestPgDiscovery)
#include "TestPgDiscovery.moc"
