#include "ui/MainWindow.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "ui/ClusterListWidget.h"
#include "ui/DashboardWidget.h"
#include "ui/GuiPrompter.h"
#include "ui/charts/ChartsPanel.h"
#include "ui/events/EventLogWidget.h"
#include "ui/log/AppLogWidget.h"
#include "ui/maintenance/MaintenanceDialog.h"
#include "ui/notify/TrayNotifier.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/wizard/SetupWizard.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace twinha::ui {

namespace {
const char kProfilesKey[] = "clusters/profiles";
}

MainWindow::MainWindow(ConsoleSettings* settings, AppLogModel* logModel, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_logModel(logModel)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* splitter = new QSplitter(this);
    m_list = new ClusterListWidget(splitter);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_dashboard = new DashboardWidget(m_tabs);
    m_charts = new ChartsPanel(m_tabs);
    m_eventStack = new QStackedWidget(m_tabs);
    m_eventStack->setObjectName(QStringLiteral("eventPages"));
    m_log = new AppLogWidget(logModel, m_tabs);
    m_tabs->addTab(m_dashboard, QString());
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(m_eventStack, QString());
    m_tabs->addTab(m_log, QString());
    splitter->addWidget(m_list);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 900});
    setCentralWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, &MainWindow::select);
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
    m_removeAction = m_fileMenu->addAction(QString(), this, &MainWindow::removeSelected);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_clusterMenu = menuBar()->addMenu(QString());
    m_maintenanceAction = m_clusterMenu->addAction(QString(), this, &MainWindow::openMaintenance);
    m_maintenanceAction->setEnabled(false);
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

void MainWindow::openCluster(const agentlink::ClusterProfile& profile, bool autoReconnect, bool interactive,
                             const QString& rememberPath)
{
    auto* monitor = new agentlink::ClusterMonitor(profile, {}, this);
    if (interactive)
        monitor->setPrompter(std::make_shared<GuiPrompter>(this));
    auto* events = new EventLogWidget(m_eventStack);
    m_eventStack->addWidget(events);
    connect(monitor, &agentlink::ClusterMonitor::eventsReceived, events,
            [events, monitor](int i, const QJsonArray& e) { events->addEntries(monitor->node(i).endpoint.name, e); });
    connect(monitor, &agentlink::ClusterMonitor::nodeChanged, this, &MainWindow::updateStatusBar);
    m_clusters.append({monitor, events, rememberPath});
    m_notifier->watch(monitor);
    m_list->addCluster(monitor);
    if (m_settings)
        monitor->setHistoryWindowMs(qint64(m_settings->chartWindowMinutes()) * 60 * 1000);
    monitor->start(autoReconnect);
    m_list->setCurrentRow(int(m_clusters.size()) - 1);
    if (!rememberPath.isEmpty())
        rememberClusters();
}

void MainWindow::restoreClusters()
{
    QStringList failed;
    for (const QString& path : QSettings().value(QLatin1String(kProfilesKey)).toStringList()) {
        protocol::RpcError error;
        const auto profile = agentlink::ClusterProfile::load(path, &error);
        if (profile)
            openCluster(*profile, true, true, path);
        else
            failed << agentlink::ErrorText::describe(error);
    }
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Some clusters were not opened"), failed.join(QLatin1Char('\n')));
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
    const QStringList pages{QStringLiteral("overview"), QStringLiteral("charts"), QStringLiteral("events"),
                            QStringLiteral("log")};
    const int index = int(pages.indexOf(page));
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
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
    retranslate();
}

void MainWindow::chooseProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open cluster profile"), QString(),
                                                      tr("Cluster profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    for (const Cluster& c : std::as_const(m_clusters)) {
        if (c.path == path) {
            m_list->setCurrentRow(int(&c - m_clusters.constData()));
            return;
        }
    }
    protocol::RpcError error;
    const auto profile = agentlink::ClusterProfile::load(path, &error);
    if (!profile) {
        QMessageBox::warning(this, tr("Cannot open cluster"), agentlink::ErrorText::describe(error));
        return;
    }
    openCluster(*profile, true, true, path);
}

void MainWindow::runWizard(bool editSelected)
{
    const QString profilesDir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/clusters");
    SetupWizard wizard(profilesDir, this);
    if (editSelected && m_selected >= 0)
        wizard.editProfile(m_clusters.at(m_selected).monitor->profile());
    QString saved;
    connect(&wizard, &SetupWizard::profileSaved, this, [&saved](const QString& path) { saved = path; });
    wizard.exec();
    if (saved.isEmpty() || editSelected)
        return; // an edited pair is watched already; its agents reloaded in place
    protocol::RpcError error;
    if (const auto profile = agentlink::ClusterProfile::load(saved, &error))
        openCluster(*profile, true, true, saved);
    else
        QMessageBox::warning(this, tr("Cannot open cluster"), agentlink::ErrorText::describe(error));
}

void MainWindow::removeSelected()
{
    if (m_selected < 0)
        return;
    const int row = m_selected;
    const Cluster c = m_clusters.takeAt(row);
    m_list->removeCluster(row); // selects another row, which re-points the pages
    if (m_clusters.isEmpty())
        select(-1);
    m_notifier->unwatch(c.monitor);
    c.monitor->stop();
    c.monitor->deleteLater();
    c.events->deleteLater();
    rememberClusters();
}

void MainWindow::rememberClusters()
{
    QStringList paths;
    for (const Cluster& c : std::as_const(m_clusters))
        if (!c.path.isEmpty())
            paths << c.path;
    QSettings().setValue(QLatin1String(kProfilesKey), paths);
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
    m_settingsMenu->setTitle(tr("&Settings"));
    m_settingsAction->setText(tr("&Preferences…"));
    m_showAction->setText(tr("Show TwinHA"));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Charts"));
    m_tabs->setTabText(2, tr("Events"));
    m_tabs->setTabText(3, tr("Console log"));
    m_tabs->setAccessibleName(tr("Pages of the selected cluster"));
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
    statusBar()->showMessage(tr("%1: %2 of %3 agents connected").arg(m->profile().name).arg(ready).arg(m->nodeCount()));
}

} // namespace twinha::ui
