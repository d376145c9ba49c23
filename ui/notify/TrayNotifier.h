#pragma once

#include "agentlink/ClusterView.h"
#include "ui/notify/NotificationRules.h"

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

class ConsoleSettings;

// The tray icon, coloured by the worst state of all watched clusters, and the desktop
// notifications the settings allow. Works without a tray too (noticePosted still fires).
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(ConsoleSettings* settings, QObject* parent = nullptr);
    ~TrayNotifier() override;

    void watch(agentlink::ClusterMonitor* monitor);
    void unwatch(agentlink::ClusterMonitor* monitor);
    void setMenu(QMenu* menu);
    agentlink::ClusterHealth worstHealth() const;
    static QIcon iconFor(agentlink::ClusterHealth health);

Q_SIGNALS:
    void noticePosted(const twinha::ui::Notice& notice);
    void activated();

private:
    void onViewChanged(agentlink::ClusterMonitor* monitor);
    bool allowed(Notice::Kind kind) const;
    void updateIcon();

    ConsoleSettings* m_settings;
    QSystemTrayIcon* m_tray = nullptr;
    QHash<agentlink::ClusterMonitor*, agentlink::ClusterView> m_last;
};

} // namespace twinha::ui
