#include "agent/postgres/PostgresMethods.h"

#include "agent/postgres/PgBaseBackup.h"
#include "agent/postgres/PgInstance.h"
#include "agent/postgres/PgTask.h"
#include "agent/resources/CommandRunner.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/PgCluster.h"

#include <QFileInfo>
#include <QJsonArray>

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;
namespace codes = protocol::codes;
namespace methods = protocol::methods;

struct PostgresMethods::Discovery
{
    QJsonValue id;
    Reply reply;
    QString node;
    QString user;
    QJsonArray clusters; // in pg_lsclusters' order, filled in as the queries answer
    QJsonArray problems;
    int pending = 0;
};

PostgresMethods::PostgresMethods(const QString& node, QObject* parent)
    : QObject(parent)
    , m_node(node)
{}

PostgresMethods::~PostgresMethods() = default;

bool PostgresMethods::observerMayCall(const QString& method)
{
    return method == QLatin1String(methods::kPostgresDiscover);
}

bool PostgresMethods::handle(const RpcMessage& request, const Reply& reply)
{
    if (request.method == QLatin1String(methods::kPostgresDiscover))
        discover(request, reply);
    else if (request.method == QLatin1String(methods::kPostgresBasebackup))
        basebackup(request, reply);
    else
        return false;
    return true;
}

QString PostgresMethods::lsclusters() const
{
    const QString tool =
        m_lsclusters.isEmpty() ? CommandRunner::findTool(QStringLiteral("pg_lsclusters")) : m_lsclusters;
    return QFileInfo(tool).isExecutable() ? tool : QString();
}

void PostgresMethods::discover(const RpcMessage& request, const Reply& reply)
{
    const QJsonValue user = request.params.value(QStringLiteral("replication_user"));
    auto d = std::make_shared<Discovery>();
    d->id = request.id;
    d->reply = reply;
    d->node = m_node;
    d->user = user.isUndefined() ? QString::fromLatin1(PgDiscovery::kDefaultReplicationUser) : user.toString();
    if (!PgDiscovery::isValidRoleName(d->user))
        return reply(RpcMessage::invalidParams(
            request, QStringLiteral("replication_user must be 1 to 63 letters, digits, \"_\", \"-\" or \".\"")));
    const QString tool = lsclusters();
    if (tool.isEmpty()) {
        // Not Debian's packaging: nothing to list, which is an answer, not a failure.
        d->problems << RpcError::make(QString::fromLatin1(codes::kPgLsclustersMissing)).toJson();
        return finish(d);
    }
    listClusters(tool, true, [this, d](const QList<PgCluster>& clusters, const RpcError& error) {
        if (!error.isNull()) {
            d->problems << error.toJson();
            return finish(d);
        }
        queryClusters(d, clusters);
    });
}

void PostgresMethods::listClusters(const QString& tool, bool json, Listed done)
{
    auto* runner = new CommandRunner(this);
    runner->setTimeoutMs(kToolTimeoutMs);
    runner->setExtraEnvironment(PgInstance::environment());
    connect(runner, &CommandRunner::finished, this, [this, runner, tool, json, done](const CommandRunner::Result& r) {
        runner->deleteLater();
        if (json && r.ok()) {
            if (const std::optional<QList<PgCluster>> clusters = PgDiscovery::parseJson(r.stdoutData))
                return done(*clusters, {});
        }
        // An older postgresql-common has no --json: its columns say almost as much.
        if (json && !r.timedOut)
            return listClusters(tool, false, done);
        if (r.ok())
            return done(PgDiscovery::parseColumns(r.stdoutData), {});
        done({}, PgTask::failure(QStringLiteral("pg_lsclusters"), r));
    });
    runner->run(tool, {json ? QStringLiteral("--json") : QStringLiteral("--no-header")});
}

