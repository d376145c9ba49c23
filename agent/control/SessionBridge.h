#pragma once

#include "agentlink/protocol/LineBuffer.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class QLocalSocket;
class QSocketNotifier;

namespace twinha::agent {

// `twinha-agent session`: joins the console's SSH channel (stdin/stdout) to the daemon's control
// socket, one JSON object per line each way. It does no work of its own, so it needs no privilege
// beyond the socket's permissions. When the daemon cannot be reached or goes away, it says so in
// one session.error notification, because the console sees only stdout. Under SSH it first sends
// the daemon one session.info notification with $SSH_CLIENT, so operator actions are journaled
// with the address they came from.
class SessionBridge : public QObject
{
    Q_OBJECT

public:
    SessionBridge(const QString& socketPath, int inFd = 0, int outFd = 1, QObject* parent = nullptr);
    ~SessionBridge() override;

    // Connects to the daemon. On failure writes session.error AGENT_DAEMON_UNREACHABLE and
    // returns false; the caller exits with exitcodes::kDaemonUnreachable.
    bool start();

    static constexpr int kDrainMs = 10000;

Q_SIGNALS:
    // The session is over: 0 when stdin closed (after the replies still owed were written, or
    // kDrainMs passed), 3 when the daemon went away.
    void finished(int exitCode);

private:
    void onInputReadable();
    void onSocketReadable();
    void onSocketDisconnected();
    void finish(int exitCode);
    void finishIfDrained();
    static QString idKey(const QJsonValue& id);
    bool writeOut(const QByteArray& bytes);
    void writeSessionError(const char* code, const QString& detail, int errorNumber);

    QString m_socketPath;
    int m_inFd;
    int m_outFd;
    QLocalSocket* m_socket = nullptr;
    QSocketNotifier* m_input = nullptr;
    protocol::LineBuffer m_fromConsole;
    protocol::LineBuffer m_fromDaemon;
    QSet<QString> m_owed; // ids of requests forwarded to the daemon and not yet answered
    QTimer m_drainTimer;
    bool m_inputClosed = false;
    bool m_finished = false;
};

} // namespace twinha::agent
