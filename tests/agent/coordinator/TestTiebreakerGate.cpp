#include "agent/coordinator/TiebreakerGate.h"

#include <QTcpServer>
#include <QtTest>

using namespace twinha::agent;

// Only answers probed after the peer went missing count.
class TestTiebreakerGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersComeFromFreshProbes()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        TiebreakerGate gate({QStringLiteral("tcp:127.0.0.1:%1").arg(server.serverPort())});
        QCOMPARE(gate.answer(), TiebreakerAnswer::Unknown);
        gate.want();
        QVERIFY(QTest::qWaitFor([&] { return gate.answer() == TiebreakerAnswer::Reachable; }, 5000));
        gate.invalidate(); // the peer went missing: the old answer says nothing about now
        QCOMPARE(gate.answer(), TiebreakerAnswer::Unknown);
        server.close();
        gate.want();
        QVERIFY(QTest::qWaitFor([&] { return gate.answer() == TiebreakerAnswer::Unreachable; }, 5000));
    }

    void aProbeStartedBeforeTheLossIsNotTrusted()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        TiebreakerGate gate({QStringLiteral("tcp:127.0.0.1:%1").arg(server.serverPort())});
        gate.want();
        QVERIFY(QTest::qWaitFor([&] { return gate.isProbing(); }, 2000));
        gate.invalidate(); // while the probe that would answer "reachable" is under way
        server.close();
        QVERIFY(QTest::qWaitFor([&] { return gate.answer() != TiebreakerAnswer::Unknown; }, 5000));
        QCOMPARE(gate.answer(), TiebreakerAnswer::Unreachable);
    }

    void withoutTargetsNothingAnswers()
    {
        TiebreakerGate gate({});
        gate.want();
        QVERIFY(QTest::qWaitFor([&] { return gate.answer() == TiebreakerAnswer::Unreachable; }, 3000));
    }
};

QTEST_GUILESS_MAIN(TestTiebreakerGate)
#include "TestTiebreakerGate.moc"