void PostgresMethods::basebackup(const RpcMessage& request, const Reply& reply)
{
    const QJsonObject& p = request.params;
    PgBaseBackup::Request r;
    r.cluster.version = p.value(QStringLiteral("version")).toString();
    r.cluster.name = p.value(QStringLiteral("cluster")).toString();
    r.sourceHost = p.value(QStringLiteral("source_host")).toString();
    r.sourcePort = quint16(p.value(QStringLiteral("source_port")).toInt(5432));
    r.user = p.value(QStringLiteral("replication_user")).toString();
    if (r.cluster.version.isEmpty() || r.cluster.name.isEmpty() || !PgBaseBackup::isValidHost(r.sourceHost) ||
        !PgDiscovery::isValidRoleName(r.user))
        return reply(RpcMessage::invalidParams(
            request, QStringLiteral("give version, cluster, source_host, source_port and replication_user")));
    if (!m_copying.isEmpty())
        return reply(
            RpcMessage::errorFor(request.id, RpcError::make(QString::fromLatin1(codes::kPgCopyRunning), m_copying)));
    const QString tool = lsclusters();
    if (tool.isEmpty())
        return reply(
            RpcMessage::errorFor(request.id, RpcError::make(QString::fromLatin1(codes::kPgLsclustersMissing))));
    const QJsonObject asked{{QStringLiteral("version"), r.cluster.version},
                            {QStringLiteral("cluster"), r.cluster.name}};
    m_copying = asked;
    listClusters(
        tool, true, [this, request, reply, r, asked](const QList<PgCluster>& clusters, const RpcError& error) mutable {
            const auto it = std::find_if(clusters.begin(), clusters.end(), [&r](const PgCluster& c) {
                return c.version == r.cluster.version && c.name == r.cluster.name;
            });
            if (!error.isNull() || it == clusters.end()) {
                m_copying = {};
                return reply(RpcMessage::errorFor(
                    request.id,
                    !error.isNull() ? error : RpcError::make(QString::fromLatin1(codes::kPgClusterUnknown), asked)));
            }
            r.cluster = *it;
            auto* copy = new PgBaseBackup(r, this);
            const QJsonObject which{{QStringLiteral("version"), r.cluster.version},
                                    {QStringLiteral("cluster"), r.cluster.name}};
            copy->start(
                [reply, which](qint64 bytes) {
                    QJsonObject progress = which;
                    progress.insert(QStringLiteral("bytes"), bytes);
                    reply(
                        RpcMessage::notification(QString::fromLatin1(methods::kPostgresBasebackupProgress), progress));
                },
                [this, copy, reply, id = request.id](const QJsonObject& result, const RpcError& error) {
                    copy->deleteLater();
                    m_copying = {};
                    reply(error.isNull() ? RpcMessage::resultFor(id, result) : RpcMessage::errorFor(id, error));
                });
        });
}

void PostgresMethods::queryClusters(const std::shared_ptr<Discovery>& d, const QList<PgCluster>& clusters)
{
    for (const PgCluster& c : clusters) {
        QJsonObject o = c.toJson();
        if (c.recovery)
            o.insert(QStringLiteral("role"), protocol::pgRoleName(protocol::PgRole::Standby));
        o.insert(QStringLiteral("problems"), c.online
                                                 ? QJsonArray()
                                                 : QJsonArray{RpcError::make(QString::fromLatin1(codes::kPgClusterDown),
                                                                             {{QStringLiteral("version"), c.version},
                                                                              {QStringLiteral("cluster"), c.name}})
                                                                  .toJson()});
        d->clusters << o;
    }
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        const PgCluster& c = clusters.at(i);
        if (!c.online)
            continue;
        auto* task = new PgTask(PgInstance(c.asResource(m_node), m_node, QString()), this);
        ++d->pending;
        task->query(PgDiscovery::factsSql(d->user), kToolTimeoutMs, [d, i, task](const PgTask::Answer& a) {
            task->deleteLater();
            QJsonObject o = d->clusters.at(i).toObject();
            if (a.ok) {
                const QJsonObject facts = a.row;
                const bool standby = facts.value(QStringLiteral("in_recovery")).toBool();
                o.insert(QStringLiteral("role"),
                         protocol::pgRoleName(standby ? protocol::PgRole::Standby : protocol::PgRole::Primary));
                o.insert(QStringLiteral("facts"), facts);
                o.insert(QStringLiteral("problems"), PgDiscovery::problems(facts, d->user));
                if (const QJsonObject lag = PgDiscovery::firstLag(facts); !lag.isEmpty() && !standby)
                    o.insert(QStringLiteral("first_lag"), lag);
            } else {
                o.insert(QStringLiteral("problems"), QJsonArray{a.error.toJson()});
            }
            d->clusters.replace(i, o);
            if (--d->pending == 0)
                finish(d);
        });
    }
    if (d->pending == 0)
        finish(d);
}

void PostgresMethods::finish(const std::shared_ptr<Discovery>& d)
{
    d->reply(RpcMessage::resultFor(d->id, QJsonObject{{QStringLiteral("node"), d->node},
                                                      {QStringLiteral("replication_user"), d->user},
                                                      {QStringLiteral("clusters"), d->clusters},
                                                      {QStringLiteral("problems"), d->problems}}));
}

} // namespace twinha::agent
