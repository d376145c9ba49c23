// The forced takeover when the surviving agent asks for fencing first (FENCE_REQUIRED), fed with
// the replies and statuses the agents send (the loopback lab has no fence device): the dialog says
// that fencing has started, waits for the status to say the peer is off and then sends the
// takeover again; skipping fencing takes a separate confirmation that names the risk, and only
// then goes out with skip_fencing.
#include "agentlink/ErrorText.h"
#include "tests/ui/FedMonitor.h"
#include "ui/switchover/ForcedTakeoverDialog.h"
#include "ui/switchover/SwitchoverClient.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace twinha;
using tests::FedMonitor;
using tests::SentRequest;
using Fence = ui::FenceWait::State;

namespace {
// node2, the survivor, with its fence device for node1 in `state`.
QJsonObject survivor(const QString& state, qint64 sinceMs = 100, bool failure = false)
{
    QJsonObject fencing{{QStringLiteral("node"), QStringLiteral("node1")},
                        {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                        {QStringLiteral("state"), state},
                        {QStringLiteral("since_ms"), sinceMs}};
    if (failure) {
        fencing.insert(QStringLiteral("code"), QStringLiteral("FENCE_FAILED"));
        fencing.insert(QStringLiteral("params"),
                       QJsonObject{{QStringLiteral("node"), QStringLiteral("node1")},
                                   {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                                   {QStringLiteral("exit_status"), 1},
                                   {QStringLiteral("detail"), QStringLiteral("no route")}});
    }
    return {{QStringLiteral("protection"), QStringLiteral("witness_fencing")},
            {QStringLiteral("fencing"), fencing},
            {QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("service")},
                                                              {QStringLiteral("held"), false}}}}};
}

protocol::RpcMessage fenceRequired(const QString& state = QStringLiteral("running"))
{
    return tests::errorReply(QStringLiteral("FENCE_REQUIRED"),
                             {{QStringLiteral("node"), QStringLiteral("node1")},
                              {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                              {QStringLiteral("state"), state}});
}

QJsonObject forcedStart(bool skipFencing)
{
    QJsonObject p{{QStringLiteral("group"), QStringLiteral("service")},
                  {QStringLiteral("to"), QStringLiteral("node2")},
                  {QStringLiteral("force"), true}};
    if (skipFencing)
        p.insert(QStringLiteral("skip_fencing"), true);
    return p;
}
} // namespace

class TestForcedTakeoverFencing : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        FedMonitor fed;
        std::unique_ptr<ui::ForcedTakeoverDialog> dialog;
        QList<SentRequest> sent;

        Setup()
        {
            fed.feed(1, survivor(QStringLiteral("idle"), 90000));
            fed.disconnect(0); // node1 is silent: the console cannot reach it either
            dialog = std::make_unique<ui::ForcedTakeoverDialog>(fed.monitor.get(), QStringLiteral("service"),
                                                                QStringLiteral("node2"));
            tests::capture(dialog->client(), &sent);
            dialog->show();
        }
        QPushButton* button(const char* name) const { return dialog->findChild<QPushButton*>(QLatin1String(name)); }
        QString notice() const
        {
            const auto* n = dialog->findChild<QLabel*>(QStringLiteral("forceNotice"));
            return n->isVisible() ? n->text() : QString();
        }
        // Types the group's name and clicks "Take over by force"; the agents answer FENCE_REQUIRED.
        void takeOverAndGetFenceRequired(const QString& state = QStringLiteral("running"))
        {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmGroupName")),
                             QStringLiteral("service"));
            QTest::mouseClick(button("takeOver"), Qt::LeftButton);
            QCOMPARE(sent.size(), 1);
            QCOMPARE(sent.last().node, QStringLiteral("node2"));
            QCOMPARE(sent.last().method, QStringLiteral("switchover.start"));
            QCOMPARE(sent.last().params, forcedStart(false));
            sent.last().reply(fenceRequired(state));
        }
        // Clicks "Skip fencing…" and returns the confirmation it opens.
        QMessageBox* askToSkip() const
        {
            QPushButton* skip = button("skipFencing");
            if (!skip || !skip->isVisible() || !skip->isEnabled())
                return nullptr;
            QTest::mouseClick(skip, Qt::LeftButton);
            return dialog->findChild<QMessageBox*>(QStringLiteral("skipFencingConfirmation"));
        }
    };

