#include "EventSamples.h"
#include "ui/events/EventCsvWriter.h"
#include "ui/events/EventTableModel.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>

using namespace twinha;
using ui::EventCsvWriter;

// CSV that Excel and RFC 4180 readers agree on, and a failed write that says so.
class TestEventCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain stays bare") << "web"
                                          << "web";
        QTest::newRow("empty stays empty") << ""
                                           << "";
        QTest::newRow("comma is quoted") << "a,b"
                                         << "\"a,b\"";
        QTest::newRow("quote is doubled") << "say \"hi\""
                                          << "\"say \"\"hi\"\"\"";
        QTest::newRow("line feed is quoted") << "one\ntwo"
                                             << "\"one\ntwo\"";
        QTest::newRow("carriage return is quoted") << "one\rtwo"
                                                   << "\"one\rtwo\"";
        QTest::newRow("CJK stays bare") << "组 web 已切换到备用节点"
                                        << "组 web 已切换到备用节点";
        QTest::newRow("leading blank stays as is") << " x "
                                                   << " x ";
    }

    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(EventCsvWriter::quoteField(field), expected);
    }

    void encodeStartsWithBomAndEndsRowsWithCrLf()
    {
        const QByteArray bytes = EventCsvWriter::encode({{"a", "b,c"}, {"日本語", "x\"y"}});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "a,\"b,c\"\r\n") +
                            QStringLiteral("日本語").toUtf8() + QByteArray(",\"x\"\"y\"\r\n"));
    }

    void writeThenReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.csv"));
        QString error;
        QVERIFY2(EventCsvWriter::write(path, {{"时间", "切り替え"}}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), EventCsvWriter::encode({{"时间", "切り替え"}}));
    }

    void replacingAnExistingFileWorks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(EventCsvWriter::write(path, {{"old", "longer content here"}}, nullptr));
        QVERIFY(EventCsvWriter::write(path, {{"new"}}, nullptr));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), EventCsvWriter::encode({{"new"}}));
    }

    void fullDiskIsReportedClearly()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        QList<QStringList> rows;
        for (int i = 0; i < 1000; ++i)
            rows << QStringList{QString::number(i), QStringLiteral("some event text")};
        QString error;
        QVERIFY(!EventCsvWriter::write(QStringLiteral("/dev/full"), rows, &error));
        QVERIFY2(error.contains(QStringLiteral("/dev/full")), qPrintable(error));
        QVERIFY2(error.contains(qt_error_string(ENOSPC)), qPrintable(error));        // the system's own words
        QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error)); // and ours
        // /dev/full is still the device: the writer never renames a temporary file over it.
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
    }

    void missingFolderIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/events.csv"));
        QString error;
        QVERIFY(!EventCsvWriter::write(path, {{"x"}}, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("folder does not exist")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    void rowsFromModelHaveAHeaderAndTheRawData()
    {
        ui::EventTableModel model;
        model.addEntries(QStringLiteral("alpha"), {samples::switchoverRequest(7, 1)});
        const QList<QStringList> rows = EventCsvWriter::rowsFromModel(model);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).size(), 8);
        QCOMPARE(rows.at(1).size(), 8);
        QCOMPARE(rows.at(1).at(1), samples::at(1)); // UTC as the agent wrote it
        QCOMPARE(rows.at(1).at(2), QStringLiteral("alpha"));
        QCOMPARE(rows.at(1).at(3), QStringLiteral("7"));
        QCOMPARE(rows.at(1).at(5), QStringLiteral("alice@10.0.0.5"));
        QVERIFY(rows.at(1).at(7).contains(QStringLiteral("\"method\":\"switchover.start\"")));
    }
};

QTEST_MAIN(TestEventCsvWriter)
#include "TestEventCsvWriter.moc"
