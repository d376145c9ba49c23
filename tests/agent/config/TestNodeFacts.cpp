#include "agent/NodeState.h"
#include "agent/control/ControlMethods.h"
#include "agent/control/NodeFacts.h"
#include "agent/control/NodeMethods.h"
#include "agent/control/StatusProvider.h"
#include "agent/coordinator/ClientCredentials.h"
#include "agentlink/protocol/ConfigRule.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/NodeDiscovery.h"
#include "tests/agent/AgentTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace twinha::agent;
using twinha::protocol::RpcMessage;
namespace codes = twinha::protocol::codes;
namespace protocol = twinha::protocol;

class TestNodeFacts : public QObject
{
    Q_OBJECT

private:
    // One deferred call through ControlMethods, as an operator (or not); waits for the reply.
    std::optional<RpcMessage> call(NodeMethods* node, const QString& method, const QJsonObject& params = {},
                                   bool asOperator = true)
    {
        QTemporaryDir dir;
        AgentConfig none;
        NodeState state(dir.filePath(QStringLiteral("state")));
        StatusProvider status(none, QStringLiteral("n1"), &state);
        ControlMethods methods(&status);
        methods.setNodeMethods(node);
        ClientCredentials client;
        client.user = QStringLiteral("nobody");
        client.isOperator = asOperator;
        std::optional<RpcMessage> reply;
        if (!methods.handleDeferred(RpcMessage::request(7, method, params), client,
                                    [&reply](const RpcMessage& r) { reply = r; }))
            return std::nullopt;
        QDeadlineTimer deadline(15000);
        while (!reply && !deadline.hasExpired())
            QTest::qWait(10);
        return reply;
    }

private Q_SLOTS:
    void parsesSystemctlServiceLines()
    {
        const QByteArray out = "cron.service                 loaded active   running Regular background program "
                               "processing daemon\n"
                               "nginx.service                loaded inactive dead    A high performance web server\n"
                               "systemd-journald.socket      loaded active   running Journal Socket\n"
                               "\n";
        const QJsonArray units = NodeFacts::parseUnits(out);
        QCOMPARE(units.size(), 2); // sockets are not services
        const QJsonObject cron = units.at(0).toObject();
        QCOMPARE(cron.value(QStringLiteral("name")).toString(), QStringLiteral("cron.service"));
        QCOMPARE(cron.value(QStringLiteral("active")).toString(), QStringLiteral("active"));
        QCOMPARE(cron.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Regular background program processing daemon"));
        QCOMPARE(units.at(1).toObject().value(QStringLiteral("active")).toString(), QStringLiteral("inactive"));
    }

    void pathInfoCountsFilesAndBytes()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("one")), QByteArray(100, 'x')));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("a/b/two")), QByteArray(23, 'y')));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("a/.hidden")), QByteArray(7, 'z')));
        const QJsonObject info = NodeFacts::pathInfo(dir.path());
        QCOMPARE(info.value(QStringLiteral("exists")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("is_dir")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("files")).toInt(), 3);
        QCOMPARE(info.value(QStringLiteral("bytes")).toInt(), 130);
        QCOMPARE(info.value(QStringLiteral("truncated")).toBool(), false);
    }

    void pathInfoStopsAtTheFileLimitAndSaysSo()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 10; ++i)
            QVERIFY(test::writeFile(dir.filePath(QStringLiteral("f%1").arg(i)), "x"));
        const QJsonObject info = NodeFacts::pathInfo(dir.path(), 4);
        QCOMPARE(info.value(QStringLiteral("files")).toInt(), 4);
        QCOMPARE(info.value(QStringLiteral("truncated")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("limit_files")).toInt(), 4);
    }

    void missingAndRelativePathsDoNotExist()
    {
        QCOMPARE(NodeFacts::pathInfo(QStringLiteral("/no/such/path/here")).value(QStringLiteral("exists")).toBool(),
                 false);
        QCOMPARE(NodeFacts::pathInfo(QStringLiteral(".")).value(QStringLiteral("exists")).toBool(), false);
    }

    void loopbackIsReportedWithItsAddress()
    {
        bool found = false;
        for (const QJsonValue& v : NodeFacts::interfaces()) {
            const QJsonObject i = v.toObject();
            if (i.value(QStringLiteral("loopback")).toBool())
                found = i.value(QStringLiteral("addresses")).toArray().contains(QStringLiteral("127.0.0.1/8"));
        }
        QVERIFY(found);
        bool here = false;
        QCOMPARE(NodeFacts::interfaceForAddress(QStringLiteral("127.0.0.1"), &here), QStringLiteral("lo"));
        QVERIFY(here);
        QVERIFY(NodeFacts::interfaceForAddress(QStringLiteral("192.0.2.77"), &here).isEmpty() || !here);
    }

    void nodeFactsAnswerObserversAndExplainMissingSystemd()
    {
        NodeMethods node(QStringLiteral("n1"), {{QStringLiteral("config"), QStringLiteral("/no/such/cluster.toml")}});
        const std::optional<RpcMessage> r = call(&node, QStringLiteral("node.facts"));
        QVERIFY(r);
        QVERIFY2(r->error.isNull(), qPrintable(r->error.code));
        const QJsonObject o = r->result.toObject();
        QCOMPARE(o.value(QStringLiteral("node")).toString(), QStringLiteral("n1"));
        QVERIFY(!o.value(QStringLiteral("interfaces")).toArray().isEmpty());
        QCOMPARE(o.value(QStringLiteral("paths")).toArray().at(0).toObject().value(QStringLiteral("exists")).toBool(),
                 false);
        if (NodeFacts::systemdRunning())
            QVERIFY(o.contains(QStringLiteral("systemd_units")));
        else {
            QCOMPARE(o.value(QStringLiteral("systemd_units")).toArray().size(), 0);
            const QJsonObject why = o.value(QStringLiteral("systemd_unavailable")).toObject();
            const QJsonObject data = why.value(QStringLiteral("data")).toObject();
            QCOMPARE(data.value(QStringLiteral("code")).toString(), QString::fromLatin1(codes::kSystemdUnavailable));
            QCOMPARE(protocol::systemdGapFrom(data.value(QStringLiteral("reason")).toString()),
                     protocol::SystemdGap::NotRunning);
        }
    }

    void pathInfoRunsOffTheEventLoopAndAnswers()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("f")), "12345"));
        NodeMethods node(QStringLiteral("n1"), {});
        const std::optional<RpcMessage> r =
            call(&node, QStringLiteral("node.path_info"), {{QStringLiteral("paths"), QJsonArray{dir.path()}}});
        QVERIFY(r);
        const QJsonObject p = r->result.toObject().value(QStringLiteral("paths")).toArray().at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("bytes")).toInt(), 5);
        QCOMPARE(call(&node, QStringLiteral("node.path_info"), {{QStringLiteral("paths"), 3}})->error.code,
                 QString::fromLatin1(codes::kInvalidParams));
    }

    void observersMayNotWalkOrProbe()
    {
        NodeMethods node(QStringLiteral("n1"), {});
        const QJsonObject walk{{QStringLiteral("paths"), QJsonArray{QStringLiteral("/")}}};
        QCOMPARE(call(&node, QStringLiteral("node.path_info"), walk, false)->error.code,
                 QString::fromLatin1(codes::kPermissionDenied));
        QCOMPARE(call(&node, QStringLiteral("node.probe_address"),
                      {{QStringLiteral("address"), QStringLiteral("127.0.0.1")}}, false)
                     ->error.code,
                 QString::fromLatin1(codes::kPermissionDenied));
    }

    void aWalkStopsAtItsTimeLimitAndSaysSo()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("f")), "12345"));
        const QJsonObject info = NodeFacts::pathInfo(dir.path(), NodeFacts::kMaxWalkFiles, nullptr, QDeadlineTimer(0));
        QCOMPARE(info.value(QStringLiteral("truncated")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("limit_ms")).toInt(), NodeFacts::kMaxWalkMs);
        QVERIFY(!info.contains(QStringLiteral("limit_files")));
    }

    void walksRunOneAtATimeAndTooManyWaitingAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("f")), "12345"));
        NodeMethods node(QStringLiteral("n1"), {});
        QList<RpcMessage> replies;
        const QJsonObject walk{{QStringLiteral("paths"), QJsonArray{dir.path()}}};
        // All asked before the event loop runs again: one walks, kMaxWaitingWalks wait, one is refused.
        for (int i = 0; i < NodeMethods::kMaxWaitingWalks + 2; ++i)
            QVERIFY(node.handle(RpcMessage::request(i, QStringLiteral("node.path_info"), walk),
                                [&replies](const RpcMessage& r) { replies << r; }));
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.at(0).id.toInt(), NodeMethods::kMaxWaitingWalks + 1);
        QCOMPARE(replies.at(0).error.code, QString::fromLatin1(codes::kNodeWalksBusy)); // the console says "later"
        QCOMPARE(replies.at(0).error.params.value(QStringLiteral("waiting")).toInt(), NodeMethods::kMaxWaitingWalks);
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), NodeMethods::kMaxWaitingWalks + 2, 15000);
        for (int i = 0; i <= NodeMethods::kMaxWaitingWalks; ++i) {
            QCOMPARE(replies.at(i + 1).id.toInt(), i); // in the order asked
            QCOMPARE(replies.at(i + 1).kind, RpcMessage::Kind::Result);
        }
    }

    void anAddressOfThisNodeAnswers()
    {
        NodeMethods node(QStringLiteral("n1"), {});
        const std::optional<RpcMessage> r = call(&node, QStringLiteral("node.probe_address"),
                                                 {{QStringLiteral("address"), QStringLiteral("127.0.0.1")}});
        QVERIFY(r);
        const QJsonObject o = r->result.toObject();
        QCOMPARE(o.value(QStringLiteral("answering")).toBool(), true);
        QCOMPARE(protocol::addressProbeHowFrom(o.value(QStringLiteral("how")).toString()),
                 protocol::AddressProbeHow::Local);
        QVERIFY(!o.contains(QStringLiteral("detail"))); // no English sentence travels
        QCOMPARE(o.value(QStringLiteral("interface")).toString(), QStringLiteral("lo"));
        QCOMPARE(o.value(QStringLiteral("in_subnet")).toBool(), true);
    }

    void anAddressNobodyHasDoesNotAnswer()
    {
        // TEST-NET-1 (RFC 5737) is never routed: no reply, whichever tool asks.
        NodeMethods node(QStringLiteral("n1"), {});
        const std::optional<RpcMessage> r = call(&node, QStringLiteral("node.probe_address"),
                                                 {{QStringLiteral("address"), QStringLiteral("192.0.2.77")}});
        QVERIFY(r);
        const QJsonObject o = r->result.toObject();
        QCOMPARE(o.value(QStringLiteral("answering")).toBool(), false);
        // arping or ping asked (both are installed here), and nothing was missing.
        const protocol::AddressProbeHow how = protocol::addressProbeHowFrom(o.value(QStringLiteral("how")).toString());
        QVERIFY2(how == protocol::AddressProbeHow::Arping || how == protocol::AddressProbeHow::Ping,
                 qPrintable(o.value(QStringLiteral("how")).toString()));
        QVERIFY(!o.contains(QStringLiteral("tool")));
        QCOMPARE(call(&node, QStringLiteral("node.probe_address"), {{QStringLiteral("address"), QStringLiteral("-x")}})
                     ->error.code,
                 QString::fromLatin1(codes::kInvalidParams));
    }

    // What the user typed as the witness address is wrong: said as the setting's rule, in the
    // console's language, not as an English "invalid parameters".
    void aWitnessAddressWithoutAPortIsASettingsError()
    {
        NodeMethods node(QStringLiteral("n1"), {});
        const std::optional<RpcMessage> r =
            call(&node, QString::fromLatin1(twinha::protocol::methods::kNodeProbeWitness),
                 {{QStringLiteral("address"), QStringLiteral("witness.example")}});
        QVERIFY(r);
        QCOMPARE(r->error.code, QString::fromLatin1(codes::kConfigFieldInvalid));
        QCOMPARE(r->error.params.value(QStringLiteral("field")).toString(), QStringLiteral("witness.address"));
        QCOMPARE(r->error.params.value(QStringLiteral("rule")).toString(),
                 QString::fromLatin1(twinha::protocol::rules::kNotHostPort));
        QCOMPARE(call(&node, QString::fromLatin1(twinha::protocol::methods::kNodeProbeWitness), {})->error.code,
                 QString::fromLatin1(codes::kInvalidParams)); // neither address nor etcd: the console's mistake
    }
};

QTEST_GUILESS_MAIN(TestNodeFacts)
#include "TestNodeFacts.moc"
