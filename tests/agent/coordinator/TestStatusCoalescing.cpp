#include "agent/NodeState.h"
#include "agent/control/StatusProvider.h"
#include "tests/agent/coordinator/CoordinatorTestConfig.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;

// status.changed pushes: a burst of changes becomes at most one push per 50 ms, and a lone change
// still goes out at once.
class TestStatusCoalescing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBurstOfChangesIsCoalesced()
    {
        QTemporaryDir dir;
        NodeState state(dir.path());
        StatusProvider status(test::clusterConfig(QStringLiteral("hot-standby")), QStringLiteral("n1"), &state);
        status.setKeepaliveInterval(60000);
        int extraCalls = 0;
        status.setSource([&] {
            ++extraCalls;
            return QJsonObject{{QStringLiteral("split_brain"), false}};
        });
        QSignalSpy pushes(&status, &StatusProvider::statusChanged);
        QElapsedTimer clock;
        clock.start();
        status.notifyChanged(); // the first goes out at once
        QCOMPARE(pushes.count(), 1);
        while (clock.elapsed() < 300) {
            status.notifyChanged();
            QCoreApplication::processEvents();
        }
        QTest::qWait(100);
        QVERIFY2(pushes.count() >= 3 && pushes.count() <= 300 / StatusProvider::kMinGapMs + 2,
                 qPrintable(QString::number(pushes.count())));
        QCOMPARE(extraCalls, pushes.count()); // status is built once per push, not per change
        QCOMPARE(pushes.last().first().value<twinha::protocol::NodeStatus>().extra.value(QStringLiteral("split_brain")),
                 QJsonValue(false));
    }
};

QTEST_GUILESS_MAIN(TestStatusCoalescing)
#include "TestStatusCoalescing.moc"
