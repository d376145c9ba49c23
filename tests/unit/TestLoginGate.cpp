#include "agentlink/LoginGate.h"
#include "agentlink/SshConnection.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/FreePort.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <vector>

using namespace twinha;
using agentlink::LinkStop;
using agentlink::LoginGate;

// At most LoginGate::kSlots links log in at once: the next waits for a slot, and a stop ends its
// wait without one. An SshConnection takes its slot once TCP is up, so a host that does not answer
// holds none, and its handshake timeout runs only once it has one.
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
                LoginGate::Slot slot;
                state = slot.acquire(stop) ? 1 : 2;
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
            slots.push_back(std::make_unique<LoginGate::Slot>());
            [&] { QVERIFY(slots.back()->acquire(stop)); }();
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
        QVERIFY(slots.back()->acquire(stop)); // held already: no second slot
        QCOMPARE(LoginGate::inUse(), LoginGate::kSlots);
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
        LoginGate::Slot slot;
        QVERIFY(!slot.acquire(stop));
        QVERIFY(!slot.held());
        QCOMPARE(LoginGate::inUse(), 0);
    }

    void aHostThatRefusesTakesNoSlot()
    {
        const LinkStop stop;
        auto slots = takeAll(stop);
        agentlink::NodeEndpoint endpoint;
        endpoint.name = QStringLiteral("node1");
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = tests::freeTcpPort(); // nobody listens
        agentlink::SshConnection connection(endpoint, {}, nullptr);
        LoginGate::Slot slot;
        connection.takeLoginSlotOnceConnected(&slot);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(connection.connectToHost().code, QString::fromLatin1(protocol::codes::kHostUnreachable));
        QVERIFY2(clock.elapsed() < 3000, "a refused connection waited for a slot");
        QVERIFY(!slot.held());
    }

    void theHandshakeTimeoutRunsOnlyOnceTheSlotIsHeld()
    {
        // A listening socket that never accepts: the kernel completes the TCP handshake, and no SSH
        // banner ever comes.
        const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(::bind(server, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        QVERIFY(::listen(server, 4) == 0);
        QVERIFY(::getsockname(server, reinterpret_cast<sockaddr*>(&address), &length) == 0);

        const LinkStop stop;
        auto slots = takeAll(stop);
        agentlink::NodeEndpoint endpoint;
        endpoint.name = QStringLiteral("node1");
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = ntohs(address.sin_port);
        agentlink::LinkTimeouts timeouts;
        timeouts.connectMs = 1000;
        std::atomic_bool held{false};
        QString code;
        QElapsedTimer sinceFreed;
        qint64 failedAfterMs = -1;
        QThread* link = QThread::create([&] {
            agentlink::SshConnection connection(endpoint, timeouts, nullptr);
            LoginGate::Slot slot;
            connection.takeLoginSlotOnceConnected(&slot);
            code = connection.connectToHost().code;
            failedAfterMs = sinceFreed.elapsed();
            held = slot.held();
        });
        link->start();
        QVERIFY(!link->wait(2000)); // twice its timeout, waiting for a slot
        sinceFreed.start();
        slots.back()->release();
        QVERIFY(link->wait(5000));
        delete link;
        ::close(server);
        QCOMPARE(code, QString::fromLatin1(protocol::codes::kConnectTimeout));
        QVERIFY(held.load());
        QVERIFY2(failedAfterMs >= 900, qPrintable(QString::number(failedAfterMs))); // the whole timeout, from the slot
    }

    void cleanup() { QTRY_COMPARE(LoginGate::inUse(), 0); } // every test gives its slots back
};

QTEST_GUILESS_MAIN(TestLoginGate)
#include "TestLoginGate.moc"
