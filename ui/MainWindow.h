#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace twinha::agentlink {
class ClusterMonitor;
struct ClusterProfile;
} // namespace twinha::agentlink

namespace twinha::ui {

class AppLogModel;
class AppLogWidget;
class ChartsPanel;
class ClusterListWidget;
class ConsoleSettings;
class DashboardWidget;
class EventLogWidget;
class TrayNotifier;

// The console: the watched pairs on the left, and for the selected one the dashboard, the
// charts, both nodes' events and the console's own log.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` and `logModel` may be null (tests); the window does not own them.
    explicit MainWindow(ConsoleSettings* settings = nullptr, AppLogModel* logModel = nullptr,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts watching a pair and selects it; the window owns its monitor. `interactive`: host
    // keys and passwords are asked for with dialogs (off for --screenshot, which must not wait).
    // A non-empty `rememberPath` keeps the profile in the list for the next start.
    void openCluster(const agentlink::ClusterProfile& profile, bool autoReconnect = true, bool interactive = true,
                     const QString& rememberPath = QString());
    // Reopens the profiles remembered from earlier runs; those that no longer load are named.
    void restoreClusters();
    agentlink::ClusterMonitor* monitor() const; // the selected pair's
    int clusterCount() const { return int(m_clusters.size()); }
    DashboardWidget* dashboard() const { return m_dashboard; }
    ChartsPanel* charts() const { return m_charts; }
    EventLogWidget* events() const; // the selected pair's
    TrayNotifier* notifier() const { return m_notifier; }
    // "overview", "charts", "events" or "log"; false for an unknown name.
    bool showPage(const QString& page);

Q_SIGNALS:
    // The dashboard's action for a group; the switchover dialog answers it.
    void switchoverRequested(const QString& group, const QString& to);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Cluster
    {
        agentlink::ClusterMonitor* monitor;
        EventLogWidget* events;
        QString path; // remembered between runs when not empty
    };

    void createMenus();
    void retranslate();
    void chooseProfile();
    // The setup wizard: a new pair (opened here when it is applied), or the selected one edited.
    void runWizard(bool editSelected);
    void removeSelected();
    void select(int row);
    void openSettings();
    void openMaintenance();
    void applySettings();
    void rememberClusters();
    void updateStatusBar();

    ConsoleSettings* m_settings;
    AppLogModel* m_logModel;
    QList<Cluster> m_clusters;
    int m_selected = -1;
    ClusterListWidget* m_list = nullptr;
    QTabWidget* m_tabs = nullptr;
    DashboardWidget* m_dashboard = nullptr;
    ChartsPanel* m_charts = nullptr;
    QStackedWidget* m_eventStack = nullptr;
    AppLogWidget* m_log = nullptr;
    TrayNotifier* m_notifier = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_clusterMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_trayMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_maintenanceAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_showAction = nullptr;
};

} // namespace twinha::ui
