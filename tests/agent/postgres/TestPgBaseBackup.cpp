// postgres.basebackup: who may call it, what it refuses, and a real copy of this machine's running
// cluster (Debian's 15/main, through its unix socket as the user postgres, whom the stock
// pg_hba.conf admits for replication by peer) into a folder that held something before: that
// something is kept beside the copy, and the copy starts as a standby.

#include "agent/NodeState.h"
#include "agent/control/ControlMethods.h"
#include "agent/control/StatusProvider.h"
#include "agent/coordinator/ClientCredentials.h"
#include "agent/postgres/PgBaseBackup.h"
#include "agent/postgres/PostgresMethods.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using twinha::agent::PgBaseBackup;
using twinha::agent::PgCluster;
using twinha::agent::PostgresMethods;
using twinha::protocol::RpcError;
using twinha::protocol::RpcMessage;
namespace codes = twinha::protocol::codes;
namespace methods = twinha::protocol::methods;

namespace {

// Through the control methods, as a client of the socket; the notifications before the reply too.
RpcMessage call(PostgresMethods& postgres, const QString& method, const QJsonObject& params, bool asOperator,
                QList<RpcMessage>* notifications = nullptr)
{
    QTemporaryDir dir;
    twinha::agent::AgentConfig none;
    twinha::agent::NodeState state(dir.filePath(QStringLiteral("state")));
    twinha::agent::StatusProvider status(none, QStringLiteral("node2"), &state);
    twinha::agent::ControlMethods control(&status);
    control.setPostgresMethods(&postgres);
    twinha::agent::ClientCredentials client;
    client.user = QStringLiteral("someone");
    client.isOperator = asOperator;
    std::optional<RpcMessage> reply;
    if (!control.handleDeferred(RpcMessage::request(3, method, params), client, [&](const RpcMessage& m) {
            if (m.kind == RpcMessage::Kind::Notification && notifications)
                *notifications << m;
            else if (m.kind != RpcMessage::Kind::Notification)
                reply = m;
        }))
        return {};
    (void)QTest::qWaitFor([&reply] { return reply.has_value(); }, 60000);
    return reply.value_or(RpcMessage());
}

QJsonObject mainCluster()
{
    return {{QStringLiteral("version"), QStringLiteral("15")},
            {QStringLiteral("cluster"), QStringLiteral("main")},
            {QStringLiteral("source_host"), QStringLiteral("10.0.0.1")},
            {QStringLiteral("source_port"), 5432},
            {QStringLiteral("replication_user"), QStringLiteral("replicator")}};
}

// pg_lsclusters says 15/main is online: only then do the tests name it (a stopped one would be copied over).
bool mainRuns()
{
    QProcess p;
    p.start(QStringLiteral("pg_lsclusters"), {QStringLiteral("--no-header")});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return false;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 4 && f.at(0) == "15" && f.at(1) == "main" && f.at(3).startsWith("online"))
            return true;
    }
    return false;
}

} // namespace

class TestPgBaseBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void observersMayNotCopy()
    {
        PostgresMethods postgres(QStringLiteral("node2"));
        const RpcMessage reply =
            call(postgres, QString::fromLatin1(methods::kPostgresBasebackup), mainCluster(), false);
        QCOMPARE(reply.error.code, QString::fromLatin1(codes::kPermissionDenied));
    }

    void aSourceThatCouldBeAnOptionIsRefused()
    {
        QVERIFY(PgBaseBackup::isValidHost(QStringLiteral("/var/run/postgresql")));
        QVERIFY(PgBaseBackup::isValidHost(QStringLiteral("db-1.example.org")));
        QVERIFY(!PgBaseBackup::isValidHost(QStringLiteral("-dbad")));
        QVERIFY(!PgBaseBackup::isValidHost(QStringLiteral("a b")));
        PostgresMethods postgres(QStringLiteral("node2"));
        QJsonObject params = mainCluster();
        params.insert(QStringLiteral("source_host"), QStringLiteral("--help"));
        QCOMPARE(call(postgres, QString::fromLatin1(methods::kPostgresBasebackup), params, true).error.code,
                 QStringLiteral("INVALID_PARAMS"));
    }

    void theCommandLineMakesAStandbyOfTheSource()
    {
        PgBaseBackup::Request r;
        r.cluster.dataDir = QStringLiteral("/var/lib/postgresql/15/main");
        r.sourceHost = QStringLiteral("10.0.0.1");
        r.sourcePort = 5433;
        r.user = QStringLiteral("replicator");
        const QStringList args = PgBaseBackup::arguments(r);
        QVERIFY(args.contains(QStringLiteral("--pgdata=/var/lib/postgresql/15/main")));
        QVERIFY(args.contains(QStringLiteral("--host=10.0.0.1")));
        QVERIFY(args.contains(QStringLiteral("--port=5433")));
        QVERIFY(args.contains(QStringLiteral("--write-recovery-conf")));
        QVERIFY(args.contains(QStringLiteral("--no-password"))); // never waits for a prompt nobody sees
        QCOMPARE(PgBaseBackup::keptPath(QStringLiteral("/srv/pg/data/"),
                                        QDateTime(QDate(2026, 12, 3), QTime(7, 5, 9), Qt::UTC)),
                 QStringLiteral("/srv/pg/data.twinha-20261203-070509"));
    }

    void aRunningClusterIsNotOverwritten()
    {
        if (!mainRuns())
            QSKIP("no running cluster 15/main here");
        PostgresMethods postgres(QStringLiteral("node2"));
        const RpcMessage reply = call(postgres, QString::fromLatin1(methods::kPostgresBasebackup), mainCluster(), true);
        QCOMPARE(reply.error.code, QString::fromLatin1(codes::kPgClusterRunning));
        QCOMPARE(reply.error.params.value(QStringLiteral("cluster")).toString(), QStringLiteral("main"));
    }

    void aCopyKeepsWhatTheFolderHeldAndStartsAsAStandby()
    {
        const passwd* pg = ::getpwnam("postgres");
        if (::geteuid() != 0 || !pg || !mainRuns())
            QSKIP("needs root, the user postgres and a running 15/main");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther));
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        QFile old(data + QStringLiteral("/old.txt"));
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("kept") == 4);
        old.close();

        PgBaseBackup::Request r;
        r.cluster.version = QStringLiteral("15");
        r.cluster.name = QStringLiteral("copy");
        r.cluster.owner = QStringLiteral("postgres");
        r.cluster.dataDir = data;
        r.cluster.configDir = dir.path();
        r.cluster.socketDir = QStringLiteral("/var/run/postgresql");
        r.sourceHost = QStringLiteral("/var/run/postgresql");
        r.sourcePort = 5432;
        r.user = QStringLiteral("postgres");
        PgBaseBackup copy(r);
        QList<qint64> progress;
        std::optional<std::pair<QJsonObject, RpcError>> done;
        copy.start([&progress](qint64 bytes) { progress << bytes; },
                   [&done](const QJsonObject& result, const RpcError& error) {
                       done = {result, error};
                   });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 120000);
        QVERIFY2(done->second.isNull(), qPrintable(done->second.params.value(QStringLiteral("detail")).toString()));
        const QString kept = done->first.value(QStringLiteral("kept")).toString();
        QVERIFY(kept.startsWith(data + QStringLiteral(".twinha-")));
        QFile keptFile(kept + QStringLiteral("/old.txt"));
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), QByteArray("kept"));
        QVERIFY(QFile::exists(data + QStringLiteral("/PG_VERSION")));
        QVERIFY(QFile::exists(data + QStringLiteral("/standby.signal")));
        QFile autoConf(data + QStringLiteral("/postgresql.auto.conf"));
        QVERIFY(autoConf.open(QIODevice::ReadOnly));
        QVERIFY(autoConf.readAll().contains("primary_conninfo"));
        QCOMPARE(QFileInfo(data).ownerId(), pg->pw_uid);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(done->first.value(QStringLiteral("bytes")).toInteger(), progress.isEmpty() ? 0 : progress.last());
    }
};

QTEST_GUILESS_MAIN(TestPgBaseBackup)
#include "TestPgBaseBackup.moc"
