#include "ui/MainWindow.h"

#include "agentlink/ClusterMonitor.h"
#include "ui/ClusterListWidget.h"
#include "ui/DashboardWidget.h"
#include "ui/NodeCard.h"
#include "ui/WelcomePage.h"
#include "ui/charts/ChartsPanel.h"
#include "ui/events/EventLogWidget.h"
#include "ui/log/AppLogWidget.h"
#include "ui/maintenance/MaintenanceDialog.h"
#include "ui/notify/TrayNotifier.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace twinha::ui {

MainWindow::MainWindow(ConsoleSettings* settings, AppLogModel* logModel, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_logModel(logModel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_opener.setInterval(0);
    connect(&m_opener, &QTimer::timeout, this, &MainWindow::openNextQueued);
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("central"));
    m_welcome = new WelcomePage(m_central);
    connect(m_welcome, &WelcomePage::newClusterRequested, this, [this] { runWizard(false); });
    connect(m_welcome, &WelcomePage::openProfileRequested, this, &MainWindow::chooseProfile);
    auto* splitter = new QSplitter(m_central);
    m_clusterPages = splitter;
    auto* listPane = new QWidget(splitter);
    m_filter = new QLineEdit(listPane);
    m_filter->setObjectName(QStringLiteral("clusterFilter"));
    m_filter->setClearButtonEnabled(true);
    m_list = new ClusterListWidget(listPane);
    connect(m_filter, &QLineEdit::textChanged, m_list, &ClusterListWidget::setFilter);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_list);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_dashboard = new DashboardWidget(m_tabs);
    m_charts = new ChartsPanel(m_tabs);
    connect(m_charts, &ChartsPanel::windowChosen, this, [this](int minutes) {
        if (m_settings)
            m_settings->setChartWindowMinutes(minutes); // applySettings then sets it everywhere
        else
            for (const Cluster& c : std::as_const(m_clusters))
                c.monitor->setHistoryWindowMs(qint64(minutes) * 60 * 1000);
    });
    m_eventStack = new QStackedWidget(m_tabs);
    m_eventStack->setObjectName(QStringLiteral("eventPages"));
    m_log = new AppLogWidget(logModel, m_tabs);
    m_tabs->addTab(m_dashboard, QString());
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(m_eventStack, QString());
    m_tabs->addTab(m_log, QString());
    splitter->addWidget(listPane);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 900});
    m_central->addWidget(m_welcome);
    m_central->addWidget(splitter);
    setCentralWidget(m_central);
    connect(m_list, &ClusterListWidget::currentClusterChanged, this, &MainWindow::select);
    connect(m_list, &ClusterListWidget::reconnectRequested, this, &MainWindow::reconnectCluster);
    connect(m_list, &ClusterListWidget::removeRequested, this, &MainWindow::removeCluster);
    for (int i = 0; i < 2; ++i)
        connect(m_dashboard->card(i), &NodeCard::reconnectRequested, this, [this, i] {
            if (agentlink::ClusterMonitor* m = monitor())
                m->reconnect(i);
        });
    connect(m_dashboard, &DashboardWidget::switchoverRequested, this, &MainWindow::switchoverRequested);
    connect(m_dashboard, &DashboardWidget::maintenanceRequested, this, &MainWindow::openMaintenance);

    m_notifier = new TrayNotifier(settings, this);
    connect(m_notifier, &TrayNotifier::noticePosted, this,
            [this](const Notice& n) { statusBar()->showMessage(n.text, 15000); });
    connect(m_notifier, &TrayNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    createMenus();
    if (m_settings) {
        connect(m_settings, &ConsoleSettings::changed, this, &MainWindow::applySettings);
        applySettings();
    }
    retranslate();
    updateCentral();
    resize(1180, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, [this] { runWizard(false); });
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction = m_fileMenu->addAction(QString(), this, [this] { runWizard(true); });
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseProfile);
    m_openAction->setShortcut(QKeySequence::Open);
    m_removeAction = m_fileMenu->addAction(QString(), this, [this] { removeCluster(m_selected); });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_clusterMenu = menuBar()->addMenu(QString());
    m_maintenanceAction = m_clusterMenu->addAction(QString(), this, &MainWindow::openMaintenance);
    m_maintenanceAction->setEnabled(false);
    m_reconnectAction = m_clusterMenu->addAction(QString(), this, [this] { reconnectCluster(m_selected); });
    m_reconnectAction->setObjectName(QStringLiteral("reconnectAction"));
    m_reconnectAction->setEnabled(false);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_settingsMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setEnabled(m_settings != nullptr);

    m_trayMenu = new QMenu(this);
    m_showAction = m_trayMenu->addAction(QString(), this, [this] {
        showNormal();
        raise();
    });
    m_trayMenu->addAction(m_quitAction);
    m_notifier->setMenu(m_trayMenu);
}

