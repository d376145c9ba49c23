#include "agentlink/AgentClient.h"
#include "agentlink/LinkThreads.h"
#include "tests/integration/StallingServers.h"
#include "ui/GuiPrompter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QtTest>

#include <functional>

using namespace twinha;
using agentlink::AgentClient;
using agentlink::LinkStage;
using agentlink::LinkState;

namespace {
// The longest time between two ticks of a 5 ms timer: how long the GUI thread stopped serving.
class EventLoopGapMeter
{
public:
    EventLoopGapMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_worst = std::max(m_worst, m_sinceLast.restart()); });
    }
    void start()
    {
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_worst = 0;
};

struct Teardown
{
    qint64 destroyMs = -1;  // how long `delete client` took
    qint64 worstGapMs = -1; // the GUI thread's worst stall, from the phase's start to after the delete
    bool questionLeftOpen = false;
};
} // namespace

// Closing a cluster (destroying its AgentClient) on the GUI thread while a link worker is stuck:
// the GUI never stalls for it, whatever the worker is doing, and the worker's thread still ends.
class TestClientTeardown : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMaxStallMs = 50;
    static constexpr int kThreadEndsWithinMs = 5000;

    agentlink::LinkTimeouts patientTimeouts() const
    {
        agentlink::LinkTimeouts t;
        t.connectMs = 60000; // no phase ends by itself while the test looks
        return t;
    }

    // Deletes the client from the event loop once `stuck` has held for 300 ms (also when the GUI
    // thread is inside a dialog's own loop), timing the delete and the loop's worst gap.
    Teardown destroyOnceStuck(AgentClient* client, const std::function<bool()>& stuck)
    {
        Teardown result;
        EventLoopGapMeter meter;
        QElapsedTimer stuckFor;
        bool done = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (!stuck())
                return stuckFor.invalidate();
            if (!stuckFor.isValid()) {
                stuckFor.start();
                meter.start();
                return;
            }
            if (stuckFor.elapsed() < 300)
                return;
            poll.stop();
            QElapsedTimer clock;
            clock.start();
            delete client;
            result.destroyMs = clock.elapsed();
            // A question for a link that is gone must close by itself; any left is closed here,
            // so that a nested dialog loop does not hold the test.
            QTimer::singleShot(300, this, [&] {
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                        result.questionLeftOpen = true;
                        box->reject();
                    }
                done = true;
            });
        });
        poll.start();
        if (!QTest::qWaitFor([&] { return done; }, 30000)) {
            qWarning("the worker never got stuck as planned");
            return result;
        }
        result.worstGapMs = meter.worstMs();
        return result;
    }

    AgentClient* startClient(const agentlink::NodeEndpoint& ep, LinkStage* stage)
    {
        auto* client = new AgentClient(ep, patientTimeouts());
        client->setPrompter(std::make_shared<ui::GuiPrompter>(nullptr));
        connect(client, &AgentClient::stageChanged, client, [stage](LinkStage s) { *stage = s; });
        client->start();
        return client;
    }

    void verifyNoStallAndNoLeak(const char* phase, const Teardown& t)
    {
        QVERIFY2(t.destroyMs >= 0, "never reached the phase");
        QElapsedTimer clock;
        clock.start();
        const bool ended = QTest::qWaitFor([] { return tests::linkThreadsOfThisProcess() == 0; }, kThreadEndsWithinMs);
        qInfo("%s: delete took %lld ms, the GUI thread's worst gap %lld ms, the link thread %s", phase, t.destroyMs,
              t.worstGapMs,
              qPrintable(ended ? QStringLiteral("ended %1 ms later").arg(clock.elapsed())
                               : QStringLiteral("still runs after %1 ms").arg(clock.elapsed())));
        QVERIFY2(t.destroyMs < kMaxStallMs, qPrintable(QStringLiteral("delete took %1 ms").arg(t.destroyMs)));
        QVERIFY2(t.worstGapMs < kMaxStallMs, qPrintable(QStringLiteral("GUI stalled %1 ms").arg(t.worstGapMs)));
        QVERIFY2(ended, "the link thread outlived its client");
        QTRY_COMPARE_WITH_TIMEOUT(agentlink::LinkThreads::running(), 0, 1000); // the code's count agrees
    }

    agentlink::NodeEndpoint plainEndpoint(const QString& name, int port)
    {
        agentlink::NodeEndpoint ep;
        ep.name = name;
        ep.host = QStringLiteral("127.0.0.1");
        ep.port = port;
        ep.user = QStringLiteral("nobody");
        ep.knownHostsFile = QStringLiteral("/nonexistent/known_hosts");
        return ep;
    }

