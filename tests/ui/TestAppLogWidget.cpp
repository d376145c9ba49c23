#include "PseudoTranslator.h"
#include "ui/log/AppLogModel.h"
#include "ui/log/AppLogWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha;
using ui::AppLogLevel;
using ui::AppLogModel;

// Catches the URLs the widget asks the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

// Level and text filters, following new lines, the log file, and language changes.
class TestAppLogWidget : public QObject
{
    Q_OBJECT

private:
    static void add(AppLogModel& model, AppLogLevel level, const QString& message, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            model.append({QDateTime::currentDateTime(), level, QStringLiteral("ui"), message});
        model.flushPending();
    }

private Q_SLOTS:
    void levelFilterHidesLowerLevels()
    {
        AppLogModel model;
        ui::AppLogWidget w(&model);
        add(model, AppLogLevel::Debug, QStringLiteral("d"));
        add(model, AppLogLevel::Info, QStringLiteral("i"));
        add(model, AppLogLevel::Warning, QStringLiteral("w"));
        add(model, AppLogLevel::Error, QStringLiteral("e"));
        QCOMPARE(w.view()->model()->rowCount(), 3); // info and above by default
        auto* level = w.findChild<QComboBox*>(QStringLiteral("logLevel"));
        level->setCurrentIndex(level->findData(int(AppLogLevel::Debug)));
        QCOMPARE(w.view()->model()->rowCount(), 4);
        level->setCurrentIndex(level->findData(int(AppLogLevel::Error)));
        QCOMPARE(w.view()->model()->rowCount(), 1);
    }

    void textFilterMatchesMessageAndArea()
    {
        AppLogModel model;
        ui::AppLogWidget w(&model);
        add(model, AppLogLevel::Info, QStringLiteral("connected to alpha"));
        add(model, AppLogLevel::Info, QStringLiteral("connected to beta"));
        auto* filter = w.findChild<QLineEdit*>(QStringLiteral("logFilter"));
        QTest::keyClicks(filter, QStringLiteral("BETA"));
        QCOMPARE(w.view()->model()->rowCount(), 1);
        filter->setText(QStringLiteral("ui"));
        QCOMPARE(w.view()->model()->rowCount(), 2);
    }

    void followsNewLinesUnlessTurnedOff()
    {
        AppLogModel model;
        ui::AppLogWidget w(&model);
        w.resize(600, 300);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QScrollBar* bar = w.view()->verticalScrollBar();
        add(model, AppLogLevel::Info, QStringLiteral("line"), 200);
        QVERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());

        w.findChild<QCheckBox*>(QStringLiteral("logAutoScroll"))->click();
        QVERIFY(!w.autoScroll());
        bar->setValue(0);
        add(model, AppLogLevel::Info, QStringLiteral("more"), 50);
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), 0);
    }

    void showsAndOpensTheLogFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("twinha.log"));
        ui::AppLogWidget w;
        auto* open = w.findChild<QPushButton*>(QStringLiteral("logOpenFile"));
        QVERIFY(!open->isEnabled()); // no path yet
        w.setLogFilePath(path);
        QVERIFY(open->isEnabled());
        QCOMPARE(w.findChild<QLineEdit*>(QStringLiteral("logFilePath"))->text(), QDir::toNativeSeparators(path));

        // Not written yet: said so, and nothing is launched.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
        QVERIFY(!w.openLogFile());
        auto* message = w.findChild<QLabel*>(QStringLiteral("logMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QDir::toNativeSeparators(path)), qPrintable(message->text()));
        QVERIFY(catcher.opened.isEmpty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x\n");
        file.close();
        open->click();
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(path)});
        QVERIFY(message->isHidden());
    }

    void languageChangeRetranslatesEveryText()
    {
        AppLogModel model;
        ui::AppLogWidget w(&model);
        add(model, AppLogLevel::Warning, QStringLiteral("w"));
        auto* level = w.findChild<QComboBox*>(QStringLiteral("logLevel"));
        auto* filter = w.findChild<QLineEdit*>(QStringLiteral("logFilter"));
        auto* autoScroll = w.findChild<QCheckBox*>(QStringLiteral("logAutoScroll"));
        auto* open = w.findChild<QPushButton*>(QStringLiteral("logOpenFile"));
        const QAbstractItemModel* m = w.view()->model();
        QVERIFY(!PseudoTranslator::isPseudo(open->text()));

        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        QCoreApplication::processEvents();
        for (int i = 0; i < level->count(); ++i)
            QVERIFY(PseudoTranslator::isPseudo(level->itemText(i)));
        QVERIFY(PseudoTranslator::isPseudo(filter->placeholderText()));
        QVERIFY(PseudoTranslator::isPseudo(autoScroll->text()));
        QVERIFY(PseudoTranslator::isPseudo(open->text()));
        QVERIFY(PseudoTranslator::isPseudo(m->headerData(AppLogModel::MessageColumn, Qt::Horizontal).toString()));
        QVERIFY(PseudoTranslator::isPseudo(m->index(0, AppLogModel::LevelColumn).data().toString()));
        QCOMPARE(m->index(0, AppLogModel::MessageColumn).data().toString(), QStringLiteral("w")); // log text as is

        QCoreApplication::removeTranslator(&pseudo);
        QCoreApplication::processEvents();
        QCOMPARE(open->text(), QStringLiteral("&Open log file"));
    }
};

QTEST_MAIN(TestAppLogWidget)
#include "TestAppLogWidget.moc"
