#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/config/ConfigSettle.h"
#include "agentlink/protocol/EventType.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace twinha::agent {

class Coordinator;
class DaemonEngine;
class EventLog;
struct ClientCredentials;

// This node's part in a config change that both nodes take together. A console or twinhactl
// (agentlink/ConfigApplyRun) prepares both nodes, then commits both:
//   config.prepare  validates the text as this node would run it (its key, its heartbeat ports),
//                   stages it in STATE_DIR, and freezes the agents' automatic moves on this node;
//   config.commit   writes it with a backup and reloads (nothing is live before);
//   config.abort    drops the staged text.
// Frozen (Coordinator::setConfigFreeze) means that no group is started here: a silent peer is
// exactly what a peer on other ports looks like. A group that runs keeps running under the usual
// rules, including the stops that a lost witness lease or an isolated node call for, since the
// freeze is this node's own and its peer may not be frozen. The freeze ends once the peer is heard
// running the same config. A prepared node that sees no commit within the change's timeout rolls back by
// itself; then it waits one more timeout (the peer may still have been committed) and for the peer
// on its old config before unfreezing. A node that does not hear its peer on its config within a
// bound reports CONFIG_PEER_UNHEARD in status ("config_apply") and the journal, and stays frozen.
// A daemon that restarts while prepared treats the change as rolled back at its start.
// Lives beside the control socket, across reloads: every new engine is attach()ed.
class ConfigApply : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;
    static constexpr int kMinTimeoutMs = 1000;
    static constexpr int kMaxTimeoutMs = 600000;
    static constexpr int kWatchMs = 100;
    // After a commit the peer should be heard within a few dead times; never less than this.
    static constexpr int kMinPeerBoundMs = 5000;

    ConfigApply(const QString& configPath, const QString& node, const QString& stateDir, QObject* parent = nullptr);
    ~ConfigApply() override;

    // Called after a commit's reply is on its way; replaces the engine (DaemonCommand).
    void setReload(std::function<void()> reload) { m_reload = std::move(reload); }
    // The engine that runs now (at start-up and after every reload); frozen at once while a change
    // is pending, before it starts deciding.
    void attach(DaemonEngine* engine);

    // config.prepare, config.commit and config.abort; nullopt for any other method.
    std::optional<protocol::RpcMessage> handle(const protocol::RpcMessage& request, const ClientCredentials& client);

    bool isPrepared() const { return m_prepared.has_value(); }
    bool isFrozen() const { return m_prepared.has_value() || m_settle.has_value(); }
    // {tx, phase, by, checksum, timeout_ms, waiting_for_peer, problem}; empty when nothing is pending.
    QJsonObject stateJson() const;
    QString stagedPath() const;
    QString recordPath() const; // {tx, by, checksum, timeout_ms} of the staged text

private:
    struct Prepared
    {
        QString tx;
        QByteArray text;
        QByteArray key;
        QString checksum;
        QString diskChecksum; // of the file when prepared; a commit refuses another
        QString by;
        int timeoutMs = kDefaultTimeoutMs;
        int deadTimeMs = 1000; // the new config's
    };

    protocol::RpcMessage prepare(const protocol::RpcMessage& request, const ClientCredentials& client);
    protocol::RpcMessage commit(const protocol::RpcMessage& request, const ClientCredentials& client);
    protocol::RpcMessage abort(const protocol::RpcMessage& request, const ClientCredentials& client);
    // The prepare's checks after the parameters: none running, valid here, ports free, file unchanged.
    std::optional<protocol::RpcError> refusePrepare(const QByteArray& text, bool keyProvided,
                                                    const std::optional<QString>& expected, QJsonObject* validation,
                                                    int* deadTimeMs) const;
    void dropStaged();
    void resumeAfterRestart();
    void rollBack();
    void watch();
    void publish();
    void record(protocol::EventType type, const QJsonObject& data, const QString& actor = QStringLiteral("agent"));
    qint64 nowMs() const { return m_clock.elapsed(); }

    QString m_path;
    QString m_node;
    QString m_stateDir;
    std::function<void()> m_reload;
    // Of the attached engine; the coordinator pointer clears itself when a reload destroys it.
    QPointer<Coordinator> m_coordinator;
    EventLog* m_events = nullptr;
    QString m_running; // the attached engine's config checksum; empty on a blank node
    AgentConfig m_runningConfig;
    QString m_peer;
    QJsonArray m_links; // "name local -> peer" per link of the running config
    std::optional<Prepared> m_prepared;
    std::optional<ConfigSettle> m_settle;
    protocol::RpcError m_problem; // CONFIG_PEER_UNHEARD once reported, until the change settles
    bool m_resumed = false;       // found a change prepared by the daemon before: journal it at attach
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QTimer m_watch;
};

} // namespace twinha::agent
