#pragma once

#include "agent/replication/InotifyWatcher.h"
#include "agent/replication/PendingChanges.h"
#include "agent/replication/RetryBackoff.h"
#include "agent/replication/RsyncPush.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace twinha::agent {

// The source side of a mirror channel: watches the folder, remembers what changed and since
// when, and pushes to the peer's receiver 100 ms after a change and at least every interval.
// A failed push is retried with backoff; a drain pushes at once and reports when nothing is left,
// and needs no push when nothing changed since the last one.
// A receiver that asks for a kept set (DivergenceHooks) gets the push again at once, keeping into it.
class MirrorSender : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString channel;
        QString path;
        int intervalS = 30;
        QByteArray password;
        MirrorTransport transport;
    };

    explicit MirrorSender(const Settings& settings, QObject* parent = nullptr);

    void start(const QString& peerHost, quint16 peerPort);
    void stop();
    void drain(int timeoutMs);

    bool isActive() const { return m_active; }
    bool isPushing() const { return m_push.isRunning(); }
    bool hasPending() const { return !m_pending.isEmpty(); }
    std::optional<double> lagS() const;
    // The peer had everything this node wrote: the last push succeeded and nothing changed since.
    // What a planned switchover's drain leaves behind; anything else may leave the peer short.
    bool shippedEverything();
    int pendingFiles() const { return m_pending.fileCount(); }
    qint64 pendingBytes() const { return m_pending.byteCount(); }
    QDateTime lastSync() const { return m_lastSync; }
    // REPLICATION_SYNC_FAILED or REPLICATION_PATH_MISSING from the last attempt, or null.
    protocol::RpcError error() const { return m_error; }

Q_SIGNALS:
    void changed();
    void drained(bool ok, const twinha::protocol::RpcError& error);

private:
    void onChange(const QString& path);
    void onOverflow();
    void syncNow();
    void onPushFinished(bool ok, const protocol::RpcError& error);
    void failAttempt(const protocol::RpcError& error);
    void finishDrain(bool ok, const protocol::RpcError& error);
    bool ensureWatching();
    bool nothingToShip();
    qint64 nowMs() const { return m_clock.elapsed(); }

    Settings m_settings;
    QString m_peerHost;
    quint16 m_peerPort = 0;
    bool m_active = false;
    InotifyWatcher m_watcher;
    PendingChanges m_pending;
    RsyncPush m_push;
    protocol::Backoff m_backoff = replicationRetryBackoff();
    QElapsedTimer m_clock;
    QTimer m_debounce;
    QTimer m_interval;
    QTimer m_retry;
    QTimer m_drainDeadline;
    qint64 m_pushCut = 0;
    qint64 m_pushStartMs = 0;
    QDateTime m_pushStart;
    QDateTime m_lastSync;
    bool m_draining = false;
    bool m_drainPushStarted = false; // a push began after drain() was called
    QString m_keepIn;                // the kept set the receiver asked for, until a push into it succeeded
    protocol::RpcError m_error;
};

} // namespace twinha::agent
