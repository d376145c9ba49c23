#include "agentlink/ClusterProfile.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QTemporaryDir>
#include <QtTest>

using twinha::agentlink::ClusterProfile;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

namespace {
const QByteArray kValid = R"({
  "twinha_profile": 1,
  "name": "mail",
  "known_hosts": "known_hosts",
  "nodes": [
    {"name": "mail1", "host": "10.0.0.1", "port": 2201, "user": "admin", "identity": "keys/id_ed25519",
     "agent_command": "/opt/twinha/bin/twinha-agent session"},
    {"name": "mail2", "host": "10.0.0.2"}
  ]
})";
}

class TestClusterProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsValidProfileAndResolvesRelativePaths()
    {
        RpcError error;
        const auto p = ClusterProfile::fromJson(kValid, QStringLiteral("/etc/twinha-console"), &error);
        QVERIFY2(p.has_value(), qPrintable(error.code));
        QCOMPARE(p->name, QStringLiteral("mail"));
        QCOMPARE(p->nodes.size(), 2);
        QCOMPARE(p->nodes[0].port, 2201);
        QCOMPARE(p->nodes[0].identityFile, QStringLiteral("/etc/twinha-console/keys/id_ed25519"));
        QCOMPARE(p->nodes[0].knownHostsFile, QStringLiteral("/etc/twinha-console/known_hosts"));
        QCOMPARE(p->nodes[0].agentCommand, QStringLiteral("/opt/twinha/bin/twinha-agent session"));
        QCOMPARE(p->nodes[1].port, 22);                                             // default
        QCOMPARE(p->nodes[1].agentCommand, QStringLiteral("twinha-agent session")); // default
        QVERIFY(p->nodes[1].identityFile.isEmpty());                                // agent + default keys
    }

    void reportsSyntaxErrorWithLineAndColumn()
    {
        RpcError error;
        QVERIFY(!ClusterProfile::fromJson("{\n  \"name\": \"x\",\n  oops\n}", QStringLiteral("/"), &error));
        QCOMPARE(error.code, QString(codes::kProfileInvalid));
        QCOMPARE(error.params.value(QStringLiteral("line")).toInt(), 3);
        QVERIFY(error.params.value(QStringLiteral("column")).toInt() >= 1);
    }

    void rejectsBadFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong format version") << QByteArray(R"({"twinha_profile": 2})") << "twinha_profile";
        QTest::newRow("no name") << QByteArray(R"({"twinha_profile": 1, "known_hosts": "k"})") << "name";
        QTest::newRow("one node only")
            << QByteArray(R"({"twinha_profile":1,"name":"a","known_hosts":"k","nodes":[{"name":"n","host":"h"}]})")
            << "nodes";
        QTest::newRow("port out of range")
            << QByteArray(
                   R"({"twinha_profile":1,"name":"a","known_hosts":"k","nodes":[{"name":"n","host":"h","port":70000},{"name":"m","host":"h"}]})")
            << "nodes[0].port";
        QTest::newRow("same node name twice")
            << QByteArray(
                   R"({"twinha_profile":1,"name":"a","known_hosts":"k","nodes":[{"name":"n","host":"h"},{"name":"n","host":"g"}]})")
            << "nodes[1].name";
        QTest::newRow("node without host")
            << QByteArray(
                   R"({"twinha_profile":1,"name":"a","known_hosts":"k","nodes":[{"name":"n"},{"name":"m","host":"g"}]})")
            << "nodes[0].host";
        QTest::newRow("identities_only not a boolean")
            << QByteArray(
                   R"({"twinha_profile":1,"name":"a","known_hosts":"k","nodes":[{"name":"n","host":"h","identities_only":"yes"},{"name":"m","host":"g"}]})")
            << "nodes[0].identities_only";
    }

    void identitiesOnlyIsReadPerNodeAndReachesTheJumpHost()
    {
        RpcError error;
        const auto p = ClusterProfile::fromJson(
            R"({"twinha_profile":1,"name":"a","known_hosts":"k","nodes":[
                {"name":"n","host":"h","identity":"id","identities_only":true,"jump":{"host":"b"}},
                {"name":"m","host":"g"}]})",
            QStringLiteral("/keys"), &error);
        QVERIFY2(p, qPrintable(error.code));
        QVERIFY(p->nodes[0].identitiesOnly);
        QVERIFY(p->nodes[0].jumpEndpoint().identitiesOnly);
        QVERIFY(!p->nodes[1].identitiesOnly); // off unless asked for, as in OpenSSH
    }

    void rejectsBadFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        RpcError error;
        QVERIFY(!ClusterProfile::fromJson(json, QStringLiteral("/"), &error));
        QCOMPARE(error.code, QString(codes::kProfileInvalid));
        QCOMPARE(error.params.value(QStringLiteral("field")).toString(), field);
    }

    void missingFileIsUnreadableWithPath()
    {
        QTemporaryDir dir;
        RpcError error;
        const QString path = dir.filePath(QStringLiteral("nope.json"));
        QVERIFY(!ClusterProfile::load(path, &error));
        QCOMPARE(error.code, QString(codes::kProfileUnreadable));
        QCOMPARE(error.params.value(QStringLiteral("path")).toString(), path);
    }
};

QTEST_GUILESS_MAIN(TestClusterProfile)
#include "TestClusterProfile.moc"
