#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QObject>

class QProcess;

namespace twinha::agent {

// One run of the rsync client that pushes a folder to the peer's receiver:
//   rsync -a --delete --partial --numeric-ids --timeout=30 --contimeout=10 SRC/ rsync://twinha@HOST:PORT/MODULE/
// The password travels in RSYNC_PASSWORD, never on the command line where ps would show it.
class RsyncPush : public QObject
{
    Q_OBJECT

public:
    explicit RsyncPush(QObject* parent = nullptr);
    ~RsyncPush() override;

    // Ignored while a run is in progress.
    void start(const QString& sourceDir, const QString& host, quint16 port, const QString& module,
               const QByteArray& password);
    // Kills a running push without reporting it.
    void abort();
    bool isRunning() const { return m_process != nullptr; }

    static QStringList arguments(const QString& sourceDir, const QString& host, quint16 port, const QString& module);

Q_SIGNALS:
    // error: REPLICATION_SYNC_FAILED {exit_status, detail} when !ok.
    void finished(bool ok, const twinha::protocol::RpcError& error);

private:
    void onFinished(int exitCode, int exitStatus);
    void onFailedToStart();

    QProcess* m_process = nullptr;
};

} // namespace twinha::agent
