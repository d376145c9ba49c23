#include "agentlink/protocol/LineBuffer.h"

#include <QtTest>

using twinha::protocol::LineBuffer;

class TestLineBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsLinesSplitAcrossChunks()
    {
        LineBuffer b(100);
        QVERIFY(b.append("{\"a\":").isEmpty());
        const auto lines = b.append("1}\n{\"b\":2}\n{\"c\"");
        QCOMPARE(lines, (QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"}));
        QCOMPARE(b.append(":3}\n"), (QList<QByteArray>{"{\"c\":3}"}));
    }

    void skipsBlankLines()
    {
        LineBuffer b(100);
        QCOMPARE(b.append("\n  \nx\n\n"), (QList<QByteArray>{"x"}));
    }

    void dropsOverlongLineAndRecovers()
    {
        LineBuffer b(10);
        QVERIFY(b.append(QByteArray(8, 'a')).isEmpty());
        QVERIFY(b.append(QByteArray(8, 'a')).isEmpty()); // now 16 > 10: discarding
        QVERIFY(b.append(QByteArray(50, 'a')).isEmpty());
        QCOMPARE(b.append("tail\nok\n"), (QList<QByteArray>{"ok"}));
        QCOMPARE(b.takeOverflowCount(), 1);
        QCOMPARE(b.takeOverflowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLineBuffer)
#include "TestLineBuffer.moc"
