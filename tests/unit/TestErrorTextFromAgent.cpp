// Every code the agent sends, rendered with the parameters the agent really sends with it (read off
// the places in agent/ that make each error, including the short forms: a readiness reason that
// names only the channel, a receiver without an address, a crashed rsync's exit status -1). A
// sentence with an empty parameter ("exit status ): ", "on : ") or a leftover %1 fails, and so does
// a code the agent sends that has no row here.
#include "agentlink/ErrorText.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/OperationTerms.h"
#include "agentlink/protocol/PreCheck.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

#include <set>

using twinha::agentlink::ErrorText;
using twinha::protocol::RpcError;

namespace {

using P = QJsonObject;

// The shapes of an empty or missing parameter in an English sentence.
QStringList holesIn(const QString& text)
{
    static const QList<std::pair<const char*, QRegularExpression>> patterns{
        {"leftover placeholder", QRegularExpression(QStringLiteral("%\\d"))},
        {"empty brackets", QRegularExpression(QStringLiteral("\\(\\s*\\)"))},
        {"space after an opening bracket", QRegularExpression(QStringLiteral("\\(\\s"))},
        {"space before punctuation", QRegularExpression(QStringLiteral("\\s[.,:;)]"))},
        {"double space", QRegularExpression(QStringLiteral("\\S\\s{2,}\\S"))},
        {"empty quotes", QRegularExpression(QStringLiteral("\"\"|''"))},
        {"ends in a colon", QRegularExpression(QStringLiteral(":\\s*$"))},
        {"leading or trailing space", QRegularExpression(QStringLiteral("^\\s|\\s$"))},
        {"unknown exit status shown as -1", QRegularExpression(QStringLiteral("status -1"))},
    };
    QStringList found;
    for (const auto& [name, re] : patterns)
        if (re.match(text).hasMatch())
            found << QLatin1String(name);
    return found;
}

struct Row
{
    const char* name;
    const char* code;
    QJsonObject params;
};

// Group and resource are in every resource error (Resource::error).
P resource(P p)
{
    p.insert(QStringLiteral("group"), QStringLiteral("web"));
    p.insert(QStringLiteral("resource"), QStringLiteral("nginx"));
    return p;
}

// The channel is in every replication error (ReplicationChannel inserts it).
P channel(P p = {})
{
    p.insert(QStringLiteral("channel"), QStringLiteral("www-data"));
    return p;
}

QList<Row> rows()
{
    const QJsonArray issues{QJsonObject{{QStringLiteral("line"), 12},
                                        {QStringLiteral("code"), QStringLiteral("CONFIG_FIELD_MISSING")},
                                        {QStringLiteral("params"), P{{QStringLiteral("field"), "cluster.name"}}}}};
    return {
        // DaemonEngine / ClusterKey, LinkPortCheck
        {"key unreadable",
         "CLUSTER_KEY_UNREADABLE",
         {{"path", "/etc/twinha/cluster.key"}, {"detail", "Permission denied"}}},
        {"heartbeat bind",
         "HEARTBEAT_BIND_FAILED",
         {{"link", "lan"}, {"address", "10.0.0.1:5405"}, {"detail", "Address in use"}}},
        // Resource, VipResource, SystemdResource, ScriptResource
        {"start failed", "RESOURCE_START_FAILED", resource({{"exit_status", 1}, {"stderr", "busy"}})},
        {"start failed, silent", "RESOURCE_START_FAILED", resource({{"exit_status", 3}, {"stderr", ""}})},
        {"start failed, did not run", "RESOURCE_START_FAILED",
         resource({{"exit_status", -1}, {"stderr", "invalid address"}})},
        {"stop failed", "RESOURCE_STOP_FAILED", resource({{"exit_status", 1}, {"stderr", "busy"}})},
        {"stop failed, silent", "RESOURCE_STOP_FAILED", resource({{"exit_status", 1}, {"stderr", ""}})},
        {"stop failed, did not run", "RESOURCE_STOP_FAILED", resource({{"exit_status", -1}, {"stderr", "busy"}})},
        {"timeout", "RESOURCE_TIMEOUT",
         resource({{"action", "start"}, {"timeout_ms", 20000}, {"exit_status", -1}, {"stderr", ""}})},
        {"not running", "RESOURCE_NOT_RUNNING", resource({})},
        {"vip in use", "VIP_ADDRESS_IN_USE", resource({{"address", "10.0.0.100/24"}, {"interface", "eth0"}})},
        {"vip interface", "VIP_INTERFACE_MISSING", resource({{"interface", "eth9"}})},
        {"unit", "UNIT_NOT_FOUND", resource({{"unit", "nginx.service"}})},
        // ClusterDecider
        {"tiebreaker", "TIEBREAKER_UNREACHABLE", {{"targets", "10.0.0.254, 10.0.0.253"}}},
        // SwitchoverCheck, replication channels
        {"lag", "REPLICATION_LAG_TOO_HIGH", channel({{"lag_s", 12.5}, {"limit_s", 5}})},
        {"sync failed", "REPLICATION_SYNC_FAILED", channel({{"exit_status", 10}, {"detail", "connection refused"}})},
        {"sync failed, rsync crashed", "REPLICATION_SYNC_FAILED",
         channel({{"exit_status", -1}, {"detail", "crashed"}})},
        {"sync failed, readiness", "REPLICATION_SYNC_FAILED", channel()},
        {"path missing", "REPLICATION_PATH_MISSING", channel({{"path", "/srv/www"}})},
        {"path missing, readiness", "REPLICATION_PATH_MISSING", channel()},
        {"receiver", "REPLICATION_RECEIVER_FAILED",
         channel({{"address", "10.0.0.2:8730"}, {"detail", "Address in use"}})},
        {"receiver, no endpoint", "REPLICATION_RECEIVER_FAILED",
         channel({{"address", ""}, {"detail", "no endpoint for node2"}})},
        {"receiver, readiness", "REPLICATION_RECEIVER_FAILED", channel()},
        {"command", "REPLICATION_COMMAND_FAILED",
         channel({{"exit_status", 2}, {"detail", "psql: connection refused"}})},
        {"command, timed out", "REPLICATION_COMMAND_FAILED",
         channel({{"exit_status", -1}, {"detail", "timed out after 5000 ms"}})},
        {"command, readiness", "REPLICATION_COMMAND_FAILED", channel()},
        {"output", "REPLICATION_OUTPUT_INVALID", channel({{"detail", "output larger than 65536 bytes"}})},
        {"output, readiness", "REPLICATION_OUTPUT_INVALID", channel()},
        {"drain", "REPLICATION_DRAIN_TIMEOUT", channel({{"timeout_ms", 10000}})},
        {"drain, readiness", "REPLICATION_DRAIN_TIMEOUT", channel()},
        {"kept set", "DIVERGENCE_NOT_FOUND", {{"id", "20261202-101500-www-data"}}},
        {"mirror key",
         "MIRROR_SSH_KEY_FAILED",
         {{"path", "/var/lib/twinha/mirror-ssh/id_ed25519.pub"}, {"detail", "ssh-keygen: not found"}}},
        {"mirror trust", "MIRROR_SSH_TRUST_FAILED", {{"path", "/root/.ssh/authorized_keys"}, {"detail", "Read-only"}}},
        // PostgreSQL: PostgresResource (resource codes), PostgresChannel and PgFollower (channel codes),
        // SwitchoverCheck (a readiness reason: the code and the channel only).
        {"wal lag", "REPLICATION_LAG_BYTES_TOO_HIGH", channel({{"lag_bytes", 12582912}, {"limit_bytes", 1048576}})},
        {"wal lag, readiness", "REPLICATION_LAG_BYTES_TOO_HIGH", channel()},
        {"pg down", "PG_NOT_RUNNING", resource({{"detail", "connection to server on socket failed"}})},
        {"pg down, readiness", "PG_NOT_RUNNING", channel()},
        {"pg standby", "PG_IS_STANDBY", resource({})},
        {"pg standby, channel", "PG_IS_STANDBY", channel()},
        {"pg primary", "PG_IS_PRIMARY", channel()},
        {"pg command", "PG_COMMAND_FAILED",
         resource({{"command", "pg_ctl start"}, {"exit_status", 1}, {"detail", "could not start server"}})},
        {"pg command, timed out", "PG_COMMAND_FAILED",
         channel({{"command", "pg_rewind"}, {"exit_status", -1}, {"detail", "timed out after 1800000 ms"}})},
        {"pg command, readiness", "PG_COMMAND_FAILED", channel()},
        {"pg held", "PG_HELD", resource({{"path", "/var/lib/postgresql/15/main/twinha.hold"}})},
        {"pg held, readiness", "PG_HELD", channel()},
        {"pg rewind", "PG_REWIND_FAILED",
         channel({{"detail", "could not find common ancestor"}, {"path", "/var/lib/postgresql/15/main/twinha.hold"}})},
        {"pg rewind, readiness", "PG_REWIND_FAILED", channel()},
        {"pg primary away", "PG_PRIMARY_UNREACHABLE", channel({{"address", "10.0.0.1:5432"}})},
        {"pg primary away, readiness", "PG_PRIMARY_UNREACHABLE", channel()},
        {"pg unclean", "PG_NOT_CLEANLY_STOPPED", channel({{"state", "in production"}})},
        {"pg behind", "PG_STANDBY_BEHIND",
         channel({{"replay_lsn", "0/3007B00"}, {"checkpoint_lsn", "0/3007B48"}, {"timeout_ms", 30000}})},
        {"pg behind, never answered", "PG_STANDBY_BEHIND",
         channel({{"replay_lsn", ""}, {"checkpoint_lsn", "0/3007B48"}, {"timeout_ms", 30000}})},
        {"pg not streaming", "PG_STANDBY_NOT_STREAMING", channel({{"state", ""}})},
        {"pg not streaming, state", "PG_STANDBY_NOT_STREAMING", channel({{"state", "startup"}})},
        // postgres.discover (PgDiscovery, PostgresMethods): what keeps a cluster from serving the pair.
        {"no pg_lsclusters", "PG_LSCLUSTERS_MISSING", {}},
        {"cluster down", "PG_CLUSTER_DOWN", {{"version", "15"}, {"cluster", "main"}}},
        {"wal level", "PG_WAL_LEVEL_MINIMAL", {{"wal_level", "minimal"}}},
        {"wal senders", "PG_NO_WAL_SENDERS", {{"max_wal_senders", 0}, {"needed", 2}}},
        {"hot standby", "PG_HOT_STANDBY_OFF", {}},
        {"no rewind", "PG_REWIND_NOT_POSSIBLE", {}},
        {"no role", "PG_NO_REPLICATION_USER", {{"user", "replicator"}}},
        {"role lacks", "PG_USER_LACKS_REPLICATION", {{"user", "replicator"}}},
        {"hba line", "PG_HBA_NO_REPLICATION", {{"user", "replicator"}, {"line", 96}}},
        {"hba none", "PG_HBA_NO_REPLICATION", {{"user", "replicator"}, {"line", 0}}},
        {"slot", "PG_SLOT_INACTIVE", {{"slot", "old_standby"}}},
        // postgres.basebackup (PgBaseBackup): the cluster to copy into is running; its folder could not be set aside.
        {"cluster running", "PG_CLUSTER_RUNNING", {{"version", "15"}, {"cluster", "main"}}},
        {"data dir", "PG_DATA_DIR_FAILED", {{"path", "/var/lib/postgresql/15/main"}, {"detail", "Permission denied"}}},
        {"copy running", "PG_COPY_RUNNING", {{"version", "15"}, {"cluster", "main"}}},
        {"cluster unknown", "PG_CLUSTER_UNKNOWN", {{"version", "15"}, {"cluster", "gone"}}},
        // Journal
        {"journal write", "JOURNAL_WRITE_FAILED", {{"path", "/var/lib/twinha/journal"}, {"detail", "No space left"}}},
        {"journal chain", "JOURNAL_CHAIN_BROKEN", {{"seq", 42}}},
        {"journal read", "JOURNAL_READ_FAILED", {{"path", "/var/lib/twinha/journal"}, {"detail", "Permission denied"}}},
        // Coordinator
        {"peer", "PEER_UNREACHABLE", {{"peer", "node2"}}},
        {"peer no response", "PEER_NO_RESPONSE", {{"peer", "node2"}, {"timeout_ms", 3000}}},
        {"config mismatch", "CONFIG_MISMATCH", {{"local", "a1b2c3d4e5f6a7b8"}, {"peer", "f0e1d2c3b4a59687"}}},
        {"in progress", "OPERATION_IN_PROGRESS", {{"id", "op-7"}, {"kind", "switchover"}, {"group", "web"}}},
        {"not found", "OPERATION_NOT_FOUND", {{"id", "op-7"}}},
        {"not cancellable", "OPERATION_NOT_CANCELLABLE", {{"id", "op-7"}, {"phase", "stop"}}},
        {"cancelled", "OPERATION_CANCELLED", {{"id", "op-7"}, {"actor", "admin@10.0.0.9"}}},
        {"group not running", "GROUP_NOT_RUNNING", {{"group", "web"}, {"node", "node1"}}},
        {"group failed", "GROUP_FAILED", {{"group", "web"}, {"node", "node2"}}},
        {"split brain", "SPLIT_BRAIN", {{"group", "web"}, {"epoch", 3}, {"peer_epoch", 3}}},
        {"split brain, pre-check", "SPLIT_BRAIN", {{"group", "web"}}},
        {"no active", "NO_ACTIVE_NODE", {{"group", "web"}}},
        {"already active", "ALREADY_ACTIVE", {{"group", "web"}, {"node", "node1"}}},
        {"unknown group", "UNKNOWN_GROUP", {{"group", "nope"}}},
        {"unknown node", "UNKNOWN_NODE", {{"node", "node9"}}},
        {"state write",
         "STATE_WRITE_FAILED",
         {{"path", "/var/lib/twinha/state.json"}, {"detail", "the new role was not saved"}}},
        // Witness
        {"lease lost", "WITNESS_LEASE_LOST", {{"group", "web"}, {"witness", "10.0.0.50:5410"}}},
        {"lease held", "WITNESS_LEASE_HELD", {{"group", "web"}, {"holder", "node1"}, {"remaining_ms", 1875}}},
        {"lease held, etcd", "WITNESS_LEASE_HELD", {{"group", "web"}, {"holder", "node1"}}},
        {"lease held, restarted witness", "WITNESS_LEASE_HELD", {{"group", "web"}, {"remaining_ms", 4000}}},
        {"witness unreachable", "WITNESS_UNREACHABLE", {{"witness", "10.0.0.50:5410"}}},
        {"witness store", "WITNESS_STORE_FAILED", {}},
        // Fencing, maintenance
        {"fence failed",
         "FENCE_FAILED",
         {{"node", "node1"}, {"device", "fence_ipmilan"}, {"exit_status", 1}, {"detail", "no route"}}},
        {"fence failed, timed out",
         "FENCE_FAILED",
         {{"node", "node1"}, {"device", "fence_ipmilan"}, {"exit_status", -1}, {"detail", "timed out"}}},
        {"fence required", "FENCE_REQUIRED", {{"node", "node1"}, {"device", "fence_ipmilan"}, {"state", "running"}}},
        {"maintenance", "MAINTENANCE_MODE", {{"group", "web"}, {"by", "admin@10.0.0.9"}}},
        // Config
        {"syntax", "CONFIG_SYNTAX", {{"line", 3}, {"column", 7}, {"detail", "expected '='"}}},
        {"field missing", "CONFIG_FIELD_MISSING", {{"field", "cluster.name"}}},
        {"field invalid",
         "CONFIG_FIELD_INVALID",
         {{"field", "timing.dead_time_ms"}, {"detail", "must be at least 3 intervals"}}},
        {"config invalid", "CONFIG_INVALID", {{"errors", 1}, {"issues", issues}}},
        {"changed on disk",
         "CONFIG_CHANGED_ON_DISK",
         {{"path", "/etc/twinha/cluster.toml"}, {"expected", "a1b2c3d4e5f6"}, {"actual", "f0e1d2c3b4a5"}}},
        {"write failed",
         "CONFIG_WRITE_FAILED",
         {{"path", "/etc/twinha/cluster.toml.staged"}, {"stage", "stage"}, {"detail", "Read-only file system"}}},
        {"reload failed",
         "CONFIG_RELOAD_FAILED",
         {{"code", "CLUSTER_KEY_UNREADABLE"}, {"detail", "Permission denied"}}},
        {"apply busy", "CONFIG_APPLY_BUSY", {{"tx", "tx-3"}, {"by", "admin@10.0.0.9"}, {"timeout_ms", 30000}}},
        {"not prepared", "CONFIG_APPLY_NOT_PREPARED", {{"tx", "tx-3"}}},
        {"peer unheard",
         "CONFIG_PEER_UNHEARD",
         {{"peer", "node2"},
          {"checksum", "a1b2c3d4e5f6"},
          {"phase", "committed"},
          {"waited_ms", 5000},
          {"links", QJsonArray{"lan 10.0.0.1 -> 10.0.0.2"}}}},
        {"systemd",
         "SYSTEMD_UNAVAILABLE",
         {{"reason", "not_running"}, {"detail", "System has not been booted with systemd"}}},
        {"systemctl failed", "SYSTEMD_UNAVAILABLE", {{"reason", "list_failed"}, {"detail", "timeout"}}},
        {"walks busy", "NODE_WALKS_BUSY", {{"waiting", 4}}},
        // NotifyDelivery
        {"notify timeout",
         "NOTIFY_NOT_DELIVERED",
         {{"reason", "timeout"}, {"program", "/usr/sbin/sendmail"}, {"timeout_ms", 10000}}},
        {"notify exit",
         "NOTIFY_NOT_DELIVERED",
         {{"reason", "exit"}, {"program", "/usr/sbin/sendmail"}, {"exit_status", 75}, {"output", "queue full"}}},
        {"notify not started", "NOTIFY_NOT_DELIVERED", {{"reason", "not_started"}, {"program", "/opt/alert.sh"}}},
        {"notify http",
         "NOTIFY_NOT_DELIVERED",
         {{"reason", "http"}, {"url", "https://chat.example/hook"}, {"status", 502}}},
        {"notify network",
         "NOTIFY_NOT_DELIVERED",
         {{"reason", "network"}, {"url", "https://chat.example/hook"}, {"error", "Connection refused"}}},
        // ControlMethods, SessionBridge
        {"permission",
         "PERMISSION_DENIED",
         {{"method", "switchover.start"}, {"user", "alice"}, {"group", "twinha-operators"}}},
        {"method", "METHOD_NOT_FOUND", {{"method", "status.frobnicate"}}},
        {"invalid params", "INVALID_PARAMS", {{"detail", "group is required"}}},
        {"internal", "INTERNAL_ERROR", {{"path", "/var/lib/twinha/divergence"}, {"detail", "Permission denied"}}},
        {"line too long", "LINE_TOO_LONG", {{"limit", 1048576}}},
        {"daemon, no socket",
         "AGENT_DAEMON_UNREACHABLE",
         {{"socket", "/run/twinha/agent.sock"}, {"detail", "No such file or directory"}, {"errno", "ENOENT"}}},
        {"daemon, refused",
         "AGENT_DAEMON_UNREACHABLE",
         {{"socket", "/run/twinha/agent.sock"}, {"detail", "Connection refused"}, {"errno", "ECONNREFUSED"}}},
        {"daemon, access",
         "AGENT_DAEMON_UNREACHABLE",
         {{"socket", "/run/twinha/agent.sock"},
          {"detail", "Permission denied"},
          {"errno", "EACCES"},
          {"user", "bob"},
          {"group", "twinha"},
          {"mode", "0660"}}},
        {"daemon, no errno",
         "AGENT_DAEMON_UNREACHABLE",
         {{"socket", "/run/twinha/agent.sock"}, {"detail", "Unknown error"}}},
        {"daemon lost",
         "AGENT_DAEMON_CONNECTION_LOST",
         {{"socket", "/run/twinha/agent.sock"}, {"detail", "the daemon closed the connection"}}},
    };
}

// Codes by constant name, read from ErrorCodes.h: kPeerUnreachable -> PEER_UNREACHABLE.
QHash<QString, QString> codeConstants(const QString& sourceDir)
{
    QFile f(sourceDir + QStringLiteral("/agentlink/protocol/ErrorCodes.h"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QString> out;
    static const QRegularExpression re(QStringLiteral("char (k\\w+)\\[\\] = \"(\\w+)\""));
    for (auto it = re.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.insert(m.captured(1), m.captured(2));
    }
    return out;
}

} // namespace

class TestErrorTextFromAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySentenceIsWhole_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonObject>("params");
        for (const Row& r : rows())
            QTest::newRow(r.name) << QString::fromLatin1(r.code) << r.params;
    }