agentlink::ClusterMonitor* MainWindow::monitor() const
{
    return m_selected >= 0 ? m_clusters.at(m_selected).monitor : nullptr;
}

EventLogWidget* MainWindow::events() const
{
    return m_selected >= 0 ? m_clusters.at(m_selected).events : nullptr;
}

bool MainWindow::showPage(const QString& page)
{
    if (page == QLatin1String("welcome"))
        return showsWelcome();
    const QStringList pages{QStringLiteral("overview"), QStringLiteral("charts"), QStringLiteral("events"),
                            QStringLiteral("log")};
    const int index = int(pages.indexOf(page));
    if (index < 0)
        return false;
    m_central->setCurrentWidget(m_clusterPages); // the log is there with no cluster open too
    m_tabs->setCurrentIndex(index);
    return true;
}

void MainWindow::showChartsAround(qint64 fromMs, qint64 toMs)
{
    showPage(QStringLiteral("charts"));
    m_charts->showAround(fromMs, toMs);
    raise();
    activateWindow();
}

bool MainWindow::showsWelcome() const
{
    return m_central->currentWidget() == m_welcome;
}

void MainWindow::updateCentral()
{
    m_central->setCurrentWidget(m_clusters.isEmpty() ? static_cast<QWidget*>(m_welcome) : m_clusterPages);
}

void MainWindow::setLogFilePath(const QString& path)
{
    m_log->setLogFilePath(path);
}

void MainWindow::select(int row)
{
    m_selected = row >= 0 && row < m_clusters.size() ? row : -1;
    agentlink::ClusterMonitor* m = monitor();
    m_dashboard->setMonitor(m);
    m_charts->setMonitor(m);
    if (m_selected >= 0)
        m_eventStack->setCurrentWidget(m_clusters.at(m_selected).events);
    m_removeAction->setEnabled(m_selected >= 0);
    m_editAction->setEnabled(m_selected >= 0);
    m_maintenanceAction->setEnabled(m_selected >= 0);
    m_reconnectAction->setEnabled(m_selected >= 0);
    retranslate();
}

void MainWindow::openSettings()
{
    if (!m_settings)
        return;
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::openMaintenance()
{
    if (agentlink::ClusterMonitor* m = monitor())
        MaintenanceDialog::openFor(m, this);
}

void MainWindow::applySettings()
{
    const int minutes = m_settings->chartWindowMinutes();
    m_charts->setWindowMinutes(minutes);
    for (const Cluster& c : std::as_const(m_clusters))
        c.monitor->setHistoryWindowMs(qint64(minutes) * 60 * 1000);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    agentlink::ClusterMonitor* m = monitor();
    setWindowTitle(m ? tr("TwinHA — %1").arg(m->profile().name) : tr("TwinHA"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New cluster…"));
    m_editAction->setText(tr("&Edit cluster…"));
    m_openAction->setText(tr("&Open cluster profile…"));
    m_removeAction->setText(tr("&Remove cluster from list"));
    m_quitAction->setText(tr("&Quit"));
    m_clusterMenu->setTitle(tr("&Cluster"));
    m_maintenanceAction->setText(tr("&Maintenance mode…"));
    m_reconnectAction->setText(tr("&Reconnect"));
    m_reconnectAction->setToolTip(tr("Tries again at once to reach every node of this cluster that is not connected"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_settingsAction->setText(tr("&Preferences…"));
    m_showAction->setText(tr("Show TwinHA"));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Charts"));
    m_tabs->setTabText(2, tr("Events"));
    m_tabs->setTabText(3, tr("Console log"));
    m_tabs->setAccessibleName(tr("Pages of the selected cluster"));
    m_filter->setPlaceholderText(tr("Filter by name or state…"));
    m_filter->setAccessibleName(tr("Filter the clusters"));
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    agentlink::ClusterMonitor* m = monitor();
    if (!m) {
        statusBar()->showMessage(tr("No cluster open"));
        return;
    }
    int ready = 0;
    for (int i = 0; i < m->nodeCount(); ++i)
        ready += m->node(i).link == agentlink::LinkState::Ready ? 1 : 0;
    const QString message = tr("%1: %2 of %3 agents connected").arg(m->profile().name).arg(ready).arg(m->nodeCount());
    if (statusBar()->currentMessage() != message)
        statusBar()->showMessage(message);
}

} // namespace twinha::ui
