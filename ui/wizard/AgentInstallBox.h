#pragma once

#include "agentlink/AgentInstaller.h"
#include "agentlink/protocol/RpcError.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace twinha::ui {

// On the Connect page, under a node whose agent is missing (or older than this console): installs
// it over SSH (AgentInstaller) with the role the user picks, from a package found next to the
// console or one the user chooses, and shows each step as it runs. A failure names the command
// and its output; a node where the user may not become root gets the commands to run as root.
class AgentInstallBox : public QWidget
{
    Q_OBJECT

public:
    AgentInstallBox(int node, QWidget* parent = nullptr);
    ~AgentInstallBox() override;

    // The session command could not run at all: the shell found no such program.
    static bool agentMissing(const protocol::RpcError& error);

    // Shows the offer for this endpoint (kept while an installation runs or reports).
    void offer(const agentlink::NodeEndpoint& endpoint, std::shared_ptr<agentlink::CredentialPrompter> prompter,
               bool upgrade);
    // Hides it: the node has a current agent. An installation that runs goes on.
    void withdraw();
    bool running() const { return m_installer && m_installer->isRunning(); }

Q_SIGNALS:
    void installed(); // the agent runs: connect again

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void start();
    void choosePackage();
    void onFinished(const protocol::RpcError& error);
    void renderSteps();
    QString stepText(agentlink::AgentInstaller::Step step) const;
    agentlink::AgentInstaller::Role role() const;
    QList<QWidget*> choices() const; // what the user sets before an installation

    int m_node;
    agentlink::NodeEndpoint m_endpoint;
    std::shared_ptr<agentlink::CredentialPrompter> m_prompter;
    bool m_upgrade = false;
    QLabel* m_heading;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLineEdit* m_package;
    QPushButton* m_choose;
    QPushButton* m_install;
    QLabel* m_steps;
    QLabel* m_result;
    QPlainTextEdit* m_manual;
    std::unique_ptr<agentlink::AgentInstaller> m_installer;
    std::optional<agentlink::AgentInstaller::Step> m_step; // the step running or last run
    bool m_done = false;
    protocol::RpcError m_error;
};

} // namespace twinha::ui
