#pragma once

#include "agentlink/ClusterProfile.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QAction;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace twinha::agentlink {
class ClusterMonitor;
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
class WelcomePage;

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
    // `path` is the profile's file, if any; with `remember` it is reopened at the next start. A
    // pair open already (the same file, or the same name and nodes) is selected, not added again.
    void openCluster(const agentlink::ClusterProfile& profile, bool autoReconnect = true, bool interactive = true,
                     const QString& path = QString(), bool remember = true);
    // Opens many pairs (the remembered ones at start), one per turn of the event loop, so that
    // the window stays responsive while 100 of them come up; the first one is selected when none
    // is. `paths[i]` is profile i's file (remembered), or empty.
    void openClusters(const QList<agentlink::ClusterProfile>& profiles, const QStringList& paths, bool interactive);
    // Opens the profile in `path`, or selects it when it is open already (the same file, or a
    // profile naming the same two nodes). False, with the reason shown, when it does not load.
    bool openProfileFile(const QString& path, bool remember = true);
    // Reopens the profiles remembered from earlier runs; those that no longer load are named.
    void restoreClusters();
    void removeCluster(int row);
    // Tries every node of the cluster in `row` that is not connected again now.
    void reconnectCluster(int row);
    // The file this console process logs to, shown on the Console log tab; empty: none.
    void setLogFilePath(const QString& path);
    AppLogWidget* appLog() const { return m_log; }
    WelcomePage* welcome() const { return m_welcome; }
    bool showsWelcome() const;                  // true while no cluster is open
    agentlink::ClusterMonitor* monitor() const; // the selected pair's
    int clusterCount() const { return int(m_clusters.size()); }
    DashboardWidget* dashboard() const { return m_dashboard; }
    ChartsPanel* charts() const { return m_charts; }
    EventLogWidget* events() const; // the selected pair's
    TrayNotifier* notifier() const { return m_notifier; }
    // "overview", "charts", "events", "log" or "welcome"; false for an unknown name.
    bool showPage(const QString& page);
    // The charts page, zoomed to fromMs..toMs (a switchover's result).
    void showChartsAround(qint64 fromMs, qint64 toMs);

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
        QString path;    // the profile's file, canonical; empty when opened from memory (tests)
        bool remembered; // reopened at the next start
    };

    struct QueuedOpen
    {
        agentlink::ClusterProfile profile;
        QString path;
        bool interactive;
    };

    // Starts watching a pair (or finds it open already) without selecting it; its row.
    int addCluster(const agentlink::ClusterProfile& profile, bool autoReconnect, bool interactive, const QString& path,
                   bool remember);
    void openNextQueued();
    void createMenus();
    void retranslate();
    void chooseProfile();
    // The setup wizard: a new pair (opened here when it is applied), or the selected one edited.
    void runWizard(bool editSelected);
    void select(int row);
    int findOpen(const QString& path, const agentlink::ClusterProfile& profile) const;
    void updateCentral(); // the welcome page while no cluster is open
    void openSettings();
    void openMaintenance();
    void applySettings();
    void rememberClusters();
    void updateStatusBar();

    ConsoleSettings* m_settings;
    AppLogModel* m_logModel;
    QList<Cluster> m_clusters;
    int m_selected = -1;
    QStackedWidget* m_central = nullptr;
    WelcomePage* m_welcome = nullptr;
    QWidget* m_clusterPages = nullptr;
    ClusterListWidget* m_list = nullptr;
    QLineEdit* m_filter = nullptr; // above the list
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
    QAction* m_reconnectAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_showAction = nullptr;
    QList<QueuedOpen> m_toOpen; // openClusters(), taken one per m_opener tick
    QTimer m_opener;
};

} // namespace twinha::ui
