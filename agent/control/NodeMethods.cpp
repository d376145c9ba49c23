#include "agent/control/NodeMethods.h"

#include "agent/config/ConfigValidator.h"
#include "agent/control/NodeFacts.h"
#include "agent/control/SystemFacts.h"
#include "agent/fencing/Fencer.h"
#include "agent/notify/NotifyProbe.h"
#include "agent/resources/CommandRunner.h"
#include "agent/witness/WitnessProbe.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/NodeDiscovery.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QPointer>
#include <QThreadPool>

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;
namespace methods = protocol::methods;

namespace {

// Runs one tool and hands its result to `done`; the runner deletes itself afterwards.
void runTool(QObject* owner, const QString& tool, const QStringList& args,
             std::function<void(const CommandRunner::Result&)> done)
{
    auto* runner = new CommandRunner(owner);
    runner->setTimeoutMs(NodeMethods::kCommandTimeoutMs);
    QObject::connect(runner, &CommandRunner::finished, owner,
                     [runner, done = std::move(done)](const CommandRunner::Result& r) {
                         done(r);
                         runner->deleteLater();
                     });
    runner->runTool(tool, args);
}
} // namespace

NodeMethods::NodeMethods(const QString& node, const QList<QPair<QString, QString>>& paths, QObject* parent)
    : QObject(parent)
    , m_node(node)
    , m_paths(paths)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

NodeMethods::~NodeMethods()
{
    m_cancel->store(true);
}

bool NodeMethods::handle(const RpcMessage& request, const Reply& reply)
{
    const QString& m = request.method;
    if (m == QLatin1String(methods::kNodeFacts))
        facts(request, reply);
    else if (m == QLatin1String(methods::kNodePathInfo))
        pathInfo(request, reply);
    else if (m == QLatin1String(methods::kNodeProbeAddress))
        probe(request, reply);
    else if (m == QLatin1String(methods::kNodeProbeWitness))
        probeWitness(request, reply);
    else if (m == QLatin1String(methods::kNodeProbeFence))
        probeFence(request, reply);
    else if (m == QLatin1String(methods::kNodeTestNotify))
        testNotify(request, reply);
    else
        return false;
    return true;
}

