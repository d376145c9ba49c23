#pragma once

#include "agentlink/ClusterView.h"

#include <QColor>
#include <QLabel>

namespace twinha::ui {

// The colour of a cluster state, shared by the badge, the cluster list and the tray icon.
QColor healthColor(agentlink::ClusterHealth health);
// How bad a state is, for "the worst of all clusters": higher is worse.
int healthSeverity(agentlink::ClusterHealth health);

// A coloured pill with the translated state: OK, degraded, split-brain, unreachable.
class HealthBadge : public QLabel
{
    Q_OBJECT

public:
    explicit HealthBadge(QWidget* parent = nullptr);

    void setHealth(agentlink::ClusterHealth health);
    agentlink::ClusterHealth health() const { return m_health; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    agentlink::ClusterHealth m_health = agentlink::ClusterHealth::Connecting;
};

} // namespace twinha::ui
