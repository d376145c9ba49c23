#include "agent/PostgresMethods.h"

#include "agent/postgres/PgInstance.h"
#include "agent/postgres/PgTask.h"
#include "agent/resources/CommandRunner.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

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
    QString tool;
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
    if (request.method != QLatin1String(methods::kPostgresDiscover))
        return false;
    discover(request, reply);
    return true;
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
    d->tool = m_lsclusters.isEmpty() ? CommandRunner::findTool(QStringLiteral("pg_lsclusters")) : m_lsclusters;
    if (d->tool.isEmpty() || !QFileInfo(d->tool).isExecutable()) {
        // Not Debian's packaging: nothing to list, which is an answer, not a failure.
        d->problems << RpcError::make(QString::fromLatin1(codes::kPgLsclustersMissing)).toJson();
        return finish(d);
    }
    listClusters(d, true);
}

void PostgresMethods::listClusters(const std::shared_ptr<Discovery>& d, bool json)
{
    auto* runner = new CommandRunner(this);
    runner->setTimeoutMs(kToolTimeoutMs);
    runner->setExtraEnvironment(PgInstance::environment());
    connect(runner, &CommandRunner::finished, this, [this, runner, d, json](const CommandRunner::Result& r) {
        runner->deleteLater();
        if (json && r.ok()) {
            if (const std::optional<QList<PgCluster>> clusters = PgDiscovery::parseJson(r.stdoutData))
                return queryClusters(d, *clusters);
        }
        // An older postgresql-common has no --json: its columns say almost as much.
        if (json && !r.timedOut)
            return listClusters(d, false);
        if (r.ok())
            return queryClusters(d, PgDiscovery::parseColumns(r.stdoutData));
        d->problems << PgTask::failure(QStringLiteral("pg_lsclusters"), r).toJson();
        finish(d);
    });
    runner->run(d->tool, {json ? QStringLiteral("--json") : QStringLiteral("--no-header")});
}

void PostgresMethods::queryClusters(const std::shared_ptr<Discovery>& d, const QList<PgCluster>& clusters)
{
    for (const PgCluster& c : clusters) {
        QJsonObject o = c.toJson();
        if (c.recovery)
            o.insert(QStringLiteral("role"), QStringLiteral("standby"));
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
        // The cluster as a postgresql resource would name it, so psql runs the one way the agent
        // always runs it: as the owner, on the unix socket.
        ResourceConfig resource;
        resource.type = ResourceType::Postgresql;
        resource.name = c.version + QLatin1Char('-') + c.name;
        resource.runAs = c.owner;
        resource.pg.dataDir.all = c.dataDir;
        resource.pg.configDir.all = c.configDir;
        resource.pg.socketDir.all = c.socketDir;
        resource.pg.binDir = c.binDir();
        resource.pg.endpoints = {LinkEndpoint{m_node, QString(), QString(), c.port}};
        auto* task = new PgTask(PgInstance(resource, m_node, QString()), this);
        ++d->pending;
        task->query(PgDiscovery::factsSql(d->user), kToolTimeoutMs, [d, i, task](const PgTask::Answer& a) {
            task->deleteLater();
            QJsonObject o = d->clusters.at(i).toObject();
            if (a.ok) {
                const QJsonObject facts = a.row;
                const bool standby = facts.value(QStringLiteral("in_recovery")).toBool();
                o.insert(QStringLiteral("role"), standby ? QStringLiteral("standby") : QStringLiteral("primary"));
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
