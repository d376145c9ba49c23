#include "ui/log/AppLogModel.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace twinha;
using ui::AppLogLevel;
using ui::AppLogModel;
using ui::AppLogRecord;

// A bounded ring fed from any thread, updated on its own thread in batches.
class TestAppLogModel : public QObject
{
    Q_OBJECT

private:
    static AppLogRecord line(const QString& message, AppLogLevel level = AppLogLevel::Info)
    {
        return {QDateTime::currentDateTime(), level, QStringLiteral("link"), message};
    }

private Q_SLOTS:
    void appendShowsUpAfterTheEventLoopRuns()
    {
        AppLogModel model;
        model.append(line(QStringLiteral("hello")));
        QCOMPARE(model.rowCount(), 0); // queued, even from the model's own thread
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AppLogModel::MessageColumn).data().toString(), QStringLiteral("hello"));
        QCOMPARE(model.index(0, AppLogModel::LoggerColumn).data().toString(), QStringLiteral("link"));
        QCOMPARE(model.index(0, AppLogModel::LevelColumn).data().toString(), QStringLiteral("Info"));
        QCOMPARE(model.index(0, 0).data(AppLogModel::LevelRole).toInt(), int(AppLogLevel::Info));
    }

    void aBurstArrivesAsOneInsertion()
    {
        AppLogModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 50; ++i)
            model.append(line(QString::number(i)));
        QTRY_COMPARE(model.rowCount(), 50);
        QCOMPARE(inserted.count(), 1);
    }

    void keepsOnlyTheNewestLines()
    {
        AppLogModel model(10);
        for (int i = 0; i < 25; ++i)
            model.append(line(QString::number(i)));
        model.flushPending();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.record(0).message, QStringLiteral("15"));
        QCOMPARE(model.record(9).message, QStringLiteral("24"));
        // Full ring: the oldest rows leave as rows are added.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 25; i < 28; ++i)
            model.append(line(QString::number(i)));
        model.flushPending();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 2); // rows 0..2
        QCOMPARE(model.record(0).message, QStringLiteral("18"));
        QCOMPARE(model.record(9).message, QStringLiteral("27"));
    }

    void appendFromManyThreads()
    {
        constexpr int kThreads = 4;
        constexpr int kLines = 2000;
        AppLogModel model(kThreads * kLines);
        const auto receive = model.receiver();
        QList<QThread*> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads << QThread::create([&model, &receive, t] {
                for (int i = 0; i < kLines; ++i) {
                    const AppLogRecord r = line(QStringLiteral("%1:%2").arg(t).arg(i));
                    if (i % 2)
                        model.append(r);
                    else
                        receive(r);
                }
            });
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(20000));
            delete thread;
        }
        QTRY_COMPARE(model.rowCount(), kThreads * kLines);
        // Each thread's lines arrive complete and in the order it wrote them.
        QList<int> next(kThreads, 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QStringList parts = model.record(row).message.split(QLatin1Char(':'));
            const int t = parts.at(0).toInt();
            QCOMPARE(parts.at(1).toInt(), next[t]);
            ++next[t];
        }
        QCOMPARE(next, QList<int>(kThreads, kLines));
    }

    void aReceiverOutlivingTheModelIsHarmless()
    {
        auto model = std::make_unique<AppLogModel>();
        const auto receive = model->receiver();
        receive(line(QStringLiteral("before")));
        model.reset(); // with a queued flush still pending
        receive(line(QStringLiteral("after")));
        QThread* worker = QThread::create([&receive] {
            for (int i = 0; i < 100; ++i)
                receive(line(QStringLiteral("late")));
        });
        worker->start();
        QVERIFY(worker->wait(5000));
        delete worker;
        QCoreApplication::processEvents(); // the queued flush must not reach a dead model
    }

    void clearEmptiesTheRing()
    {
        AppLogModel model;
        model.append(line(QStringLiteral("x")));
        model.flushPending();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void levelsHaveNamesAndColours()
    {
        AppLogModel model;
        model.append(line(QStringLiteral("e"), AppLogLevel::Error));
        model.append(line(QStringLiteral("i"), AppLogLevel::Info));
        model.flushPending();
        QCOMPARE(model.index(0, AppLogModel::LevelColumn).data().toString(), QStringLiteral("Error"));
        QVERIFY(model.index(0, AppLogModel::MessageColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, AppLogModel::MessageColumn).data(Qt::ForegroundRole).isValid());
    }
};

QTEST_MAIN(TestAppLogModel)
#include "TestAppLogModel.moc"
