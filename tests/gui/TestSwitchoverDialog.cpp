#include "agentlink/AgentClient.h"
#include "agentlink/ErrorText.h"
#include "agentlink/StatusText.h"
#include "tests/gui/SwitchoverLab.h"
#include "ui/switchover/ForcedTakeoverDialog.h"
#include "ui/switchover/OperationStepList.h"
#include "ui/switchover/SwitchoverDialog.h"
#include "ui/switchover/SwitchoverText.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>
#include <QtTest>

#include <algorithm>

#include <csignal>

using namespace twinha;
using agentlink::OperationView;
using tests::SwitchoverLab;
using ui::SwitchoverDialog;
using State = ui::SwitchoverDialog::State;

// Marks every translated string, so a test can tell re-translated texts from stale ones.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        return QStringLiteral("⟦") + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }
};

// The switchover dialog against real agents in labs of its own: a switchover made from the
// dialog and back, a blocked one with its reason, the forced takeover's guard, and the agents
// going on without the dialog.
class TestSwitchoverDialog : public QObject
{
    Q_OBJECT

private:
    static QPushButton* button(QWidget* dialog, const char* name)
    {
        return dialog->findChild<QPushButton*>(QLatin1String(name));
    }
    static QString labelText(QWidget* dialog, const char* name)
    {
        const QLabel* l = dialog->findChild<QLabel*>(QLatin1String(name));
        return l && l->isVisible() ? l->text() : QStringLiteral("<no visible label %1>").arg(QLatin1String(name));
    }

    // Waits for the pre-checks from `from` to `to`, confirms, and waits for the result page.
    static void switchOver(SwitchoverDialog& dialog, const QString& from, const QString& to)
    {
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Checked, 15000);
        QCOMPARE(dialog.plan().from, from);
        QCOMPARE(dialog.plan().to, to);
        QPushButton* confirm = button(&dialog, "confirm");
        QVERIFY(confirm && confirm->isVisible());
        // Right after a switchover the new source's replication may take a moment to settle; the
        // dialog checks again by itself when the agents' readiness changes.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == State::Checked && confirm->isEnabled(), 30000);
        QVERIFY(labelText(&dialog, "planSummary").contains(to));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Finished, 40000);
    }

    static void verifyResultPage(SwitchoverDialog& dialog, const QString& to)
    {
        const OperationView& op = dialog.operation();
        QCOMPARE(twinha::protocol::operationResultName(op.result), QStringLiteral("done"));
        QCOMPARE(op.to, to);
        QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("resultPage"))->isVisible());
        QVERIFY(op.totalMs() > 0);
        QVERIFY2(op.gapMs >= 0, "the agents report the service gap of a switchover");
        QCOMPARE(labelText(&dialog, "totalTime"), ui::SwitchoverText::duration(op.totalMs()));
        // The agents' gap spans two nodes' clocks and may exceed the steps' sum: never shown longer.
        QCOMPARE(labelText(&dialog, "serviceGap"), ui::SwitchoverText::duration(std::min(op.gapMs, op.totalMs())));
        QVERIFY(labelText(&dialog, "outcome").contains(to));
        // Every step the agents reported, with its time.
        auto* steps = dialog.findChild<QWidget*>(QStringLiteral("resultPage"))->findChild<ui::OperationStepList*>();
        QVERIFY(steps);
        QCOMPARE(steps->topLevelItemCount(), op.steps.size());
        for (int i = 0; i < op.steps.size(); ++i) {
            QVERIFY(steps->topLevelItem(i)->text(0).contains(agentlink::StatusText::step(op.steps.at(i).name)));
            QCOMPARE(steps->topLevelItem(i)->text(1), ui::SwitchoverText::duration(op.steps.at(i).ms));
        }
        // "Show on the charts" asks for the operation's own time.
        auto* toCharts = dialog.findChild<QPushButton*>(QStringLiteral("showOnCharts"));
        QVERIFY(toCharts && toCharts->isVisible());
        QSignalSpy asked(&dialog, &SwitchoverDialog::showOnChartsRequested);
        toCharts->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toLongLong(), op.startedAtMs);
        QCOMPARE(asked.first().at(1).toLongLong(), op.startedAtMs + op.totalMs());
    }

