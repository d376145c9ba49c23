// ProtectionText: the protection level and the witness in words, as the dashboard and twinhactl show them.
#include "agentlink/ProtectionText.h"

#include <QTest>

using namespace twinha::agentlink;

namespace {
const QString kAddress = QStringLiteral("10.77.1.253:5410");

ProtectionView levels(ProtectionLevel first, ProtectionLevel second)
{
    ProtectionView v;
    v.node = {QStringLiteral("node1"), QStringLiteral("node2")};
    v.nodeLevel = {first, second};
    v.level = std::min(first, second);
    return v;
}

ProtectionView withWitness(std::optional<bool> reach1, std::optional<bool> reach2)
{
    ProtectionView v = levels(ProtectionLevel::Witness, ProtectionLevel::Witness);
    WitnessView w;
    w.address = kAddress;
    w.reachable = {reach1, reach2};
    LeaseView l;
    l.group = QStringLiteral("service");
    l.holder = QStringLiteral("node1");
    l.holderKnown = true;
    l.remainingMs = 1875;
    w.leases << l;
    v.witness = w;
    return v;
}

QStringList texts(const QList<ProtectionText::Line>& lines, bool warningsOnly)
{
    QStringList out;
    for (const ProtectionText::Line& l : lines)
        if (l.warning || !warningsOnly)
            out << l.text;
    return out;
}
} // namespace

