#include "agentlink/AgentInstaller.h"

#include "agentlink/LinkLog.h"
#include "agentlink/RemoteCommand.h"
#include "agentlink/SftpUpload.h"
#include "agentlink/SshConnection.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/ShellQuote.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace twinha::agentlink {

using protocol::RpcError;
using protocol::shellQuote;
namespace codes = protocol::codes;

namespace {

constexpr int kCommandMs = 60 * 1000;
constexpr int kInstallMs = 10 * 60 * 1000; // apt may fetch dependencies
constexpr int kStartWaitS = 20;
constexpr int kSudoTries = 3;

QString installCommand(const NodePlatform& platform, const QString& file)
{
    const QString f = shellQuote(file);
    if (platform.packageKind() == NodePlatform::PackageKind::Rpm)
        return (platform.has("dnf") ? QStringLiteral("dnf install -y ") : QStringLiteral("yum install -y ")) + f;
    // apt resolves the package's dependencies (Qt, spdlog) from the node's sources; bare dpkg cannot.
    if (platform.has("apt-get"))
        return QStringLiteral("env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ") + f;
    return QStringLiteral("dpkg -i ") + f;
}

QString permitCommand(const QString& user, AgentInstaller::Role role)
{
    // The package makes both groups; made here too for a package from before it did.
    return QStringLiteral("sh -c 'for g in twinha twinha-operators; do getent group $g >/dev/null || groupadd "
                          "--system $g; done' && usermod -a -G %1 %2")
        .arg(AgentInstaller::groupsFor(role), shellQuote(user));
}

QString startCommand(bool restart)
{
    return restart ? QStringLiteral("systemctl enable twinha-agent.service && systemctl restart twinha-agent.service")
                   : QStringLiteral("systemctl enable --now twinha-agent.service");
}

QString waitCommand()
{
    // Polls for the socket (not a fixed sleep); on failure, what systemd says of the service.
    return QStringLiteral("i=0; while [ $i -lt %1 ]; do [ -S /run/twinha/control.sock ] && exit 0; sleep 1; "
                          "i=$((i+1)); done; systemctl status --no-pager -n 20 twinha-agent.service 2>&1; exit 1")
        .arg(kStartWaitS);
}

} // namespace

AgentInstaller::AgentInstaller(Request request, std::shared_ptr<CredentialPrompter> prompter, QObject* parent)
    : QThread(parent)
    , m_request(std::move(request))
    , m_prompter(std::move(prompter))
{
    setObjectName(QStringLiteral("install-") + m_request.endpoint.name);
}

AgentInstaller::~AgentInstaller()
{
    m_stop.request();
    wait();
}

NodePlatform AgentInstaller::platform() const
{
    QMutexLocker lock(&m_mutex);
    return m_platform;
}

QString AgentInstaller::packagePath() const
{
    QMutexLocker lock(&m_mutex);
    return m_package;
}

QString AgentInstaller::groupsFor(Role role)
{
    return role == Role::Operator ? QStringLiteral("twinha,twinha-operators") : QStringLiteral("twinha");
}

QStringList AgentInstaller::manualCommands(const NodePlatform& platform, const QString& packageFile,
                                           const QString& user, Role role)
{
    const QString name = packageFile.isEmpty()
                             ? QStringLiteral("twinha-agent.%1").arg(NodePlatform::kindName(platform.packageKind()))
                             : QFileInfo(packageFile).fileName();
    QStringList lines{installCommand(platform, QStringLiteral("/tmp/") + name)};
    if (!user.isEmpty() && user != QLatin1String("root"))
        lines << permitCommand(user, role);
    lines << startCommand(false);
    return lines;
}

QStringList AgentInstaller::defaultPackageFolders()
{
    QStringList folders;
    if (const QString env = qEnvironmentVariable("TWINHA_AGENT_PACKAGES"); !env.isEmpty())
        folders << env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    folders << QStringLiteral("/usr/share/twinha/agent-packages");
    return folders;
}

