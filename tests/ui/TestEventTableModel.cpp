#include "EventSamples.h"
#include "ui/events/EventFilterProxy.h"
#include "ui/events/EventTableModel.h"

#include <QFont>
#include <QSignalSpy>
#include <QtTest>

using namespace twinha;
using ui::EventTableModel;

// The journals of two agents become one table: ordered by time, each entry once, and bounded.
class TestEventTableModel : public QObject
{
    Q_OBJECT

private:
    static QList<qint64> seqs(const QAbstractItemModel& m)
    {
        QList<qint64> out;
        for (int row = 0; row < m.rowCount(); ++row)
            out << m.index(row, 0).data(EventTableModel::SeqRole).toLongLong();
        return out;
    }
    static QStringList nodes(const QAbstractItemModel& m)
    {
        QStringList out;
        for (int row = 0; row < m.rowCount(); ++row)
            out << m.index(row, EventTableModel::NodeColumn).data().toString();
        return out;
    }

private Q_SLOTS:
    void entriesOfBothNodesAreMergedByTime()
    {
        EventTableModel model;
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(1, 10), samples::linkDown(2, 30)});
        model.addEntries(QStringLiteral("beta"),
                         {samples::linkDown(1, 5), samples::linkDown(2, 20), samples::linkDown(3, 40)});
        QCOMPARE(nodes(model), (QStringList{"beta", "alpha", "beta", "alpha", "beta"}));
        QCOMPARE(seqs(model), (QList<qint64>{1, 1, 2, 2, 3}));
    }

    void sameTimeIsOrderedByNodeThenSeq()
    {
        EventTableModel model;
        model.addEntries(QStringLiteral("beta"), {samples::linkDown(8, 10)});
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(3, 10), samples::linkDown(2, 10)});
        QCOMPARE(nodes(model), (QStringList{"alpha", "alpha", "beta"}));
        QCOMPARE(seqs(model), (QList<qint64>{2, 3, 8}));
    }

    void rereadingAJournalAddsNothing()
    {
        EventTableModel model;
        const QJsonArray page{samples::linkDown(1, 1), samples::linkDown(2, 2), samples::linkDown(3, 3)};
        model.addEntries(QStringLiteral("alpha"), page);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addEntries(QStringLiteral("alpha"), page);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 0);
        // The same seq from the other journal is a different entry.
        model.addEntries(QStringLiteral("beta"), {samples::linkDown(2, 2)});
        QCOMPARE(model.rowCount(), 4);
        // Duplicates inside one page count once.
        model.addEntries(QStringLiteral("beta"), {samples::linkDown(9, 9), samples::linkDown(9, 9)});
        QCOMPARE(model.rowCount(), 5);
    }

    void entriesWithoutSeqAreSkipped()
    {
        EventTableModel model;
        QJsonObject broken = samples::linkDown(1, 1);
        broken.remove(QStringLiteral("seq"));
        model.addEntries(QStringLiteral("alpha"), {broken, QJsonValue(42), samples::linkDown(2, 2)});
        QCOMPARE(seqs(model), (QList<qint64>{2}));
    }

    void lateEntriesAreInsertedInPlaceWithRowSignals()
    {
        EventTableModel model;
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(1, 10), samples::linkDown(2, 30)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.addEntries(QStringLiteral("beta"),
                         {samples::linkDown(1, 20), samples::linkDown(2, 40), samples::linkDown(3, 0)});
        QCOMPARE(reset.count(), 0); // a view keeps its selection and scroll position
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(nodes(model), (QStringList{"beta", "alpha", "beta", "alpha", "beta"}));
        QCOMPARE(seqs(model), (QList<qint64>{3, 1, 1, 2, 2}));
        // A run of newer entries arrives as one insertion at the end.
        inserted.clear();
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(3, 50), samples::linkDown(4, 60)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 5);
        QCOMPARE(inserted.at(0).at(2).toInt(), 6);
    }

    void oldestEntriesGoWhenFull()
    {
        EventTableModel model;
        model.setMaxEntries(3);
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(1, 1), samples::linkDown(2, 2),
                                                   samples::linkDown(3, 3), samples::linkDown(4, 4)});
        QCOMPARE(seqs(model), (QList<qint64>{2, 3, 4}));
        model.addEntries(QStringLiteral("beta"), {samples::linkDown(1, 5)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(nodes(model), (QStringList{"alpha", "alpha", "beta"}));
        QCOMPARE(seqs(model), (QList<qint64>{3, 4, 1}));
        // Older than everything kept: not taken back in.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(1, 1)});
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        // The cursor still moves on, so the next events.list does not fetch them again.
        QCOMPARE(model.lastSeq(QStringLiteral("alpha")), 4);
        QCOMPARE(model.lastSeq(QStringLiteral("beta")), 1);
    }

    void aHugePageKeepsOnlyTheNewest()
    {
        EventTableModel model;
        QJsonArray page;
        for (int i = 1; i <= EventTableModel::kDefaultMaxEntries + 250; ++i)
            page.append(samples::linkDown(i, i));
        model.addEntries(QStringLiteral("alpha"), page);
        QCOMPARE(model.rowCount(), EventTableModel::kDefaultMaxEntries);
        QCOMPARE(seqs(model).first(), 251);
        QCOMPARE(seqs(model).last(), EventTableModel::kDefaultMaxEntries + 250);
    }

    void shrinkingTheBoundDropsTheOldest()
    {
        EventTableModel model;
        model.addEntries(QStringLiteral("alpha"),
                         {samples::linkDown(1, 1), samples::linkDown(2, 2), samples::linkDown(3, 3)});
        model.setMaxEntries(1);
        QCOMPARE(seqs(model), (QList<qint64>{3}));
    }

    void operatorActionsAreMarked()
    {
        EventTableModel model;
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(1, 1), samples::switchoverRequest(2, 2)});
        const QModelIndex agentRow = model.index(0, EventTableModel::ActorColumn);
        const QModelIndex operatorRow = model.index(1, EventTableModel::ActorColumn);
        QVERIFY(!agentRow.data(EventTableModel::OperatorRole).toBool());
        QVERIFY(operatorRow.data(EventTableModel::OperatorRole).toBool());
        QVERIFY(!agentRow.data(Qt::FontRole).isValid());
        QVERIFY(operatorRow.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!agentRow.data(Qt::BackgroundRole).isValid());
        QVERIFY(operatorRow.data(Qt::BackgroundRole).isValid());
        QVERIFY(!operatorRow.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(operatorRow.data().toString(), QStringLiteral("alice@10.0.0.5"));
        QVERIFY(!operatorRow.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    }

    void columnsShowLocalTimeTypeAndSummary()
    {
        EventTableModel model;
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(1, 1)});
        const QDateTime utc = QDateTime::fromString(samples::at(1), Qt::ISODateWithMs);
        const QString shown = model.index(0, EventTableModel::TimeColumn).data().toString();
        // Local time in the locale's own format, with seconds.
        QVERIFY2(shown.contains(QLocale().toString(utc.toLocalTime().time(), QStringLiteral("mm:ss"))),
                 qPrintable(shown));
        QCOMPARE(model.index(0, EventTableModel::TimeColumn).data(EventTableModel::SortRole).toLongLong(),
                 utc.toMSecsSinceEpoch());
        QCOMPARE(model.index(0, EventTableModel::TypeColumn).data().toString(), QStringLiteral("Link down"));
        QCOMPARE(model.index(0, EventTableModel::SummaryColumn).data().toString(),
                 QStringLiteral("Heartbeat link private is down."));
        QCOMPARE(model.headerData(EventTableModel::SummaryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Summary"));
    }

    void proxySortsByTimeNotByText()
    {
        // In en_US, "5/1/24 10:00:00 AM" sorts before "5/1/24 9:00:00 AM" as text, and
        // "1/1/25" before "12/31/24"; as times they must not.
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        const auto local = [](int y, int m, int d, int h) {
            return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);
        };
        const auto at = [](qint64 seq, const QString& time) {
            QJsonObject e = samples::linkDown(seq, 0);
            e.insert(QStringLiteral("time"), time);
            return e;
        };
        EventTableModel model;
        model.addEntries(QStringLiteral("alpha"), {at(1, local(2024, 5, 1, 9)), at(2, local(2024, 5, 1, 10)),
                                                   at(3, local(2024, 12, 31, 11)), at(4, local(2025, 1, 1, 9))});
        ui::EventFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(EventTableModel::TimeColumn, Qt::DescendingOrder);
        QCOMPARE(seqs(proxy), (QList<qint64>{4, 3, 2, 1}));
        proxy.sort(EventTableModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(seqs(proxy), (QList<qint64>{1, 2, 3, 4}));
        // New entries find their place while sorted.
        model.addEntries(QStringLiteral("beta"), {at(9, local(2024, 6, 1, 12))});
        QCOMPARE(seqs(proxy), (QList<qint64>{1, 2, 9, 3, 4}));
        QLocale::setDefault(before);
    }

    void proxySortsOtherColumnsAsText()
    {
        EventTableModel model;
        model.addEntries(QStringLiteral("beta"), {samples::linkDown(1, 1)});
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(1, 2)});
        ui::EventFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(EventTableModel::NodeColumn, Qt::AscendingOrder);
        QCOMPARE(nodes(proxy), (QStringList{"alpha", "beta"}));
        proxy.sort(EventTableModel::NodeColumn, Qt::DescendingOrder);
        QCOMPARE(nodes(proxy), (QStringList{"beta", "alpha"}));
    }

    void retranslateTellsViewsEverythingChanged()
    {
        EventTableModel model;
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(1, 1), samples::linkDown(2, 2)});
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(header.count(), 1);
        QCOMPARE(data.count(), 1);
        QCOMPARE(data.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(data.at(0).at(1).toModelIndex().column(), EventTableModel::ColumnCount - 1);
    }

    void nodesAreAnnouncedOnce()
    {
        EventTableModel model;
        QSignalSpy added(&model, &EventTableModel::nodeAdded);
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(1, 1)});
        model.addEntries(QStringLiteral("alpha"), {samples::linkDown(2, 2)});
        model.addEntries(QStringLiteral("beta"), {});
        QCOMPARE(added.count(), 2);
        QCOMPARE(model.nodes(), (QStringList{"alpha", "beta"}));
    }
};

QTEST_MAIN(TestEventTableModel)
#include "TestEventTableModel.moc"
