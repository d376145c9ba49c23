#pragma once

#include "agent/config/AgentConfig.h"

#include <QJsonObject>
#include <QLocalServer>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace twinha::agent {

class ResourceGroup;

// The guard's work (see GuardCommand): it takes "held" and "stop_after_ms" from whichever daemon
// spoke last, and stops the held groups when the deadline passes without a further word. It asks
// to quit (finished()) once nothing is left to guard and no daemon is connected.
//
// At the deadline it first reads what the agent wrote meanwhile: a starved guard's timer can come
// before the word that sat in its socket. A word sent after the deadline counts only when it shows
// that the agent's heartbeats went on in time for the peer: a new "heartbeat_at" no later than
// "resume_within_ms" after the round before the last one ("heartbeat_round_before_at"), which the
// peer heard even if the last round was lost. When the whole machine pauses, the agent and the
// guard stop together, and the peer heard nothing amiss. The guard waits for such a word only when it
// ran late itself (kLateMs): a guard that ran on time while the agent said nothing stops at once.
class GuardKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIdleExitMs = 10000; // no daemon at all for this long: nothing to guard
    static constexpr int kLateMs = 20;        // the guard's own deadline ran this late: it was held too
    // How long a late guard waits for the word at most. The agent's heartbeat thread runs at
    // real-time priority and tells the guard of each heartbeat as it goes out, so once the machine
    // runs again it speaks within a few ms; the wait comes out of the time the stop has before the
    // peer may take over.
    static constexpr int kGraceMs = 50;

    GuardKeeper(const AgentConfig& config, const QString& node, QObject* parent = nullptr);
    ~GuardKeeper() override;

    // Listens on `socketPath`; false when another guard already does (that one keeps guarding).
    bool listen(const QString& socketPath, QString* error);
    // One line from a daemon: {"held": [groups], "stop_after_ms": N} (N < 0: never stop them).
    void onReport(const QByteArray& line);
    // The daemon's world is going down (SIGTERM): stop what is held now, then finish.
    void stopNow(const char* why);
    QStringList held() const { return m_held; }

Q_SIGNALS:
    void finished();
    void stopped(const QStringList& groups); // for the tests

private:
    // What a word that comes after the deadline shows.
    enum class LateWord
    {
        InTime,  // heartbeats went on in time for the peer: the groups run on
        NotYet,  // the agent lives, but no heartbeat has gone out since: wait
        TooLate, // the peer may be taking over: stop
    };
    LateWord judgeLateWord(qint64 sentAt, qint64 heartbeatAt) const;
    void onDeadline();
    void onGraceOver();
    void readPendingWords();
    void stopHeld(const char* why);
    // To every agent connected: {"stopping": group} as a stop begins, {"stopped": group, "ok": bool}
    // once it is over.
    void tellAgents(const QJsonObject& notice);
    void maybeFinish();

    QString m_node;
    QMap<QString, ResourceGroup*> m_groups;
    QLocalServer m_server;
    int m_clients = 0;
    QStringList m_held;
    QSet<QString> m_stopping;
    QTimer m_deadline;
    QTimer m_grace; // a late guard waiting for the agent's word
    QTimer m_idle;
    qint64 m_dueAt = -1;        // steadyMs() when the deadline falls due
    qint64 m_heartbeatAt = -1;  // the agent's last heartbeat out, by its last word in time
    qint64 m_lastChanceAt = -1; // with that word: a later heartbeat may come too late for the peer
    bool m_overdue = false;     // the deadline passed, and the groups are not stopped yet
    bool m_finishing = false;
    bool m_agentAway = false; // since a connection closed, until the next word
};

} // namespace twinha::agent
