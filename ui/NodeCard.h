#pragma once

#include "agentlink/ClusterView.h"
#include "agentlink/NodeView.h"

#include <QFrame>

class QLabel;
class QFormLayout;

namespace twinha::ui {

// One node of the pair: the console's reach to it, its role and the agent's facts.
class NodeCard : public QFrame
{
    Q_OBJECT

public:
    explicit NodeCard(QWidget* parent = nullptr);

    void setView(const agentlink::NodeView& view);
    // The groups as the merged view has them; `index` is this node's place in the pair.
    void setGroups(const QList<agentlink::GroupView>& groups, int index);
    QString groupsText() const;
    void refreshAge(); // data age ticks on even without new status

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    QLabel* addRow(const QString& objectName);

    agentlink::NodeView m_view;
    QList<agentlink::GroupView> m_groups;
    int m_index = 0;
    QLabel* m_groupsLabel = nullptr;
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
};

} // namespace twinha::ui
