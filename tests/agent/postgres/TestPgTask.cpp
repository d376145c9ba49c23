// PgTask against a PostgreSQL 15 server of its own (initdb in a temporary folder, reached only
// through a unix socket there, run as the user postgres when the test runs as root): the answers
// of a warm psql (connected ahead of time) and of a cold one are the same; a warm psql whose
// server restarted after it connected is retried on a new connection instead of answering "not
// running"; a stopped server is unreachable; a failing statement is PG_COMMAND_FAILED.

#include "agent/postgres/PgTask.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using twinha::agent::CommandRunner;
using twinha::agent::PgInstance;
using twinha::agent::PgTask;
using twinha::agent::ResourceConfig;
using twinha::agent::ResourceType;
using twinha::agent::RunAs;
namespace codes = twinha::protocol::codes;

namespace {

constexpr char kBin[] = "/usr/lib/postgresql/15/bin";
constexpr int kTimeoutMs = 60000;

QString owner()
{
    if (::geteuid() == 0)
        return QStringLiteral("postgres");
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

} // namespace

class TestPgTask : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/twinha-pgtask-XXXXXX")};
    std::unique_ptr<PgTask> m_admin; // initdb and pg_ctl
    quint16 m_port = 0;
    bool m_up = false;

    ResourceConfig resource() const
    {
        ResourceConfig r;
        r.type = ResourceType::Postgresql;
        r.typeName = QStringLiteral("postgresql");
        r.name = QStringLiteral("db");
        r.runAs = owner();
        r.pg.binDir = QString::fromLatin1(kBin);
        r.pg.dataDir.byNode = {{QStringLiteral("node1"), m_dir.filePath(QStringLiteral("data"))}};
        r.pg.socketDir.byNode = {{QStringLiteral("node1"), m_dir.path()}};
        r.pg.endpoints = {
            {QStringLiteral("node1"), QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("127.0.0.1"), m_port}};
        return r;
    }

    PgInstance instance() const { return PgInstance(resource(), QStringLiteral("node1"), QStringLiteral("node2")); }