void NodeMethods::facts(const RpcMessage& request, const Reply& reply)
{
    QJsonArray paths;
    for (const auto& [role, path] : std::as_const(m_paths))
        paths.append(QJsonObject{{QStringLiteral("role"), role},
                                 {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                                 {QStringLiteral("exists"), QFileInfo::exists(path)}});
    QJsonObject result{{QStringLiteral("node"), m_node},
                       {QStringLiteral("hostname"), SystemFacts::hostName()},
                       {QStringLiteral("interfaces"), NodeFacts::interfaces()},
                       {QStringLiteral("paths"), paths},
                       {QStringLiteral("systemd_units"), QJsonArray()}};
    const auto unavailable = [](protocol::SystemdGap gap, const QString& detail) {
        QJsonObject params{{QStringLiteral("reason"), protocol::systemdGapName(gap)}};
        if (!detail.isEmpty())
            params.insert(QStringLiteral("detail"), detail);
        return RpcError::make(QString::fromLatin1(protocol::codes::kSystemdUnavailable), params).toJson();
    };
    if (!NodeFacts::systemdRunning()) {
        result.insert(QStringLiteral("systemd_unavailable"), unavailable(protocol::SystemdGap::NotRunning, {}));
        reply(RpcMessage::resultFor(request.id, result));
        return;
    }
    const QJsonValue id = request.id;
    runTool(this, QStringLiteral("systemctl"),
            {QStringLiteral("list-units"), QStringLiteral("--type=service"), QStringLiteral("--all"),
             QStringLiteral("--plain"), QStringLiteral("--no-legend"), QStringLiteral("--no-pager")},
            [reply, result, id, unavailable](const CommandRunner::Result& r) mutable {
                if (r.ok())
                    result.insert(QStringLiteral("systemd_units"), NodeFacts::parseUnits(r.stdoutData));
                else
                    result.insert(QStringLiteral("systemd_unavailable"),
                                  unavailable(protocol::SystemdGap::ListFailed,
                                              r.timedOut ? QStringLiteral("timeout") : r.stderrTail.trimmed()));
                reply(RpcMessage::resultFor(id, result));
            });
}

void NodeMethods::pathInfo(const RpcMessage& request, const Reply& reply)
{
    const QJsonValue value = request.params.value(QStringLiteral("paths"));
    QStringList paths;
    for (const QJsonValue& p : value.toArray()) {
        if (!p.isString() || p.toString().isEmpty()) {
            reply(RpcMessage::invalidParams(request, QStringLiteral("paths must be a list of non-empty strings")));
            return;
        }
        paths << p.toString();
    }
    if (!value.isArray() || paths.isEmpty() || paths.size() > kMaxPaths) {
        reply(RpcMessage::invalidParams(request,
                                        QStringLiteral("paths must be a list of 1 to %1 strings").arg(kMaxPaths)));
        return;
    }
    if (m_waitingWalks.size() >= kMaxWaitingWalks) {
        reply(RpcMessage::errorFor(request.id, RpcError::make(QString::fromLatin1(protocol::codes::kNodeWalksBusy),
                                                              {{QStringLiteral("waiting"), kMaxWaitingWalks}})));
        return;
    }
    m_waitingWalks.append(Walk{request.id, paths, reply});
    startNextWalk();
}

void NodeMethods::startNextWalk()
{
    if (m_walking || m_waitingWalks.isEmpty())
        return;
    m_walking = true;
    const Walk walk = m_waitingWalks.takeFirst();
    // A big tree takes seconds to walk; on the event loop that would starve the heartbeat.
    QPointer<NodeMethods> self(this);
    QThreadPool::globalInstance()->start([self, walk, cancel = m_cancel] {
        const QDeadlineTimer deadline(NodeFacts::kMaxWalkMs);
        QJsonArray out;
        for (const QString& p : walk.paths)
            out.append(NodeFacts::pathInfo(p, NodeFacts::kMaxWalkFiles, cancel.get(), deadline));
        const RpcMessage answer = RpcMessage::resultFor(walk.id, QJsonObject{{QStringLiteral("paths"), out}});
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, reply = walk.reply, answer] {
                if (!self)
                    return;
                self->m_walking = false;
                reply(answer);
                self->startNextWalk();
            },
            Qt::QueuedConnection);
    });
}

void NodeMethods::probe(const RpcMessage& request, const Reply& reply)
{
    const QString address = request.params.value(QStringLiteral("address")).toString().section(QLatin1Char('/'), 0, 0);
    QString interface = request.params.value(QStringLiteral("interface")).toString();
    const QHostAddress ip(address);
    if (ip.isNull() || address.startsWith(QLatin1Char('-')) || interface.startsWith(QLatin1Char('-')))
        return reply(RpcMessage::invalidParams(request, QStringLiteral("address must be an IP address")));
    bool local = false;
    const QString subnetInterface = NodeFacts::interfaceForAddress(address, &local);
    if (interface.isEmpty())
        interface = subnetInterface;
    QJsonObject result{{QStringLiteral("address"), address},
                       {QStringLiteral("interface"), interface},
                       {QStringLiteral("in_subnet"), !subnetInterface.isEmpty() && subnetInterface == interface}};
    const QJsonValue id = request.id;
    using How = protocol::AddressProbeHow;
    // `detail`: the tool's own words when it failed.
    const auto answer = [reply, id](QJsonObject r, bool answering, How how, const QString& detail) {
        r.insert(QStringLiteral("answering"), answering);
        r.insert(QStringLiteral("how"), protocol::addressProbeHowName(how));
        if (!detail.isEmpty())
            r.insert(QStringLiteral("detail"), detail);
        reply(RpcMessage::resultFor(id, r));
    };
    if (local)
        return answer(result, true, How::Local, {});
    const auto ping = [this, answer, result, address, ip] {
        if (CommandRunner::findTool(QStringLiteral("ping")).isEmpty()) { // nothing could tell: say what is missing
            QJsonObject untested = result;
            untested.insert(QStringLiteral("tool"), QStringLiteral("ping"));
            return answer(untested, false, How::Untested, {});
        }
        QStringList args{QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("2"),
                         QStringLiteral("-W"), QStringLiteral("1"),  address};
        if (ip.protocol() == QAbstractSocket::IPv6Protocol)
            args.prepend(QStringLiteral("-6"));
        runTool(this, QStringLiteral("ping"), args, [answer, result](const CommandRunner::Result& r) {
            answer(result, r.ok(), How::Ping, r.ok() ? QString() : r.stderrTail.trimmed());
        });
    };
    // ARP sees a host whose firewall drops pings; it needs IPv4 and an interface in the subnet.
    const bool arpPossible = ip.protocol() == QAbstractSocket::IPv4Protocol && !interface.isEmpty() &&
                             !CommandRunner::findTool(QStringLiteral("arping")).isEmpty();
    if (!arpPossible)
        return ping();
    runTool(this, QStringLiteral("arping"),
            {QStringLiteral("-D"), QStringLiteral("-c"), QStringLiteral("2"), QStringLiteral("-w"), QStringLiteral("2"),
             QStringLiteral("-I"), interface, address},
            [answer, result, ping](const CommandRunner::Result& r) {
                // iputils arping -D: 0 nobody answered, 1 someone did; anything else it could not
                // probe (loopback, no permission), and ping decides.
                if (r.exitCode == 0 || r.exitCode == 1)
                    return answer(result, r.exitCode == 1, How::Arping, {});
                ping();
            });
}

