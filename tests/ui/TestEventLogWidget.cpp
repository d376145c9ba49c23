#include "EventSamples.h"
#include "PseudoTranslator.h"
#include "ui/events/EventFilterProxy.h"
#include "ui/events/EventLogWidget.h"
#include "ui/events/EventTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha;
using ui::EventTableModel;

// The controls drive the filters, the table shows the newest first, export reports its outcome,
// and a language change reaches every text.
class TestEventLogWidget : public QObject
{
    Q_OBJECT

private:
    static void fill(ui::EventLogWidget& w)
    {
        w.addEntries(QStringLiteral("alpha"), {samples::linkDown(1, 1), samples::switchoverRequest(2, 3)});
        w.addEntries(QStringLiteral("beta"),
                     {samples::linkDown(1, 2), samples::operation(2, 4, QStringLiteral("done"))});
    }
    static int shown(const ui::EventLogWidget& w) { return w.view()->model()->rowCount(); }

private Q_SLOTS:
    void newestEventIsOnTop()
    {
        ui::EventLogWidget w;
        fill(w);
        const QAbstractItemModel* m = w.view()->model();
        QCOMPARE(m->index(0, 0).data(EventTableModel::TypeRole).toString(), QStringLiteral("operation"));
        QCOMPARE(m->index(3, 0).data(EventTableModel::TypeRole).toString(), QStringLiteral("link_down"));
        QVERIFY(w.view()->isSortingEnabled());
    }

    void controlsDriveTheFilters()
    {
        ui::EventLogWidget w;
        fill(w);
        QCOMPARE(shown(w), 4);

        auto* text = w.findChild<QLineEdit*>(QStringLiteral("eventFilter"));
        QTest::keyClicks(text, QStringLiteral("link"));
        QCOMPARE(shown(w), 2);
        text->clear();

        auto* node = w.findChild<QComboBox*>(QStringLiteral("eventNode"));
        QCOMPARE(node->count(), 3); // all nodes, alpha, beta
        node->setCurrentIndex(node->findText(QStringLiteral("beta")));
        QCOMPARE(shown(w), 2);
        node->setCurrentIndex(0);

        auto* operatorOnly = w.findChild<QCheckBox*>(QStringLiteral("eventOperatorOnly"));
        operatorOnly->click();
        QCOMPARE(shown(w), 2);
        operatorOnly->click();

        auto* category = w.findChild<QComboBox*>(QStringLiteral("eventCategory"));
        category->setCurrentIndex(category->findData(int(ui::EventCategory::Links)));
        QCOMPARE(shown(w), 2);
        category->setCurrentIndex(category->findData(int(ui::EventCategory::Problems)));
        QCOMPARE(shown(w), 0);
    }

    void exportWritesWhatIsShown()
    {
        ui::EventLogWidget w;
        fill(w);
        w.findChild<QCheckBox*>(QStringLiteral("eventOperatorOnly"))->click();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(w.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 3); // the header and two operator actions
        auto* message = w.findChild<QLabel*>(QStringLiteral("eventMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("(2)")), qPrintable(message->text()));
    }

    void failedExportIsShownNotLost()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        ui::EventLogWidget w;
        fill(w);
        QString error;
        QVERIFY(!w.exportCsv(QStringLiteral("/dev/full"), &error));
        auto* message = w.findChild<QLabel*>(QStringLiteral("eventMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("not exported")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(error), qPrintable(message->text()));
    }

    void languageChangeRetranslatesEveryText()
    {
        ui::EventLogWidget w;
        fill(w);
        auto* text = w.findChild<QLineEdit*>(QStringLiteral("eventFilter"));
        auto* node = w.findChild<QComboBox*>(QStringLiteral("eventNode"));
        auto* category = w.findChild<QComboBox*>(QStringLiteral("eventCategory"));
        auto* operatorOnly = w.findChild<QCheckBox*>(QStringLiteral("eventOperatorOnly"));
        auto* exportButton = w.findChild<QPushButton*>(QStringLiteral("eventExport"));
        const QAbstractItemModel* m = w.view()->model();
        QVERIFY(!PseudoTranslator::isPseudo(text->placeholderText()));

        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        QCoreApplication::processEvents(); // LanguageChange reaches widgets as a posted event
        QVERIFY2(PseudoTranslator::isPseudo(text->placeholderText()), qPrintable(text->placeholderText()));
        QVERIFY(PseudoTranslator::isPseudo(node->itemText(0)));
        QCOMPARE(node->itemText(1), QStringLiteral("alpha")); // names are not translated
        for (int i = 0; i < category->count(); ++i)
            QVERIFY(PseudoTranslator::isPseudo(category->itemText(i)));
        QVERIFY(PseudoTranslator::isPseudo(operatorOnly->text()));
        QVERIFY(PseudoTranslator::isPseudo(exportButton->text()));
        QVERIFY(PseudoTranslator::isPseudo(m->headerData(0, Qt::Horizontal).toString()));
        QVERIFY(PseudoTranslator::isPseudo(m->index(0, EventTableModel::TypeColumn).data().toString()));
        QVERIFY(PseudoTranslator::isPseudo(m->index(0, EventTableModel::SummaryColumn).data().toString()));

        QCoreApplication::removeTranslator(&pseudo);
        QCoreApplication::processEvents();
        QCOMPARE(text->placeholderText(), QStringLiteral("Filter events…"));
        QCOMPARE(m->index(3, EventTableModel::TypeColumn).data().toString(), QStringLiteral("Link down"));
    }
};

QTEST_MAIN(TestEventLogWidget)
#include "TestEventLogWidget.moc"
