#include "agentlink/ErrorText.h"
#include "agentlink/ErrorTextTable.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agentlink {

namespace codes = protocol::codes;

namespace errortext {

// The setup wizard's installation of the agent over SSH (AgentInstaller).
void addInstallRenderers(Table& table)
{
    table.insert(codes::kInstallUnsupportedSystem, [](const QJsonObject& p) {
        return ErrorText::tr("%1 runs %2 (%3), which has neither dpkg nor rpm: the console cannot install the agent "
                             "there. Build twinha-agent from source on that node.")
            .arg(str(p, "node"), str(p, "system"), str(p, "arch"));
    });
    table.insert(codes::kInstallNoPackage, [](const QJsonObject& p) {
        return ErrorText::tr("No twinha-agent .%1 package for %2 was found next to the console. Choose the package "
                             "file for node %3.")
            .arg(str(p, "kind"), str(p, "arch"), str(p, "node"));
    });
    table.insert(codes::kInstallPackageMismatch, [](const QJsonObject& p) {
        return ErrorText::tr("The package %1 does not suit %2, which needs a .%3 package for %4. Choose another "
                             "package file.")
            .arg(str(p, "package"), str(p, "node"), str(p, "kind"), str(p, "arch"));
    });
    table.insert(codes::kInstallNoPrivilege, [](const QJsonObject& p) {
        return ErrorText::tr("The user %1 is not root on %2 and may not use sudo there, so the console cannot "
                             "install the agent. Run the commands below as root on that node, then press Connect "
                             "again.")
            .arg(str(p, "user"), str(p, "node"));
    });
    table.insert(codes::kInstallSudoCancelled, [](const QJsonObject& p) {
        return ErrorText::tr("The sudo password for %1 on %2 was not given; nothing was installed.")
            .arg(str(p, "user"), str(p, "node"));
    });
    table.insert(codes::kInstallSudoPasswordWrong, [](const QJsonObject& p) {
        return ErrorText::tr("sudo on %2 refused the password for %1 three times; nothing was installed.")
            .arg(str(p, "user"), str(p, "node"));
    });
    table.insert(codes::kInstallUploadFailed, [](const QJsonObject& p) {
        return ErrorText::tr("Copying the package to %1 over SFTP failed (%2): %3. Check that the SSH server "
                             "offers SFTP (Subsystem sftp in sshd_config) and that /tmp has room.")
            .arg(str(p, "node"), str(p, "path"), str(p, "detail"));
    });
    table.insert(codes::kInstallCommandFailed, [](const QJsonObject& p) {
        return ErrorText::tr("On %1, the command \"%2\" failed with exit status %3. It printed:\n%4")
            .arg(str(p, "node"), str(p, "command"), str(p, "exit_status"), str(p, "output"));
    });
    table.insert(codes::kInstallAgentNotStarted, [](const QJsonObject& p) {
        return ErrorText::tr("The agent was installed on %1 but did not open its control socket within %2 s. Its "
                             "service says:\n%3")
            .arg(str(p, "node"), str(p, "timeout_s"), str(p, "output"));
    });
}

} // namespace errortext

} // namespace twinha::agentlink
