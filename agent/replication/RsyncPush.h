#pragma once

#include "agent/replication/MirrorTransport.h"
#include "agent/resources/CommandRunner.h"
#include "agentlink/protocol/RpcError.h"

#include <QObject>

namespace twinha::agent {

// One run of the rsync client that pushes a folder to the peer's receiver:
//   rsync -a --delete --partial-dir=.twinha-partial --numeric-ids --timeout=30 --contimeout=10
//   --exclude=/.twinha-divergence/ --modify-window=-1
//         [--backup-dir=.twinha-divergence/ID] SRC/ rsync://twinha@HOST:PORT/MODULE/
// or, over ssh (MirrorTransport), the same with -e "ssh ..." --rsync-path=... SRC/ twinha@HOST::MODULE/
// where PORT is the peer's sshd.
// The password travels in RSYNC_PASSWORD, never on the command line where ps would show it.
// The kept sets (KeptSet) are never shipped nor deleted. A receiver that must keep what a push
// deletes or overwrites refuses it and names the set (DivergenceHooks); the next push names it
// in --backup-dir.
class RsyncPush : public QObject
{
    Q_OBJECT

public:
    // Relative: beside each file in the receiver's folder; rsync excludes it from the transfer and
    // from --delete by itself, and removes it once empty.
    static inline const QString kPartialDir = QStringLiteral(".twinha-partial");

    explicit RsyncPush(QObject* parent = nullptr);
    ~RsyncPush() override;

    void setTransport(const MirrorTransport& transport) { m_transport = transport; }

    // Ignored while a run is in progress. keepIn: the receiver's kept set to move what this push
    // deletes or overwrites into, or empty.
    void start(const QString& sourceDir, const QString& host, quint16 port, const QString& module,
               const QByteArray& password, const QString& keepIn = {});
    // Kills a running push without reporting it.
    void abort();
    bool isRunning() const { return m_run != nullptr; }
    // The kept set the receiver asked for when it refused the last run, or empty.
    QString keepRequest() const { return m_keepRequest; }

    static QStringList arguments(const QString& sourceDir, const QString& host, quint16 port, const QString& module,
                                 const QString& keepIn = {}, const MirrorTransport& transport = {});

Q_SIGNALS:
    // error: REPLICATION_SYNC_FAILED {exit_status, detail} when !ok.
    void finished(bool ok, const twinha::protocol::RpcError& error);

private:
    void onFinished(const CommandRunner::Result& result);

    CommandRunner* m_run = nullptr; // one per run, so that an aborted one can die on its own
    QString m_keepRequest;
    MirrorTransport m_transport;
};

} // namespace twinha::agent
