#include "agent/NodeState.h"
#include "agent/config/ConfigFile.h"
#include "agent/config/ConfigLoader.h"
#include "agent/config/ConfigMethods.h"
#include "agent/control/ControlMethods.h"
#include "agent/control/StatusProvider.h"
#include "agent/coordinator/ClientCredentials.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/AgentTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;
using twinha::protocol::RpcMessage;
namespace codes = twinha::protocol::codes;
namespace support = twinha::agent::test;

namespace {
ClientCredentials who(bool isOperator)
{
    ClientCredentials c;
    c.user = isOperator ? QStringLiteral("root") : QStringLiteral("nobody");
    c.isOperator = isOperator;
    return c;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
} // namespace

// config.get, config.validate and config.apply through ControlMethods, as a client sees them,
// on a node without a config (the blank node the wizard starts from) and on a configured one.
class TestConfigMethods : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    AgentConfig m_none;
    std::unique_ptr<NodeState> m_state;
    std::unique_ptr<StatusProvider> m_status;
    std::unique_ptr<ConfigMethods> m_config;
    std::unique_ptr<ControlMethods> m_methods;
    QStringList m_reloads;

    RpcMessage call(const QString& method, const QJsonObject& params, bool isOperator = true)
    {
        bool subscribe = false;
        return m_methods->handle(RpcMessage::request(1, method, params), who(isOperator), &subscribe);
    }

    // The key file exists; cluster.toml does not, until a test applies one.
    void makeNode(const QString& loadedChecksum = {})
    {
        QVERIFY(support::writeFile(m_dir.filePath(QStringLiteral("cluster.key")), QByteArray(48, 'k'),
                                   QFile::ReadOwner | QFile::WriteOwner));
        m_path = m_dir.filePath(QStringLiteral("cluster.toml"));
        m_state = std::make_unique<NodeState>(m_dir.filePath(QStringLiteral("state")));
        m_status = std::make_unique<StatusProvider>(m_none, QStringLiteral("n1"), m_state.get());
        m_config = std::make_unique<ConfigMethods>(m_path, QStringLiteral("n1"), loadedChecksum);
        m_config->setReload([this](const QString& checksum) { m_reloads << checksum; });
        m_methods = std::make_unique<ControlMethods>(m_status.get());
        m_methods->setConfigMethods(m_config.get());
    }

private Q_SLOTS:
    // A reload a test started is still queued when it ends: let it land before the next test.
    void cleanup() { QTest::qWait(10); }

    void init()
    {
        m_reloads.clear();
        QFile::remove(m_dir.filePath(QStringLiteral("cluster.toml")));
        for (const QString& b : QDir(m_dir.path()).entryList({QStringLiteral("cluster.toml.bak-*")}))
            QFile::remove(m_dir.filePath(b));
        makeNode();
    }

