#pragma once

#include "agent/replication/ReceiverGate.h"
#include "agent/replication/RetryBackoff.h"
#include "agent/resources/CommandRunner.h"
#include "agentlink/protocol/RpcError.h"

#include <QObject>
#include <QTimer>

namespace twinha::agent {

// This node's rsync daemon for one mirror channel, run in the foreground and supervised:
//   rsync --daemon --no-detach --config=STATE/rsync/CHAN.conf --port=P --address=HOST
// The config and secrets are written from scratch at every start, so they always match the
// current settings. If the daemon dies it is restarted with backoff. The module excludes the kept
// sets (KeptSet), so no push reaches them, except while a set is being filled: then the daemon
// runs the DivergenceHooks instead, which let only a push that keeps into that set through.
// Over ssh (MirrorTransport) no daemon listens: the same config is served by `rsync --server
// --daemon` that the peer's ssh login starts through `twinha-agent mirror-serve`, and only while
// this receiver holds its gate (ReceiverGate) open.
class RsyncReceiver : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString channel;
        QString path; // where the copy lands
        QString host; // the address to listen on
        quint16 port = 0;
        QByteArray password;
        QString stateDir;
        bool overSsh = false;
    };

    explicit RsyncReceiver(const Settings& settings, QObject* parent = nullptr);
    ~RsyncReceiver() override;

    void start();
    // While held, a start waits; it goes ahead once released (MirrorChannel::holdReceiver).
    void setHeld(bool held);
    // The kept set's hook scripts (both empty: none). The daemon reads its config at every
    // connection, so a running one follows from its next push on.
    void setHooks(const QString& preXfer, const QString& postXfer);
    // Back once nothing of the daemon runs: a push in progress is killed, and the file it was
    // writing removed (RsyncTempFiles).
    void stop();
    bool isRunning() const { return m_daemon != nullptr || m_gate.isOpen(); }
    // REPLICATION_RECEIVER_FAILED {address, detail} after the last failure, until a restart.
    protocol::RpcError error() const { return m_error; }

    QString configPath() const;
    QString secretsPath() const;
    // The module's confinement: as root the daemon chroots into the folder; otherwise it cannot,
    // and munges symlinks instead, so that a link a push created cannot lead outside the folder.
    static QString confinement(bool asRoot);
    QString logPath() const;
    static QString configPath(const QString& stateDir, const QString& channel);
    static QString gatePath(const QString& stateDir, const QString& channel);

Q_SIGNALS:
    void changed();

private:
    bool writeFiles(QString* detail) const;
    bool writeConfig(QString* detail) const;
    void launch();
    void endDaemon();
    void openGate();
    void closeGate();
    // MirrorServers::endAll, and the files the ended pushes had not finished writing removed.
    int endServersOverSsh() const;
    void onFinished(const CommandRunner::Result& result);
    void fail(const QString& detail);
    QString lastLogLine() const;

    Settings m_settings;
    QString m_preXfer;
    QString m_postXfer;
    CommandRunner* m_daemon = nullptr; // one per start, so that a stopping one can end on its own
    ReceiverGate m_gate;               // over ssh: open while receiving
    bool m_wanted = false;
    bool m_held = false;
    protocol::Backoff m_backoff = replicationRetryBackoff();
    QTimer m_restartTimer;
    QTimer m_stableTimer; // a daemon that stayed up this long earns a fresh backoff
    protocol::RpcError m_error;
};

} // namespace twinha::agent
