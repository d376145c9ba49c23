#include "agent/DaemonEngine.h"

#include "agent/AgentLog.h"
#include "agent/NodeState.h"
#include "agent/config/ConfigMethods.h"
#include "agent/control/ControlMethods.h"
#include "agent/control/NodeMethods.h"
#include "agent/control/StatusProvider.h"
#include "agent/coordinator/Coordinator.h"
#include "agent/coordinator/CoordinatorMethods.h"
#include "agent/coordinator/EventLog.h"
#include "agent/heartbeat/ClusterKey.h"
#include "agent/heartbeat/Heartbeat.h"
#include "agent/history/HistoryRecorder.h"
#include "agent/journal/Journal.h"
#include "agent/metrics/AgentMetrics.h"
#include "agent/notify/Notifier.h"
#include "agent/postgres/PostgresMethods.h"
#include "agent/replication/AuthorizedKeys.h"
#include "agent/replication/DivergenceMethods.h"
#include "agent/replication/MirrorSshMethods.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace twinha::agent {

using protocol::RpcError;

DaemonEngine::DaemonEngine(const AgentConfig& config, const QString& node, const Paths& paths)
    : m_config(config)
    , m_node(node)
    , m_paths(paths)
    , m_state(std::make_unique<NodeState>(paths.stateDir))
{}

DaemonEngine::~DaemonEngine()
{
    // Methods first (they point at the rest), then in reverse order of building.
    m_notifier.reset();
    m_metrics.reset();
    m_methods.reset();
    m_history.reset();
    m_postgresMethods.reset();
    m_mirrorSshMethods.reset();
    m_nodeMethods.reset();
    m_configMethods.reset();
    m_coordinatorMethods.reset();
    m_status.reset();
    m_coordinator.reset();
    m_heartbeat.reset();
    m_events.reset();
    m_journal.reset();
}

std::unique_ptr<DaemonEngine> DaemonEngine::create(const AgentConfig& config, const QString& node, const Paths& paths,
                                                   RpcError* error)
{
    std::unique_ptr<DaemonEngine> e(new DaemonEngine(config, node, paths));
    QString stateError;
    QStringList groupNames;
    for (const GroupConfig& g : config.groups)
        groupNames << g.name;
    if (!e->m_state->load(&stateError) || !e->m_state->adoptLegacyRole(groupNames, &stateError)) {
        *error =
            RpcError::make(QString::fromLatin1(protocol::codes::kStateWriteFailed),
                           {{QStringLiteral("path"), e->m_state->filePath()}, {QStringLiteral("detail"), stateError}});
        return nullptr;
    }
    const QByteArray key = ClusterKey::load(e->m_config.cluster.keyFilePath, error);
    if (key.isEmpty())
        return nullptr;
    e->m_journal = std::make_unique<Journal>(node, key);
    RpcError journalError;
    if (!e->m_journal->open(QDir(paths.stateDir).filePath(QStringLiteral("journal.jsonl")), &journalError))
        AgentLog::get("agent")->warn("journal: {}; events are kept in memory only", journalError.code.toStdString());
    e->m_events = std::make_unique<EventLog>(e->m_journal.get());
    e->m_heartbeat = std::make_unique<Heartbeat>(e->m_config, node, key);
    e->m_coordinator = std::make_unique<Coordinator>(e->m_config, node, e->m_state.get(), e->m_heartbeat.get(),
                                                     e->m_events.get(), key, paths.stateDir);
    e->m_status = std::make_unique<StatusProvider>(e->m_config, node, e->m_state.get());
    Coordinator* coordinator = e->m_coordinator.get();
    e->m_status->setSource([coordinator] { return coordinator->statusJson(); });
    QObject::connect(coordinator, &Coordinator::statusChanged, e->m_status.get(), &StatusProvider::notifyChanged);
    e->m_coordinatorMethods = std::make_unique<CoordinatorMethods>(coordinator, e->m_events.get(), e->m_config);
    e->buildMethods(config.checksum);
    e->m_nodeMethods->setCluster(e->m_config.cluster.name, key);
    if (!e->m_config.notify.isEmpty()) {
        EventLog* events = e->m_events.get();
        e->m_notifier = std::make_unique<Notifier>(
            e->m_config.notify, e->m_config.cluster.name,
            [events](protocol::EventType type, const QJsonObject& data) { events->record(type, data); });
        QObject::connect(e->m_journal.get(), &Journal::appended, e->m_notifier.get(), &Notifier::onJournalEntry);
    }
    StatusProvider* status = e->m_status.get();
    e->m_history = std::make_unique<HistoryRecorder>(paths.stateDir, [status] { return status->current().toJson(); });
    e->m_methods->setHistory(e->m_history.get());
    const QString metricsListen = e->m_config.metrics.listenFor(node);
    if (!metricsListen.isEmpty())
        e->m_metrics = std::make_unique<AgentMetrics>(node, metricsListen, e->m_journal.get(), e->m_status.get());
    return e;
}

