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
        QCOMPARE(texts(lines, false), (QStringList{QStringLiteral("Witness 10.77.1.253:5410 answers both nodes."),
                                                   QStringLiteral("Lease of service: node1, 1.9 s left.")}));
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
        QCOMPARE(lines.first(), QStringLiteral("Witness 10.77.1.253:5410 answers node1."));
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
