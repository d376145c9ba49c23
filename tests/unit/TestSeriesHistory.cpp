// SeriesHistory: bounded per key, window respected, spikes kept when samples are folded.
#include "agentlink/ClusterMonitor.h"
#include "agentlink/HistoryBackfill.h"
#include "agentlink/SeriesHistory.h"

#include <QJsonArray>

#include <QTest>

using twinha::agentlink::HistoryBackfill;
using twinha::agentlink::SeriesHistory;

class TestSeriesHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesOutsideTheWindowAreDropped()
    {
        SeriesHistory h(10'000, 100); // 10 s window, 100 ms spacing
        for (int i = 0; i <= 30; ++i)
            h.add(QStringLiteral("data"), 1'000'000 + i * 1000, i);
        const QList<SeriesHistory::Sample> s = h.samples(QStringLiteral("data"));
        QCOMPARE(s.size(), 11); // 20 s .. 30 s
        QCOMPARE(s.first().value, 20.0);
        QCOMPARE(s.last().value, 30.0);
    }

    void memoryIsBoundedHoweverFastSamplesArrive()
    {
        SeriesHistory h(60'000, 50);
        for (int i = 0; i < 100'000; ++i)
            h.add(QStringLiteral("data"), 1'000'000 + i, 0.5); // one a millisecond for 100 s
        QVERIFY2(h.samples(QStringLiteral("data")).size() <= 50, qPrintable(QString::number(h.size())));
        QVERIFY(h.samples(QStringLiteral("data")).size() >= 40); // still covers the window
    }

    void foldedSamplesKeepTheSpike()
    {
        SeriesHistory h(60'000, 60); // 1 s buckets
        h.add(QStringLiteral("data"), 10'000, 0.1);
        h.add(QStringLiteral("data"), 10'200, 7.5);
        h.add(QStringLiteral("data"), 10'400, 0.2);
        h.add(QStringLiteral("data"), 11'100, 0.3);
        const QList<SeriesHistory::Sample> s = h.samples(QStringLiteral("data"));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).atMs, qint64(10'000));
        QCOMPARE(s.at(0).value, 7.5);
        QCOMPARE(s.at(1).value, 0.3);
    }

    void channelsAreKeptApart()
    {
        SeriesHistory h;
        h.add(QStringLiteral("a"), 1000, 1);
        h.add(QStringLiteral("b"), 1000, 2);
        QCOMPARE(h.keys().size(), 2);
        QCOMPARE(h.samples(QStringLiteral("b")).first().value, 2.0);
        QVERIFY(h.samples(QStringLiteral("missing")).isEmpty());
    }

    void shrinkingTheWindowTrimsAtOnce()
    {
        SeriesHistory h(600'000, 600);
        for (int i = 0; i < 600; ++i)
            h.add(QStringLiteral("data"), i * 1000, i);
        h.setWindowMs(60'000);
        QCOMPARE(h.samples(QStringLiteral("data")).first().value, 539.0);
    }

    // A node's own history, fetched once the console connected, goes before the live samples;
    // what overlaps them is left out, gaps stay out, and each figure goes where the charts read it.
    void aNodesHistoryGoesBeforeTheLiveSamples()
    {
        SeriesHistory lag(600'000, 600);
        SeriesHistory lagKib(600'000, 600);
        SeriesHistory rtt(600'000, 600);
        lag.add(QStringLiteral("pg"), 100'000, 7); // the first live sample
        const QJsonObject answer{
            {QStringLiteral("from"), 95'000},
            {QStringLiteral("step"), 1000},
            {QStringLiteral("series"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("channel.pg.lag_s")},
                                    {QStringLiteral("values"), QJsonArray{1, QJsonValue(), 3, 4, 5, 6, 6.5}}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("channel.pg.lag_bytes")},
                                    {QStringLiteral("values"), QJsonArray{2048}}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("link.lan.rtt_ms")},
                                    {QStringLiteral("values"), QJsonArray{0.5, 0.25}}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("group.service.active")},
                                    {QStringLiteral("values"), QJsonArray{1}}}}}};
        HistoryBackfill::apply(answer, QStringLiteral("node1"), lag, lagKib, rtt);
        QList<double> at;
        QList<double> values;
        for (const SeriesHistory::Sample& s : lag.samples(QStringLiteral("pg"))) {
            at << double(s.atMs);
            values << s.value;
        }
        QCOMPARE(at, (QList<double>{95'000, 97'000, 98'000, 99'000, 100'000}));
        QCOMPARE(values, (QList<double>{1, 3, 4, 5, 7}));
        QCOMPARE(lagKib.samples(QStringLiteral("pg")).first().value, 2.0);
        QCOMPARE(rtt.samples(twinha::agentlink::ClusterMonitor::rttKey(QStringLiteral("lan"), QStringLiteral("node1")))
                     .size(),
                 2);
        QCOMPARE(rtt.keys().size(), 1);
        // The request asks for the charts' window at a step they can hold.
        const QJsonObject request = HistoryBackfill::request(1'000'000, 600'000, 600);
        QCOMPARE(request[QStringLiteral("from")].toInteger(), 400'000);
        QCOMPARE(request[QStringLiteral("step")].toInteger(), 1000);
    }

    // A switchover in the window: node1 measured the channel's lag before it, node2 after. Both
    // histories are kept, whichever answer comes first, and the live samples after them.
    void bothNodesHistoriesOfAChannelAreKeptWhicheverAnswersFirst()
    {
        const auto answer = [](qint64 from, const QJsonArray& values) {
            return QJsonObject{{QStringLiteral("from"), from},
                               {QStringLiteral("step"), 1000},
                               {QStringLiteral("series"),
                                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("channel.data.lag_s")},
                                                       {QStringLiteral("values"), values}}}}};
        };
        // node1 was the source for the first 3 s, node2 from then on; each leaves the rest empty.
        const QJsonObject node1 = answer(10'000, QJsonArray{1, 1, 1, QJsonValue(), QJsonValue(), QJsonValue()});
        const QJsonObject node2 = answer(10'004, QJsonArray{QJsonValue(), QJsonValue(), QJsonValue(), 2, 2, 2});
        for (const bool node1First : {true, false}) {
            SeriesHistory lag(600'000, 600);
            SeriesHistory lagKib(600'000, 600);
            SeriesHistory rtt(600'000, 600);
            lag.add(QStringLiteral("data"), 16'500, 3); // the console's first live sample
            HistoryBackfill::apply(node1First ? node1 : node2, QStringLiteral("node1"), lag, lagKib, rtt);
            HistoryBackfill::apply(node1First ? node2 : node1, QStringLiteral("node2"), lag, lagKib, rtt);
            QList<double> at;
            QList<double> values;
            for (const SeriesHistory::Sample& s : lag.samples(QStringLiteral("data"))) {
                at << double(s.atMs);
                values << s.value;
            }
            QCOMPARE(at, (QList<double>{10'000, 11'000, 12'000, 13'004, 14'004, 15'004, 16'500}));
            QCOMPARE(values, (QList<double>{1, 1, 1, 2, 2, 2, 3}));
        }
    }
};

QTEST_GUILESS_MAIN(TestSeriesHistory)
#include "TestSeriesHistory.moc"