std::unique_ptr<DaemonEngine> DaemonEngine::createBlank(const QString& node, const Paths& paths,
                                                        const RpcError& configError)
{
    AgentConfig none;
    none.filePath = paths.config;
    std::unique_ptr<DaemonEngine> e(new DaemonEngine(none, node, paths));
    QString stateError;
    // Only for the epoch it reports; a node without a config holds nothing either way.
    if (!e->m_state->load(&stateError))
        AgentLog::get("agent")->warn("state: {}", stateError.toStdString());
    e->m_status = std::make_unique<StatusProvider>(e->m_config, node, e->m_state.get());
    e->m_status->setRole(protocol::Role::Unconfigured);
    if (!configError.isNull())
        e->m_status->setSource([json = configError.toJson()] {
            return QJsonObject{{QStringLiteral("config_error"), json}};
        });
    e->buildMethods(QString());
    return e;
}

void DaemonEngine::buildMethods(const QString& loadedChecksum)
{
    m_configMethods = std::make_unique<ConfigMethods>(m_paths.config, m_node, loadedChecksum);
    m_nodeMethods = std::make_unique<NodeMethods>(m_node, QList<QPair<QString, QString>>{
                                                              {QStringLiteral("config"), m_paths.config},
                                                              {QStringLiteral("state_dir"), m_paths.stateDir},
                                                              {QStringLiteral("socket"), m_paths.socket},
                                                          });
    m_methods = std::make_unique<ControlMethods>(m_status.get(), m_coordinatorMethods.get());
    m_methods->setConfigMethods(m_configMethods.get());
    m_methods->setNodeMethods(m_nodeMethods.get());
    m_methods->setDivergenceMethods(std::make_unique<DivergenceMethods>(m_node, m_paths.stateDir));
    m_mirrorSshMethods = std::make_unique<MirrorSshMethods>(MirrorSshMethods::Settings{
        m_node, QFileInfo(m_paths.stateDir).absoluteFilePath(), QCoreApplication::applicationFilePath(),
        m_paths.authorizedKeys.isEmpty() ? AuthorizedKeys::defaultPath() : m_paths.authorizedKeys, m_events.get()});
    m_methods->setMirrorSshMethods(m_mirrorSshMethods.get());
    m_postgresMethods = std::make_unique<PostgresMethods>(m_node);
    m_methods->setPostgresMethods(m_postgresMethods.get());
}

bool DaemonEngine::startHeartbeat(RpcError* error)
{
    return !m_heartbeat || m_heartbeat->start(error);
}

void DaemonEngine::start()
{
    if (!m_coordinator)
        return;
    m_events->record(protocol::EventType::AgentStarted, {{QStringLiteral("epoch"), m_state->epoch()},
                                                         {QStringLiteral("role"), protocol::roleName(m_state->role())},
                                                         {QStringLiteral("version"), protocol::twinhaVersion()},
                                                         {QStringLiteral("config_checksum"), m_config.checksum}});
    m_coordinator->start();
    if (m_metrics)
        m_metrics->start();
    if (m_history)
        m_history->start();
    m_coordinator->enableGuard({QCoreApplication::applicationFilePath(), QFileInfo(m_paths.config).absoluteFilePath(),
                                m_node, QFileInfo(m_paths.stateDir).absoluteFilePath()});
}

QString DaemonEngine::role() const
{
    return protocol::roleName(m_status->current().role);
}

qint64 DaemonEngine::epoch() const
{
    return m_state->epoch();
}

} // namespace twinha::agent