private Q_SLOTS:
    void init() { QCOMPARE(tests::linkThreadsOfThisProcess(), 0); }

    void deletingNeverWaitsOnAWorkerStuckInTcpConnect()
    {
        tests::BlackholeListener blackhole;
        QVERIFY2(blackhole.port() > 0, "could not fill a listener's accept queue");
        LinkStage stage = LinkStage::Open;
        AgentClient* client = startClient(plainEndpoint(QStringLiteral("stall-tcp"), blackhole.port()), &stage);
        const Teardown t = destroyOnceStuck(client, [&] { return stage == LinkStage::Connecting; });
        verifyNoStallAndNoLeak("TCP connect", t);
    }

    void deletingNeverWaitsOnAWorkerStuckInKeyExchange()
    {
        tests::BannerOnlyServer server;
        QVERIFY(server.port() > 0);
        LinkStage stage = LinkStage::Open;
        AgentClient* client = startClient(plainEndpoint(QStringLiteral("stall-kex"), server.port()), &stage);
        const Teardown t =
            destroyOnceStuck(client, [&] { return stage == LinkStage::Connecting && server.clientSpoke(); });
        verifyNoStallAndNoLeak("key exchange", t);
    }

    void deletingNeverWaitsOnAWorkerStuckInAuthentication()
    {
        tests::StallingSshd sshd;
        QVERIFY2(sshd.isUp(), qPrintable(sshd.log()));
        LinkStage stage = LinkStage::Open;
        AgentClient* client = startClient(sshd.endpoint(QStringLiteral("stall-auth"), true), &stage);
        const Teardown t =
            destroyOnceStuck(client, [&] { return stage == LinkStage::Authenticating && sshd.keyCheckRunning(); });
        verifyNoStallAndNoLeak("authentication", t);
    }

    void deletingNeverWaitsOnAWorkerStuckInAnUnansweredQuestion()
    {
        tests::StallingSshd sshd;
        QVERIFY2(sshd.isUp(), qPrintable(sshd.log()));
        LinkStage stage = LinkStage::Open;
        AgentClient* client = startClient(sshd.endpoint(QStringLiteral("stall-ask"), false), &stage);
        const Teardown t = destroyOnceStuck(client, [&] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("hostKeyDialog") && w->isVisible())
                    return stage == LinkStage::VerifyingHostKey;
            return false;
        });
        verifyNoStallAndNoLeak("host-key question", t);
        QVERIFY2(!t.questionLeftOpen, "the question stayed open for a link that is gone");
    }

    // The console quits with a worker stuck and its client not even deleted: the drain that runs as
    // the application object goes stops the worker and sees it end, before the loggers and libssh's
    // own clean-up are destroyed.
    void theExitDrainEndsAStuckWorkerAtOnce()
    {
        tests::StallingSshd sshd;
        QVERIFY2(sshd.isUp(), qPrintable(sshd.log()));
        LinkStage stage = LinkStage::Open;
        AgentClient* client = startClient(sshd.endpoint(QStringLiteral("stall-exit"), true), &stage);
        QTRY_VERIFY_WITH_TIMEOUT(stage == LinkStage::Authenticating && sshd.keyCheckRunning(), 10000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(agentlink::LinkThreads::drain(agentlink::LinkThreads::kExitWaitMs));
        const qint64 drainMs = clock.elapsed();
        qInfo("exit drain: %lld ms", drainMs);
        QVERIFY2(drainMs < 500, qPrintable(QString::number(drainMs)));
        QCOMPARE(tests::linkThreadsOfThisProcess(), 0);
        QCOMPARE(agentlink::LinkThreads::running(), 0);
        delete client; // its worker went with the drain
    }
};

QTEST_MAIN(TestClientTeardown)
#include "TestClientTeardown.moc"
