#pragma once

#include <QMainWindow>

namespace twinha::agentlink {
class ClusterMonitor;
struct ClusterProfile;
} // namespace twinha::agentlink

namespace twinha::ui {

class DashboardWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts watching the cluster; the window owns the monitor from then on. `interactive`: host
    // keys and passwords are asked for with dialogs (off for --screenshot, which must not wait).
    void openCluster(const agentlink::ClusterProfile& profile, bool autoReconnect = true, bool interactive = true);
    agentlink::ClusterMonitor* monitor() const { return m_monitor; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void retranslate();
    void chooseProfile();
    void updateStatusBar();

    DashboardWidget* m_dashboard = nullptr;
    agentlink::ClusterMonitor* m_monitor = nullptr;
    class QMenu* m_fileMenu = nullptr;
    class QAction* m_openAction = nullptr;
    class QAction* m_quitAction = nullptr;
};

} // namespace twinha::ui
