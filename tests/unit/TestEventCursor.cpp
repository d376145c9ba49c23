#include "app/ctl/EventCursor.h"

#include <QtTest>

using twinha::app::EventCursor;

// twinhactl's --after cursor: one position per node, since each node numbers its own journal.
class TestEventCursor : public QObject
{
    Q_OBJECT

private:
    const QStringList m_nodes{QStringLiteral("node1"), QStringLiteral("node2")};

private Q_SLOTS:
    void eachNodeGoesOnFromItsOwnNumber()
    {
        const auto cursor = EventCursor::parse(QStringLiteral("node1:120,node2:98"));
        QVERIFY(cursor);
        QCOMPARE(cursor->after(QStringLiteral("node1")), 120);
        QCOMPARE(cursor->after(QStringLiteral("node2")), 98);
        QCOMPARE(cursor->toString(m_nodes), QStringLiteral("node1:120,node2:98"));
    }

    void aNodeTheCursorDoesNotNameStartsFromItsBeginning()
    {
        const auto cursor = EventCursor::parse(QStringLiteral("node2:7"));
        QVERIFY(cursor);
        QCOMPARE(cursor->after(QStringLiteral("node1")), 0);
        QCOMPARE(cursor->toString(m_nodes), QStringLiteral("node1:0,node2:7"));
    }

    void aBareNumberStillAppliesToEveryNode()
    {
        const auto cursor = EventCursor::parse(QStringLiteral("5"));
        QVERIFY(cursor);
        QCOMPARE(cursor->toString(m_nodes), QStringLiteral("node1:5,node2:5"));
    }

    void advancingKeepsEachNodesHighestNumber()
    {
        EventCursor cursor = *EventCursor::parse(QStringLiteral("node1:10,node2:3"));
        cursor.advance(QStringLiteral("node2"), 4);
        cursor.advance(QStringLiteral("node1"), 9); // an older entry never moves it back
        QCOMPARE(cursor.toString(m_nodes), QStringLiteral("node1:10,node2:4"));
    }

    void printedCursorParsesBackToItself()
    {
        EventCursor cursor;
        cursor.advance(QStringLiteral("db:a"), 12); // a node name with a colon in it
        const QStringList nodes{QStringLiteral("db:a"), QStringLiteral("db:b")};
        const auto again = EventCursor::parse(cursor.toString(nodes));
        QVERIFY(again);
        QCOMPARE(again->toString(nodes), QStringLiteral("db:a:12,db:b:0"));
    }

    void unknownNodesAreNamed()
    {
        const auto cursor = EventCursor::parse(QStringLiteral("node1:1,node9:2"));
        QCOMPARE(cursor->unknownNodes(m_nodes), QStringList{QStringLiteral("node9")});
    }

    void malformedCursorsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("no number") << QStringLiteral("node1:");
        QTest::newRow("no node") << QStringLiteral(":4");
        QTest::newRow("negative for a node") << QStringLiteral("node1:-1");
        QTest::newRow("words") << QStringLiteral("x:y");
        QTest::newRow("node twice") << QStringLiteral("node1:1,node1:2");
        QTest::newRow("trailing comma") << QStringLiteral("node1:1,");
    }

    void malformedCursorsAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!EventCursor::parse(text));
    }
};

QTEST_GUILESS_MAIN(TestEventCursor)
#include "TestEventCursor.moc"
