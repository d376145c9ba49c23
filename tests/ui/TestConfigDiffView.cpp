// ConfigDiffView and LineDiff: the Review page's changes, removed and added lines marked, three
// unchanged lines of context around each change and the rest folded.
#include "ui/wizard/ConfigDiffView.h"

#include <QApplication>
#include <QTest>
#include <QTextBlock>

using twinha::ui::ConfigDiffView;
using twinha::ui::LineDiff;

class TestConfigDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAreMatchedByTheLongestCommonRun()
    {
        const QList<LineDiff::Line> d =
            LineDiff::compute(QStringLiteral("a\nb\nc\nd"), QStringLiteral("a\nc\nx\nd\ne"));
        QStringList shown;
        for (const LineDiff::Line& l : d)
            shown << QStringLiteral("%1%2")
                         .arg(l.kind == LineDiff::Kind::Same    ? QLatin1Char(' ')
                              : l.kind == LineDiff::Kind::Added ? QLatin1Char('+')
                                                                : QLatin1Char('-'))
                         .arg(l.text);
        QCOMPARE(shown, (QStringList{QStringLiteral(" a"), QStringLiteral("-b"), QStringLiteral(" c"),
                                     QStringLiteral("+x"), QStringLiteral(" d"), QStringLiteral("+e")}));
    }

    void aChangeShowsWithThreeLinesAroundItAndTheRestFolded()
    {
        QStringList before;
        for (int i = 1; i <= 20; ++i)
            before << QStringLiteral("line %1").arg(i);
        QStringList after = before;
        after[9] = QStringLiteral("line ten");
        ConfigDiffView view;
        view.showDiff(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')));
        QCOMPARE(view.added(), 1);
        QCOMPARE(view.removed(), 1);
        const QStringList lines = view.toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1 + 3 + 2 + 3 + 1);
        QVERIFY(lines.first().contains(QLatin1String("6"))); // lines 1-6 folded
        QCOMPARE(lines.at(1), QStringLiteral("  line 7"));
        QCOMPARE(lines.at(4), QStringLiteral("- line 10"));
        QCOMPARE(lines.at(5), QStringLiteral("+ line ten"));
        QCOMPARE(lines.at(8), QStringLiteral("  line 13"));
        QVERIFY(lines.last().contains(QLatin1String("7"))); // lines 14-20 folded
        // Removed lines on red, added ones on green.
        const QTextBlock removed = view.document()->findBlockByNumber(4);
        const QTextBlock added = view.document()->findBlockByNumber(5);
        QVERIFY(removed.blockFormat().background().color().red() > removed.blockFormat().background().color().green());
        QVERIFY(added.blockFormat().background().color().green() > added.blockFormat().background().color().red());

        view.showDiff(before.join(QLatin1Char('\n')), before.join(QLatin1Char('\n')));
        QCOMPARE(view.added() + view.removed(), 0);
        QCOMPARE(view.document()->blockCount(), 1); // "no change", said
    }
};

QTEST_MAIN(TestConfigDiffView)
#include "TestConfigDiffView.moc"
