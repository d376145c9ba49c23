#include "agentlink/ClusterMonitor.h"
#include "agentlink/ProtectionText.h"
#include "agentlink/StatusText.h"
#include "tests/integration/LabEnvironment.h"
#include "tests/integration/OwnLab.h"
#include "ui/DashboardWidget.h"
#include "ui/MainWindow.h"
#include "ui/NodeCard.h"
#include "ui/dashboard/LinksPanel.h"
#include "ui/dashboard/MaintenanceBanner.h"
#include "ui/dashboard/ProtectionPanel.h"
#include "ui/dashboard/ReadinessPanel.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

#include <csignal>

using namespace twinha;
using agentlink::StatusText;

// The real console window, offscreen, against a lab of its own: it follows a switchover made
// with twinhactl, turns a node's card to unreachable when that node's sshd dies, shows the
// ping-only warning of a lab with automatic failover, and the maintenance banner from
// "twinhactl maintenance on" until its End maintenance button ends it.
class TestConsoleDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dashboardFollowsTheClusterAndLosesANodeInBoundedTime()
    {
        tests::OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        ui::MainWindow window;
        window.openCluster(lab.profile(), true, false);
        window.show();
        ui::DashboardWidget* dash = window.dashboard();
        const QString holds = ui::NodeCard::tr("holds it");

        QTRY_COMPARE_WITH_TIMEOUT(dash->diagnosisText(),
                                  StatusText::diagnosis(agentlink::ClusterDiagnosis::Healthy, QString()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dash->card(0)->groupsText().contains(holds), 10000);
        QVERIFY(!dash->card(1)->groupsText().contains(holds));
        QCOMPARE(dash->links()->linkCount(), 1);
        QVERIFY(dash->links()->linkText(0).contains(QStringLiteral("RTT")));
        QTRY_VERIFY_WITH_TIMEOUT(dash->readiness()->lineText(0).contains(QStringLiteral("node1 to node2")), 15000);

        // A switchover made outside the console, with twinhactl.
        QProcess ctl;
        ctl.setProcessChannelMode(QProcess::MergedChannels);
        ctl.start(tests::binPath(QStringLiteral("twinhactl")),
                  {QStringLiteral("--cluster"), lab.dir() + QStringLiteral("/profile.json"),
                   QStringLiteral("switchover"), QStringLiteral("--to"), QStringLiteral("node2"),
                   QStringLiteral("--yes")});
        QTRY_VERIFY_WITH_TIMEOUT(ctl.state() == QProcess::NotRunning, 60000);
        QVERIFY2(ctl.exitCode() == 0, ctl.readAll().constData());
        QTRY_VERIFY_WITH_TIMEOUT(dash->card(1)->groupsText().contains(holds), 15000);
        QVERIFY(!dash->card(0)->groupsText().contains(holds));
        QTRY_VERIFY_WITH_TIMEOUT(dash->readiness()->lineText(0).contains(QStringLiteral("node2 to node1")), 15000);

        // node2's sshd dies: its card says unreachable within the bound (EOF, or the silence timer).
        QLabel* reach = dash->card(1)->findChild<QLabel*>(QStringLiteral("reach"));
        QVERIFY(reach);
        QElapsedTimer clock;
        clock.start();
        tests::signalWithChildren(lab.pid(QStringLiteral("NODE2_SSHD_PID")), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(reach->text() == StatusText::linkState(agentlink::LinkState::Disconnected) ||
                                     reach->text() == StatusText::linkState(agentlink::LinkState::Connecting),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            dash->diagnosisText(),
            StatusText::diagnosis(agentlink::ClusterDiagnosis::ConsoleLostNode, QStringLiteral("node2")), 10000);
        qInfo("node2's card left 'connected' %lld ms after its sshd was killed", clock.elapsed());
        QVERIFY(clock.elapsed() < 10000);
    }

    // A lab with automatic failover and ping tiebreakers only: the protection line must carry the
    // split warning. Agents from before the protection level send no "protection" member; the line
    // must then stay hidden rather than guess (the fed-status cases are in TestProtectionPanel).
    void pingOnlyLabShowsTheSplitWarningOrNothing()
    {
        tests::OwnLab lab({QStringLiteral("--automatic-failover")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        ui::MainWindow window;
        window.openCluster(lab.profile(), true, false);
        window.show();
        ui::DashboardWidget* dash = window.dashboard();
        agentlink::ClusterMonitor* monitor = window.monitor();
        QTRY_COMPARE_WITH_TIMEOUT(dash->diagnosisText(),
                                  StatusText::diagnosis(agentlink::ClusterDiagnosis::Healthy, QString()), 20000);
        ui::ProtectionPanel* panel = dash->protection();
        const bool reported = monitor->node(0).status->extra.contains(QStringLiteral("protection")) ||
                              monitor->node(1).status->extra.contains(QStringLiteral("protection"));
        if (!reported) {
            qInfo("the lab's agents send no protection level yet: the line must stay hidden");
            QVERIFY(!panel->isVisible());
            QVERIFY(panel->levelText().isEmpty());
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 5000);
        QCOMPARE(monitor->view().protection.level, agentlink::ProtectionLevel::PingOnly);
        QCOMPARE(panel->levelText(), agentlink::ProtectionText::headline(monitor->view().protection));
        QVERIFY(panel->warns());
        QVERIFY2(panel->detailText().contains(agentlink::ProtectionText::pingOnlyWarning()),
                 qPrintable(panel->detailText()));
    }

    void maintenanceSetWithTwinhactlShowsTheBannerUntilEnded()
    {
        tests::OwnLab lab({QStringLiteral("--automatic-failover")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        ui::MainWindow window;
        window.openCluster(lab.profile(), true, false);
        window.show();
        ui::DashboardWidget* dash = window.dashboard();
        QTRY_COMPARE_WITH_TIMEOUT(dash->diagnosisText(),
                                  StatusText::diagnosis(agentlink::ClusterDiagnosis::Healthy, QString()), 20000);
        ui::MaintenanceBanner* banner = dash->maintenance();
        QVERIFY(!banner->isVisible());

        QProcess ctl;
        ctl.setProcessChannelMode(QProcess::MergedChannels);
        ctl.start(tests::binPath(QStringLiteral("twinhactl")),
                  {QStringLiteral("--cluster"), lab.dir() + QStringLiteral("/profile.json"),
                   QStringLiteral("maintenance"), QStringLiteral("on")});
        QTRY_VERIFY_WITH_TIMEOUT(ctl.state() == QProcess::NotRunning, 30000);
        QVERIFY2(ctl.exitCode() == 0, ctl.readAll().constData());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(
                     QStringLiteral("Maintenance mode (by root (SSH from 127.0.0.1, unverified), since ")),
                 qPrintable(banner->text()));

        auto* end = banner->findChild<QPushButton*>(QStringLiteral("endMaintenance"));
        QVERIFY(end && end->isEnabled());
        QTest::mouseClick(end, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QVERIFY(!window.monitor()->view().maintenance.isOn());
    }
};

QTEST_MAIN(TestConsoleDashboard)
#include "TestConsoleDashboard.moc"
