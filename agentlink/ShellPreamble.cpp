#include "agentlink/ShellPreamble.h"

#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agentlink {

namespace codes = protocol::codes;

void ShellPreamble::reset()
{
    m_agentSpoke = false;
    m_lines.clear();
}

QByteArray ShellPreamble::messagePart(const QByteArray& line)
{
    if (m_agentSpoke)
        return line;
    const qsizetype brace = line.indexOf('{');
    if (brace < 0) {
        keep(line);
        return {};
    }
    keep(line.left(brace));
    return line.mid(brace);
}

void ShellPreamble::keep(const QByteArray& text)
{
    const QString trimmed = QString::fromUtf8(text).trimmed();
    if (!trimmed.isEmpty() && m_lines.size() < kKeptLines)
        m_lines << trimmed.left(200);
}

protocol::RpcError ShellPreamble::explain(const protocol::RpcError& failure, const QString& node) const
{
    const bool silentSession = failure.code == QLatin1String(codes::kAgentCommandFailed) ||
                               failure.code == QLatin1String(codes::kRequestTimeout) ||
                               failure.code == QLatin1String(codes::kConnectionLost);
    if (m_agentSpoke || m_lines.isEmpty() || !silentSession)
        return failure;
    QJsonObject params{{QStringLiteral("node"), node}, {QStringLiteral("line"), m_lines.first()}};
    if (failure.params.contains(QStringLiteral("exit_status")))
        params.insert(QStringLiteral("exit_status"), failure.params.value(QStringLiteral("exit_status")));
    return protocol::RpcError::make(QString::fromLatin1(codes::kAgentShellOutput), params);
}

} // namespace twinha::agentlink
