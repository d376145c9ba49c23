#pragma once

#include "agentlink/CredentialPrompter.h"
#include "agentlink/LinkStop.h"
#include "agentlink/LinkTimeouts.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/NodePlatform.h"
#include "agentlink/protocol/RpcError.h"

#include <QMutex>
#include <QThread>

#include <memory>

namespace twinha::agentlink {

class SshConnection;

// Installs twinha-agent on a node over SSH, for the setup wizard: logs in as the console does,
// finds the distribution and machine, copies the package over SFTP, installs it with the
// system's package tool (as root, or through sudo with a password asked through the prompter
// and wiped after use), lets the login user reach the agent's control socket (group `twinha`,
// and `twinha-operators` for an operator), and enables and starts the service. Runs on its
// own thread; each step is reported, and a failure names the command and what it printed.
class AgentInstaller : public QThread
{
    Q_OBJECT

public:
    enum class Step
    {
        Connect,
        Detect,
        Privilege,
        Upload,
        Install,
        Permit,
        Start,
    };
    Q_ENUM(Step)
    enum class Role
    {
        Observer,
        Operator,
    };
    struct Request
    {
        NodeEndpoint endpoint;
        LinkTimeouts timeouts;
        QString package;            // a file the user chose; empty: the best in packageFolders
        QStringList packageFolders; // where the console keeps agent packages
        Role role = Role::Operator;
        bool restart = false; // an agent runs already (an older one): restart it on the new version
    };

    AgentInstaller(Request request, std::shared_ptr<CredentialPrompter> prompter, QObject* parent = nullptr);
    ~AgentInstaller() override; // stops and waits

    // What the node turned out to be, and the package chosen for it (once Detect is done).
    NodePlatform platform() const;
    QString packagePath() const;

    // The groups that give `role` its access to the control socket.
    static QString groupsFor(Role role);
    // What root runs on the node to do the same by hand (a node where the user has no sudo).
    static QStringList manualCommands(const NodePlatform& platform, const QString& packageFile, const QString& user,
                                      Role role);
    // The folders the console looks for agent packages in: $TWINHA_AGENT_PACKAGES, then the one
    // the console package installs them to.
    static QStringList defaultPackageFolders();

Q_SIGNALS:
    void stepStarted(twinha::agentlink::AgentInstaller::Step step);
    void finished(const twinha::protocol::RpcError& error); // null: installed and running

protected:
    void run() override;

private:
    protocol::RpcError install(SshConnection& ssh);
    protocol::RpcError detect(SshConnection& ssh);
    protocol::RpcError gainPrivilege(SshConnection& ssh);
    void forgetSudoPassword(); // overwritten, then emptied
    // Runs `command` as root (directly, or through sudo); INSTALL_COMMAND_FAILED when it fails.
    protocol::RpcError runAsRoot(SshConnection& ssh, const QString& command, int timeoutMs, QString* output = nullptr);
    protocol::RpcError commandFailed(const QString& command, int exitStatus, const QString& output) const;

    Request m_request;
    std::shared_ptr<CredentialPrompter> m_prompter;
    LinkStop m_stop;
    mutable QMutex m_mutex; // guards m_platform and m_package, read from the GUI thread
    NodePlatform m_platform;
    QString m_package;
    QByteArray m_sudoPassword; // wiped when the run ends
};

} // namespace twinha::agentlink
