#include "agentlink/LinkStop.h"
#include "agentlink/SocketInterrupter.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace twinha;
using agentlink::LinkStop;
using agentlink::SocketInterrupter;

// A stop reaches whatever a link worker is blocked in: the wake-ups registered for the time of the
// block run once, and a socket's blocking read is cut short.
class TestLinkStop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wakeUpsRunOnceAndOnlyWhileRegistered()
    {
        LinkStop stop;
        int first = 0;
        int removed = 0;
        {
            const LinkStop::Wake gone(stop, [&] { ++removed; });
        }
        const LinkStop::Wake wake(stop, [&] { ++first; });
        QVERIFY(!stop.requested());
        stop.request();
        stop.request();
        QVERIFY(stop.requested());
        QCOMPARE(first, 1);
        QCOMPARE(removed, 0);
        int late = 0;
        const LinkStop::Wake afterwards(stop, [&] { ++late; }); // the stop came already: runs now
        QCOMPARE(late, 1);
    }

    void aStopCutsABlockingReadShort()
    {
        int pair[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
        LinkStop stop;
        auto interrupter = std::make_unique<SocketInterrupter>(stop, pair[0]);
        QVERIFY(interrupter->watches(pair[0]));
        QVERIFY(!interrupter->watches(pair[1]));
        std::atomic<ssize_t> got{-2};
        QThread* reader = QThread::create([&] {
            char c = 0;
            got = ::recv(pair[0], &c, 1, 0); // nothing ever comes from the peer
        });
        reader->start();
        QTest::qWait(50);
        QCOMPARE(got.load(), ssize_t(-2));
        QElapsedTimer clock;
        clock.start();
        stop.request();
        QVERIFY(reader->wait(1000));
        QVERIFY2(clock.elapsed() < 50, qPrintable(QString::number(clock.elapsed())));
        delete reader;
        QCOMPARE(got.load(), ssize_t(0)); // the end of the connection
        interrupter.reset();
        // The original descriptor is the owner's: still open after the interrupter has gone.
        QVERIFY(::fcntl(pair[0], F_GETFD) >= 0);
        ::close(pair[0]);
        ::close(pair[1]);
    }
};

QTEST_GUILESS_MAIN(TestLinkStop)
#include "TestLinkStop.moc"
