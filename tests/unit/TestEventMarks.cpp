// EventMarks: which journal entries the charts mark, each once though both nodes journal some,
// in time order across the two journals, and bounded.
#include "agentlink/EventMarks.h"

#include <QDateTime>
#include <QTest>

using twinha::agentlink::EventMarks;

namespace {

QJsonObject entry(qint64 seq, qint64 atMs, const QString& type, const QJsonObject& data = {})
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("type"), type},
            {QStringLiteral("data"), data}};
}

QJsonObject switchover(const QString& result)
{
    return {{QStringLiteral("kind"), QStringLiteral("switchover")},
            {QStringLiteral("from"), QStringLiteral("node1")},
            {QStringLiteral("to"), QStringLiteral("node2")},
            {QStringLiteral("result"), result}};
}

} // namespace

class TestEventMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theEventsAnAdministratorLooksForAreMarkedOnce()
    {
        EventMarks marks;
        const qint64 t = 1'700'000'000'000;
        // node2's journal first: the order the two arrive in is not the order they happened in.
        marks.add(QStringLiteral("node2"),
                  {entry(7, t + 5000, QStringLiteral("operation"), switchover(QStringLiteral("done"))),
                   entry(8, t + 9000, QStringLiteral("failover"), {{QStringLiteral("group"), QStringLiteral("web")}}),
                   entry(9, t + 9500, QStringLiteral("role_change"))});
        marks.add(QStringLiteral("node1"),
                  {entry(3, t, QStringLiteral("link_down"), {{QStringLiteral("link"), QStringLiteral("lan")}}),
                   entry(4, t + 5001, QStringLiteral("operation"), switchover(QStringLiteral("done"))),
                   entry(5, t + 6000, QStringLiteral("maintenance")), entry(6, t + 7000, QStringLiteral("split_brain")),
                   entry(7, t + 8000, QStringLiteral("peer_alive"))});
        const QList<EventMarks::Mark> all = marks.between(t - 1, t + 10000);
        QStringList seen;
        for (const EventMarks::Mark& m : all)
            seen << m.node + QLatin1Char(':') + twinha::protocol::eventTypeName(m.type);
        // The switchover once, by the node the group left; role changes and peer news unmarked.
        QCOMPARE(seen, (QStringList{QStringLiteral("node1:link_down"), QStringLiteral("node1:operation"),
                                    QStringLiteral("node1:maintenance"), QStringLiteral("node1:split_brain"),
                                    QStringLiteral("node2:failover")}));
        QVERIFY(all.at(0).problem);  // a link down
        QVERIFY(!all.at(1).problem); // a switchover done
        QVERIFY(all.at(3).problem);  // split-brain
        QCOMPARE(marks.between(t + 5001, t + 6000).size(), 2);

        // The same entries again (a reconnect reads the journal anew): nothing twice.
        marks.add(QStringLiteral("node1"), {entry(6, t + 7000, QStringLiteral("split_brain"))});
        QCOMPARE(marks.size(), 5);
        // A switchover that failed is a problem.
        marks.add(QStringLiteral("node1"),
                  {entry(10, t + 11000, QStringLiteral("operation"), switchover(QStringLiteral("rolled_back")))});
        QVERIFY(marks.between(t + 11000, t + 11000).first().problem);
    }

    void onlyTheNewestAreKept()
    {
        EventMarks marks;
        QJsonArray entries;
        for (int i = 1; i <= EventMarks::kMax + 10; ++i)
            entries.append(entry(i, 1'700'000'000'000 + i * 1000, QStringLiteral("link_up")));
        marks.add(QStringLiteral("node1"), entries);
        QCOMPARE(marks.size(), EventMarks::kMax);
        QCOMPARE(marks.between(0, 1'700'000'000'000 + 10'000).size(), 0);
        // Dropped ones can come again without being kept twice over the bound.
        marks.add(QStringLiteral("node1"), entries);
        QCOMPARE(marks.size(), EventMarks::kMax);
    }
};

QTEST_GUILESS_MAIN(TestEventMarks)
#include "TestEventMarks.moc"