void NodeMethods::setCluster(const QString& name, const QByteArray& key)
{
    m_cluster = name;
    m_key = key;
}

void NodeMethods::probeWitness(const RpcMessage& request, const Reply& reply)
{
    WitnessConfig w;
    w.address = request.params.value(QStringLiteral("address")).toString();
    for (const QJsonValue& v : request.params.value(QStringLiteral("etcd")).toArray())
        w.etcd << v.toString();
    w.ttlMs = request.params.value(QStringLiteral("ttl_ms")).toInt(w.ttlMs);
    if (w.address.isEmpty() == w.etcd.isEmpty())
        return reply(RpcMessage::invalidParams(request, QStringLiteral("give address (host:port) or etcd")));
    if (ConfigIssue issue;
        !w.address.isEmpty() && !ConfigValidator::splitHostPort(w.address, &w.host, &w.port, &issue.rule)) {
        issue.field = QStringLiteral("witness.address");
        return reply(RpcMessage::errorFor(request.id, issue.toError()));
    }
    WitnessProbe::run(w, m_cluster, m_node, m_key, [id = request.id, reply](const QJsonObject& result) {
        reply(RpcMessage::resultFor(id, result));
    });
}

void NodeMethods::probeFence(const RpcMessage& request, const Reply& reply)
{
    FenceConfig f;
    f.node = request.params.value(QStringLiteral("node")).toString();
    f.agent = request.params.value(QStringLiteral("agent")).toString();
    f.script = request.params.value(QStringLiteral("script")).toString();
    f.timeoutMs = std::clamp(request.params.value(QStringLiteral("timeout_ms")).toInt(20000), 1000, 60000);
    const QJsonObject options = request.params.value(QStringLiteral("options")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        f.options.insert(it.key(),
                         it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString());
    if (f.node.isEmpty() || f.agent.isEmpty() == f.script.isEmpty())
        return reply(RpcMessage::invalidParams(request, QStringLiteral("give node, and agent or script")));
    Fencer::probe(f, this,
                  [id = request.id, reply](const QJsonObject& result) { reply(RpcMessage::resultFor(id, result)); });
}

void NodeMethods::testNotify(const RpcMessage& request, const Reply& reply)
{
    RpcError problem;
    const NotifyConfig target = NotifyProbe::target(request.params, &problem);
    if (!problem.isNull())
        return reply(RpcMessage::errorFor(request.id, problem));
    NotifyProbe::run(target, m_cluster, m_node, this,
                     [id = request.id, reply](const QJsonObject& result) { reply(RpcMessage::resultFor(id, result)); });
}

} // namespace twinha::agent
