#include "agentlink/protocol/RpcMessage.h"
#include "tests/agent/DaemonProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QtTest>

using twinha::protocol::RpcMessage;
namespace support = twinha::agent::test;

// Runs the real `twinha-agent daemon`: start-up checks, the socket's life cycle and the state file.
class TestDaemonCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<support::DaemonProcess> m_daemon;

    // Runs a daemon that is expected to refuse to start; returns its exit code.
    int runRefused(const QStringList& args, QByteArray* stderrText)
    {
        QProcess p;
        p.start(support::agentBinary(), args);
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *stderrText = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(support::agentBinary()), qPrintable(support::agentBinary())); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_daemon = std::make_unique<support::DaemonProcess>(m_dir->path());
    }

    void cleanup()
    {
        m_daemon.reset();
        m_dir.reset();
    }

    void freshNodeStartsAsStandbyAtEpoch0AndWritesItsState()
    {
        QVERIFY(m_daemon->start());
        QFile f(QDir(m_daemon->stateDir()).filePath(QStringLiteral("state.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("standby"));
        QCOMPARE(o.value(QStringLiteral("epoch")).toInteger(-1), 0);
    }

    void roleAndEpochComeFromTheStateFile()
    {
        QVERIFY(QDir().mkpath(m_daemon->stateDir()));
        QVERIFY(support::writeFile(QDir(m_daemon->stateDir()).filePath(QStringLiteral("state.json")),
                                   R"({"epoch": 5, "role": "active"})"));
        QVERIFY(m_daemon->start());
        QLocalSocket s;
        s.connectToServer(m_daemon->socketPath());
        QVERIFY(s.waitForConnected(2000));
        s.write(RpcMessage::request(1, QStringLiteral("status.get")).toLine());
        while (!s.canReadLine())
            QVERIFY(s.waitForReadyRead(3000));
        const auto reply = RpcMessage::parse(s.readLine());
        QVERIFY(reply);
        QCOMPARE(reply->result.toObject().value(QStringLiteral("role")).toString(), QStringLiteral("active"));
        QCOMPARE(reply->result.toObject().value(QStringLiteral("epoch")).toInteger(), 5);
    }

    void stopsCleanlyAndRemovesTheSocketOnSignal_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void stopsCleanlyAndRemovesTheSocketOnSignal()
    {
        QFETCH(int, signalNumber);
        QVERIFY(m_daemon->start());
        QVERIFY(QFile::exists(m_daemon->socketPath()));
        QCOMPARE(m_daemon->stop(signalNumber), 0);
        QVERIFY(!QFile::exists(m_daemon->socketPath()));
    }

    void secondDaemonOnTheSameSocketIsRefused()
    {
        QVERIFY(m_daemon->start());
        QByteArray err;
        QCOMPARE(runRefused(m_daemon->arguments(), &err), 2);
        QVERIFY2(err.contains("already listening"), err.constData());
        QVERIFY(support::waitForListener(m_daemon->socketPath(), 1000)); // the first one is untouched
    }

    void staleSocketFromACrashIsReplaced()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_daemon->socketPath()).absolutePath()));
        QVERIFY(support::makeStaleSocket(m_daemon->socketPath()));
        QVERIFY(m_daemon->start());
        QCOMPARE(m_daemon->stop(), 0);
    }

    void badConfigIsRefusedWithEveryError()
    {
        QString text = support::minimalConfig();
        text.replace(QStringLiteral("hot-standby"), QStringLiteral("triple"));
        text.replace(QStringLiteral("dead_time_ms = 1000"), QStringLiteral("dead_time_ms = 10"));
        QVERIFY(!support::writeClusterDir(m_dir->path(), text).isEmpty());
        QByteArray err;
        QCOMPARE(runRefused(m_daemon->arguments(), &err), 2);
        QVERIFY2(err.contains("cluster.toml:3:8: cluster.mode:"), err.constData());
        QVERIFY2(err.contains("timing.dead_time_ms"), err.constData());
        QVERIFY(!QFile::exists(m_daemon->socketPath()));
    }

    void nodeMissingFromTheConfigIsRefused()
    {
        QVERIFY(!support::writeClusterDir(m_dir->path(), support::minimalConfig()).isEmpty());
        QByteArray err;
        QCOMPARE(runRefused(m_daemon->arguments(QStringLiteral("n7")), &err), 2);
        QVERIFY2(err.contains("n7"), err.constData());
    }

    void corruptStateFileIsRefusedRatherThanGuessed()
    {
        QVERIFY(!support::writeClusterDir(m_dir->path(), support::minimalConfig()).isEmpty());
        QVERIFY(QDir().mkpath(m_daemon->stateDir()));
        QVERIFY(support::writeFile(QDir(m_daemon->stateDir()).filePath(QStringLiteral("state.json")), "{oops"));
        QByteArray err;
        QCOMPARE(runRefused(m_daemon->arguments(), &err), 1);
        QVERIFY2(err.contains("state.json"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDaemonCommand)
#include "TestDaemonCommand.moc"
