#include "agentlink/PendingAnswer.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace twinha;
using agentlink::LinkStop;
using agentlink::PendingAnswer;
using agentlink::PromptAnswer;

// A link worker waits for the user's answer or for its link to be stopped, whichever comes first,
// and never needs the answering thread to be let go.
class TestPendingAnswer : public QObject
{
    Q_OBJECT

private:
    static PromptAnswer yes()
    {
        PromptAnswer a;
        a.accepted = true;
        a.secrets << QByteArray("s3cret");
        return a;
    }

private Q_SLOTS:
    void anAnswerGivenBeforeTheWaitIsReturned()
    {
        LinkStop stop;
        PendingAnswer pending;
        pending.answer(yes());
        const PromptAnswer a = pending.wait(stop);
        QVERIFY(a.accepted);
        QCOMPARE(a.secrets.value(0), QByteArray("s3cret"));
    }

    void anAnswerFromAnotherThreadEndsTheWait()
    {
        LinkStop stop;
        PendingAnswer pending;
        QThread* answerer = QThread::create([&] {
            QThread::msleep(50);
            pending.answer(yes());
        });
        answerer->start();
        QVERIFY(pending.wait(stop).accepted);
        QVERIFY(answerer->wait(1000));
        delete answerer;
    }

    void aStopDuringTheWaitRefusesAtOnceAndTellsTheAnsweringSide()
    {
        LinkStop stop;
        PendingAnswer pending;
        std::atomic_int told{0};
        pending.onWithdrawn([&] { ++told; });
        std::atomic_bool done{false};
        PromptAnswer answer = yes();
        QThread* asker = QThread::create([&] {
            answer = pending.wait(stop);
            done = true;
        });
        asker->start();
        QTest::qWait(50);
        QVERIFY(!done);
        QElapsedTimer clock;
        clock.start();
        stop.request();
        QVERIFY(asker->wait(1000));
        QVERIFY2(clock.elapsed() < 50, qPrintable(QString::number(clock.elapsed())));
        delete asker;
        QVERIFY(!answer.accepted);
        QVERIFY(pending.isWithdrawn());
        QCOMPARE(told.load(), 1);
        pending.answer(yes()); // too late: ignored
        stop.request();        // once only
        QCOMPARE(told.load(), 1);
    }

    void aStopBeforeTheWaitRefusesWithoutWaiting()
    {
        LinkStop stop;
        stop.request();
        PendingAnswer pending;
        QVERIFY(!pending.wait(stop).accepted);
        bool told = false;
        pending.onWithdrawn([&] { told = true; }); // the answering side comes later: told at once
        QVERIFY(told);
    }

    void aStopAfterTheAnswerChangesNothing()
    {
        LinkStop stop;
        PendingAnswer pending;
        bool told = false;
        pending.onWithdrawn([&] { told = true; });
        pending.answer(yes());
        QVERIFY(pending.wait(stop).accepted);
        stop.request();
        QVERIFY(!told);
        QVERIFY(!pending.isWithdrawn());
    }
};

QTEST_GUILESS_MAIN(TestPendingAnswer)
#include "TestPendingAnswer.moc"
