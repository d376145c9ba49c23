#include "agentlink/RemoteCommand.h"

#include "agentlink/SshConnection.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QElapsedTimer>

namespace twinha::agentlink {

QString RemoteCommand::output(int limit) const
{
    QByteArray both = err.trimmed();
    if (!out.trimmed().isEmpty())
        both += (both.isEmpty() ? QByteArray() : QByteArrayLiteral("\n")) + out.trimmed();
    const QString text = QString::fromUtf8(both);
    return text.size() > limit ? QStringLiteral("…") + text.right(limit) : text;
}

RemoteCommand RemoteCommand::run(SshConnection& connection, const QByteArray& command, const QByteArray& input,
                                 int timeoutMs)
{
    RemoteCommand result;
    if (result.error = connection.exec(command); !result.error.isNull())
        return result;
    if (!input.isEmpty())
        if (result.error = connection.write(input); !result.error.isNull())
            return result;
    if (result.error = connection.sendEof(); !result.error.isNull())
        return result;
    QElapsedTimer clock;
    clock.start();
    bool eof = false;
    while (!eof) {
        if (connection.stop().requested()) {
            result.error = connection.sshError(protocol::codes::kConnectionLost);
            return result;
        }
        if (clock.elapsed() > timeoutMs) {
            result.error = connection.sshError(protocol::codes::kRequestTimeout);
            result.error.params.insert(QStringLiteral("timeout_ms"), timeoutMs);
            return result;
        }
        if (result.error = connection.read(&result.out, 100, &eof); !result.error.isNull())
            return result;
        result.err += connection.readStderr();
    }
    result.err += connection.readStderr();
    result.exitStatus = connection.exitStatus();
    return result;
}

} // namespace twinha::agentlink
