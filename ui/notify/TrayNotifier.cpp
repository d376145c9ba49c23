#include "ui/notify/TrayNotifier.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/StatusText.h"
#include "ui/dashboard/HealthBadge.h"
#include "ui/settings/ConsoleSettings.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace twinha::ui {

using agentlink::ClusterHealth;

TrayNotifier::TrayNotifier(ConsoleSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
        m_tray->show();
    }
    updateIcon();
}

TrayNotifier::~TrayNotifier() = default;

QIcon TrayNotifier::iconFor(ClusterHealth health)
{
    // Drawn once per state: the cluster list asks for one at every status of every pair, and the
    // same icon each time also lets the list see that nothing changed.
    static QHash<int, QIcon> drawn;
    if (const auto it = drawn.constFind(int(health)); it != drawn.constEnd())
        return *it;
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::white, std::max(1, size / 16)));
        p.setBrush(healthColor(health));
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        icon.addPixmap(pixmap);
    }
    drawn.insert(int(health), icon);
    return icon;
}

void TrayNotifier::watch(agentlink::ClusterMonitor* monitor)
{
    m_last.insert(monitor, monitor->view());
    connect(monitor, &agentlink::ClusterMonitor::viewChanged, this, [this, monitor] { onViewChanged(monitor); });
    connect(monitor, &QObject::destroyed, this, [this, monitor] {
        m_last.remove(monitor);
        updateIcon();
    });
    updateIcon();
}

void TrayNotifier::unwatch(agentlink::ClusterMonitor* monitor)
{
    disconnect(monitor, nullptr, this, nullptr);
    m_last.remove(monitor);
    updateIcon();
}

void TrayNotifier::setMenu(QMenu* menu)
{
    if (m_tray)
        m_tray->setContextMenu(menu);
}

ClusterHealth TrayNotifier::worstHealth() const
{
    ClusterHealth worst = ClusterHealth::Ok;
    if (m_last.isEmpty())
        return ClusterHealth::Connecting;
    for (const agentlink::ClusterView& v : m_last)
        if (healthSeverity(v.health) > healthSeverity(worst))
            worst = v.health;
    return worst;
}

bool TrayNotifier::allowed(Notice::Kind kind) const
{
    if (!m_settings)
        return true;
    switch (kind) {
    case Notice::Kind::LinkLoss:
        return m_settings->notifies(ConsoleSettings::Notification::LinkLoss);
    case Notice::Kind::Failover:
    case Notice::Kind::FenceFailed: // no takeover until it succeeds: news of the same kind
        return m_settings->notifies(ConsoleSettings::Notification::Failover);
    case Notice::Kind::SplitBrain:
        return m_settings->notifies(ConsoleSettings::Notification::SplitBrain);
    case Notice::Kind::LagOverThreshold:
        return m_settings->notifies(ConsoleSettings::Notification::LagOverThreshold);
    }
    return true;
}

void TrayNotifier::onViewChanged(agentlink::ClusterMonitor* monitor)
{
    const agentlink::ClusterView after = monitor->view();
    const agentlink::ClusterView before = m_last.value(monitor);
    m_last.insert(monitor, after);
    const double lagWarning = m_settings ? m_settings->lagWarningSeconds() : 0;
    for (const Notice& n : NotificationRules::compare(monitor->profile().name, before, after, lagWarning)) {
        if (!allowed(n.kind))
            continue;
        if (m_tray)
            m_tray->showMessage(n.title, n.text, n.critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                                10000);
        Q_EMIT noticePosted(n);
    }
    if (before.health != after.health)
        updateIcon();
}

void TrayNotifier::updateIcon()
{
    if (!m_tray)
        return;
    const ClusterHealth worst = worstHealth();
    m_tray->setIcon(iconFor(worst));
    m_tray->setToolTip(tr("TwinHA: %1").arg(agentlink::StatusText::health(worst)));
}

} // namespace twinha::ui
