#pragma once

#include "agentlink/ClusterView.h"
#include "agentlink/NodeView.h"

#include <QFrame>

class QLabel;
class QFormLayout;
class QPushButton;
class QVBoxLayout;

namespace twinha::ui {

// One node of the pair: the console's reach to it, its role and the agent's facts.
class NodeCard : public QFrame
{
    Q_OBJECT

public:
    explicit NodeCard(QWidget* parent = nullptr);

    void setView(const agentlink::NodeView& view);
    // The groups as the merged view has them; `index` is this node's place in the pair.
    // In duplex (`duplex`), each group gets a "Drain"/"Return" button for this node; `peer` is the
    // other node's name, the one that keeps the group while this node is drained.
    void setGroups(const QList<agentlink::GroupView>& groups, int index, bool duplex = false,
                   const QString& peer = QString());
    QStringList actionTexts() const;
    QString groupsText() const;
    void refreshAge();         // data age and the retry countdown tick on even without new status
    QString retryText() const; // "Retrying in 4 s", or what the console waits for; empty when connected
    QPushButton* reconnectButton() const { return m_reconnect; } // "Reconnect" or "Retry now"

Q_SIGNALS:
    void switchoverRequested(const QString& group, const QString& to);
    void reconnectRequested(); // the user wants this node tried again now

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void renderActions();
    void renderGroups();
    void renderAge();
    void renderRetry();
    QLabel* addRow(const QString& objectName);

    agentlink::NodeView m_view;
    QList<agentlink::GroupView> m_groups;
    int m_index = 0;
    QLabel* m_groupsLabel = nullptr;
    QVBoxLayout* m_actions = nullptr;
    QList<QPushButton*> m_actionButtons;
    bool m_duplex = false;
    QString m_peer;
    QLabel* m_title = nullptr;
    QLabel* m_roleBadge = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_reach = nullptr;
    QLabel* m_epoch = nullptr;
    QLabel* m_hostname = nullptr;
    QLabel* m_agentVersion = nullptr;
    QLabel* m_agentUptime = nullptr;
    QLabel* m_systemUptime = nullptr;
    QLabel* m_dataAge = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_retry = nullptr;
    QPushButton* m_reconnect = nullptr;
};

} // namespace twinha::ui