private Q_SLOTS:
    void switchoverFromTheDialogCompletesAndSwitchesBack()
    {
        SwitchoverLab lab;
        QVERIFY2(lab.lab.isUp(), qPrintable(lab.lab.upOutput()));
        QTRY_VERIFY_WITH_TIMEOUT(lab.settled() && lab.monitor->view().readiness.first().ready, 30000);
        QCOMPARE(lab.holder(), QStringLiteral("node1"));

        SwitchoverDialog dialog(lab.monitor.get(), QStringLiteral("service"));
        dialog.show();
        // What the progress page showed while the agents worked.
        int runningUpdates = 0;
        connect(lab.monitor.get(), &agentlink::ClusterMonitor::operationChanged, &dialog, [&](const OperationView& op) {
            auto* page = dialog.findChild<QWidget*>(QStringLiteral("progressPage"));
            if (op.isRunning() && dialog.state() == State::Running && page->isVisible() &&
                page->findChild<QLabel*>(QStringLiteral("progressHeadline"))->text() == ui::SwitchoverText::running(op))
                ++runningUpdates;
        });
        QSignalSpy started(&dialog, &SwitchoverDialog::operationStarted);
        switchOver(dialog, QStringLiteral("node1"), QStringLiteral("node2"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toString(), dialog.operation().id);
        QVERIFY2(runningUpdates > 0, "the progress page showed the operation while it ran");
        verifyResultPage(dialog, QStringLiteral("node2"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(lab.holder(), QStringLiteral("node2"));
        QTRY_COMPARE_WITH_TIMEOUT(lab.monitor->view().groups.first().holders, QStringList{QStringLiteral("node2")},
                                  10000);

        // "Switch back" checks the reverse direction, then moves the group home.
        QPushButton* back = button(&dialog, "switchBack");
        QVERIFY(back && back->isVisible() && back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        switchOver(dialog, QStringLiteral("node2"), QStringLiteral("node1"));
        if (QTest::currentTestFailed())
            return;
        verifyResultPage(dialog, QStringLiteral("node1"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(lab.holder(), QStringLiteral("node1"));
    }

    void blockedSwitchoverShowsTheLagReasonAndCannotBeConfirmed()
    {
        SwitchoverLab lab({QStringLiteral("--lag-too-high")});
        QVERIFY2(lab.lab.isUp(), qPrintable(lab.lab.upOutput()));
        QTRY_VERIFY_WITH_TIMEOUT(lab.settled() && !lab.monitor->view().readiness.first().reasons.isEmpty(), 30000);

        SwitchoverDialog dialog(lab.monitor.get(), QStringLiteral("service"));
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Checked, 15000);
        QVERIFY(!dialog.plan().ready);
        QPushButton* confirm = button(&dialog, "confirm");
        QVERIFY(confirm->isVisible());
        QVERIFY(!confirm->isEnabled());

        // The reason is the agents' code in the user's words, with the lag and the limit.
        const QString reason = agentlink::ErrorText::describe(protocol::RpcError::make(
            QStringLiteral("REPLICATION_LAG_TOO_HIGH"), {{QStringLiteral("channel"), QStringLiteral("lagprobe")},
                                                         {QStringLiteral("lag_s"), 42},
                                                         {QStringLiteral("limit_s"), 5}}));
        const QString row = labelText(&dialog, "check:replication_lag:lagprobe");
        QVERIFY2(row.contains(reason.toHtmlEscaped()), qPrintable(row));
        QVERIFY(row.contains(QStringLiteral("42")));
        QVERIFY(row.contains(agentlink::StatusText::check(QStringLiteral("replication_lag:lagprobe")).toHtmlEscaped()));
        QVERIFY(labelText(&dialog, "verdict").contains(QStringLiteral("1")));

        // Accessible, and reachable from the keyboard: the reason, the separate force action and
        // Close; the disabled confirm button is skipped.
        auto* reasonLabel = dialog.findChild<QLabel*>(QStringLiteral("check:replication_lag:lagprobe"));
        QCOMPARE(reasonLabel->accessibleDescription(), reason);
        QVERIFY(!reasonLabel->accessibleName().isEmpty());
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSet<QString> reached;
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog, Qt::Key_Tab);
            if (QApplication::focusWidget())
                reached << QApplication::focusWidget()->objectName();
        }
        QVERIFY2(reached.contains(QStringLiteral("check:replication_lag:lagprobe")),
                 qPrintable(reached.values().join(u',')));
        QVERIFY(reached.contains(QStringLiteral("force")));
        QVERIFY(reached.contains(QStringLiteral("close")));
        QVERIFY(!reached.contains(QStringLiteral("confirm")));

        // A language change re-translates what is shown, reasons included.
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        // (the rows are rebuilt in the new language: look them up again)
        QTRY_VERIFY(labelText(&dialog, "check:replication_lag:lagprobe").contains(QStringLiteral("⟦")));
        QVERIFY(confirm->text().startsWith(QStringLiteral("⟦")));
        QVERIFY(dialog.windowTitle().startsWith(QStringLiteral("⟦")));
        QVERIFY(labelText(&dialog, "verdict").startsWith(QStringLiteral("⟦")));
        QVERIFY(labelText(&dialog, "checkClosingNote").startsWith(QStringLiteral("⟦")));
        QCoreApplication::removeTranslator(&marking);
        QTRY_VERIFY(!confirm->text().contains(QStringLiteral("⟦")));

        // A click on the disabled button does nothing, and nothing moves.
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTest::qWait(1500);
        QCOMPARE(dialog.state(), State::Checked);
        QCOMPARE(lab.holder(), QStringLiteral("node1"));
        // Lag is something force may override: that separate action is offered.
        QVERIFY(button(&dialog, "force")->isVisible());
    }

    void forcedTakeoverNeedsTheGroupNameTypedAndIsFollowedAcrossALostConnection()
    {
        SwitchoverLab lab({QStringLiteral("--lag-too-high")});
        QVERIFY2(lab.lab.isUp(), qPrintable(lab.lab.upOutput()));
        QTRY_VERIFY_WITH_TIMEOUT(lab.settled() && !lab.monitor->view().readiness.first().reasons.isEmpty(), 30000);

        SwitchoverDialog dialog(lab.monitor.get(), QStringLiteral("service"));
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Checked, 15000);
        QPushButton* force = button(&dialog, "force");
        QVERIFY(force->isVisible() && force->isEnabled());
        QTest::mouseClick(force, Qt::LeftButton);
        auto* takeover = dialog.findChild<ui::ForcedTakeoverDialog*>();
        QVERIFY(takeover);
        QTRY_VERIFY(takeover->isVisible());
        QVERIFY(takeover->findChild<QLabel*>(QStringLiteral("splitBrainRisk"))->isVisible());
        QVERIFY(takeover->findChild<QLabel*>(QStringLiteral("dataLossRisk"))->text().contains(QStringLiteral("42")));

        QPushButton* takeOver = button(takeover, "takeOver");
        auto* name = takeover->findChild<QLineEdit*>(QStringLiteral("confirmGroupName"));
        QVERIFY(!takeOver->isEnabled());
        QTest::keyClicks(name, QStringLiteral("servic"));
        QVERIFY(!takeOver->isEnabled());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Service"));
        QVERIFY(!takeOver->isEnabled());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("service"));
        QVERIFY(takeOver->isEnabled());
        QTest::mouseClick(takeOver, Qt::LeftButton);

        // The agents accept force over the lag, and the dialog follows the operation. The lab's lag
        // never drains, so the agents try for the drain's 30 s, then roll back: time enough to cut
        // the console off from both nodes meanwhile and let it back in.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Running, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.operation().phase == twinha::protocol::OperationPhase::Drain, 15000);
        for (const char* sshd : {"NODE1_SSHD_PID", "NODE2_SSHD_PID"})
            tests::signalWithChildren(lab.lab.pid(QLatin1String(sshd)), SIGSTOP);
        auto* lost = dialog.findChild<QLabel*>(QStringLiteral("progressNotice"));
        QTRY_VERIFY_WITH_TIMEOUT(lost->isVisible(), 15000);
        QCOMPARE(dialog.state(), State::Running); // losing the link changes nothing in the agents
        QVERIFY(!lost->text().isEmpty());
        for (const char* sshd : {"NODE1_SSHD_PID", "NODE2_SSHD_PID"})
            tests::signalWithChildren(lab.lab.pid(QLatin1String(sshd)), SIGCONT);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Finished, 90000);
        const OperationView& op = dialog.operation();
        // Force gets past the pre-checks, not past the drain: the copy must still complete.
        QCOMPARE(twinha::protocol::operationResultName(op.result), QStringLiteral("rolled_back"));
        QCOMPARE(op.reason.code, QStringLiteral("REPLICATION_DRAIN_TIMEOUT"));
        QCOMPARE(labelText(&dialog, "reason"), agentlink::ErrorText::describe(op.reason));
        QCOMPARE(lab.holder(), QStringLiteral("node1"));
    }

    void maintenanceModeRefusesAPlannedSwitchoverUntilSwitchedOverAnyway()
    {
        SwitchoverLab lab;
        QVERIFY2(lab.lab.isUp(), qPrintable(lab.lab.upOutput()));
        QTRY_VERIFY_WITH_TIMEOUT(lab.settled() && lab.monitor->view().readiness.first().ready, 30000);
        // Maintenance mode for the group, set on node2 (the agent takes the operator's name from SSH).
        bool set = false;
        lab.monitor->client(1)->call(
            QStringLiteral("maintenance.set"),
            {{QStringLiteral("on"), true}, {QStringLiteral("group"), QStringLiteral("service")}},
            [&set](const protocol::RpcMessage& reply) { set = reply.kind == protocol::RpcMessage::Kind::Result; });
        QTRY_VERIFY_WITH_TIMEOUT(set, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(lab.monitor->view().maintenance.covers(QStringLiteral("service")), 10000);

        SwitchoverDialog dialog(lab.monitor.get(), QStringLiteral("service"));
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Checked, 15000);
        QPushButton* confirm = button(&dialog, "confirm");
        QPushButton* anyway = button(&dialog, "switchAnyway");
        // The agents' pre-checks say it: maintenance mode blocks a plain switchover, which cannot be
        // confirmed; only "Switch over anyway…" (force) is offered.
        QTRY_VERIFY_WITH_TIMEOUT(anyway->isVisible(), 15000);
        QVERIFY(!confirm->isEnabled());
        QVERIFY2(labelText(&dialog, "dialogNotice").startsWith(QStringLiteral("Group service is in maintenance mode")),
                 qPrintable(labelText(&dialog, "dialogNotice")));
        QCOMPARE(lab.holder(), QStringLiteral("node1"));

        // "Switch over anyway…" asks first; Cancel sends nothing.
        QTest::mouseClick(anyway, Qt::LeftButton);
        auto* box = dialog.findChild<QMessageBox*>(QStringLiteral("maintenanceConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(500);
        QCOMPARE(dialog.state(), State::Checked);
        QTest::mouseClick(anyway, Qt::LeftButton);
        box = dialog.findChild<QMessageBox*>(QStringLiteral("maintenanceConfirmation"));
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmSwitchAnyway")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Finished, 40000);
        verifyResultPage(dialog, QStringLiteral("node2"));
        QCOMPARE(lab.holder(), QStringLiteral("node2"));
        QVERIFY(lab.monitor->view().maintenance.covers(QStringLiteral("service"))); // still on
    }

    void duplexSwitchoverDrainsANodeAndSwitchBackBringsItBack()
    {
        SwitchoverLab lab({QStringLiteral("--mode"), QStringLiteral("duplex")});
        QVERIFY2(lab.lab.isUp(), qPrintable(lab.lab.upOutput()));
        const auto holders = [&lab] {
            QStringList h = lab.monitor->view().groups.value(0).holders;
            h.sort();
            return h;
        };
        QTRY_VERIFY_WITH_TIMEOUT(lab.settled() && holders().size() == 2, 30000);

        // "Switch over to node2" in duplex: node1 stops, node2 keeps serving.
        SwitchoverDialog dialog(lab.monitor.get(), QStringLiteral("service"), QStringLiteral("node2"));
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Checked, 15000);
        QCOMPARE(twinha::protocol::operationKindName(dialog.plan().kind), QStringLiteral("drain"));
        QCOMPARE(button(&dialog, "confirm")->text(), ui::SwitchoverText::confirmButton(dialog.plan()));
        switchOver(dialog, QStringLiteral("node1"), QStringLiteral("node2"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(twinha::protocol::operationKindName(dialog.operation().kind), QStringLiteral("drain"));
        QCOMPARE(twinha::protocol::operationResultName(dialog.operation().result), QStringLiteral("done"));
        QTRY_COMPARE_WITH_TIMEOUT(holders(), QStringList{QStringLiteral("node2")}, 10000);

        // The way back is bringing node1 back, not a switchover.
        QPushButton* back = button(&dialog, "switchBack");
        QVERIFY(back->isVisible());
        QCOMPARE(back->text(), ui::SwitchoverText::reverseButton(dialog.operation()));
        QTest::mouseClick(back, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), State::Checked, 15000);
        QCOMPARE(twinha::protocol::operationKindName(dialog.plan().kind), QStringLiteral("undrain"));
        switchOver(dialog, QString(), QStringLiteral("node1"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(twinha::protocol::operationResultName(dialog.operation().result), QStringLiteral("done"));
        QTRY_COMPARE_WITH_TIMEOUT(holders(), (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}), 10000);
    }

    void closedDialogLeavesTheSwitchoverToTheAgentsAndReopeningShowsHowItEnded()
    {
        SwitchoverLab lab;
        QVERIFY2(lab.lab.isUp(), qPrintable(lab.lab.upOutput()));
        QTRY_VERIFY_WITH_TIMEOUT(lab.settled() && lab.monitor->view().readiness.first().ready, 30000);

        QString id;
        {
            SwitchoverDialog dialog(lab.monitor.get(), QStringLiteral("service"));
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == State::Checked && button(&dialog, "confirm")->isEnabled(),
                                     15000);
            connect(&dialog, &SwitchoverDialog::operationStarted, this,
                    [&id](const QString& started) { id = started; });
            QTest::mouseClick(button(&dialog, "confirm"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!id.isEmpty(), 15000);
            dialog.close();
        } // gone before the agents are done

        QTRY_COMPARE_WITH_TIMEOUT(lab.holder(), QStringLiteral("node2"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(lab.monitor->operation().id == id && lab.monitor->operation().isFinal(), 15000);
        SwitchoverDialog reopened(lab.monitor.get(), QStringLiteral("service"));
        reopened.show();
        QCOMPARE(reopened.state(), State::Finished);
        QCOMPARE(reopened.operation().id, id);
        QCOMPARE(twinha::protocol::operationResultName(reopened.operation().result), QStringLiteral("done"));
        QVERIFY(labelText(&reopened, "outcome").contains(QStringLiteral("node2")));
        reopened.close();

        // Once seen, the next dialog starts with the pre-checks again (now node2 → node1).
        SwitchoverDialog next(lab.monitor.get(), QStringLiteral("service"));
        QTRY_COMPARE_WITH_TIMEOUT(next.state(), State::Checked, 15000);
        QCOMPARE(next.plan().from, QStringLiteral("node2"));
    }
};

QTEST_MAIN(TestSwitchoverDialog)
#include "TestSwitchoverDialog.moc"
