#include "tests/integration/CtlRun.h"

#include <QJsonArray>
#include <QtTest>

using namespace twinha;
using tests::CtlRun;

// twinhactl events: sentences for people, raw entries for scripts, and a cursor that goes on in
// each node's own numbering.
class TestTwinhactlEvents : public QObject
{
    Q_OBJECT

private:
    static CtlRun ctl(QStringList args)
    {
        return tests::twinhactl(QStringList{QStringLiteral("--cluster"), tests::labProfilePath()} + args);
    }

    static QList<QJsonObject> entries(const QByteArray& ndjson)
    {
        QList<QJsonObject> list;
        for (const QByteArray& line : ndjson.split('\n'))
            if (!line.isEmpty())
                list << QJsonDocument::fromJson(line).object();
        return list;
    }

    static QMap<QString, qint64> lastSeq(const QList<QJsonObject>& events)
    {
        QMap<QString, qint64> last;
        for (const QJsonObject& e : events) {
            const QString node = e.value(QStringLiteral("journal")).toString();
            last[node] = std::max(last.value(node), e.value(QStringLiteral("seq")).toInteger());
        }
        return last;
    }

private Q_SLOTS:
    void textIsSentencesAndJsonKeepsTheRawEntries()
    {
        const CtlRun text = ctl({QStringLiteral("events")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("  node1  #1  Agent "), text.out.constData());
        QVERIFY2(text.out.contains("Heartbeat link loopback is up."), text.out.constData());
        QVERIFY2(!text.out.contains("agent_started") && !text.out.contains("link_up"), text.out.constData());

        const CtlRun json = ctl({QStringLiteral("events"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QList<QJsonObject> events = entries(json.out);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().value(QStringLiteral("type")).toString(), QStringLiteral("agent_started"));
        QVERIFY(events.first().value(QStringLiteral("data")).isObject());
    }

    void theCursorGoesOnInEachNodesOwnNumbering()
    {
        const QList<QJsonObject> all = entries(ctl({QStringLiteral("events"), QStringLiteral("--json")}).out);
        const QMap<QString, qint64> last = lastSeq(all);
        QCOMPARE(last.size(), 2);
        // One entry back on each node: each node must answer from its own number, so the last entry of
        // both comes back (one number for both would skip one node's or repeat the other's).
        const QString cursor = QStringLiteral("node1:%1,node2:%2")
                                   .arg(last.value(QStringLiteral("node1")) - 1)
                                   .arg(last.value(QStringLiteral("node2")) - 1);
        const CtlRun r = ctl({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--after"), cursor});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> after = entries(r.out);
        for (const QString& node : {QStringLiteral("node1"), QStringLiteral("node2")}) {
            bool lastSeen = false;
            for (const QJsonObject& e : after) {
                if (e.value(QStringLiteral("journal")).toString() != node)
                    continue;
                QVERIFY(e.value(QStringLiteral("seq")).toInteger() >= last.value(node));
                lastSeen = lastSeen || e.value(QStringLiteral("seq")).toInteger() == last.value(node);
            }
            QVERIFY2(lastSeen, qPrintable(node + QStringLiteral(": its last entry was skipped")));
        }

        // The cursor the last entry carries, fed back, gives only what came later.
        const QString next = after.last().value(QStringLiteral("cursor")).toString();
        QVERIFY2(next.startsWith(QLatin1String("node1:")) && next.contains(QLatin1String(",node2:")), qPrintable(next));
        const QMap<QString, qint64> reached = lastSeq(after);
        for (const QJsonObject& e :
             entries(ctl({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--after"), next}).out))
            QVERIFY(e.value(QStringLiteral("seq")).toInteger() >
                    reached.value(e.value(QStringLiteral("journal")).toString()));
    }

    void textEndsWithTheCursorToGoOnFrom()
    {
        const CtlRun r = ctl({QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Two entries from each node at most: each node's cursor is its own second entry.
        QVERIFY2(r.out.endsWith("Next: twinhactl events --after node1:2,node2:2\n"), r.out.constData());
    }

    void aCursorNamingAnotherNodeIsAUsageError()
    {
        const CtlRun r = ctl({QStringLiteral("events"), QStringLiteral("--after"), QStringLiteral("node9:4")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("There is no node named \"node9\""), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTwinhactlEvents)
#include "TestTwinhactlEvents.moc"