class TestProtectionText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pingOnlyCarriesTheSplitWarning()
    {
        const ProtectionView v = levels(ProtectionLevel::PingOnly, ProtectionLevel::PingOnly);
        QCOMPARE(ProtectionText::headline(v), QStringLiteral("Protection: Ping tiebreakers only"));
        const QStringList warnings = texts(ProtectionText::lines(v), true);
        QCOMPARE(warnings, QStringList{ProtectionText::pingOnlyWarning()});
        QVERIFY(warnings.first().contains(QStringLiteral("cannot prevent two active nodes")));
        QVERIFY(warnings.first().contains(QStringLiteral("witness")));
    }

    void aWitnessThatAnswersBothNodesIsNoWarning()
    {
        const QList<ProtectionText::Line> lines = ProtectionText::lines(withWitness(true, true));
        QVERIFY(texts(lines, true).isEmpty());
        QCOMPARE(texts(lines, false), (QStringList{ProtectionText::frozenNodeNote(),
                                                   QStringLiteral("Witness 10.77.1.253:5410 answers both nodes."),
                                                   QStringLiteral("Lease of service: node1, 1.9 s left.")}));
        QVERIFY(ProtectionText::frozenNodeNote().contains(QStringLiteral("frozen node")));
    }

    void eachLevelHasItsNameAndExplanation_data()
    {
        QTest::addColumn<ProtectionLevel>("level");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("said");
        QTest::newRow("witness and fencing") << ProtectionLevel::WitnessFencing << QStringLiteral("Witness and fencing")
                                             << QStringLiteral("a frozen node cannot go on serving either");
        QTest::newRow("witness") << ProtectionLevel::Witness << QStringLiteral("Witness")
                                 << QStringLiteral("A frozen node is not covered");
        QTest::newRow("fencing") << ProtectionLevel::Fencing << QStringLiteral("Ping tiebreakers and fencing")
                                 << QStringLiteral("powers off a healthy active node");
        QTest::newRow("ping only") << ProtectionLevel::PingOnly << QStringLiteral("Ping tiebreakers only")
                                   << QStringLiteral("cannot prevent two active nodes");
        QTest::newRow("manual") << ProtectionLevel::Manual << QStringLiteral("Manual failover")
                                << QStringLiteral("an operator decides");
    }

    void eachLevelHasItsNameAndExplanation()
    {
        QFETCH(ProtectionLevel, level);
        QFETCH(QString, name);
        QFETCH(QString, said);
        QCOMPARE(ProtectionText::level(level), name);
        QVERIFY2(ProtectionText::explanation(level).contains(said), qPrintable(ProtectionText::explanation(level)));
    }

    void witnessAndFencingNeedNoWarning()
    {
        ProtectionView v = levels(ProtectionLevel::WitnessFencing, ProtectionLevel::WitnessFencing);
        FencingView f;
        f.reportedBy = QStringLiteral("node1");
        f.node = QStringLiteral("node2");
        f.device = QStringLiteral("fence_ipmilan");
        f.state = twinha::protocol::FenceState::Idle;
        v.fencing << f;
        const QList<ProtectionText::Line> lines = ProtectionText::lines(v);
        QVERIFY(texts(lines, true).isEmpty());
        QCOMPARE(texts(lines, false), QStringList{QStringLiteral("Fencing: node2 by fence_ipmilan.")});
    }

    void fencingWithoutAWitnessWarnsOfAnAvoidableOutage()
    {
        const QStringList warnings =
            texts(ProtectionText::lines(levels(ProtectionLevel::Fencing, ProtectionLevel::Fencing)), true);
        QCOMPARE(warnings, QStringList{ProtectionText::fencingOnlyWarning()});
        QVERIFY(warnings.first().contains(QStringLiteral("healthy active node")));
        QVERIFY(warnings.first().contains(QStringLiteral("Configure a witness")));
    }

    void fenceStatesAreSaid_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("sinceMs"); // -1: not given
        QTest::addColumn<bool>("withError");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<bool>("alert");
        QTest::newRow("at rest") << QStringLiteral("idle") << 500 << false
                                 << QStringLiteral("Fencing: node2 by fence_ipmilan.") << false << false;
        QTest::newRow("not live") << QString() << -1 << false << QStringLiteral("Fencing: node2 by fence_ipmilan.")
                                  << false << false;
        QTest::newRow("running") << QStringLiteral("running") << 800 << false
                                 << QStringLiteral(
                                        "Fencing node2 with fence_ipmilan… A takeover waits until node2 is off.")
                                 << true << false;
        QTest::newRow("done") << QStringLiteral("done") << 12000 << false
                              << QStringLiteral("node2 was powered off by fence_ipmilan 12 s ago.") << true << false;
        QTest::newRow("done, no time") << QStringLiteral("done") << -1 << false
                                       << QStringLiteral("node2 was powered off by fence_ipmilan.") << true << false;
        QTest::newRow("failed") << QStringLiteral("failed") << 100 << true
                                << QStringLiteral("Fencing node2 with fence_ipmilan failed (exit status 1): Unable to "
                                                  "connect/login to fencing device. No takeover happens until fencing "
                                                  "succeeds; check the fence device and its options.")
                                << true << true;
        QTest::newRow("failed, no reason given")
            << QStringLiteral("failed") << 100 << false
            << QStringLiteral("Fencing node2 with fence_ipmilan failed; no takeover until it succeeds.") << true
            << true;
    }

    void fenceStatesAreSaid()
    {
        QFETCH(QString, state);
        QFETCH(int, sinceMs);
        QFETCH(bool, withError);
        QFETCH(QString, expected);
        QFETCH(bool, warning);
        QFETCH(bool, alert);
        ProtectionView v = levels(ProtectionLevel::WitnessFencing, ProtectionLevel::WitnessFencing);
        FencingView f;
        f.reportedBy = QStringLiteral("node1");
        f.node = QStringLiteral("node2");
        f.device = QStringLiteral("fence_ipmilan");
        f.state = twinha::protocol::fenceStateFrom(state);
        if (sinceMs >= 0)
            f.sinceMs = sinceMs;
        if (withError)
            f.error = twinha::protocol::RpcError::make(
                QStringLiteral("FENCE_FAILED"),
                {{QStringLiteral("node"), QStringLiteral("node2")},
                 {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                 {QStringLiteral("exit_status"), 1},
                 {QStringLiteral("detail"), QStringLiteral("Unable to connect/login to fencing device")}});
        v.fencing << f;
        const QList<ProtectionText::Line> lines = ProtectionText::lines(v);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().text, expected);
        QCOMPARE(lines.first().warning, warning);
        QCOMPARE(lines.first().alert, alert);
    }

    void aFailedFenceComesFirst()
    {
        ProtectionView v = levels(ProtectionLevel::Fencing, ProtectionLevel::Fencing);
        FencingView f;
        f.node = QStringLiteral("node1");
        f.device = QStringLiteral("fence_virsh");
        f.state = twinha::protocol::FenceState::Failed;
        v.fencing << f;
        const QList<ProtectionText::Line> lines = ProtectionText::lines(v);
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.first().alert);
        QVERIFY(lines.first().text.startsWith(QStringLiteral("Fencing node1 with fence_virsh failed")));
        QCOMPARE(lines.at(1).text, ProtectionText::fencingOnlyWarning());
    }

    void aWitnessThatAnswersNoNodeIsAWarning()
    {
        const QStringList warnings = texts(ProtectionText::lines(withWitness(false, false)), true);
        QCOMPARE(warnings,
                 QStringList{QStringLiteral("Witness 10.77.1.253:5410 does not answer: automatic failover cannot "
                                            "happen until it does; the active node keeps running while its peer is "
                                            "up.")});
    }

    void aWitnessThatAnswersOneNodeNamesTheOther()
    {
        const QStringList warnings = texts(ProtectionText::lines(withWitness(true, false)), true);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().startsWith(QStringLiteral("Witness 10.77.1.253:5410 does not answer node2")));
        // node2 says nothing (not reached): no warning, and no claim about node2 either.
        const QStringList lines = texts(ProtectionText::lines(withWitness(true, std::nullopt)), false);
        QVERIFY(lines.contains(QStringLiteral("Witness 10.77.1.253:5410 answers node1.")));
    }

    void leaseSentencesNeverShowAnEmptyValue_data()
    {
        QTest::addColumn<bool>("holderKnown");
        QTest::addColumn<bool>("vacant");
        QTest::addColumn<bool>("withRemaining");
        QTest::addColumn<QString>("expected");
        QTest::newRow("holder and time left")
            << true << false << true << QStringLiteral("Lease of service: node1, 1.9 s left.");
        QTest::newRow("holder, no time left known")
            << true << false << false << QStringLiteral("Lease of service: node1.");
        QTest::newRow("no node holds it")
            << false << true << false << QStringLiteral("Lease of service: no node holds it.");
        QTest::newRow("witness not heard")
            << false << false << false << QStringLiteral("Lease of service: holder unknown.");
    }

    void leaseSentencesNeverShowAnEmptyValue()
    {
        QFETCH(bool, holderKnown);
        QFETCH(bool, vacant);
        QFETCH(bool, withRemaining);
        QFETCH(QString, expected);
        LeaseView l;
        l.group = QStringLiteral("service");
        l.holderKnown = holderKnown;
        l.holder = holderKnown ? QStringLiteral("node1") : QString();
        l.vacant = vacant;
        if (withRemaining)
            l.remainingMs = 1875;
        QCOMPARE(ProtectionText::lease(l), expected);
    }

    void differentLevelsAreAWarningThatNamesBoth()
    {
        const ProtectionView v = levels(ProtectionLevel::Witness, ProtectionLevel::Manual);
        QCOMPARE(ProtectionText::headline(v), QStringLiteral("Protection: Manual failover"));
        const QStringList warnings = texts(ProtectionText::lines(v), true);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("node1: Witness, node2: Manual failover")));
    }

    void anOlderAgentBesideANewOneIsNamed()
    {
        ProtectionView v = levels(ProtectionLevel::Witness, ProtectionLevel::Unknown);
        v.level = ProtectionLevel::Witness;
        v.silent[1] = true;
        const QStringList warnings = texts(ProtectionText::lines(v), true);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("node2")));
    }

    void unknownLevelSaysNothing()
    {
        ProtectionView v;
        v.silent = {true, true};
        QVERIFY(ProtectionText::lines(v).isEmpty());
    }

    void manualSaysAnOperatorDecides()
    {
        const QList<ProtectionText::Line> lines =
            ProtectionText::lines(levels(ProtectionLevel::Manual, ProtectionLevel::Manual));
        QCOMPARE(lines.size(), 1);
        QVERIFY(!lines.first().warning);
        QVERIFY(lines.first().text.contains(QStringLiteral("operator")));
    }
};

QTEST_GUILESS_MAIN(TestProtectionText)
#include "TestProtectionText.moc"
