#include "agentlink/LoginGate.h"

#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace twinha;
using agentlink::LinkStop;
using agentlink::LoginGate;

// At most LoginGate::kSlots links log in at once: the next waits for a slot, and a stop ends its
// wait without one.
class TestLoginGate : public QObject
{
    Q_OBJECT

    struct Waiter
    {
        LinkStop stop;
        std::atomic_int state{0}; // 0 waiting, 1 holds a slot, 2 gave up without one
        std::atomic_bool done{false};
        QThread* thread = nullptr;

        void start()
        {
            thread = QThread::create([this] {
                LoginGate::Slot slot(stop);
                state = slot.held() ? 1 : 2;
                while (!done)
                    QThread::msleep(1);
            });
            thread->start();
        }
        ~Waiter()
        {
            done = true;
            stop.request();
            thread->wait();
            delete thread;
        }
    };

    std::vector<std::unique_ptr<LoginGate::Slot>> takeAll(const LinkStop& stop)
    {
        std::vector<std::unique_ptr<LoginGate::Slot>> slots;
        for (int i = 0; i < LoginGate::kSlots; ++i) {
            slots.push_back(std::make_unique<LoginGate::Slot>(stop));
            [&] { QVERIFY(slots.back()->held()); }();
        }
        return slots;
    }

private Q_SLOTS:
    void theNextLoginWaitsForAFreedSlot()
    {
        const LinkStop stop;
        auto slots = takeAll(stop);
        QCOMPARE(LoginGate::inUse(), LoginGate::kSlots);
        Waiter next;
        next.start();
        QTest::qWait(100);
        QCOMPARE(next.state.load(), 0);
        slots.back()->release();
        slots.back()->release(); // a second release gives back nothing more
        QTRY_COMPARE_WITH_TIMEOUT(next.state.load(), 1, 2000);
        QCOMPARE(LoginGate::inUse(), LoginGate::kSlots);
        slots.clear();
        QCOMPARE(LoginGate::inUse(), 1); // the waiter's
    }

    void aStopEndsTheWaitWithoutASlot()
    {
        const LinkStop stop;
        auto slots = takeAll(stop);
        Waiter stopped;
        Waiter other;
        stopped.start();
        other.start();
        QTest::qWait(50);
        stopped.stop.request();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.state.load(), 2, 2000);
        QCOMPARE(other.state.load(), 0);
        QCOMPARE(LoginGate::inUse(), LoginGate::kSlots);
        slots.front()->release(); // goes to the one still waiting
        QTRY_COMPARE_WITH_TIMEOUT(other.state.load(), 1, 2000);
    }

    void aStopBeforehandTakesNoSlot()
    {
        LinkStop stop;
        stop.request();
        const LoginGate::Slot slot(stop);
        QVERIFY(!slot.held());
        QCOMPARE(LoginGate::inUse(), 0);
    }

    void cleanup() { QTRY_COMPARE(LoginGate::inUse(), 0); } // every test gives its slots back
};

QTEST_GUILESS_MAIN(TestLoginGate)
#include "TestLoginGate.moc"