void AgentInstaller::run()
{
    SshConnection ssh(m_request.endpoint, m_request.timeouts, m_prompter.get(), &m_stop);
    Q_EMIT stepStarted(Step::Connect);
    RpcError error = ssh.connectToHost();
    if (error.isNull())
        error = ssh.verifyHostKey();
    if (error.isNull())
        error = ssh.authenticate();
    if (error.isNull())
        error = install(ssh);
    forgetSudoPassword();
    if (m_stop.requested())
        return;
    if (error.isNull())
        linkLog()->info("{}: agent installed from {}", m_request.endpoint.name.toStdString(),
                        QFileInfo(packagePath()).fileName().toStdString());
    else
        linkLog()->warn("{}: agent installation failed: {}", m_request.endpoint.name.toStdString(),
                        error.code.toStdString());
    Q_EMIT finished(error);
}

RpcError AgentInstaller::install(SshConnection& ssh)
{
    Q_EMIT stepStarted(Step::Detect);
    if (RpcError e = detect(ssh); !e.isNull())
        return e;
    Q_EMIT stepStarted(Step::Privilege);
    if (RpcError e = gainPrivilege(ssh); !e.isNull())
        return e;

    Q_EMIT stepStarted(Step::Upload);
    const RemoteCommand temp = RemoteCommand::run(ssh, "mktemp -d /tmp/twinha-install.XXXXXX", {}, kCommandMs);
    if (!temp.ok())
        return temp.error.isNull() ? commandFailed(QStringLiteral("mktemp -d"), temp.exitStatus, temp.output())
                                   : temp.error;
    const QString folder = QString::fromUtf8(temp.out).trimmed().split(QLatin1Char('\n')).constLast();
    const QString remote = folder + QLatin1Char('/') + QFileInfo(m_package).fileName();
    RpcError e = sftpUpload(ssh, m_package, remote);

    if (e.isNull()) {
        Q_EMIT stepStarted(Step::Install);
        e = runAsRoot(ssh, installCommand(m_platform, remote), kInstallMs);
    }
    (void)RemoteCommand::run(ssh, "rm -rf " + shellQuote(folder).toUtf8(), {}, kCommandMs);
    if (!e.isNull())
        return e;

    if (!m_platform.isRoot()) {
        Q_EMIT stepStarted(Step::Permit);
        if (e = runAsRoot(ssh, permitCommand(m_platform.user, m_request.role), kCommandMs); !e.isNull())
            return e;
    }
    Q_EMIT stepStarted(Step::Start);
    if (e = runAsRoot(ssh, startCommand(m_request.restart), kCommandMs); !e.isNull())
        return e;
    QString status;
    if (e = runAsRoot(ssh, waitCommand(), (kStartWaitS + 10) * 1000, &status); !e.isNull())
        return e.code == QLatin1String(codes::kInstallCommandFailed)
                   ? RpcError::make(codes::kInstallAgentNotStarted, {{QStringLiteral("node"), m_request.endpoint.name},
                                                                     {QStringLiteral("timeout_s"), kStartWaitS},
                                                                     {QStringLiteral("output"), status}})
                   : e;
    return {};
}

RpcError AgentInstaller::detect(SshConnection& ssh)
{
    const RemoteCommand probe = RemoteCommand::run(ssh, NodePlatform::detectionCommand(), {}, kCommandMs);
    const NodePlatform platform = NodePlatform::parse(probe.out);
    if (!probe.error.isNull())
        return probe.error;
    if (!platform.valid())
        return commandFailed(QStringLiteral("uname -m; id -u"), probe.exitStatus, probe.output());
    const QString node = m_request.endpoint.name;
    const QString kind = NodePlatform::kindName(platform.packageKind());
    if (platform.packageKind() == NodePlatform::PackageKind::None)
        return RpcError::make(codes::kInstallUnsupportedSystem, {{QStringLiteral("node"), node},
                                                                 {QStringLiteral("system"), platform.system()},
                                                                 {QStringLiteral("arch"), platform.machine}});
    QString package = m_request.package;
    if (package.isEmpty())
        package = AgentPackageFile::find(m_request.packageFolders, platform);
    {
        QMutexLocker lock(&m_mutex);
        m_platform = platform;
        m_package = package;
    }
    if (package.isEmpty())
        return RpcError::make(codes::kInstallNoPackage, {{QStringLiteral("node"), node},
                                                         {QStringLiteral("kind"), kind},
                                                         {QStringLiteral("arch"), platform.packageArch()}});
    if (!AgentPackageFile::parse(package).suits(platform))
        return RpcError::make(codes::kInstallPackageMismatch,
                              {{QStringLiteral("node"), node},
                               {QStringLiteral("package"), QFileInfo(package).fileName()},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("arch"), platform.packageArch()}});
    return {};
}