    void validAConfigIsOkWithItsChecksum()
    {
        const RpcMessage r =
            call(QStringLiteral("config.validate"), {{QStringLiteral("text"), support::minimalConfig()}});
        QVERIFY2(r.error.isNull(), qPrintable(r.error.code));
        const QJsonObject o = r.result.toObject();
        QVERIFY(o.value(QStringLiteral("ok")).toBool());
        QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("checksum")).toString(),
                 ConfigLoader::checksumOf(support::minimalConfig().toUtf8()));
        QVERIFY(!QFile::exists(m_path)); // validating never writes
    }

    void validationNamesTheFieldAndLineOfEachError()
    {
        QString text = support::minimalConfig();
        text.replace(QStringLiteral("mode = \"hot-standby\""), QStringLiteral("mode = \"sideways\""));
        text.replace(QStringLiteral("name = \"c1\""), QStringLiteral("name = \"\""));
        const QJsonObject o =
            call(QStringLiteral("config.validate"), {{QStringLiteral("text"), text}}).result.toObject();
        QVERIFY(!o.value(QStringLiteral("ok")).toBool());
        QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 2);
        const QJsonArray issues = o.value(QStringLiteral("issues")).toArray();
        const QJsonObject name = issues.at(0).toObject();
        QCOMPARE(name.value(QStringLiteral("field")).toString(), QStringLiteral("cluster.name"));
        QCOMPARE(name.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(name.value(QStringLiteral("code")).toString(), QString::fromLatin1(codes::kConfigFieldMissing));
        const QJsonObject mode = issues.at(1).toObject();
        QCOMPARE(mode.value(QStringLiteral("field")).toString(), QStringLiteral("cluster.mode"));
        QCOMPARE(mode.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(mode.value(QStringLiteral("code")).toString(), QString::fromLatin1(codes::kConfigFieldInvalid));
        const QJsonObject params = mode.value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("field")).toString(), QStringLiteral("cluster.mode"));
        // The finding travels as a rule with its arguments, for the console to word in its language.
        QCOMPARE(params.value(QStringLiteral("rule")).toString(), QStringLiteral("not_one_of"));
        QCOMPARE(params.value(QStringLiteral("args")).toArray(),
                 (QJsonArray{QStringLiteral("sideways"), QStringLiteral("hot-standby, mutual-backup, duplex")}));
        QCOMPARE(params.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("\"sideways\" is not one of hot-standby, mutual-backup, duplex"));
    }

    void syntaxErrorsHaveTheirOwnCode()
    {
        const QJsonObject o = call(QStringLiteral("config.validate"), {{QStringLiteral("text"), QStringLiteral("[[[")}})
                                  .result.toObject();
        const QJsonObject issue = o.value(QStringLiteral("issues")).toArray().at(0).toObject();
        QCOMPARE(issue.value(QStringLiteral("code")).toString(), QString::fromLatin1(codes::kConfigSyntax));
        QCOMPARE(issue.value(QStringLiteral("line")).toInt(), 1);
    }

    void aConfigWithoutThisNodeIsInvalidHere()
    {
        QString text = support::minimalConfig();
        m_config = std::make_unique<ConfigMethods>(m_path, QStringLiteral("n3"), QString());
        m_methods->setConfigMethods(m_config.get());
        const QJsonObject o =
            call(QStringLiteral("config.validate"), {{QStringLiteral("text"), text}}).result.toObject();
        QVERIFY(!o.value(QStringLiteral("ok")).toBool());
        const QJsonObject issue = o.value(QStringLiteral("issues")).toArray().at(0).toObject();
        QCOMPARE(issue.value(QStringLiteral("field")).toString(), QStringLiteral("node"));
        const QJsonObject params = issue.value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("rule")).toString(), QStringLiteral("this_node_missing"));
        QCOMPARE(params.value(QStringLiteral("args")).toArray().at(0).toString(), QStringLiteral("n3"));
    }

    void observersMayNeitherValidateNorApply()
    {
        // Validating reads the key file the text names, as root: that is no observer's business.
        for (const char* method : {"config.validate", "config.get", "config.compose"})
            QCOMPARE(call(QString::fromLatin1(method), {{QStringLiteral("text"), support::minimalConfig()}}, false)
                         .error.code,
                     QString::fromLatin1(codes::kPermissionDenied));
        const RpcMessage r =
            call(QStringLiteral("config.apply"), {{QStringLiteral("text"), support::minimalConfig()}}, false);
        QCOMPARE(r.error.code, QString::fromLatin1(codes::kPermissionDenied));
        QVERIFY(!QFile::exists(m_path));
        QVERIFY(m_reloads.isEmpty());
    }

    void applyOnABlankNodeWritesTheFileAndReloads()
    {
        const QJsonObject before = call(QStringLiteral("config.get"), {}).result.toObject();
        QCOMPARE(before.value(QStringLiteral("exists")).toBool(), false);
        QCOMPARE(before.value(QStringLiteral("text")).toString(), QString());

        const RpcMessage r = call(QStringLiteral("config.apply"), {{QStringLiteral("text"), support::minimalConfig()},
                                                                   {QStringLiteral("expected_checksum"), QString()}});
        QVERIFY2(r.error.isNull(), qPrintable(r.error.code));
        const QJsonObject o = r.result.toObject();
        const QString checksum = ConfigLoader::checksumOf(support::minimalConfig().toUtf8());
        QCOMPARE(o.value(QStringLiteral("checksum")).toString(), checksum);
        QCOMPARE(o.value(QStringLiteral("backup")).toString(), QString());
        QCOMPARE(o.value(QStringLiteral("reloaded")).toBool(), true);
        QCOMPARE(readAll(m_path), support::minimalConfig().toUtf8());
        // The reload runs after the reply, from the event loop.
        QVERIFY(m_reloads.isEmpty());
        QTRY_COMPARE(m_reloads, QStringList{checksum});
        QCOMPARE(call(QStringLiteral("config.get"), {}).result.toObject().value(QStringLiteral("disk_checksum")),
                 QJsonValue(checksum));
    }

    void anInvalidConfigIsRefusedAndNothingIsWritten()
    {
        QVERIFY(support::writeFile(m_path, "# the running config\n"));
        QString text = support::minimalConfig();
        text.replace(QStringLiteral("dead_time_ms = 1000"), QStringLiteral("dead_time_ms = 1"));
        const RpcMessage r = call(QStringLiteral("config.apply"), {{QStringLiteral("text"), text}});
        QCOMPARE(r.error.code, QString::fromLatin1(codes::kConfigInvalid));
        QCOMPARE(r.error.params.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(r.error.params.value(QStringLiteral("issues"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("timing.dead_time_ms"));
        QCOMPARE(readAll(m_path), QByteArray("# the running config\n"));
        QVERIFY(ConfigFile(m_path).backups().isEmpty());
        QTest::qWait(20);
        QVERIFY(m_reloads.isEmpty());
    }

    void aKeyIsWrittenOnlyNextToTheConfig_data()
    {
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("next to the config") << QStringLiteral("new.key") << true;
        QTest::newRow("another folder") << QStringLiteral("elsewhere/new.key") << false;
        QTest::newRow("up and out") << QStringLiteral("../new.key") << false;
        QTest::newRow("an absolute path") << QStringLiteral("/TMPDIR/victim") << false;
    }

    void aKeyIsWrittenOnlyNextToTheConfig()
    {
        QFETCH(QString, keyFile);
        QFETCH(bool, allowed);
        // A file the request would overwrite as root, if the text could choose the key's path.
        QTemporaryDir other;
        const QString victim = other.filePath(QStringLiteral("victim"));
        QVERIFY(support::writeFile(victim, "precious\n"));
        keyFile.replace(QStringLiteral("/TMPDIR"), other.path());
        QString text = support::minimalConfig();
        text.replace(QStringLiteral("key_file = \"cluster.key\""), QStringLiteral("key_file = \"%1\"").arg(keyFile));
        const QByteArray key(40, 'z');
        const RpcMessage r =
            call(QStringLiteral("config.apply"),
                 {{QStringLiteral("text"), text}, {QStringLiteral("key"), QString::fromLatin1(key.toBase64())}});
        if (allowed) {
            QVERIFY2(r.error.isNull(), qPrintable(r.error.code));
            QCOMPARE(readAll(m_dir.filePath(keyFile)), key);
            const QFile::Permissions open = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
            QVERIFY(!(QFileInfo(m_dir.filePath(keyFile)).permissions() & open));
        } else {
            QCOMPARE(r.error.code, QString::fromLatin1(codes::kConfigInvalid));
            const QJsonObject issue = r.error.params.value(QStringLiteral("issues")).toArray().at(0).toObject();
            QCOMPARE(issue.value(QStringLiteral("field")).toString(), QStringLiteral("cluster.key_file"));
            QVERIFY(!QFile::exists(m_path));
        }
        QCOMPARE(readAll(victim), QByteArray("precious\n"));
    }

    void aConfigSentWithoutRunAsIsRefused()
    {
        QString text = support::minimalConfig();
        text.replace(QStringLiteral("run_as = "), QStringLiteral("# run_as = "));
        const RpcMessage r = call(QStringLiteral("config.apply"), {{QStringLiteral("text"), text}});
        QCOMPARE(r.error.code, QString::fromLatin1(codes::kConfigInvalid));
        const QJsonObject issue = r.error.params.value(QStringLiteral("issues")).toArray().at(0).toObject();
        QCOMPARE(issue.value(QStringLiteral("field")).toString(), QStringLiteral("group[0].resource[0].run_as"));
        QCOMPARE(issue.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(issue.value(QStringLiteral("params")).toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("run_as_required"));
        QVERIFY(!QFile::exists(m_path));
    }

    void aStaleExpectedChecksumIsRefused()
    {
        QVERIFY(support::writeFile(m_path, "# read by the wizard\n"));
        const QString seen = ConfigLoader::checksumOf("# read by the wizard\n");
        QVERIFY(support::writeFile(m_path, "# edited by hand meanwhile\n"));
        const RpcMessage r = call(QStringLiteral("config.apply"), {{QStringLiteral("text"), support::minimalConfig()},
                                                                   {QStringLiteral("expected_checksum"), seen}});
        QCOMPARE(r.error.code, QString::fromLatin1(codes::kConfigChangedOnDisk));
        QCOMPARE(readAll(m_path), QByteArray("# edited by hand meanwhile\n"));
        QTest::qWait(20);
        QVERIFY(m_reloads.isEmpty());
    }

    void replacingAConfigKeepsABackup()
    {
        QVERIFY(support::writeFile(m_path, "# the old config\n"));
        const RpcMessage r =
            call(QStringLiteral("config.apply"),
                 {{QStringLiteral("text"), support::minimalConfig()},
                  {QStringLiteral("expected_checksum"), ConfigLoader::checksumOf("# the old config\n")}});
        QVERIFY2(r.error.isNull(), qPrintable(r.error.code));
        const QString backup = r.result.toObject().value(QStringLiteral("backup")).toString();
        QVERIFY(backup.startsWith(m_path + QStringLiteral(".bak-")));
        QCOMPARE(readAll(backup), QByteArray("# the old config\n"));
    }

    void applyingTheRunningConfigAgainChangesNothing()
    {
        const QByteArray text = support::minimalConfig().toUtf8();
        QVERIFY(support::writeFile(m_path, text));
        makeNode(ConfigLoader::checksumOf(text));
        const RpcMessage r = call(QStringLiteral("config.apply"), {{QStringLiteral("text"), QString::fromUtf8(text)}});
        QVERIFY2(r.error.isNull(), qPrintable(r.error.code));
        QCOMPARE(r.result.toObject().value(QStringLiteral("reloaded")).toBool(), false);
        QVERIFY(ConfigFile(m_path).backups().isEmpty());
        QTest::qWait(20);
        QVERIFY(m_reloads.isEmpty());
    }

    void textMustBeAString()
    {
        QCOMPARE(call(QStringLiteral("config.validate"), {{QStringLiteral("text"), 5}}).error.code,
                 QString::fromLatin1(codes::kInvalidParams));
        QCOMPARE(call(QStringLiteral("config.apply"), {}).error.code, QString::fromLatin1(codes::kInvalidParams));
    }
};

QTEST_GUILESS_MAIN(TestConfigMethods)
#include "TestConfigMethods.moc"
