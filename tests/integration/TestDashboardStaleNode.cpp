// The real console window against a lab of its own, with node2's agent killed (its sshd stays up):
// the heartbeat panel stops saying "node2: up, RTT …" in green and greys node2's half with since
// when and what it last said, its age moving on while node2 says nothing; the readiness line and
// the replication table say they are node1's word, and how old.
#include "agentlink/StatusText.h"
#include "tests/integration/LabEnvironment.h"
#include "tests/integration/OwnLab.h"
#include "ui/DashboardWidget.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/LinksPanel.h"
#include "ui/dashboard/ReadinessPanel.h"
#include "ui/dashboard/ReplicationTable.h"

#include <QRegularExpression>
#include <QtTest>

#include <csignal>

using namespace twinha;
using agentlink::StatusText;

class TestDashboardStaleNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDeadAgentsLastWordIsGreyedWithItsAge()
    {
        tests::OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        ui::MainWindow window;
        window.openCluster(lab.profile(), true, false);
        window.show();
        ui::DashboardWidget* dash = window.dashboard();
        QTRY_COMPARE_WITH_TIMEOUT(dash->diagnosisText(),
                                  StatusText::diagnosis(agentlink::ClusterDiagnosis::Healthy, QString()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dash->links()->linkText(0).contains(QStringLiteral("node2: up, ")), 10000);
        QVERIFY(!dash->links()->sideIsStale(1));

        tests::signalWithChildren(lab.pid(QStringLiteral("NODE2_AGENT_PID")), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(dash->links()->sideIsStale(1), 15000);
        QVERIFY(!dash->links()->sideIsStale(0));
        QString text = dash->links()->linkText(0);
        QVERIFY2(text.contains(QStringLiteral("node2: not heard since")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("it last said: up")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("node2: up")), qPrintable(text));
        // The age of node2's last word moves on, though node2 pushes nothing.
        static const QRegularExpression olderThanASecond(
            QStringLiteral("node2: not heard since [^(]*\\(([2-9]|\\d\\d+) s"));
        QTRY_VERIFY_WITH_TIMEOUT(olderThanASecond.match(dash->links()->linkText(0)).hasMatch(), 10000);

        QTRY_VERIFY_WITH_TIMEOUT(dash->readiness()->lineText(0).contains(QStringLiteral("As node1 said")), 10000);
        auto* table = dash->findChild<ui::ReplicationTable*>(QStringLiteral("replicationTable"));
        QVERIFY(table && table->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(table->item(0, 5)->text().startsWith(QStringLiteral("node1, ")), 10000);
    }
};

QTEST_MAIN(TestDashboardStaleNode)
#include "TestDashboardStaleNode.moc"
