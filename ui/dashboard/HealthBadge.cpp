#include "ui/dashboard/HealthBadge.h"

#include "agentlink/StatusText.h"

#include <QEvent>

namespace twinha::ui {

using agentlink::ClusterHealth;

QColor healthColor(ClusterHealth health)
{
    switch (health) {
    case ClusterHealth::Ok:
        return QColor(0x1e, 0x7b, 0x34);
    case ClusterHealth::Degraded:
        return QColor(0xb3, 0x6b, 0x00);
    case ClusterHealth::SplitBrain:
        return QColor(0xa6, 0x1b, 0x1b);
    case ClusterHealth::Unreachable:
        return QColor(0x5a, 0x5a, 0x5a);
    case ClusterHealth::Connecting:
        break;
    }
    return QColor(0x7a, 0x7a, 0x7a);
}

int healthSeverity(ClusterHealth health)
{
    switch (health) {
    case ClusterHealth::Ok:
        return 0;
    case ClusterHealth::Connecting:
        return 1;
    case ClusterHealth::Degraded:
        return 2;
    case ClusterHealth::Unreachable:
        return 3;
    case ClusterHealth::SplitBrain:
        return 4;
    }
    return 1;
}

HealthBadge::HealthBadge(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("healthBadge"));
    render();
}

void HealthBadge::setHealth(ClusterHealth health)
{
    m_health = health;
    render();
}

void HealthBadge::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void HealthBadge::render()
{
    setText(agentlink::StatusText::health(m_health));
    setAccessibleName(tr("Cluster state: %1").arg(text()));
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 2px 10px; "
                                 "font-weight: bold; }")
                      .arg(healthColor(m_health).name()));
}

} // namespace twinha::ui
