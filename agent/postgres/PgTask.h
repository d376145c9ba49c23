#pragma once

#include "agent/postgres/PgInstance.h"
#include "agent/resources/CommandRunner.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace twinha::agent {

// Runs the PostgreSQL tools of one instance, one at a time, as the instance's owner, and calls back.
// A query selects one JSON value (json_build_object(...)); its answer says whether the server
// answered at all (psql's exit status 2: no connection), so "not running" is never a parse error.
// warmUp() starts the next query's psql ahead of time: connected, and waiting for its SQL. psql's
// own start and the connection cost 40 to 70 ms here, which a switchover would otherwise wait for
// at each step. A warm psql serves one query; one whose connection has gone in the meantime (the
// server restarted) is retried cold, so it never answers "not running" for a server that runs.
// One is not used, and is replaced, once the postmaster's pid has changed since it connected.
class PgTask : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        bool ok = false;
        bool unreachable = false; // the server took no connection: stopped, starting or shutting down
        QJsonObject row;
        protocol::RpcError error; // PG_NOT_RUNNING {detail} or PG_COMMAND_FAILED {command, exit_status, detail}
    };
    using Done = std::function<void(const CommandRunner::Result& result)>;
    using Answered = std::function<void(const Answer& answer)>;

    explicit PgTask(const PgInstance& instance, QObject* parent = nullptr);

    const PgInstance& instance() const { return m_instance; }
    bool isRunning() const { return m_runner.isRunning() || m_warmDone; }
    // Runs tool `name` (pg_ctl, pg_controldata, ...) with `arguments`; false without a callback
    // while another one runs.
    bool run(const char* name, const QStringList& arguments, int timeoutMs, Done done);
    bool query(const QString& sql, int timeoutMs, Answered done);
    // The same query on the peer's PostgreSQL.
    bool queryPeer(const QString& sql, int timeoutMs, Answered done);
    // Ends a running tool and drops its callback.
    void cancel();
    // Starts a psql for the next query() if none waits yet. It waits at most kWarmIdleMs.
    void warmUp();
    bool isWarm() const { return m_warm && m_warm->isRunning() && !m_warmDone; }

    static constexpr int kWarmIdleMs = 60000;

    // PG_COMMAND_FAILED for a tool that did not succeed.
    static protocol::RpcError failure(const QString& tool, const CommandRunner::Result& result);
    // One row {"recovery": bool}: whether the server is a standby (true) or the primary.
    static QString recoverySql();

private:
    bool runQuery(const QStringList& arguments, int timeoutMs, Answered done);
    static Answer answer(const CommandRunner::Result& r);
    static QString serverMessage(const QString& stderrText);
    void onFinished(const CommandRunner::Result& result);
    void onWarmFinished(const CommandRunner::Result& result);
    void dropWarm();

    PgInstance m_instance;
    CommandRunner m_runner;
    Done m_done;
    std::unique_ptr<CommandRunner> m_warm; // a psql waiting for its query
    qint64 m_warmPostmaster = 0;           // the server it connected to: a new one means a restart
    Done m_warmDone;                       // set while it runs one
};

} // namespace twinha::agent
