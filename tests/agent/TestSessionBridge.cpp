#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Hello.h"
#include "agentlink/protocol/RpcMessage.h"
#include "tests/agent/DaemonProcess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using twinha::protocol::RpcMessage;
namespace codes = twinha::protocol::codes;
namespace support = twinha::agent::test;

namespace {
std::optional<RpcMessage> readMessage(QProcess& p, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!p.canReadLine() && !deadline.hasExpired())
        p.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    if (!p.canReadLine())
        return std::nullopt;
    return RpcMessage::parse(p.readLine());
}
} // namespace

// Runs the real `twinha-agent session` against the real daemon, as the console does over SSH.
class TestSessionBridge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<support::DaemonProcess> m_daemon;
    QProcess m_session;

    void startSession(const QString& socketPath)
    {
        m_session.start(support::agentBinary(), {QStringLiteral("session"), QStringLiteral("--socket"), socketPath});
        QVERIFY(m_session.waitForStarted(5000));
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
        if (m_session.state() != QProcess::NotRunning) {
            m_session.kill();
            m_session.waitForFinished(5000);
        }
        m_daemon.reset();
        m_dir.reset();
    }

    void helloRoundTripThroughTheBridge()
    {
        QVERIFY(m_daemon->start());
        startSession(m_daemon->socketPath());
        m_session.write(RpcMessage::request(1, QStringLiteral("hello")).toLine());
        const auto reply = readMessage(m_session);
        QVERIFY(reply);
        QCOMPARE(reply->kind, RpcMessage::Kind::Result);
        QCOMPARE(reply->id.toInteger(), 1);
        const auto hello = twinha::protocol::Hello::fromJson(reply->result.toObject());
        QCOMPARE(hello.node, QStringLiteral("n1"));
        QCOMPARE(hello.cluster, QStringLiteral("c1"));
    }

    void statusPushesReachStdout()
    {
        QVERIFY(m_daemon->start());
        startSession(m_daemon->socketPath());
        m_session.write(RpcMessage::request(1, QStringLiteral("status.subscribe")).toLine());
        const auto reply = readMessage(m_session);
        QVERIFY(reply && reply->kind == RpcMessage::Kind::Result);
        const auto push = readMessage(m_session, 4000); // the keepalive comes every 2 s
        QVERIFY(push);
        QCOMPARE(push->method, QStringLiteral("status.changed"));
        QCOMPARE(push->params.value(QStringLiteral("node")).toString(), QStringLiteral("n1"));
    }

    void unreachableDaemonGivesOneSessionErrorAndExitCode3_data()
    {
        QTest::addColumn<bool>("staleSocketFile");
        QTest::newRow("no socket file") << false;
        QTest::newRow("socket file nobody listens on") << true;
    }

    void unreachableDaemonGivesOneSessionErrorAndExitCode3()
    {
        QFETCH(bool, staleSocketFile);
        const QString path = m_dir->filePath(QStringLiteral("control.sock"));
        if (staleSocketFile)
            QVERIFY(support::makeStaleSocket(path));
        startSession(path);
        QVERIFY(m_session.waitForFinished(5000));
        QCOMPARE(m_session.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_session.exitCode(), 3);
        const QList<QByteArray> lines = m_session.readAllStandardOutput().split('\n');
        QCOMPARE(lines.size(), 2); // one line and the empty rest after its newline
        const auto m = RpcMessage::parse(lines.at(0));
        QVERIFY(m);
        QCOMPARE(m->kind, RpcMessage::Kind::Notification);
        QCOMPARE(m->method, QStringLiteral("session.error"));
        QCOMPARE(m->params.value(QStringLiteral("code")).toString(), QString(codes::kDaemonUnreachable));
        QCOMPARE(m->params.value(QStringLiteral("socket")).toString(), path);
        QVERIFY(!m->params.value(QStringLiteral("detail")).toString().isEmpty());
    }

    void stdinEofEndsTheSessionPromptlyWithExitCode0()
    {
        QVERIFY(m_daemon->start());
        startSession(m_daemon->socketPath());
        m_session.write(RpcMessage::request(1, QStringLiteral("hello")).toLine());
        QVERIFY(readMessage(m_session)); // connected and working
        QElapsedTimer timer;
        timer.start();
        m_session.closeWriteChannel();
        QVERIFY(m_session.waitForFinished(5000));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_session.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_session.exitCode(), 0);
    }

    void repliesStillOwedAreWrittenBeforeEofEndsTheSession()
    {
        // As in `printf 'REQ1\nREQ2\n' | ssh node twinha-agent session`: input ends at once.
        QVERIFY(m_daemon->start());
        startSession(m_daemon->socketPath());
        m_session.write(RpcMessage::request(1, QStringLiteral("hello")).toLine() +
                        RpcMessage::request(2, QStringLiteral("status.get")).toLine());
        m_session.closeWriteChannel();
        QVERIFY(m_session.waitForFinished(5000));
        QCOMPARE(m_session.exitCode(), 0);
        QSet<qint64> answered;
        for (const QByteArray& line : m_session.readAllStandardOutput().split('\n'))
            if (const auto m = RpcMessage::parse(line); m && m->kind == RpcMessage::Kind::Result)
                answered.insert(m->id.toInteger());
        QCOMPARE(answered, (QSet<qint64>{1, 2}));
    }

    void daemonStoppingMidSessionGivesConnectionLostAndExitCode3()
    {
        QVERIFY(m_daemon->start());
        startSession(m_daemon->socketPath());
        m_session.write(RpcMessage::request(1, QStringLiteral("hello")).toLine());
        QVERIFY(readMessage(m_session));
        QCOMPARE(m_daemon->stop(), 0);
        const auto m = readMessage(m_session);
        QVERIFY(m);
        QCOMPARE(m->method, QStringLiteral("session.error"));
        QCOMPARE(m->params.value(QStringLiteral("code")).toString(), QString(codes::kDaemonConnectionLost));
        QVERIFY(m_session.waitForFinished(5000));
        QCOMPARE(m_session.exitCode(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSessionBridge)
#include "TestSessionBridge.moc"
