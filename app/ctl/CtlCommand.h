#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include "agentlink/protocol/RpcMessage.h"

#include <optional>

namespace twinha::agentlink {
class AgentClient;
class ClusterMonitor;
} // namespace twinha::agentlink

namespace twinha::app {

// What every twinhactl command gets: the live cluster, output style and its own options.
struct CtlContext
{
    agentlink::ClusterMonitor* monitor = nullptr;
    bool json = false;
    bool yes = false;
    QString group;
    QString to;
    QString argument; // the word after the command, for those that take one (maintenance on|off)
    QString id;       // divergence show ID
    QString file;     // config apply FILE
    QString after;    // events: the cursor, "node1:120,node2:98" or a bare number (checked by main)
    QString confirm;  // takeover: the group's name; trust: the fingerprint (the typed confirmation)
    int limit = 100;
};

// One twinhactl subcommand. run() is called once both nodes have answered or failed; the
// command ends by emitting finished(exit code).
class CtlCommand : public QObject
{
    Q_OBJECT

public:
    explicit CtlCommand(const CtlContext& context, QObject* parent = nullptr);
    virtual void run() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // The agent to ask about `group`: the node running it, else any node the console reaches.
    agentlink::AgentClient* agentFor(const QString& group) const;
    // {"group", "to"} from --group and --to, each only when given.
    QJsonObject groupParams() const;
    void print(const QString& text) const;      // stdout, with a newline
    void printJson(const QJsonObject& o) const; // one compact line (NDJSON)
    void printError(const QString& text) const; // stderr
    // Exit code for an agent's error reply.
    static int exitCodeFor(const QString& code);
    // The pre-checks from a switchover.check reply, or nullopt once the command has ended on the
    // reply: the agents refused, or the command line names a group or node the cluster does not
    // have (a usage error, exit 2).
    std::optional<QJsonObject> acceptCheck(const protocol::RpcMessage& reply);

    CtlContext m_ctx;
};

} // namespace twinha::app
