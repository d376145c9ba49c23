#include "agent/postgres/PgTask.h"

#include "agent/replication/ProcessOutput.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonDocument>

namespace twinha::agent {

namespace codes = protocol::codes;

PgTask::PgTask(const PgInstance& instance, QObject* parent)
    : QObject(parent)
    , m_instance(instance)
{
    m_runner.setExtraEnvironment(PgInstance::environment());
    m_runner.setEndOnStdoutOverflow(true);
    connect(&m_runner, &CommandRunner::finished, this, &PgTask::onFinished);
}

bool PgTask::run(const char* name, const QStringList& arguments, int timeoutMs, Done done)
{
    if (isRunning())
        return false;
    QString error;
    const std::optional<RunAs> owner = m_instance.account(&error);
    m_done = std::move(done);
    if (!owner) {
        CommandRunner::Result r;
        r.stderrTail = error;
        QMetaObject::invokeMethod(
            this, [this, r] { onFinished(r); }, Qt::QueuedConnection);
        return true;
    }
    m_runner.setRunAs(owner);
    m_runner.setTimeoutMs(timeoutMs);
    m_runner.run(m_instance.tool(name), arguments);
    return true;
}

void PgTask::warmUp()
{
    qint64 postmaster = 0;
    if (m_warmDone || m_instance.postmaster(&postmaster) != PgInstance::Postmaster::Running)
        return;
    if (m_warm && m_warm->isRunning() && m_warmPostmaster == postmaster)
        return;
    QString error;
    const std::optional<RunAs> owner = m_instance.account(&error);
    if (!owner)
        return;
    dropWarm();
    m_warm = std::make_unique<CommandRunner>();
    m_warm->setExtraEnvironment(PgInstance::environment());
    m_warm->setEndOnStdoutOverflow(true);
    m_warm->setStandardInputHeld(true);
    m_warm->setRunAs(owner);
    m_warm->setTimeoutMs(kWarmIdleMs);
    connect(m_warm.get(), &CommandRunner::finished, this, &PgTask::onWarmFinished);
    m_warmPostmaster = postmaster;
    m_warm->run(m_instance.tool("psql"), m_instance.sessionArguments());
}

bool PgTask::query(const QString& sql, int timeoutMs, Answered done)
{
    if (isRunning())
        return false;
    qint64 postmaster = 0;
    const bool fresh = isWarm() && m_instance.postmaster(&postmaster) == PgInstance::Postmaster::Running &&
                       postmaster == m_warmPostmaster;
    if (fresh && m_warm->sendInput(sql.toUtf8() + '\n', timeoutMs)) {
        m_warmDone = [this, sql, timeoutMs, done](const CommandRunner::Result& r) {
            if (r.exitCode == 2) // its connection had gone: ask again on a new one
                runQuery(m_instance.queryArguments(sql), timeoutMs, done);
            else
                done(answer(r));
        };
        return true;
    }
    dropWarm(); // none, or connected to a server that has stopped or restarted since
    return runQuery(m_instance.queryArguments(sql), timeoutMs, std::move(done));
}

bool PgTask::queryPeer(const QString& sql, int timeoutMs, Answered done)
{
    return runQuery(m_instance.peerQueryArguments(sql), timeoutMs, std::move(done));
}

bool PgTask::runQuery(const QStringList& arguments, int timeoutMs, Answered done)
{
    return run("psql", arguments, timeoutMs, [done](const CommandRunner::Result& r) { done(answer(r)); });
}

PgTask::Answer PgTask::answer(const CommandRunner::Result& r)
{
    Answer a;
    const QString detail = ProcessOutput::detailLine(r.stderrTail.toUtf8());
    if (r.exitCode == 2) { // psql: the connection failed
        a.unreachable = true;
        a.error =
            protocol::RpcError::make(QString::fromLatin1(codes::kPgNotRunning), {{QStringLiteral("detail"), detail}});
    } else if (!r.ok()) {
        a.error = failure(QStringLiteral("psql"), r);
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(r.stdoutData.trimmed());
        a.ok = doc.isObject();
        a.row = doc.object();
        if (!a.ok)
            a.error = protocol::RpcError::make(QString::fromLatin1(codes::kPgCommandFailed),
                                               {{QStringLiteral("command"), QStringLiteral("psql")},
                                                {QStringLiteral("exit_status"), 0},
                                                {QStringLiteral("detail"), QString::fromUtf8(r.stdoutData.left(200))}});
    }
    return a;
}

QString PgTask::recoverySql()
{
    return QStringLiteral("SELECT json_build_object('recovery', pg_is_in_recovery())");
}

void PgTask::cancel()
{
    m_done = nullptr;
    if (m_runner.isRunning())
        m_runner.terminate();
    if (std::exchange(m_warmDone, nullptr) && m_warm)
        m_warm->terminate();
}

// The server's own ERROR or FATAL line, which psql follows with the statement and a caret.
QString PgTask::serverMessage(const QString& stderrText)
{
    for (const QString& line : stderrText.split(QLatin1Char('\n'))) {
        const qsizetype at = std::max(line.indexOf(QLatin1String("ERROR:")), line.indexOf(QLatin1String("FATAL:")));
        if (at >= 0)
            return line.mid(at).simplified().left(500);
    }
    return {};
}

protocol::RpcError PgTask::failure(const QString& tool, const CommandRunner::Result& result)
{
    QString detail = serverMessage(result.stderrTail);
    if (detail.isEmpty())
        detail = ProcessOutput::detailLine(result.stderrTail.toUtf8());
    if (result.timedOut)
        detail = QStringLiteral("timed out after %1 ms").arg(result.elapsedMs);
    return protocol::RpcError::make(QString::fromLatin1(codes::kPgCommandFailed),
                                    {{QStringLiteral("command"), tool},
                                     {QStringLiteral("exit_status"), result.exitCode},
                                     {QStringLiteral("detail"), detail}});
}

void PgTask::onFinished(const CommandRunner::Result& result)
{
    Done done = std::exchange(m_done, nullptr);
    if (done)
        done(result);
}

void PgTask::dropWarm()
{
    if (!m_warm)
        return;
    m_warm->disconnect(this);
    m_warm.release()->deleteLater(); // and its psql with it: a runner ends its group when deleted
}

void PgTask::onWarmFinished(const CommandRunner::Result& result)
{
    Done done = std::exchange(m_warmDone, nullptr); // none: it ended unused (idle too long, or refused)
    if (done)
        done(result);
}

} // namespace twinha::agent
