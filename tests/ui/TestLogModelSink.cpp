#include "app/LogModelSink.h"
#include "app/Logging.h"
#include "ui/log/AppLogModel.h"

#include <QStandardPaths>
#include <QThread>
#include <QtTest>

#include <spdlog/spdlog.h>

using namespace twinha;
using ui::AppLogLevel;
using ui::AppLogModel;

// spdlog records reach the log view: with their level, area and text, from any thread, including
// what was logged before the view existed.
class TestLogModelSink : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<spdlog::logger> loggerWith(const std::shared_ptr<app::LogModelSink>& sink)
    {
        auto logger = std::make_shared<spdlog::logger>("link", sink);
        logger->set_level(spdlog::level::trace);
        return logger;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void levelsMapOneToOne_data()
    {
        QTest::addColumn<int>("spd");
        QTest::addColumn<int>("ours");
        QTest::newRow("trace") << int(spdlog::level::trace) << int(AppLogLevel::Trace);
        QTest::newRow("debug") << int(spdlog::level::debug) << int(AppLogLevel::Debug);
        QTest::newRow("info") << int(spdlog::level::info) << int(AppLogLevel::Info);
        QTest::newRow("warn") << int(spdlog::level::warn) << int(AppLogLevel::Warning);
        QTest::newRow("err") << int(spdlog::level::err) << int(AppLogLevel::Error);
        QTest::newRow("critical") << int(spdlog::level::critical) << int(AppLogLevel::Critical);
    }

    void levelsMapOneToOne()
    {
        QFETCH(int, spd);
        QFETCH(int, ours);
        QCOMPARE(int(app::LogModelSink::levelOf(spdlog::level::level_enum(spd))), ours);
    }

    void recordsReachTheModel()
    {
        AppLogModel model;
        auto sink = std::make_shared<app::LogModelSink>();
        sink->setReceiver(model.receiver());
        const QDateTime before = QDateTime::currentDateTime().addMSecs(-1);
        loggerWith(sink)->warn("peer {} silent for {} ms — 心跳", "beta", 1200);
        QTRY_COMPARE(model.rowCount(), 1);
        const ui::AppLogRecord& r = model.record(0);
        QCOMPARE(r.message, QStringLiteral("peer beta silent for 1200 ms — 心跳"));
        QCOMPARE(r.logger, QStringLiteral("link"));
        QCOMPARE(r.level, AppLogLevel::Warning);
        QVERIFY(r.time >= before && r.time <= QDateTime::currentDateTime().addMSecs(1));
    }

    void startUpLinesAreReplayedWhenAViewAttaches()
    {
        auto sink = std::make_shared<app::LogModelSink>();
        auto logger = loggerWith(sink);
        for (std::size_t i = 0; i < app::LogModelSink::kBacklog + 10; ++i)
            logger->info("early {}", i);
        AppLogModel model(5000);
        sink->setReceiver(model.receiver());
        logger->info("late");
        QTRY_COMPARE(model.rowCount(), int(app::LogModelSink::kBacklog) + 1);
        QCOMPARE(model.record(0).message, QStringLiteral("early 10")); // the oldest ten made room
        QCOMPARE(model.record(model.rowCount() - 1).message, QStringLiteral("late"));
    }

    void detachingStopsForwarding()
    {
        AppLogModel model;
        auto sink = std::make_shared<app::LogModelSink>();
        auto logger = loggerWith(sink);
        sink->setReceiver(model.receiver());
        logger->info("one");
        sink->setReceiver({});
        logger->info("two");
        QTRY_COMPARE(model.rowCount(), 1);
        QTest::qWait(20);
        QCOMPARE(model.rowCount(), 1);
    }

    void threadsLogConcurrently()
    {
        AppLogModel model(10000);
        auto sink = std::make_shared<app::LogModelSink>();
        sink->setReceiver(model.receiver());
        auto logger = loggerWith(sink);
        QList<QThread*> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([logger, t] {
                for (int i = 0; i < 500; ++i)
                    logger->info("{}:{}", t, i);
            });
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(20000));
            delete thread;
        }
        QTRY_COMPARE(model.rowCount(), 2000);
    }

    void loggingSetUpFeedsAnAttachedViewer()
    {
        app::Logging::setUp(QStringLiteral("twinha-test"), false);
        AppLogModel model(5000);
        app::Logging::attachViewer(model.receiver());
        spdlog::get("ui")->info("from the ui area");
        spdlog::get("ui")->debug("too chatty unless verbose");
        QTRY_VERIFY(model.rowCount() > 0);
        QTest::qWait(20);
        const ui::AppLogRecord& last = model.record(model.rowCount() - 1);
        QCOMPARE(last.message, QStringLiteral("from the ui area"));
        QCOMPARE(last.logger, QStringLiteral("ui"));
        app::Logging::attachViewer({});
        const int rows = model.rowCount();
        spdlog::get("ui")->info("after detaching");
        QTest::qWait(20);
        QCOMPARE(model.rowCount(), rows);
    }
};

QTEST_GUILESS_MAIN(TestLogModelSink)
#include "TestLogModelSink.moc"