private Q_SLOTS:
    void theTakeoverWaitsForTheFenceAndIsSentAgainOnceThePeerIsOff()
    {
        Setup s;
        QVERIFY(!s.button("skipFencing")->isVisible()); // nothing to skip before the agents ask for it
        QSignalSpy started(s.dialog.get(), &ui::ForcedTakeoverDialog::started);
        s.takeOverAndGetFenceRequired();
        QCOMPARE(s.dialog->fenceState(), Fence::Running);
        QVERIFY2(s.notice().contains(QStringLiteral("Fencing node1 with fence_ipmilan has started")),
                 qPrintable(s.notice()));
        QVERIFY(s.notice().contains(QStringLiteral("sent again as soon as node1 is reported off")));
        QVERIFY(!s.notice().contains(QStringLiteral("refused")));
        QVERIFY(!s.button("takeOver")->isEnabled());
        QVERIFY(s.button("skipFencing")->isVisible());

        // Still fencing: nothing goes out.
        s.fed.feed(1, survivor(QStringLiteral("running"), 1500));
        QCOMPARE(s.sent.size(), 1);

        // "Skip fencing…" names the risk, and Cancel sends nothing.
        QMessageBox* box = s.askToSkip();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("node1 may still be running the service: both nodes may serve at once "
                                             "and data may diverge."));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(s.sent.size(), 1);

        // The status says node1 is off: the takeover goes out again, with fencing, by itself.
        s.fed.feed(1, survivor(QStringLiteral("done"), 200));
        QCOMPARE(s.sent.size(), 2);
        QCOMPARE(s.sent.last().params, forcedStart(false));
        s.fed.feed(1, survivor(QStringLiteral("done"), 2200)); // a push while it is under way: no third request
        QCOMPARE(s.sent.size(), 2);
        s.sent.last().reply(tests::resultReply({{QStringLiteral("id"), QStringLiteral("op-7")}}));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toString(), QStringLiteral("op-7"));
        QCOMPARE(s.dialog->result(), int(QDialog::Accepted));
    }

    void aFailedFenceIsSaidAndSkippingItTakesItsOwnConfirmation()
    {
        Setup s;
        s.takeOverAndGetFenceRequired();
        // An older failure, from before this request, is not this attempt's.
        s.fed.feed(1, survivor(QStringLiteral("failed"), 60000, true));
        QCOMPARE(s.dialog->fenceState(), Fence::Running);
        QTest::qWait(20);
        s.fed.feed(1, survivor(QStringLiteral("failed"), 5, true));
        QCOMPARE(s.dialog->fenceState(), Fence::Failed);
        const QString failed = agentlink::ErrorText::describe(protocol::RpcError::make(
            QStringLiteral("FENCE_FAILED"), {{QStringLiteral("node"), QStringLiteral("node1")},
                                             {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                                             {QStringLiteral("exit_status"), 1},
                                             {QStringLiteral("detail"), QStringLiteral("no route")}}));
        QVERIFY2(s.notice().startsWith(failed), qPrintable(s.notice()));
        QVERIFY(s.notice().endsWith(QStringLiteral("Try again to fence it once more, or skip fencing.")));
        QVERIFY(s.button("takeOver")->isEnabled()); // "Try again" asks the agents to fence again
        QCOMPARE(s.sent.size(), 1);

        QMessageBox* box = s.askToSkip();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("both nodes may serve at once and data may diverge")));
        QVERIFY(box->informativeText().contains(QStringLiteral("node2 then takes over group service")));
        auto* confirm = box->findChild<QPushButton*>(QStringLiteral("confirmSkipFencing"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(s.sent.size(), 2);
        QCOMPARE(s.sent.last().params, forcedStart(true));
        s.sent.last().reply(tests::resultReply({{QStringLiteral("id"), QStringLiteral("op-8")}}));
        QCOMPARE(s.dialog->result(), int(QDialog::Accepted));
    }

    void aFenceThatHadJustFailedIsTriedAgainOnRequest()
    {
        Setup s;
        s.takeOverAndGetFenceRequired(QStringLiteral("failed"));
        QCOMPARE(s.dialog->fenceState(), Fence::Failed);
        QVERIFY(s.notice().contains(QStringLiteral("Try again")));
        QTest::mouseClick(s.button("takeOver"), Qt::LeftButton);
        QCOMPARE(s.sent.size(), 2);
        QCOMPARE(s.sent.last().params, forcedStart(false)); // never skipped without being asked
        s.sent.last().reply(fenceRequired());
        QCOMPARE(s.dialog->fenceState(), Fence::Running);
    }

    void anotherRefusalEndsTheWait()
    {
        Setup s;
        s.takeOverAndGetFenceRequired();
        s.fed.feed(1, survivor(QStringLiteral("done"), 10));
        QCOMPARE(s.sent.size(), 2);
        s.sent.last().reply(tests::errorReply(QStringLiteral("WITNESS_LEASE_HELD"),
                                              {{QStringLiteral("group"), QStringLiteral("service")},
                                               {QStringLiteral("holder"), QStringLiteral("node1")}}));
        QVERIFY(s.notice().startsWith(QStringLiteral("The agents refused: Takeover refused: the witness gives")));
        s.fed.feed(1, survivor(QStringLiteral("done"), 2000));
        QCOMPARE(s.sent.size(), 2); // no resending by itself after a refusal of another kind
        QVERIFY(!s.button("skipFencing")->isVisible());
    }
};

QTEST_MAIN(TestForcedTakeoverFencing)
#include "TestForcedTakeoverFencing.moc"
