// MainWindow: the list of watched pairs — opening a profile (once), remembering the list between
// runs, removing an entry back to a clean empty state, reconnecting, and the setup wizard.
#include "ui/MainWindow.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "ui/ClusterListWidget.h"
#include "ui/DashboardWidget.h"
#include "ui/GuiPrompter.h"
#include "ui/charts/ChartsPanel.h"
#include "ui/events/EventLogWidget.h"
#include "ui/notify/TrayNotifier.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/wizard/SetupWizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>

#include <algorithm>

namespace twinha::ui {

namespace {
const char kProfilesKey[] = "clusters/profiles";

QString canonical(const QString& path)
{
    if (path.isEmpty())
        return path;
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

// Two profiles for one pair: the same name and the same SSH address and user for every node.
bool samePair(const agentlink::ClusterProfile& a, const agentlink::ClusterProfile& b)
{
    const auto sameNode = [](const agentlink::NodeEndpoint& x, const agentlink::NodeEndpoint& y) {
        return x.host == y.host && x.port == y.port && x.user == y.user;
    };
    return a.name == b.name && a.nodes.size() == b.nodes.size() &&
           std::equal(a.nodes.cbegin(), a.nodes.cend(), b.nodes.cbegin(), sameNode);
}
} // namespace

int MainWindow::findOpen(const QString& path, const agentlink::ClusterProfile& profile) const
{
    for (int row = 0; row < m_clusters.size(); ++row) {
        const Cluster& c = m_clusters.at(row);
        if ((!path.isEmpty() && c.path == path) || samePair(c.monitor->profile(), profile))
            return row;
    }
    return -1;
}

void MainWindow::openCluster(const agentlink::ClusterProfile& profile, bool autoReconnect, bool interactive,
                             const QString& path, bool remember)
{
    m_list->setCurrentCluster(addCluster(profile, autoReconnect, interactive, path, remember));
}

int MainWindow::addCluster(const agentlink::ClusterProfile& profile, bool autoReconnect, bool interactive,
                           const QString& path, bool remember)
{
    const QString file = canonical(path);
    remember = remember && !file.isEmpty();
    if (const int row = findOpen(file, profile); row >= 0) {
        Cluster& open = m_clusters[row];
        if (open.path.isEmpty())
            open.path = file;
        if (remember && !open.remembered) {
            open.remembered = true;
            rememberClusters();
        }
        return row;
    }
    auto* monitor = new agentlink::ClusterMonitor(profile, {}, this);
    if (interactive)
        monitor->setPrompter(std::make_shared<GuiPrompter>(this));
    auto* events = new EventLogWidget(m_eventStack);
    m_eventStack->addWidget(events);
    connect(monitor, &agentlink::ClusterMonitor::eventsReceived, events,
            [events, monitor](int i, const QJsonArray& e) { events->addEntries(monitor->node(i).endpoint.name, e); });
    connect(monitor, &agentlink::ClusterMonitor::nodeChanged, this, [this, monitor] {
        if (monitor == this->monitor())
            updateStatusBar(); // it speaks of the selected pair only
    });
    m_clusters.append({monitor, events, file, remember});
    m_notifier->watch(monitor);
    m_list->addCluster(monitor);
    if (m_settings)
        monitor->setHistoryWindowMs(qint64(m_settings->chartWindowMinutes()) * 60 * 1000);
    monitor->start(autoReconnect);
    updateCentral();
    if (remember)
        rememberClusters();
    return int(m_clusters.size()) - 1;
}

void MainWindow::openClusters(const QList<agentlink::ClusterProfile>& profiles, const QStringList& paths,
                              bool interactive)
{
    for (int i = 0; i < profiles.size(); ++i)
        m_toOpen.append({profiles.at(i), paths.value(i), interactive});
    if (!m_opener.isActive())
        m_opener.start();
}

void MainWindow::openNextQueued()
{
    if (m_toOpen.isEmpty()) {
        m_opener.stop();
        return;
    }
    const QueuedOpen next = m_toOpen.takeFirst();
    const int row = addCluster(next.profile, true, next.interactive, next.path, !next.path.isEmpty());
    if (m_list->currentCluster() < 0)
        m_list->setCurrentCluster(row); // the first pair is shown; the others only join the list
}

bool MainWindow::openProfileFile(const QString& path, bool remember)
{
    // A file open already is selected without reading it again.
    if (const int row = findOpen(canonical(path), {}); row >= 0) {
        m_list->setCurrentCluster(row);
        return true;
    }
    protocol::RpcError error;
    const auto profile = agentlink::ClusterProfile::load(path, &error);
    if (!profile) {
        QMessageBox::warning(this, tr("Cannot open cluster"), agentlink::ErrorText::describe(error));
        return false;
    }
    openCluster(*profile, true, true, path, remember);
    return true;
}

void MainWindow::restoreClusters()
{
    QStringList failed;
    QList<agentlink::ClusterProfile> profiles;
    QStringList paths;
    for (const QString& path : QSettings().value(QLatin1String(kProfilesKey)).toStringList()) {
        protocol::RpcError error;
        if (const auto profile = agentlink::ClusterProfile::load(path, &error)) {
            profiles << *profile;
            paths << path;
        } else {
            failed << agentlink::ErrorText::describe(error);
        }
    }
    openClusters(profiles, paths, true);
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Some clusters were not opened"), failed.join(QLatin1Char('\n')));
}

void MainWindow::chooseProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open cluster profile"), QString(),
                                                      tr("Cluster profiles (*.json);;All files (*)"));
    if (!path.isEmpty())
        openProfileFile(path);
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
    openProfileFile(saved);
}

void MainWindow::removeCluster(int row)
{
    if (row < 0 || row >= m_clusters.size())
        return;
    const Cluster c = m_clusters.takeAt(row);
    // Point the pages away from the pair before its monitor goes, then let the list pick another.
    m_selected = -1;
    m_dashboard->setMonitor(nullptr);
    m_charts->setMonitor(nullptr);
    m_list->removeCluster(row);
    select(m_list->currentCluster());
    m_notifier->unwatch(c.monitor);
    c.monitor->stop();
    c.monitor->deleteLater();
    c.events->deleteLater();
    updateCentral();
    rememberClusters();
}

void MainWindow::reconnectCluster(int row)
{
    if (row >= 0 && row < m_clusters.size())
        m_clusters.at(row).monitor->reconnectAll();
}

void MainWindow::rememberClusters()
{
    QStringList paths;
    for (const Cluster& c : std::as_const(m_clusters))
        if (c.remembered)
            paths << c.path;
    QSettings().setValue(QLatin1String(kProfilesKey), paths);
}

} // namespace twinha::ui
