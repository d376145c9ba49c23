#include "ui/MainWindow.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "ui/DashboardWidget.h"
#include "ui/GuiPrompter.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace twinha::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_dashboard = new DashboardWidget(this);
    setCentralWidget(m_dashboard);
    createMenus();
    retranslate();
    resize(960, 560);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseProfile);
    m_openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::openCluster(const agentlink::ClusterProfile& profile, bool autoReconnect, bool interactive)
{
    delete m_monitor;
    m_monitor = new agentlink::ClusterMonitor(profile, {}, this);
    if (interactive)
        m_monitor->setPrompter(std::make_shared<GuiPrompter>(this));
    m_dashboard->setMonitor(m_monitor);
    connect(m_monitor, &agentlink::ClusterMonitor::nodeChanged, this, &MainWindow::updateStatusBar);
    m_monitor->start(autoReconnect);
    retranslate();
}

void MainWindow::chooseProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open cluster profile"), QString(),
                                                      tr("Cluster profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    protocol::RpcError error;
    const auto profile = agentlink::ClusterProfile::load(path, &error);
    if (!profile) {
        QMessageBox::warning(this, tr("Cannot open cluster"), agentlink::ErrorText::describe(error));
        return;
    }
    openCluster(*profile);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_monitor ? tr("TwinHA — %1").arg(m_monitor->profile().name) : tr("TwinHA"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open cluster profile…"));
    m_quitAction->setText(tr("&Quit"));
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    if (!m_monitor) {
        statusBar()->showMessage(tr("No cluster open"));
        return;
    }
    int ready = 0;
    for (int i = 0; i < m_monitor->nodeCount(); ++i)
        ready += m_monitor->node(i).link == agentlink::LinkState::Ready ? 1 : 0;
    statusBar()->showMessage(
        tr("%1: %2 of %3 agents connected").arg(m_monitor->profile().name).arg(ready).arg(m_monitor->nodeCount()));
}

} // namespace twinha::ui
