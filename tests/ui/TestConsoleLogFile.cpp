#include "app/LogFileClaim.h"
#include "app/Logging.h"
#include "ui/MainWindow.h"
#include "ui/log/AppLogWidget.h"

#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <spdlog/spdlog.h>

using namespace twinha;

// The Console log tab names the file this console process writes, and that file exists and holds
// what was logged; a second console running at the same time writes a file of its own.
class TestConsoleLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theLogTabShowsTheFileThisProcessWrites()
    {
        QDir(app::Logging::logDirectory()).removeRecursively();
        const QString path = app::Logging::setUp(QStringLiteral("twinha-logtab-test"), false);
        QVERIFY2(!path.isEmpty(), "no log file was opened");
        QCOMPARE(app::Logging::logFilePath(), path);
        spdlog::get("ui")->info("written by TestConsoleLogFile");
        spdlog::get("ui")->flush();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("written by TestConsoleLogFile"));

        ui::MainWindow window;
        window.setLogFilePath(path);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("log")));
        auto* field = window.appLog()->findChild<QLineEdit*>(QStringLiteral("logFilePath"));
        QVERIFY(field && field->isVisible());
        QCOMPARE(QDir::fromNativeSeparators(field->text()), path);
        QVERIFY(!field->text().isEmpty()); // the "no log file" placeholder is not what is shown
    }

    void twoProcessesNeverShareOneFile()
    {
        QTemporaryDir dir;
        app::LogFileClaim first;
        app::LogFileClaim second;
        QVERIFY(first.claim(dir.path(), QStringLiteral("twinha")));
        QVERIFY(second.claim(dir.path(), QStringLiteral("twinha")));
        QCOMPARE(QFileInfo(first.path()).fileName(), QStringLiteral("twinha.log"));
        QCOMPARE(QFileInfo(second.path()).fileName(), QStringLiteral("twinha-2.log"));
        // The first console ends: its file is free for the next one.
        first.release();
        app::LogFileClaim third;
        QVERIFY(third.claim(dir.path(), QStringLiteral("twinha")));
        QCOMPARE(QFileInfo(third.path()).fileName(), QStringLiteral("twinha.log"));
    }

    void aSecondConsoleProcessWritesAFileOfItsOwn()
    {
        // This process holds twinha.log in the folder a real console started here would use.
        QTemporaryDir home;
        const QString logs = home.path() + QStringLiteral("/data/TwinHA/twinha/logs");
        app::LogFileClaim mine;
        QVERIFY(mine.claim(logs, QStringLiteral("twinha")));
        QProcess console;
        console.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(env);
        console.start(qEnvironmentVariable("TWINHA_BIN_DIR") + QStringLiteral("/twinha"),
                      {QStringLiteral("--screenshot"), home.path() + QStringLiteral("/welcome.png"),
                       QStringLiteral("--page"), QStringLiteral("welcome"), QStringLiteral("--lang"),
                       QStringLiteral("en")});
        QVERIFY(console.waitForFinished(30000));
        QVERIFY2(console.exitCode() == 0, console.readAll().constData());
        QVERIFY2(QFileInfo::exists(logs + QStringLiteral("/twinha-2.log")),
                 qPrintable(QDir(logs).entryList(QDir::Files).join(QLatin1Char(' '))));
        QVERIFY(!QFileInfo::exists(logs + QStringLiteral("/twinha.log"))); // never opened by the other one
    }
};

QTEST_MAIN(TestConsoleLogFile)
#include "TestConsoleLogFile.moc"
