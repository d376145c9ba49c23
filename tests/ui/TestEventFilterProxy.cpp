#include "EventSamples.h"
#include "ui/events/EventFilterProxy.h"
#include "ui/events/EventTableModel.h"

#include <QtTest>

using namespace twinha;
using ui::EventCategory;
using ui::EventTableModel;

// Each filter narrows the table on its own, and together they all have to hold.
class TestEventFilterProxy : public QObject
{
    Q_OBJECT

private:
    EventTableModel* m_model = nullptr;
    ui::EventFilterProxy* m_proxy = nullptr;

    QStringList shownTypes() const
    {
        QStringList out;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            out << m_proxy->index(row, 0).data(EventTableModel::TypeRole).toString() + QLatin1Char('@') +
                       m_proxy->index(row, EventTableModel::NodeColumn).data().toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_model = new EventTableModel(this);
        m_model->addEntries(QStringLiteral("alpha"),
                            {samples::linkDown(1, 1, QStringLiteral("backbone")), samples::switchoverRequest(2, 2),
                             samples::operation(3, 3, QStringLiteral("done"))});
        m_model->addEntries(QStringLiteral("beta"),
                            {samples::entry(1, 4, QStringLiteral("resource_failed"),
                                            {{QStringLiteral("group"), QStringLiteral("web")},
                                             {QStringLiteral("resource"), QStringLiteral("nginx")},
                                             {QStringLiteral("code"), QStringLiteral("RESOURCE_NOT_RUNNING")}}),
                             samples::entry(2, 5, QStringLiteral("role_change"),
                                            {{QStringLiteral("group"), QStringLiteral("web")},
                                             {QStringLiteral("role"), QStringLiteral("active")},
                                             {QStringLiteral("epoch"), 8}},
                                            QStringLiteral("bob@10.0.0.9"))});
        m_proxy = new ui::EventFilterProxy(this);
        m_proxy->setSourceModel(m_model);
        m_proxy->sort(EventTableModel::TimeColumn, Qt::AscendingOrder);
    }
    void cleanup()
    {
        delete m_proxy;
        delete m_model;
    }

    void noFilterShowsEverything() { QCOMPARE(m_proxy->rowCount(), 5); }

    void textMatchesAnyColumnIgnoringCase()
    {
        m_proxy->setFilterText(QStringLiteral("BACKBONE")); // in the summary only
        QCOMPARE(shownTypes(), (QStringList{"link_down@alpha"}));
        m_proxy->setFilterText(QStringLiteral("bob@")); // the actor
        QCOMPARE(shownTypes(), (QStringList{"role_change@beta"}));
        m_proxy->setFilterText(QStringLiteral("resource_failed")); // the raw type code
        QCOMPARE(shownTypes(), (QStringList{"resource_failed@beta"}));
        m_proxy->setFilterText(QStringLiteral("  nginx  ")); // surrounding blanks do not count
        QCOMPARE(shownTypes(), (QStringList{"resource_failed@beta"}));
        m_proxy->setFilterText(QStringLiteral("no such thing"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setFilterText(QString());
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void nodeFilterShowsOneJournal()
    {
        m_proxy->setNodeFilter(QStringLiteral("beta"));
        QCOMPARE(shownTypes(), (QStringList{"resource_failed@beta", "role_change@beta"}));
        m_proxy->setNodeFilter(QString());
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void operatorOnlyHidesWhatAgentsDidByThemselves()
    {
        m_proxy->setOperatorOnly(true);
        QCOMPARE(shownTypes(), (QStringList{"operator_action@alpha", "operation@alpha", "role_change@beta"}));
    }

    void categoryFilter_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("operations") << int(EventCategory::Operations)
                                    << QStringList{"operator_action@alpha", "operation@alpha"};
        QTest::newRow("links") << int(EventCategory::Links) << QStringList{"link_down@alpha"};
        QTest::newRow("problems") << int(EventCategory::Problems) << QStringList{"resource_failed@beta"};
        QTest::newRow("roles") << int(EventCategory::Roles) << QStringList{"role_change@beta"};
        QTest::newRow("other") << int(EventCategory::Other) << QStringList{};
    }

    void categoryFilter()
    {
        QFETCH(int, category);
        QFETCH(QStringList, expected);
        m_proxy->setCategory(EventCategory(category));
        QCOMPARE(shownTypes(), expected);
    }

    void filtersCombine()
    {
        m_proxy->setOperatorOnly(true);
        m_proxy->setNodeFilter(QStringLiteral("alpha"));
        m_proxy->setCategory(EventCategory::Operations);
        m_proxy->setFilterText(QStringLiteral("gap")); // "completed, service gap 460 ms"
        QCOMPARE(shownTypes(), (QStringList{"operation@alpha"}));
        m_proxy->setNodeFilter(QStringLiteral("beta"));
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void newEntriesAreFilteredAsTheyArrive()
    {
        m_proxy->setOperatorOnly(true);
        m_model->addEntries(QStringLiteral("beta"), {samples::linkDown(3, 6), samples::switchoverRequest(4, 7)});
        QCOMPARE(m_proxy->rowCount(), 4);
        QCOMPARE(shownTypes().last(), QStringLiteral("operator_action@beta"));
    }
};

QTEST_MAIN(TestEventFilterProxy)
#include "TestEventFilterProxy.moc"
