#pragma once

#include "agent/postgres/PgTask.h"
#include "agent/resources/Resource.h"

#include <QElapsedTimer>
#include <QTimer>

namespace twinha::agent {

// PostgreSQL as a resource of a group. "Running" means serving as the primary; a standby counts as
// stopped, so the cluster judges split-brain by what answers `pg_is_in_recovery() = false`.
//   start: the primary stays; a standby is promoted (pg_promote, waiting for it, in one session
//          with the question whether it is one); a stopped instance is started first (as a
//          standby when standby.signal says so), then promoted.
//          A held instance (hold file: pg_rewind failed) is never started.
//   stop:  a clean stop (pg_ctl stop -m fast: a shutdown checkpoint, every client gone), then the
//          data folder is made a standby of the peer (standby.signal, primary_conninfo), so it can
//          never come back as a second primary. A standby is left running as it is.
//   status: a query of pg_is_in_recovery().
// The standby's own life (starting it, pg_rewind) is the postgresql channel's (PostgresChannel).
class PostgresResource : public Resource
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 100;
    static constexpr int kStopPollMs = 2;

    PostgresResource(const ResourceConfig& config, const ResourceContext& context, QObject* parent = nullptr);

    // The promotion's psql, connected ahead of time.
    void prepareStart() override;

protected:
    void doStart() override;
    void doStop() override;
    void doStatus() override;

private:
    int leftMs() const;
    void promote(bool startIfDown);
    void startIfStopped();
    void startServer();
    void promoteOnceItAnswers();
    void checkpointAfterPromotion();
    void stopServer();
    void stopWithPgCtl();
    void waitUntilStopped();
    void waitUntilStoppedWithPgCtl();
    void makeStandby();
    void query(const std::function<void(const PgTask::Answer&)>& then);

    PgTask m_task;
    PgTask m_checkpoint; // after a promotion, beside the resource's own actions
    QElapsedTimer m_clock;
};

} // namespace twinha::agent
