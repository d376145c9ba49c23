// The config rules' catalogue (agentlink/protocol/ConfigRule): one wording per code, filled from
// the agent's arguments in one pass.
#include "agentlink/protocol/ConfigRule.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using twinha::protocol::ConfigRule;
using twinha::protocol::rule;
namespace rules = twinha::protocol::rules;

class TestConfigRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argumentsFillTheWording()
    {
        QCOMPARE(rule(rules::kOutOfRange, 50, 300, qint64(60000)).english(),
                 QStringLiteral("50 is out of range (300 to 60000)"));
        QCOMPARE(rule(rules::kNotANode, QStringLiteral("n3")).english(),
                 QStringLiteral("\"n3\" is not a node of this cluster"));
        QCOMPARE(rule(rules::kKeyFileOpen, QStringLiteral("/etc/twinha/cluster.key"), QStringLiteral("0644")).english(),
                 QStringLiteral("the key file /etc/twinha/cluster.key is readable or writable by others (mode 0644); "
                                "make it mode 0600, owned by the agent's user: chmod 600 /etc/twinha/cluster.key"));
    }

    // A value from the config that looks like a placeholder stays as the user wrote it.
    void anArgumentIsNeverFilledAgain()
    {
        QCOMPARE(rule(rules::kOutOfRange, QStringLiteral("%2"), 1, 9).english(),
                 QStringLiteral("%2 is out of range (1 to 9)"));
        QCOMPARE(rule(rules::kNotOneOf, QStringLiteral("%1%2"), QStringLiteral("a, b")).english(),
                 QStringLiteral("\"%1%2\" is not one of a, b"));
    }

    // An agent newer than this console may send a rule it does not know: the code and its
    // arguments still say something, and the console falls back to the agent's English detail.
    void anUnknownRuleReadsAsItsCode()
    {
        const ConfigRule r{QStringLiteral("from_the_future"), {QStringLiteral("x"), QStringLiteral("7")}};
        QVERIFY(!r.isKnown());
        QCOMPARE(r.english(), QStringLiteral("from_the_future: x, 7"));
        QCOMPARE(r.translated(), r.english());
    }

    void everyCodeHasOneWordingAndNoHoles()
    {
        const QStringList codes = ConfigRule::codes();
        QVERIFY(codes.size() > 60);
        QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), codes.size());
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        QStringList wordings;
        for (const QString& code : codes) {
            const ConfigRule bare{code, {}};
            QVERIFY2(bare.isKnown(), qPrintable(code));
            // Fill each %N with a marker: every marker used, none left over.
            QStringList args;
            for (int i = 1; i <= 9; ++i)
                args << QStringLiteral("<%1>").arg(i);
            const QString filled = ConfigRule{code, args}.english();
            QVERIFY2(!filled.contains(placeholder), qPrintable(code + QStringLiteral(": ") + filled));
            QVERIFY2(!wordings.contains(bare.english()), qPrintable(QStringLiteral("said twice: ") + code));
            wordings << bare.english();
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigRule)
#include "TestConfigRule.moc"
