#include "agentlink/ErrorText.h"

#include "agentlink/ErrorTextTable.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/ConfigRule.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/NodeDiscovery.h"
#include "agentlink/protocol/NotifyFailure.h"

#include <QJsonArray>

namespace twinha::agentlink {

namespace codes = protocol::codes;

namespace errortext {
QString str(const QJsonObject& p, const char* key)
{
    const QJsonValue v = p.value(QLatin1String(key));
    if (v.isArray()) { // a list such as tiebreaker targets
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << (item.isDouble() ? QString::number(item.toDouble()) : item.toString());
        return StatusText::list(items);
    }
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

QString where(const QJsonObject& p)
{
    const QString host = str(p, "host");
    const QString address = agentlink::NodeEndpoint::hostPort(host, str(p, "port").toInt());
    const QString jump = str(p, "jump");
    if (jump.isEmpty())
        return address;
    if (jump == host)
        return agentlink::ErrorText::tr("the jump host %1").arg(address);
    return agentlink::ErrorText::tr("%1 (through the jump host %2)").arg(address, jump);
}

QString configRule(const QJsonObject& p)
{
    protocol::ConfigRule rule{p.value(QStringLiteral("rule")).toString(), {}};
    for (const QJsonValue& arg : p.value(QStringLiteral("args")).toArray())
        rule.args << arg.toString();
    return rule.isKnown() ? rule.translated() : str(p, "detail");
}
} // namespace errortext

namespace {
using errortext::configRule;
using errortext::str;
using errortext::where;

// The console's own codes, the link's and the wizard's; the agent's engine codes are in
// ErrorTextAgent.cpp.
errortext::Table makeRenderers()
{
    errortext::Table table{
        {codes::kParseError,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "The agent could not read a request (%1). Check that console and agent versions match.")
                 .arg(str(p, "detail"));
         }},
        {codes::kInvalidRequest,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent rejected a malformed request (%1).").arg(str(p, "detail"));
         }},
        {codes::kMethodNotFound,
         [](const QJsonObject&) {
             return ErrorText::tr("The agent does not support this operation. Upgrade the agent on this node.");
         }},
        {codes::kInvalidParams,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent rejected the request's parameters (%1).").arg(str(p, "detail"));
         }},
        {codes::kInternalError,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent hit an internal error (%1). See the agent's log on the node.")
                 .arg(str(p, "detail"));
         }},
        {codes::kPermissionDenied,
         [](const QJsonObject& p) {
             if (!str(p, "group").isEmpty() && !str(p, "user").isEmpty())
                 return ErrorText::tr("Permission denied: %1 may observe the cluster but not operate it. Add %1 to "
                                      "the group %2 on this node (control.operators_group in cluster.toml), then "
                                      "connect again.")
                     .arg(str(p, "user"), str(p, "group"));
             return ErrorText::tr("Permission denied: this SSH user may observe the cluster but not operate it. Log in "
                                  "as a member of the operators group.");
         }},
        {codes::kDaemonUnreachable,
         [](const QJsonObject& p) {
             if (str(p, "errno") == QLatin1String("EACCES") && !str(p, "user").isEmpty() && !str(p, "group").isEmpty())
                 return ErrorText::tr("%1 may not open the agent's control socket %2 (group %3, mode %4). Add %1 to "
                                      "the group %3 on this node (control.socket_group in cluster.toml), then connect "
                                      "again.")
                     .arg(str(p, "user"), str(p, "socket"), str(p, "group"), str(p, "mode"));
             return ErrorText::tr("The TwinHA agent service is not running on this node (no answer on %1). Start it "
                                  "with \"systemctl start twinha-agent\".")
                 .arg(str(p, "socket"));
         }},
        {codes::kDaemonConnectionLost,
         [](const QJsonObject&) {
             return ErrorText::tr("The TwinHA agent service on this node stopped during the session. Check \"systemctl "
                                  "status twinha-agent\"; the console reconnects by itself.");
         }},
        {codes::kProtocolVersionUnsupported,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent (version %1) speaks protocol %2, but this console speaks protocol %3. "
                                  "Install matching versions of the console and the agent.")
                 .arg(str(p, "agent_version"), str(p, "agent_major"), str(p, "console_major"));
         }},
        {codes::kHostUnreachable,
         [](const QJsonObject& p) {
             return ErrorText::tr("Cannot connect to %1: %2. Check the address, the port and that sshd is running.")
                 .arg(where(p), str(p, "detail"));
         }},
        {codes::kConnectTimeout,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "No answer from %1 in time. Check that the host is up and that no firewall drops the SSH port.")
                 .arg(where(p));
         }},
        {codes::kHostKeyUnknown,
         [](const QJsonObject& p) {
             return ErrorText::tr("The host key of %1 is not known yet (%2 %3). Compare the fingerprint with the "
                                  "server's before trusting it.")
                 .arg(where(p), str(p, "key_type"), str(p, "fingerprint"));
         }},
        {codes::kHostKeyChanged,
         [](const QJsonObject& p) {
             return ErrorText::tr("WARNING: the host key of %1 has changed (now %2). Someone may be intercepting the "
                                  "connection. Connection refused; if the server was really reinstalled, remove its "
                                  "old key from %3 and verify the new one.")
                 .arg(where(p), str(p, "fingerprint"), str(p, "known_hosts"));
         }},
        {codes::kHostKeyOtherType,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "WARNING: %1 offered a %2 host key, but a key of another type is on record. Someone may be "
                        "intercepting the connection. Connection refused; verify the server's keys before changing %3.")
                 .arg(where(p), str(p, "key_type"), str(p, "known_hosts"));
         }},
        {codes::kKnownHostsUnreadable,
         [](const QJsonObject& p) {
             return ErrorText::tr("Cannot read the known-hosts file %1. Check that it exists and is readable.")
                 .arg(str(p, "known_hosts"));
         }},
        {codes::kAuthFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("Authentication as \"%1\" on %2 failed (server offers: %3). Check the user name and "
                                  "that your key is in the server's authorized_keys.")
                 .arg(str(p, "user"), str(p, "host"), str(p, "offered"));
         }},
        {codes::kAuthCancelled,
         [](const QJsonObject& p) {
             return ErrorText::tr("Login to %1 was cancelled. Connect again when you have the credentials at hand.")
                 .arg(where(p));
         }},
        {codes::kKnownHostsUnwritable,
         [](const QJsonObject& p) {
             return ErrorText::tr("The host key of %1 was accepted but could not be saved to %2 (%3). Check that the "
                                  "folder is writable.")
                 .arg(where(p), str(p, "known_hosts"), str(p, "detail"));
         }},
        {codes::kKeyPassphraseWrong,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "The passphrase for the private key %1 was wrong three times. Connect again and retype it.")
                 .arg(str(p, "identity"));
         }},
        {codes::kIdentityUnreadable,
         [](const QJsonObject& p) {
             return ErrorText::tr("Cannot load the private key %1. Check the path and its permissions.")
                 .arg(str(p, "identity"));
         }},
        {codes::kIdentityTooOpen,
         [](const QJsonObject& p) {
             return ErrorText::tr("The private key %1 can be read by others (mode %2), so it was not used, as ssh "
                                  "would not use it either. Run \"chmod 600 %1\" and connect again.")
                 .arg(str(p, "identity"), str(p, "mode"));
         }},
        {codes::kKeyPassphraseNeeded,
         [](const QJsonObject& p) {
             return ErrorText::tr("The private key %1 is passphrase-protected and there is nobody to ask for the "
                                  "passphrase: load it into ssh-agent (ssh-add %1) or run on a terminal.")
                 .arg(str(p, "identity"));
         }},
        {codes::kAuthTooManyTries,
         [](const QJsonObject& p) {
             return ErrorText::tr("%1 stopped the login as \"%2\" after too many keys were offered (sshd's "
                                  "MaxAuthTries; tried: %3). The ssh-agent probably holds several keys: set "
                                  "\"identities_only\": true for this node in the cluster profile, with its "
                                  "\"identity\" key, or remove keys from the agent (ssh-add -d).")
                 .arg(where(p), str(p, "user"), str(p, "tried"));
         }},
        {codes::kSshError,
         [](const QJsonObject& p) { return ErrorText::tr("SSH error with %1: %2").arg(where(p), str(p, "detail")); }},
        {codes::kChannelFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The SSH server on %1 refused to open a session channel: %2")
                 .arg(where(p), str(p, "detail"));
         }},
        {codes::kJumpForwardFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The jump host %1 refused to forward the connection to %2: %3. Check "
                                  "AllowTcpForwarding on the jump host and that it can reach the node.")
                 .arg(where(p), str(p, "target"), str(p, "detail"));
         }},
        {codes::kAgentCommandFailed,
         [](const QJsonObject& p) {
             if (str(p, "exit_status") == QLatin1String("127"))
                 return ErrorText::tr("twinha-agent is not installed on this node (command not found). Install the "
                                      "twinha-agent package there.");
             return ErrorText::tr("The agent session ended (exit status %1). %2")
                 .arg(str(p, "exit_status"), str(p, "stderr"));
         }},
        {codes::kAgentShellOutput,
         [](const QJsonObject& p) {
             return ErrorText::tr("The server printed \"%1\" instead of starting the agent. Check the account's "
                                  "login shell, ~/.bashrc or ~/.profile (they must not print for a command "
                                  "session) and any ForceCommand in sshd_config.")
                 .arg(str(p, "line"));
         }},
        {codes::kMalformedMessage,
         [](const QJsonObject& p) {
             return ErrorText::tr("The node sent something that is not a TwinHA message (%1). Check that the agent "
                                  "command in the profile is right.")
                 .arg(str(p, "detail"));
         }},
        {codes::kLineTooLong,
         [](const QJsonObject& p) {
             return ErrorText::tr("The node sent an oversized message (over %1 bytes); it was ignored.")
                 .arg(str(p, "limit"));
         }},
        {codes::kRequestTimeout,
         [](const QJsonObject&) {
             return ErrorText::tr("The agent did not answer in time. The node may be overloaded.");
         }},
        {codes::kConnectionLost,
         [](const QJsonObject&) {
             return ErrorText::tr("The connection to the node was lost. The console reconnects by itself.");
         }},
        {codes::kConfigSyntax,
         [](const QJsonObject& p) {
             return ErrorText::tr("The config is not valid TOML at line %1, column %2 (%3). Correct the syntax there.")
                 .arg(str(p, "line"), str(p, "column"), configRule(p));
         }},
        {codes::kConfigFieldMissing,
         [](const QJsonObject& p) {
             return ErrorText::tr("The setting \"%1\" is missing. Fill it in.").arg(str(p, "field"));
         }},
        {codes::kConfigFieldInvalid,
         [](const QJsonObject& p) {
             return ErrorText::tr("The setting \"%1\" is not valid (%2). Correct it.")
                 .arg(str(p, "field"), configRule(p));
         }},
        {codes::kConfigInvalid,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent refused the config: it has %n error(s). Correct them and apply again.",
                                  nullptr, p.value(QStringLiteral("errors")).toInt());
         }},
        {codes::kConfigChangedOnDisk,
         [](const QJsonObject& p) {
             return ErrorText::tr("The config %1 was changed on the node since it was read, so nothing was written. "
                                  "Reload the config, review the changes and apply again.")
                 .arg(str(p, "path"));
         }},
        {codes::kConfigWriteFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent could not write the config %1 (%2); the previous config is unchanged. "
                                  "Free disk space or fix the folder's permissions on the node.")
                 .arg(str(p, "path"), str(p, "detail"));
         }},
        {codes::kConfigReloadFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The config was written, but the agent could not start with it (%1: %2). See the "
                                  "agent's log on the node.")
                 .arg(str(p, "code"), str(p, "detail"));
         }},
        {codes::kSystemdUnavailable,
         [](const QJsonObject& p) {
             if (protocol::systemdGapFrom(str(p, "reason")) == protocol::SystemdGap::NotRunning)
                 return ErrorText::tr("systemd is not running on this node, so it has no services to choose from. "
                                      "Use a script resource instead.");
             return ErrorText::tr("The agent could not list the systemd services on this node (%1). Type the unit "
                                  "name instead.")
                 .arg(str(p, "detail"));
         }},
        {codes::kNodeWalksBusy,
         [](const QJsonObject& p) {
             return ErrorText::tr("The node already has %n folder check(s) waiting. Check the paths again in a "
                                  "moment.",
                                  nullptr, p.value(QStringLiteral("waiting")).toInt());
         }},
        {codes::kNotifyNotDelivered,
         [](const QJsonObject& p) {
             using protocol::NotifyFailure;
             switch (protocol::notifyFailureFrom(str(p, "reason"))) {
             case NotifyFailure::Timeout:
                 return ErrorText::tr("%1 did not finish within %2 ms.").arg(str(p, "program"), str(p, "timeout_ms"));
             case NotifyFailure::Exit:
                 //: %3 is what the program printed on its error output
                 return ErrorText::tr("%1 failed with exit status %2: %3")
                     .arg(str(p, "program"), str(p, "exit_status"), str(p, "output"));
             case NotifyFailure::NotStarted:
                 return ErrorText::tr("%1 could not be started. Check that it is installed and executable on the node.")
                     .arg(str(p, "program"));
             case NotifyFailure::Http:
                 return ErrorText::tr("The web server at %1 answered with HTTP status %2.")
                     .arg(str(p, "url"), str(p, "status"));
             case NotifyFailure::Network:
                 //: %2 is the network library's own description of the error
                 return ErrorText::tr("The node could not reach %1: %2").arg(str(p, "url"), str(p, "error"));
             case NotifyFailure::Unknown:
                 break;
             }
             //: a newer agent's reason; %1 is its own description, in English
             return ErrorText::tr("The message was not delivered: %1").arg(str(p, "detail"));
         }},
        {codes::kProfileUnreadable,
         [](const QJsonObject& p) {
             return ErrorText::tr("Cannot open the cluster profile %1: %2").arg(str(p, "path"), str(p, "detail"));
         }},
        {codes::kProfileInvalid,
         [](const QJsonObject& p) {
             const QString line = str(p, "line");
             if (!line.isEmpty())
                 return ErrorText::tr("The cluster profile %1 is not valid JSON at line %2, column %3: %4")
                     .arg(str(p, "path"), line, str(p, "column"), str(p, "detail"));
             return ErrorText::tr("The cluster profile %1 has a bad field \"%2\": %3")
                 .arg(str(p, "path"), str(p, "field"), str(p, "detail"));
         }},
    };
    errortext::addAgentRenderers(table);
    errortext::addConfigApplyRenderers(table);
    errortext::addInstallRenderers(table);
    errortext::addMirrorSshRenderers(table);
    errortext::addPostgresRenderers(table);
    return table;
}

const errortext::Table& renderers()
{
    static const errortext::Table table = makeRenderers();
    return table;
}
} // namespace

QString ErrorText::describe(const protocol::RpcError& error)
{
    if (error.isNull())
        return {};
    const auto it = renderers().constFind(error.code);
    if (it != renderers().cend())
        return (*it)(error.params);
    return tr("Error %1 reported by the agent.").arg(error.code);
}

bool ErrorText::knows(const QString& code)
{
    return renderers().contains(code);
}

} // namespace twinha::agentlink