    CommandRunner::Result tool(const char* name, const QStringList& arguments)
    {
        std::optional<CommandRunner::Result> result;
        if (!m_admin->run(name, arguments, kTimeoutMs, [&](const CommandRunner::Result& r) { result = r; }))
            return {};
        (void)QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs + 5000);
        return result.value_or(CommandRunner::Result());
    }

    bool pgCtl(const QStringList& action)
    {
        const CommandRunner::Result r = tool("pg_ctl", instance().ctlArguments(action));
        if (!r.ok())
            qWarning("pg_ctl %s: exit %d: %s", qPrintable(action.join(' ')), r.exitCode, qPrintable(r.stderrTail));
        return r.ok();
    }

    // Only a unix socket in the test's folder, on a port of its own.
    QStringList logAndOptions() const
    {
        return {QStringLiteral("-l"), m_dir.filePath(QStringLiteral("postgresql.log")), QStringLiteral("-o"),
                QStringLiteral("-c listen_addresses= -c unix_socket_directories=%1 -p %2 -c fsync=off")
                    .arg(m_dir.path())
                    .arg(m_port)};
    }

    bool start() { return pgCtl(QStringList{QStringLiteral("start"), QStringLiteral("-w")} + logAndOptions()); }

    static PgTask::Answer ask(PgTask& task, const QString& sql)
    {
        std::optional<PgTask::Answer> answer;
        if (!task.query(sql, kTimeoutMs, [&](const PgTask::Answer& a) { answer = a; }))
            return {};
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, kTimeoutMs + 5000);
        return answer.value_or(PgTask::Answer());
    }

    static bool warmUp(PgTask& task)
    {
        task.warmUp();
        return task.isWarm();
    }

    // Until the server lists a connection of the agent's (PGAPPNAME) besides the one asking.
    bool warmConnected()
    {
        PgTask other(instance());
        return QTest::qWaitFor(
            [&] {
                const PgTask::Answer a =
                    ask(other, QStringLiteral("SELECT json_build_object('n', count(*)) FROM pg_stat_activity "
                                              "WHERE application_name = 'twinha-agent' AND pid <> pg_backend_pid()"));
                return a.ok && a.row.value(QStringLiteral("n")).toInt() >= 1;
            },
            kTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QString::fromLatin1(kBin) + QStringLiteral("/initdb")))
            QSKIP("PostgreSQL 15 is not installed (package postgresql-15)");
        if (::geteuid() == 0 && !RunAs::lookup(owner()))
            QSKIP("running as root, and there is no user postgres to run the server as");
        QVERIFY(m_dir.isValid());
        if (const std::optional<RunAs> who = RunAs::lookup(owner()); who && ::geteuid() == 0)
            QCOMPARE(::chown(QFile::encodeName(m_dir.path()).constData(), who->uid, who->gid), 0);
        m_port = quint16(20000 + QCoreApplication::applicationPid() % 20000);
        m_admin = std::make_unique<PgTask>(instance());
        const CommandRunner::Result init =
            tool("initdb", {QStringLiteral("-D"), instance().dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                            QStringLiteral("-N"), QStringLiteral("-U"), owner()});
        QVERIFY2(init.ok(), qPrintable(init.stderrTail));
        QVERIFY(start());
        m_up = true;
    }

    void cleanupTestCase()
    {
        if (m_up)
            pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w")});
    }

    void aWarmPsqlAnswersLikeAColdOne()
    {
        qint64 pid = 0;
        QCOMPARE(instance().postmaster(&pid), PgInstance::Postmaster::Running);
        QVERIFY(pid > 1);
        PgTask task(instance());
        const PgTask::Answer cold = ask(task, PgTask::recoverySql());
        QVERIFY2(cold.ok, qPrintable(cold.error.code));
        QCOMPARE(cold.row.value(QStringLiteral("recovery")).toBool(), false);

        QVERIFY(warmUp(task));
        const PgTask::Answer warm = ask(task, PgTask::recoverySql());
        QVERIFY2(warm.ok, qPrintable(warm.error.code));
        QCOMPARE(warm.row, cold.row);
        QVERIFY(!task.isWarm()); // it served one query and is gone

        // A statement and then the select, as the promotion sends them: session settings carry.
        QVERIFY(warmUp(task));
        const PgTask::Answer two =
            ask(task, QStringLiteral("DO $$BEGIN PERFORM set_config('twinha.test', 'yes', false); END$$; "
                                     "SELECT json_build_object('set', current_setting('twinha.test', true))"));
        QVERIFY2(two.ok, qPrintable(two.error.code));
        QCOMPARE(two.row.value(QStringLiteral("set")).toString(), QStringLiteral("yes"));
    }

    void aFailingStatementIsACommandFailureWarmOrCold()
    {
        PgTask task(instance());
        for (bool warm : {false, true}) {
            if (warm)
                QVERIFY(warmUp(task));
            const PgTask::Answer a = ask(task, QStringLiteral("SELECT no_such_column"));
            QVERIFY(!a.ok);
            QVERIFY(!a.unreachable);
            QCOMPARE(a.error.code, QString::fromLatin1(codes::kPgCommandFailed));
            QVERIFY2(
                a.error.params.value(QStringLiteral("detail")).toString().contains(QStringLiteral("no_such_column")),
                qPrintable(a.error.params.value(QStringLiteral("detail")).toString()));
        }
    }

    // A warm psql connected to the server before it restarted is not used: the question goes to
    // the server that runs now.
    void aWarmPsqlOfARestartedServerIsReplaced()
    {
        PgTask task(instance());
        QVERIFY(warmUp(task));
        QVERIFY(warmConnected()); // to the server before the restart
        QVERIFY(pgCtl(
            QStringList{QStringLiteral("restart"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")} +
            logAndOptions()));
        QVERIFY(task.isWarm()); // psql waits on its input and has not noticed
        const PgTask::Answer a = ask(task, PgTask::recoverySql());
        QVERIFY2(a.ok, qPrintable(a.error.code + QLatin1Char(' ') + a.error.params.value("detail").toString()));
        QCOMPARE(a.row.value(QStringLiteral("recovery")).toBool(), false);
        QVERIFY(warmUp(task)); // a new one, for the server that runs
    }

    // The server ended the warm psql's connection (an administrator, idle_session_timeout): the
    // question is asked again on a new connection, so the answer is the server's.
    void aWarmPsqlWhoseConnectionEndedIsRetried()
    {
        PgTask task(instance());
        QVERIFY(warmUp(task));
        QVERIFY(warmConnected());
        PgTask other(instance());
        const PgTask::Answer ended =
            ask(other,
                QStringLiteral("SELECT json_build_object('n', count(pg_terminate_backend(pid))) FROM pg_stat_activity "
                               "WHERE application_name = 'twinha-agent' AND pid <> pg_backend_pid()"));
        QVERIFY2(ended.ok, qPrintable(ended.error.code));
        QCOMPARE(ended.row.value(QStringLiteral("n")).toInt(), 1);
        QVERIFY(task.isWarm());
        const PgTask::Answer a = ask(task, PgTask::recoverySql());
        QVERIFY2(a.ok, qPrintable(a.error.code + QLatin1Char(' ') + a.error.params.value("detail").toString()));
        QCOMPARE(a.row.value(QStringLiteral("recovery")).toBool(), false);
    }

    // Last: it stops the server.
    void aStoppedServerIsUnreachableWarmOrCold()
    {
        PgTask task(instance());
        QVERIFY(warmUp(task));
        QVERIFY(warmConnected());
        QVERIFY(pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")}));
        m_up = false;
        QCOMPARE(instance().postmaster(), PgInstance::Postmaster::Stopped);
        { // a pid file left behind that names a live process working elsewhere (this test)
            const QString pidFile = QDir(instance().dataDir()).filePath(QStringLiteral("postmaster.pid"));
            QFile f(pidFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::number(QCoreApplication::applicationPid()) + "\n" + instance().dataDir().toUtf8());
            f.close();
            QCOMPARE(instance().postmaster(), PgInstance::Postmaster::Stopped);
            QVERIFY(QFile::remove(pidFile));
        }
        for (int i = 0; i < 2; ++i) { // the warm one (retried cold), then a cold one
            const PgTask::Answer a = ask(task, PgTask::recoverySql());
            QVERIFY(!a.ok);
            QVERIFY(a.unreachable);
            QCOMPARE(a.error.code, QString::fromLatin1(codes::kPgNotRunning));
        }
    }
};

QTEST_GUILESS_MAIN(TestPgTask)
#include "TestPgTask.moc"
