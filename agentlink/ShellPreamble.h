#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QByteArray>
#include <QStringList>

namespace twinha::agentlink {

// What the server prints before the agent speaks: a .bashrc or motd that echoes, a login shell
// of nologin, a ForceCommand, internal-sftp. Until the agent's first message, such text is kept
// aside instead of being taken for broken protocol, text glued onto the agent's first line (a
// banner without a final newline) is cut off, and a session that never reaches the agent is
// explained by the first line the server printed.
class ShellPreamble
{
public:
    static constexpr int kKeptLines = 5;

    void reset();
    // The part of `line` to read as a message: all of it once the agent has spoken, else from its
    // first '{' (what comes before is kept as printed text); empty when the line is printed text.
    QByteArray messagePart(const QByteArray& line);
    // A line that did not read as a message before the agent spoke: printed text, not an error.
    void keep(const QByteArray& text);
    void agentSpoke() { m_agentSpoke = true; }
    bool hasAgentSpoken() const { return m_agentSpoke; }
    // The first non-empty line the server printed, or empty.
    QString firstLine() const { return m_lines.value(0); }

    // `failure` as the user should read it: AGENT_SHELL_OUTPUT {node, line, exit_status?} when the
    // session failed or fell silent before the agent spoke, after the server printed text.
    protocol::RpcError explain(const protocol::RpcError& failure, const QString& node) const;

private:
    bool m_agentSpoke = false;
    QStringList m_lines;
};

} // namespace twinha::agentlink
