#include "app/ctl/TrustCommand.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/HostKeyStore.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/SshConnection.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "app/ctl/CtlExitCodes.h"
#include "app/ctl/TerminalPrompter.h"

#include <unistd.h>

namespace twinha::app {

using agentlink::HostKeyInfo;
using agentlink::PromptAnswer;
using agentlink::PromptRequest;
using protocol::RpcError;
namespace codes = protocol::codes;

namespace {
// Host keys are the command's to judge; a jump host's password or passphrase goes to the terminal.
class TrustPrompter : public agentlink::CredentialPrompter
{
public:
    TrustPrompter(const TrustCommand* command, QString expected)
        : m_command(command)
        , m_expected(std::move(expected))
    {}

    PromptAnswer ask(const PromptRequest& r, const agentlink::LinkStop& stop) override
    {
        if (r.kind != PromptRequest::Kind::TrustHostKey)
            return ::isatty(STDIN_FILENO) ? m_terminal.ask(r, stop) : PromptAnswer();
        asked = true;
        PromptAnswer answer;
        if (!m_expected.isEmpty()) // the key the person has just accepted, and no other
            answer.accepted = r.hostKey.fingerprint == m_expected;
        else {
            m_command->showUnknown(r.node, agentlink::NodeEndpoint::hostPort(r.host, r.port), r.hostKey);
            answer.accepted = m_command->confirmKey(r.hostKey, false);
        }
        return answer;
    }

    bool asked = false;

private:
    const TrustCommand* m_command;
    QString m_expected;
    TerminalPrompter m_terminal;
};
} // namespace

void TrustCommand::run()
{
    for (const agentlink::NodeEndpoint& ep : m_ctx.monitor->profile().nodes)
        if (ep.name == m_ctx.argument)
            return Q_EMIT finished(trust(ep));
    printError(agentlink::ErrorText::describe(
        RpcError::make(QString::fromLatin1(codes::kUnknownNode), {{QStringLiteral("node"), m_ctx.argument}})));
    Q_EMIT finished(exitcodes::kUsage);
}

int TrustCommand::trust(const agentlink::NodeEndpoint& endpoint) const
{
    TrustPrompter prompter(this, QString());
    agentlink::SshConnection connection(endpoint, {}, &prompter);
    RpcError error = connection.connectToHost();
    if (error.isNull())
        error = connection.verifyHostKey();
    const HostKeyInfo& key = connection.hostKey();
    if (error.isNull()) {
        if (prompter.asked)
            print(tr("Trusted: the host key of %1 is saved in %2.").arg(endpoint.name, endpoint.knownHostsFile));
        else
            print(tr("The host key of %1 (%2) is already trusted: %3 %4.")
                      .arg(endpoint.name, endpoint.displayAddress(), key.keyType, key.fingerprint));
        return exitcodes::kOk;
    }
    if (error.code == QLatin1String(codes::kHostKeyUnknown) && prompter.asked)
        return exitcodes::kUsage; // not confirmed; confirmKey said why
    if (error.code == QLatin1String(codes::kHostKeyChanged) || error.code == QLatin1String(codes::kHostKeyOtherType))
        return replaceChanged(endpoint, error.params, key);
    printError(agentlink::ErrorText::describe(error));
    return exitcodes::kUnreachable;
}

int TrustCommand::replaceChanged(const agentlink::NodeEndpoint& endpoint, const QJsonObject& where,
                                 const HostKeyInfo& now) const
{
    // The error names the host whose key changed: the node's, or its jump host's.
    const QString host = where.value(QStringLiteral("host")).toString();
    const int port = where.value(QStringLiteral("port")).toInt();
    const QString name = where.value(QStringLiteral("node")).toString();
    agentlink::HostKeyStore store(endpoint.knownHostsFile);
    print(tr("WARNING: the host key of %1 (%2) has CHANGED since it was trusted.")
              .arg(name, agentlink::NodeEndpoint::hostPort(host, port)));
    for (const HostKeyInfo& old : store.keys(host, port))
        print(tr("  trusted until now: %1 %2").arg(old.keyType, old.fingerprint));
    print(tr("  offered now:       %1 %2").arg(now.keyType, now.fingerprint));
    print(tr("Someone may be intercepting the connection, or the server was reinstalled. Replace the key only if you "
             "know why it changed and the new fingerprint matches the server's own."));
    if (!confirmKey(now, true))
        return exitcodes::kUsage;
    QString failure;
    if (store.forget(host, port, &failure) < 0) {
        printError(tr("could not remove the old key from %1: %2").arg(endpoint.knownHostsFile, failure));
        return exitcodes::kUnreachable;
    }
    TrustPrompter prompter(this, now.fingerprint);
    agentlink::SshConnection connection(endpoint, {}, &prompter);
    RpcError error = connection.connectToHost();
    if (error.isNull())
        error = connection.verifyHostKey();
    if (!error.isNull()) {
        printError(error.code == QLatin1String(codes::kHostKeyUnknown)
                       ? tr("the key of %1 changed again while it was being trusted (now %2): nothing was saved.")
                             .arg(name, error.params.value(QStringLiteral("fingerprint")).toString())
                       : agentlink::ErrorText::describe(error));
        return exitcodes::kUnreachable;
    }
    print(tr("Trusted: the host key of %1 is saved in %2.").arg(name, endpoint.knownHostsFile));
    return exitcodes::kOk;
}

void TrustCommand::showUnknown(const QString& node, const QString& address, const HostKeyInfo& key) const
{
    print(tr("The host key of %1 (%2) is not known yet:").arg(node, address));
    print(QStringLiteral("  %1 %2").arg(key.keyType, key.fingerprint));
    print(tr("Compare it with the server's own, for example with \"ssh-keygen -lf "
             "/etc/ssh/ssh_host_ed25519_key.pub\" on the node."));
}

bool TrustCommand::confirmKey(const HostKeyInfo& key, bool changed) const
{
    if (!m_ctx.confirm.isNull()) {
        if (m_ctx.confirm == key.fingerprint)
            return true;
        printError(tr("--confirm %1 is not this key's fingerprint (%2): nothing was saved.")
                       .arg(m_ctx.confirm, key.fingerprint));
        return false;
    }
    if (!::isatty(STDIN_FILENO)) {
        printError(tr("not on a terminal: once you have compared the fingerprint, add --confirm %1 (--yes is not "
                      "enough).")
                       .arg(key.fingerprint));
        return false;
    }
    QByteArray typed;
    const bool answered =
        TerminalPrompter::readLine(changed ? tr("Replace the old key with this one? Type yes or the new fingerprint: ")
                                           : tr("Trust this key? Type yes or its fingerprint: "),
                                   true, &typed);
    const QString answer = QString::fromUtf8(typed).trimmed();
    if (answered && (answer == QLatin1String("yes") || answer == tr("yes") || answer == key.fingerprint))
        return true;
    printError(tr("Not trusted: nothing was saved."));
    return false;
}

} // namespace twinha::app
