#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/ProtocolVersion.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QJsonDocument>
#include <QtTest>

using twinha::protocol::RpcError;
using twinha::protocol::RpcMessage;
namespace codes = twinha::protocol::codes;

class TestRpcMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEachKind_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("method");
        QTest::newRow("request with integer id") << QByteArray(R"({"jsonrpc":"2.0","id":7,"method":"status.get"})")
                                                 << int(RpcMessage::Kind::Request) << "status.get";
        QTest::newRow("request with string id")
            << QByteArray(R"({"jsonrpc":"2.0","id":"a","method":"hello","params":{}})")
            << int(RpcMessage::Kind::Request) << "hello";
        QTest::newRow("notification has no id")
            << QByteArray(R"({"jsonrpc":"2.0","method":"status.changed","params":{"node":"n1"}})")
            << int(RpcMessage::Kind::Notification) << "status.changed";
        QTest::newRow("result") << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{"x":1}})")
                                << int(RpcMessage::Kind::Result) << "";
        QTest::newRow("error")
            << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"METHOD_NOT_FOUND"}})")
            << int(RpcMessage::Kind::Error) << "";
        QTest::newRow("trailing newline and spaces")
            << QByteArray("  {\"jsonrpc\":\"2.0\",\"id\":2,\"result\":true}  \n") << int(RpcMessage::Kind::Result)
            << "";
    }

    void parsesEachKind()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, kind);
        QFETCH(QString, method);
        RpcError error;
        const auto m = RpcMessage::parse(line, &error);
        QVERIFY2(m.has_value(), qPrintable(error.code));
        QCOMPARE(int(m->kind), kind);
        QCOMPARE(m->method, method);
    }

    void rejectsMalformedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("hello world") << QString(codes::kParseError);
        QTest::newRow("truncated json") << QByteArray(R"({"jsonrpc":"2.0","id":1)") << QString(codes::kParseError);
        QTest::newRow("array") << QByteArray("[1,2]") << QString(codes::kInvalidRequest);
        QTest::newRow("wrong version") << QByteArray(R"({"jsonrpc":"1.0","id":1,"method":"x"})")
                                       << QString(codes::kInvalidRequest);
        QTest::newRow("params not an object")
            << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"x","params":[1]})") << QString(codes::kInvalidRequest);
        QTest::newRow("object id") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"x"})")
                                   << QString(codes::kInvalidRequest);
        QTest::newRow("empty method") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":""})")
                                      << QString(codes::kInvalidRequest);
        QTest::newRow("neither result nor error")
            << QByteArray(R"({"jsonrpc":"2.0","id":1})") << QString(codes::kInvalidRequest);
    }

    void rejectsMalformedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, code);
        RpcError error;
        QVERIFY(!RpcMessage::parse(line, &error).has_value());
        QCOMPARE(error.code, code);
    }

    void rejectsOverlongLine()
    {
        const QByteArray huge = QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"p\":\"") +
                                QByteArray(twinha::protocol::kMaxLineBytes, 'a') + QByteArray("\"}}");
        RpcError error;
        QVERIFY(!RpcMessage::parse(huge, &error).has_value());
        QCOMPARE(error.code, QString(codes::kLineTooLong));
    }

    void errorRoundTripKeepsCodeAndParameters()
    {
        const RpcError sent = RpcError::make(QStringLiteral("REPLICATION_LAG_TOO_HIGH"),
                                             {{QStringLiteral("lag_s"), 12.5}, {QStringLiteral("limit_s"), 5}});
        const QByteArray line = RpcMessage::errorFor(QJsonValue(3), sent).toLine();
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const auto back = RpcMessage::parse(line);
        QVERIFY(back.has_value());
        QCOMPARE(int(back->kind), int(RpcMessage::Kind::Error));
        QCOMPARE(back->id.toInteger(), 3);
        QCOMPARE(back->error.code, QStringLiteral("REPLICATION_LAG_TOO_HIGH"));
        QCOMPARE(back->error.params.value(QStringLiteral("lag_s")).toDouble(), 12.5);
        QCOMPARE(back->error.params.value(QStringLiteral("limit_s")).toInt(), 5);
        QVERIFY(!back->error.params.contains(QStringLiteral("code")));
    }

    void standardErrorsUseJsonRpcNumbers()
    {
        QCOMPARE(RpcError::make(codes::kMethodNotFound).rpcCode, -32601);
        QCOMPARE(RpcError::make(codes::kParseError).rpcCode, -32700);
        QCOMPARE(RpcError::make(codes::kDaemonUnreachable).rpcCode, -32000);
    }

    void requestRoundTripKeepsIdMethodAndParams()
    {
        const QByteArray line =
            RpcMessage::request(42, QStringLiteral("hello"), {{QStringLiteral("client"), "x"}}).toLine();
        const auto back = RpcMessage::parse(line);
        QVERIFY(back.has_value());
        QCOMPARE(int(back->kind), int(RpcMessage::Kind::Request));
        QCOMPARE(back->id.toInteger(), 42);
        QCOMPARE(back->method, QStringLiteral("hello"));
        QCOMPARE(back->params.value(QStringLiteral("client")).toString(), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestRpcMessage)
#include "TestRpcMessage.moc"
