#include "agent/NodeState.h"
#include "agent/config/ConfigLoader.h"
#include "agent/control/ControlMethods.h"
#include "agent/control/ControlServer.h"
#include "agent/control/StatusProvider.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Hello.h"
#include "agentlink/protocol/LineBuffer.h"
#include "agentlink/protocol/ProtocolVersion.h"
#include "agentlink/protocol/RpcMessage.h"
#include "agentlink/protocol/Version.h"
#include "tests/agent/AgentTestSupport.h"

#include <QJsonArray>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <sys/stat.h>

using namespace twinha::agent;
using twinha::protocol::RpcMessage;
namespace support = twinha::agent::test;
namespace codes = twinha::protocol::codes;

namespace {
// A test client: one QLocalSocket plus a line splitter, reading one message at a time.
class Client
{
public:
    explicit Client(const QString& path)
    {
        m_socket.connectToServer(path);
        m_socket.waitForConnected(2000);
    }
    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }
    void sendLine(const QByteArray& line)
    {
        m_socket.write(line + '\n');
        m_socket.flush();
    }
    void request(qint64 id, const char* method) { sendLine(RpcMessage::request(id, QLatin1String(method)).toLine()); }
    std::optional<RpcMessage> next(int timeoutMs = 3000)
    {
        QDeadlineTimer deadline(timeoutMs);
        // The server lives in this thread too, so wait with the event loop running, never block.
        while (m_pending.isEmpty() && !deadline.hasExpired()) {
            if (m_socket.bytesAvailable() == 0) {
                QSignalSpy spy(&m_socket, &QLocalSocket::readyRead);
                spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
            }
            m_pending << m_lines.append(m_socket.readAll());
        }
        if (m_pending.isEmpty())
            return std::nullopt;
        return RpcMessage::parse(m_pending.takeFirst());
    }

private:
    QLocalSocket m_socket;
    twinha::protocol::LineBuffer m_lines{twinha::protocol::kMaxLineBytes};
    QList<QByteArray> m_pending;
};
} // namespace

class TestControlServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeState> m_state;
    std::unique_ptr<StatusProvider> m_status;
    std::unique_ptr<ControlMethods> m_methods;
    std::unique_ptr<ControlServer> m_server;
    QString m_socketPath;
    AgentConfig m_config;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const auto loaded = ConfigLoader::loadFile(support::writeClusterDir(m_dir->path(), support::minimalConfig()));
        QVERIFY(loaded.ok());
        m_config = loaded.config;
        m_state = std::make_unique<NodeState>(m_dir->filePath(QStringLiteral("state")));
        QString error;
        QVERIFY2(m_state->load(&error), qPrintable(error));
        m_status = std::make_unique<StatusProvider>(m_config, QStringLiteral("n1"), m_state.get());
        m_status->setKeepaliveInterval(60000); // tests that want keepalives shorten it
        m_methods = std::make_unique<ControlMethods>(m_status.get());
        m_server = std::make_unique<ControlServer>(m_status.get(), m_methods.get());
        m_socketPath = m_dir->filePath(QStringLiteral("run/control.sock"));
        QCOMPARE(m_server->listen(m_socketPath, &error), ControlServer::ListenResult::Listening);
    }

    void cleanup()
    {
        m_server.reset();
        m_methods.reset();
        m_status.reset();
        m_state.reset();
        m_dir.reset();
    }

    void helloReportsProtocolVersionNodeAndCluster()
    {
        Client c(m_socketPath);
        QVERIFY(c.isConnected());
        c.sendLine(RpcMessage::request(1, QStringLiteral("hello"), twinha::protocol::helloParams(QStringLiteral("t")))
                       .toLine());
        const auto reply = c.next();
        QVERIFY(reply);
        QCOMPARE(reply->kind, RpcMessage::Kind::Result);
        QCOMPARE(reply->id.toInteger(), 1);
        const auto hello = twinha::protocol::Hello::fromJson(reply->result.toObject());
        QCOMPARE(hello.protocolMajor, twinha::protocol::kProtocolMajor);
        QCOMPARE(hello.protocolMinor, twinha::protocol::kProtocolMinor);
        QCOMPARE(hello.agentVersion, twinha::protocol::twinhaVersion());
        QCOMPARE(hello.node, QStringLiteral("n1"));
        QCOMPARE(hello.cluster, QStringLiteral("c1"));
        QCOMPARE(hello.capabilities, QStringList{QStringLiteral("status")});
        QVERIFY(hello.isCompatible());
    }

    void statusGetReturnsTheNodeStatus()
    {
        Client c(m_socketPath);
        c.request(7, "status.get");
        const auto reply = c.next();
        QVERIFY(reply);
        QCOMPARE(reply->kind, RpcMessage::Kind::Result);
        const auto s = twinha::protocol::NodeStatus::fromJson(reply->result.toObject());
        QCOMPARE(s.node, QStringLiteral("n1"));
        QCOMPARE(s.cluster, QStringLiteral("c1"));
        QCOMPARE(twinha::protocol::roleName(s.role), QStringLiteral("standby"));
        QCOMPARE(s.epoch, 0);
        QCOMPARE(s.pid, QCoreApplication::applicationPid());
        QVERIFY(s.startedAt.isValid() && s.sentAt.isValid() && s.startedAt <= s.sentAt);
        QVERIFY(s.systemUptimeS > 0);
        QCOMPARE(s.extra.value(QStringLiteral("mode")).toString(), QStringLiteral("hot-standby"));
        QCOMPARE(s.extra.value(QStringLiteral("config_checksum")).toString(), m_config.checksum);
        QCOMPARE(s.extra.value(QStringLiteral("peer")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("n2"));
        QCOMPARE(s.extra.value(QStringLiteral("load")).toArray().size(), 3);
        const QJsonObject group = s.extra.value(QStringLiteral("groups")).toArray().at(0).toObject();
        QCOMPARE(group.value(QStringLiteral("name")).toString(), QStringLiteral("g"));
        QCOMPARE(group.value(QStringLiteral("preferred")).toString(), QStringLiteral("n1"));
        const QJsonObject resource = group.value(QStringLiteral("resources")).toArray().at(0).toObject();
        QCOMPARE(resource.value(QStringLiteral("type")).toString(), QStringLiteral("script"));
    }

    void subscribeAnswersThenPushesWhenTheRoleChanges()
    {
        Client c(m_socketPath);
        c.request(2, "status.subscribe");
        const auto reply = c.next();
        QVERIFY(reply && reply->kind == RpcMessage::Kind::Result);
        QCOMPARE(reply->result.toObject().value(QStringLiteral("role")).toString(), QStringLiteral("standby"));
        QString error;
        QVERIFY(m_state->setGroup(QStringLiteral("g"), twinha::protocol::Role::Active, 3, &error));
        const auto push = c.next();
        QVERIFY(push);
        QCOMPARE(push->kind, RpcMessage::Kind::Notification);
        QCOMPARE(push->method, QStringLiteral("status.changed"));
        QCOMPARE(push->params.value(QStringLiteral("role")).toString(), QStringLiteral("active"));
        QCOMPARE(push->params.value(QStringLiteral("epoch")).toInteger(), 3);
    }

    void subscriberGetsKeepalivePushesWithoutChanges()
    {
        m_status->setKeepaliveInterval(100);
        Client c(m_socketPath);
        c.request(1, "status.subscribe");
        QVERIFY(c.next());
        for (int i = 0; i < 2; ++i) {
            const auto push = c.next(2000);
            QVERIFY(push);
            QCOMPARE(push->method, QStringLiteral("status.changed"));
        }
    }

    void clientThatDidNotSubscribeGetsNoPushes()
    {
        m_status->setKeepaliveInterval(50);
        Client c(m_socketPath);
        c.request(1, "status.get");
        QVERIFY(c.next());
        QVERIFY(!c.next(400));
    }

    void badLineGetsAnErrorAndTheConnectionSurvives_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonValue>("id");
        QTest::newRow("garbage") << QByteArray("this is not json") << QString(codes::kParseError)
                                 << QJsonValue(QJsonValue::Null);
        QTest::newRow("json array") << QByteArray("[1,2,3]") << QString(codes::kInvalidRequest)
                                    << QJsonValue(QJsonValue::Null);
        QTest::newRow("wrong jsonrpc version keeps its id")
            << QByteArray(R"({"jsonrpc":"1.0","id":9,"method":"hello"})") << QString(codes::kInvalidRequest)
            << QJsonValue(9);
        QTest::newRow("line over the limit") << QByteArray(twinha::protocol::kMaxLineBytes + 10, 'x')
                                             << QString(codes::kLineTooLong) << QJsonValue(QJsonValue::Null);
    }

    void badLineGetsAnErrorAndTheConnectionSurvives()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, code);
        QFETCH(QJsonValue, id);
        Client c(m_socketPath);
        c.sendLine(line);
        const auto reply = c.next();
        QVERIFY(reply);
        QCOMPARE(reply->kind, RpcMessage::Kind::Error);
        QCOMPARE(reply->error.code, code);
        QCOMPARE(reply->id, id);
        c.request(5, "hello");
        const auto hello = c.next();
        QVERIFY(hello && hello->kind == RpcMessage::Kind::Result);
        QCOMPARE(hello->id.toInteger(), 5);
    }

    void unknownMethodGetsMethodNotFound()
    {
        Client c(m_socketPath);
        c.request(4, "no.such.method");
        const auto reply = c.next();
        QVERIFY(reply);
        QCOMPARE(reply->kind, RpcMessage::Kind::Error);
        QCOMPARE(reply->error.code, QString(codes::kMethodNotFound));
        QCOMPARE(reply->id.toInteger(), 4);
    }

    void notificationGetsNoReply()
    {
        Client c(m_socketPath);
        c.sendLine(RpcMessage::notification(QStringLiteral("hello")).toLine());
        c.request(6, "status.get");
        const auto reply = c.next();
        QVERIFY(reply);
        QCOMPARE(reply->id.toInteger(), 6);
    }

    void socketFileIsMode0660()
    {
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(m_socketPath).constData(), &st), 0);
        QVERIFY(S_ISSOCK(st.st_mode));
        QCOMPARE(int(st.st_mode & 0777), 0660);
    }

    void secondServerOnTheSamePathIsRefused()
    {
        ControlServer second(m_status.get(), m_methods.get());
        QString error;
        QCOMPARE(second.listen(m_socketPath, &error), ControlServer::ListenResult::AlreadyRunning);
        QVERIFY(!error.isEmpty());
        QVERIFY(Client(m_socketPath).isConnected()); // the first one still serves
    }

    void staleSocketIsReplaced()
    {
        const QString path = m_dir->filePath(QStringLiteral("stale.sock"));
        QVERIFY(support::makeStaleSocket(path));
        ControlServer other(m_status.get(), m_methods.get());
        QString error;
        QCOMPARE(other.listen(path, &error), ControlServer::ListenResult::Listening);
        QVERIFY(Client(path).isConnected());
    }

    void regularFileAtTheSocketPathIsLeftAlone()
    {
        const QString path = m_dir->filePath(QStringLiteral("not-a-socket"));
        QVERIFY(support::writeFile(path, "data"));
        ControlServer other(m_status.get(), m_methods.get());
        QString error;
        QCOMPARE(other.listen(path, &error), ControlServer::ListenResult::Failed);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("data"));
    }

    void closeRemovesTheSocketFile()
    {
        QVERIFY(QFile::exists(m_socketPath));
        m_server->close();
        QVERIFY(!QFile::exists(m_socketPath));
    }
};

QTEST_GUILESS_MAIN(TestControlServer)
#include "TestControlServer.moc"
