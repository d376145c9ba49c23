#pragma once

#include "agent/config/AgentConfig.h"

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
class GuardKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIdleExitMs = 10000; // no daemon at all for this long: nothing to guard

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
    void onDeadline();
    void stopHeld(const char* why);
    void maybeFinish();

    QString m_node;
    QMap<QString, ResourceGroup*> m_groups;
    QLocalServer m_server;
    int m_clients = 0;
    QStringList m_held;
    QSet<QString> m_stopping;
    QTimer m_deadline;
    QTimer m_idle;
    bool m_finishing = false;
    bool m_agentAway = false; // since a connection closed, until the next word
};

} // namespace twinha::agent
