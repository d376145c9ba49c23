#include "agent/config/ConfigSettle.h"

#include <QtTest>

using twinha::agent::ConfigSettle;
using Verdict = ConfigSettle::Verdict;

Q_DECLARE_METATYPE(ConfigSettle::Verdict)

// When a node that took part in a config change lets its agents act again: only once its peer is
// heard running the same config, never inside the window in which the peer may still commit, and
// with one report when the peer stays unheard past the bound.
class TestConfigSettle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judge_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("running");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<bool>("reported");
        QTest::addColumn<Verdict>("verdict");
        // Committed at 1000: no window to wait out, a bound of 5000.
        QTest::newRow("committed, peer heard on the new config") << "committed" << 1000LL << "new"
                                                                 << "new" << false << Verdict::Settled;
        QTest::newRow("committed, peer heard on the old config") << "committed" << 2000LL << "new"
                                                                 << "old" << false << Verdict::Wait;
        QTest::newRow("committed, peer silent") << "committed" << 2000LL << "new"
                                                << "" << false << Verdict::Wait;
        QTest::newRow("committed, not yet reloaded here") << "committed" << 2000LL << "old"
                                                          << "new" << false << Verdict::Wait;
        QTest::newRow("committed, peer silent past the bound") << "committed" << 6000LL << "new"
                                                               << "" << false << Verdict::Unheard;
        QTest::newRow("committed, reported once already") << "committed" << 9000LL << "new"
                                                          << "" << true << Verdict::Wait;
        QTest::newRow("committed, heard after the report") << "committed" << 9000LL << "new"
                                                           << "new" << true << Verdict::Settled;
        // Rolled back at 1000 with a 5000 ms timeout: the peer may commit until 6000.
        QTest::newRow("rolled back, peer on the old config inside the window") << "rolled_back" << 5999LL << "new"
                                                                               << "new" << false << Verdict::Wait;
        QTest::newRow("rolled back, peer on the old config after the window") << "rolled_back" << 6000LL << "new"
                                                                              << "new" << false << Verdict::Settled;
        QTest::newRow("rolled back, peer unheard after the window") << "rolled_back" << 6000LL << "new"
                                                                    << "" << false << Verdict::Unheard;
    }

    void judge()
    {
        QFETCH(QString, phase);
        QFETCH(qint64, now);
        QFETCH(QString, running);
        QFETCH(QString, peer);
        QFETCH(bool, reported);
        QFETCH(Verdict, verdict);
        // The checksum both must run is called "new" here in every row.
        const auto settlePhase = twinha::protocol::configChangePhaseFrom(phase);
        const bool rolledBack = settlePhase == twinha::protocol::ConfigChangePhase::RolledBack;
        ConfigSettle s{QStringLiteral("tx"),     settlePhase, QStringLiteral("new"), QStringLiteral("root@local"), 1000,
                       rolledBack ? 6000 : 1000, 5000};
        s.reported = reported;
        QCOMPARE(s.judge(now, running, peer), verdict);
    }

    void anEmptyChecksumNeverSettles()
    {
        const ConfigSettle s{
            QStringLiteral("tx"), twinha::protocol::ConfigChangePhase::Committed, QString(), QString(), 0, 0, 5000};
        QCOMPARE(s.judge(100, QString(), QString()), Verdict::Wait);
    }
};

QTEST_GUILESS_MAIN(TestConfigSettle)
#include "TestConfigSettle.moc"