RpcError AgentInstaller::gainPrivilege(SshConnection& ssh)
{
    const QJsonObject who{{QStringLiteral("node"), m_request.endpoint.name}, {QStringLiteral("user"), m_platform.user}};
    if (m_platform.isRoot())
        return {};
    if (!m_platform.has("sudo"))
        return RpcError::make(codes::kInstallNoPrivilege, who);
    const RemoteCommand passwordless = RemoteCommand::run(ssh, "sudo -n true", {}, kCommandMs);
    if (!passwordless.error.isNull())
        return passwordless.error;
    if (passwordless.exitStatus == 0)
        return {};
    for (int attempt = 0; attempt < kSudoTries; ++attempt) {
        PromptRequest request;
        request.kind = PromptRequest::Kind::SudoPassword;
        request.node = m_request.endpoint.name;
        request.host = m_request.endpoint.host;
        request.port = m_request.endpoint.port;
        request.user = m_platform.user;
        PromptAnswer answer = m_prompter ? m_prompter->ask(request, m_stop) : PromptAnswer{};
        if (!answer.accepted || answer.secrets.isEmpty())
            return RpcError::make(codes::kInstallSudoCancelled, who);
        m_sudoPassword = answer.secrets.constFirst();
        const RemoteCommand check = RemoteCommand::run(ssh, "sudo -S -p '' true", m_sudoPassword + '\n', kCommandMs);
        if (!check.error.isNull())
            return check.error;
        if (check.exitStatus == 0)
            return {};
        forgetSudoPassword();
        // A user sudo does not know of is refused whatever the password; only a wrong one is asked again.
        static const QRegularExpression notAllowed(QStringLiteral("not in the sudoers|not allowed|may not run sudo"));
        if (notAllowed.match(QString::fromUtf8(check.err)).hasMatch())
            return RpcError::make(codes::kInstallNoPrivilege, who);
    }
    return RpcError::make(codes::kInstallSudoPasswordWrong, who);
}

void AgentInstaller::forgetSudoPassword()
{
    m_sudoPassword.fill('\0');
    m_sudoPassword.clear();
}

RpcError AgentInstaller::runAsRoot(SshConnection& ssh, const QString& command, int timeoutMs, QString* output)
{
    // The password goes to sudo's stdin, never into the command line (`ps` would show it).
    QByteArray line = command.toUtf8();
    if (!m_platform.isRoot()) // gainPrivilege() found sudo usable
        line = (m_sudoPassword.isEmpty() ? QByteArrayLiteral("sudo -n sh -c ")
                                         : QByteArrayLiteral("sudo -S -p '' sh -c ")) +
               shellQuote(command).toUtf8();
    const RemoteCommand r =
        RemoteCommand::run(ssh, line, m_sudoPassword.isEmpty() ? QByteArray() : m_sudoPassword + '\n', timeoutMs);
    if (output)
        *output = r.output();
    if (!r.error.isNull())
        return r.error;
    return r.exitStatus == 0 ? RpcError{} : commandFailed(command, r.exitStatus, r.output());
}

RpcError AgentInstaller::commandFailed(const QString& command, int exitStatus, const QString& output) const
{
    return RpcError::make(codes::kInstallCommandFailed, {{QStringLiteral("node"), m_request.endpoint.name},
                                                         {QStringLiteral("command"), command},
                                                         {QStringLiteral("exit_status"), exitStatus},
                                                         {QStringLiteral("output"), output}});
}

} // namespace twinha::agentlink