    void everySentenceIsWhole()
    {
        QFETCH(QString, code);
        QFETCH(QJsonObject, params);
        QVERIFY2(ErrorText::knows(code), qPrintable(code));
        const QString text = ErrorText::describe(RpcError::make(code, params));
        const QStringList holes = holesIn(text);
        QVERIFY2(holes.isEmpty(), qPrintable(holes.join(QStringLiteral(", ")) + QStringLiteral(": ") + text));
    }

    void theCheckFindsHoles()
    {
        QVERIFY(!holesIn(QStringLiteral("Replication failed to copy (exit status ): ")).isEmpty());
        QVERIFY(!holesIn(QStringLiteral("The standby cannot receive it on : refused")).isEmpty());
        QVERIFY(!holesIn(QStringLiteral("Resource %1 failed.")).isEmpty());
        QVERIFY(!holesIn(QStringLiteral("Group  failed.")).isEmpty());
        QVERIFY(
            holesIn(QStringLiteral("Replication www failed to copy (exit status 10): connection refused")).isEmpty());
    }

    // A new code in the agent needs a row above, with the parameters it is sent with.
    void everyCodeTheAgentSendsHasARow()
    {
        const QString sourceDir = qEnvironmentVariable("TWINHA_SOURCE_DIR");
        const QHash<QString, QString> constants = codeConstants(sourceDir);
        QVERIFY2(constants.size() > 50, qPrintable(sourceDir));
        std::set<QString> covered;
        for (const Row& r : rows())
            covered.insert(QString::fromLatin1(r.code));
        static const QRegularExpression use(QStringLiteral("(?<![a-z])codes::(k\\w+)"));
        QStringList missing;
        int files = 0;
        for (QDirIterator it(sourceDir + QStringLiteral("/agent"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                             QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            for (auto m = use.globalMatch(QString::fromUtf8(f.readAll())); m.hasNext();) {
                const QString code = constants.value(m.next().captured(1));
                if (!code.isEmpty() && covered.find(code) == covered.end() && !missing.contains(code))
                    missing << code;
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    // The pre-checks, steps and results the agent names are said in words, never as the raw name.
    void everyCheckStepAndResultTheAgentNamesIsASentence()
    {
        using twinha::protocol::PreCheck;
        QSet<QString> checkTexts;
        for (const PreCheck check : twinha::protocol::kPreChecks) {
            const QString name = twinha::protocol::preCheckName(check, QStringLiteral("www-data"));
            QString channel;
            QVERIFY2(twinha::protocol::preCheckFrom(name, &channel) == check, qPrintable(name));
            QCOMPARE(channel, check == PreCheck::ReplicationLag ? QStringLiteral("www-data") : QString());
            const QString text = twinha::agentlink::StatusText::check(name);
            QVERIFY2(text != name && holesIn(text).isEmpty() && !checkTexts.contains(text),
                     qPrintable(name + QStringLiteral(": ") + text));
            checkTexts << text;
        }
        QCOMPARE(twinha::protocol::preCheckFrom(QStringLiteral("quorum")), PreCheck::None);
        QCOMPARE(twinha::protocol::preCheckFrom(QStringLiteral("lag:www")), PreCheck::None);
        QCOMPARE(twinha::agentlink::StatusText::check(QStringLiteral("quorum")), QStringLiteral("quorum"));
        // Every step and phase, and every way an operation ends, as the agent names them on the wire:
        // each name reads back as itself and has its own sentence.
        using twinha::protocol::OperationPhase;
        using twinha::protocol::OperationResult;
        const QString unknownStep = twinha::agentlink::StatusText::step(OperationPhase::None);
        QSet<QString> stepTexts;
        for (const OperationPhase phase : twinha::protocol::kOperationPhases) {
            const QString name = twinha::protocol::operationPhaseName(phase);
            const QString text = twinha::agentlink::StatusText::step(phase);
            QVERIFY2(!name.isEmpty() && twinha::protocol::operationPhaseFrom(name) == phase, qPrintable(name));
            QVERIFY2(text != name && text != unknownStep && holesIn(text).isEmpty() && !stepTexts.contains(text),
                     qPrintable(name + QStringLiteral(": ") + text));
            stepTexts << text;
        }
        QCOMPARE(twinha::protocol::operationPhaseFrom(QStringLiteral("teleport")), OperationPhase::None);
        const QString running = twinha::agentlink::StatusText::result(OperationResult::None);
        for (const OperationResult result : twinha::protocol::kOperationResults) {
            const QString name = twinha::protocol::operationResultName(result);
            const QString text = twinha::agentlink::StatusText::result(result);
            QVERIFY2(twinha::protocol::operationResultFrom(name) == result, qPrintable(name));
            QVERIFY2(text != name && text != running && holesIn(text).isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + text));
        }
    }
};

QTEST_GUILESS_MAIN(TestErrorTextFromAgent)
#include "TestErrorTextFromAgent.moc"
