// The switchover dialog keeps its words consistent with its buttons, fed with the statuses and
// operations the agents send: the blocked verdict does not say "nothing can move" when the agents
// allow a forced takeover; "Switch back to node2" is offered only while the console reaches node2;
// the result never shows a service gap longer than the whole switchover, and a rollback the agents
// could not time says nothing of a gap rather than "-1 ms".
#include "agentlink/ClusterMonitor.h"
#include "tests/ui/FedMonitor.h"
#include "ui/switchover/PreCheckPage.h"
#include "ui/switchover/ResultPage.h"
#include "ui/switchover/SwitchoverDialog.h"
#include "ui/switchover/SwitchoverPlan.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace twinha;
using tests::FedMonitor;

namespace {
QJsonObject operation(const QString& result, qint64 gapMs, const QJsonArray& steps)
{
    QJsonObject op{{QStringLiteral("id"), QStringLiteral("op-1")},
                   {QStringLiteral("kind"), "switchover"},
                   {QStringLiteral("group"), QStringLiteral("service")},
                   {QStringLiteral("from"), "node2"},
                   {QStringLiteral("to"), QStringLiteral("node1")},
                   {QStringLiteral("phase"), "verify"},
                   {QStringLiteral("started_at"), 1000},
                   {QStringLiteral("steps"), steps}};
    if (!result.isEmpty())
        op.insert(QStringLiteral("result"), result);
    if (gapMs >= 0)
        op.insert(QStringLiteral("gap_ms"), gapMs);
    return op;
}

// 252 ms in all.
QJsonArray steps()
{
    return {QJsonArray{"precheck", 12, true}, QJsonArray{"stop", 90, true},  QJsonArray{"drain", 30, true},
            QJsonArray{"handover", 20, true}, QJsonArray{"start", 80, true}, QJsonArray{"verify", 20, true}};
}

agentlink::OperationView view(const QJsonObject& op)
{
    return agentlink::OperationView::fromJson(op);
}

ui::SwitchoverPlan blockedPlan(bool forceable)
{
    return ui::SwitchoverPlan::fromJson(QJsonObject{
        {QStringLiteral("group"), QStringLiteral("service")},
        {QStringLiteral("from"), QStringLiteral("node2")},
        {QStringLiteral("to"), QStringLiteral("node1")},
        {QStringLiteral("ready"), false},
        {QStringLiteral("forceable"), forceable},
        {QStringLiteral("checks"),
         QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("peer_reachable")},
                                {QStringLiteral("ok"), false},
                                {QStringLiteral("code"), QStringLiteral("PEER_UNREACHABLE")},
                                {QStringLiteral("params"), QJsonObject{{QStringLiteral("peer"), "node2"}}}}}}});
}

QString verdictOf(ui::PreCheckPage& page)
{
    QStringList texts;
    for (const QLabel* l : page.findChildren<QLabel*>())
        if (l->text().startsWith(QStringLiteral("Blocked:")))
            texts << l->text();
    return texts.join(QLatin1Char('\n'));
}
} // namespace

class TestSwitchoverDialogDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theGapIsNeverLongerThanTheWhole()
    {
        ui::ResultPage page;
        page.showResult(view(operation(QStringLiteral("done"), 253, steps())), std::nullopt);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("totalTime"))->text(), QStringLiteral("252 ms"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("serviceGap"))->text(), QStringLiteral("252 ms"));
    }

    void anUnmeasuredGapIsNotMinusOne()
    {
        ui::ResultPage page;
        page.show();
        page.showResult(view(operation(QStringLiteral("rolled_back"), -1, steps())), std::nullopt);
        for (const QLabel* l : page.findChildren<QLabel*>())
            QVERIFY2(!l->isVisible() || !l->text().contains(QStringLiteral("-1")), qPrintable(l->text()));
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("serviceGap"))->isVisible());
        // A switchover that completed without a measured gap says so in words.
        page.showResult(view(operation(QStringLiteral("done"), -1, steps())), std::nullopt);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("serviceGap"))->text(), QStringLiteral("not measured"));
    }

    void aForceableBlockDoesNotSayNothingCanMove()
    {
        ui::PreCheckPage page;
        page.showPlan(blockedPlan(true));
        QString verdict = verdictOf(page);
        QVERIFY2(!verdict.isEmpty(), "no verdict");
        QVERIFY2(!verdict.contains(QStringLiteral("Nothing can move")), qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("by force")), qPrintable(verdict));
        page.showPlan(blockedPlan(false));
        verdict = verdictOf(page);
        QVERIFY2(verdict.contains(QStringLiteral("Nothing can move until they pass")), qPrintable(verdict));
    }

    void switchBackWaitsUntilTheOldNodeIsReached()
    {
        FedMonitor fed;
        // node1 took the group over from node2; the console has not reached node2 since.
        fed.feed(0, {{QStringLiteral("operation"), operation({}, -1, QJsonArray{QJsonArray{"precheck", 12, true}})}});
        ui::SwitchoverDialog dialog(fed.monitor.get(), QStringLiteral("service"));
        dialog.show();
        QCOMPARE(dialog.state(), ui::SwitchoverDialog::State::Running);
        fed.feed(0, {{QStringLiteral("operation"), operation(QStringLiteral("done"), 120, steps())}});
        QTRY_COMPARE(dialog.state(), ui::SwitchoverDialog::State::Finished);
        auto* back = dialog.findChild<QPushButton*>(QStringLiteral("switchBack"));
        QVERIFY(back);
        QVERIFY(back->isVisible());
        QVERIFY2(!back->isEnabled(), qPrintable(back->text()));
        QVERIFY2(back->toolTip().contains(QStringLiteral("node2 cannot be reached now")), qPrintable(back->toolTip()));
        // node2 answers again: the way back opens.
        fed.feed(1, {});
        QTRY_VERIFY(back->isEnabled());
        QVERIFY(back->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestSwitchoverDialogDetails)
#include "TestSwitchoverDialogDetails.moc"
