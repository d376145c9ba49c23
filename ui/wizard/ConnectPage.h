#pragma once

#include "agentlink/LinkStage.h"
#include "ui/wizard/WizardPage.h"

#include <QJsonObject>
#include <QPointer>

#include <array>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;

namespace twinha::ui {
class AgentInstallBox;
}

namespace twinha::agentlink {
class AgentClient;
}

namespace twinha::ui {

// Page 2: connects to both servers (host keys, login, the agent) and reads what each agent
// knows: its node name, its network facts and the cluster config it runs, if any. The model
// takes the running config, or sensible defaults for a new pair, once per connection.
class ConnectPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ConnectPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void retranslate() override;

private:
    struct Panel
    {
        QGroupBox* box = nullptr;
        QLabel* address = nullptr;
        QLabel* state = nullptr;
        QLabel* hostKey = nullptr;
        QLabel* fingerprint = nullptr; // never wrapped or cut: the one string to compare character by character
        QLabel* keyNote = nullptr;
        QLabel* agent = nullptr;
        QLabel* problem = nullptr;
        AgentInstallBox* install = nullptr; // offered when the agent is missing or older
    };

    void refresh();
    void trackClients();
    void renderPanel(int i);
    QString stageText(int i) const;
    QString problemText(int i) const;
    bool namesClash() const;
    void adopt();
    void fillDefaults();
    void renderNotice();

    QLabel* m_intro;
    std::array<Panel, 2> m_panels;
    QPushButton* m_reconnect;
    std::array<QPointer<agentlink::AgentClient>, 2> m_clients;
    std::array<std::optional<agentlink::LinkStage>, 2> m_stage;
    // Set once per connection, so live updates never overwrite what the later pages changed.
    bool m_adopted = false;
    enum class Origin
    {
        None,
        Running,     // the pair runs a config; the model starts from it
        Foreign,     // a config naming other nodes: kept as the base text, settings from defaults
        NewDefaults, // no config on either node
        Newer,       // a config with words this console does not know: it cannot be edited here
    } m_origin = Origin::None;
    QString m_runningCluster;
    QStringList m_unknownTerms; // Newer's
    int m_baseNode = 0;         // whose config file the model started from
    bool m_checksumsDiffer = false;
};

} // namespace twinha::ui
