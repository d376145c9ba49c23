#include "agent/ConfigComposer.h"
#include "agent/ConfigLoader.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/AgentTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;
namespace support = twinha::agent::test;

namespace {
QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> pairs)
{
    QJsonObject o;
    for (const auto& p : pairs)
        o.insert(p.first, p.second);
    return o;
}

// What the wizard sends for the pair n1/n2 of minimalConfig(), with a faster heartbeat and a
// second resource.
QJsonObject wizardSettings()
{
    return obj(
        {{QStringLiteral("cluster"), obj({{QStringLiteral("name"), QStringLiteral("c1")},
                                          {QStringLiteral("mode"), QStringLiteral("hot-standby")},
                                          {QStringLiteral("key_file"), QStringLiteral("cluster.key")}})},
         {QStringLiteral("timing"), obj({{QStringLiteral("interval_ms"), 100}, {QStringLiteral("dead_time_ms"), 600}})},
         {QStringLiteral("node"), QJsonArray{obj({{QStringLiteral("name"), QStringLiteral("n1")}}),
                                             obj({{QStringLiteral("name"), QStringLiteral("n2")}})}},
         {QStringLiteral("link"), QJsonArray{obj({{QStringLiteral("name"), QStringLiteral("lan")},
                                                  {QStringLiteral("endpoints"),
                                                   obj({{QStringLiteral("n1"), QStringLiteral("127.0.0.1:5405")},
                                                        {QStringLiteral("n2"), QStringLiteral("127.0.0.1:5406")}})}})}},
         {QStringLiteral("group"),
          QJsonArray{obj({{QStringLiteral("name"), QStringLiteral("g")},
                          {QStringLiteral("preferred"), QStringLiteral("n2")},
                          {QStringLiteral("resource"),
                           QJsonArray{obj({{QStringLiteral("type"), QStringLiteral("script")},
                                           {QStringLiteral("name"), QStringLiteral("s")},
                                           {QStringLiteral("start"), QStringLiteral("true")},
                                           {QStringLiteral("stop"), QStringLiteral("true")},
                                           {QStringLiteral("status"), QStringLiteral("true")},
                                           {QStringLiteral("run_as"), support::currentUser()}}),
                                      obj({{QStringLiteral("type"), QStringLiteral("systemd")},
                                           {QStringLiteral("name"), QStringLiteral("web")},
                                           {QStringLiteral("unit"), QStringLiteral("nginx.service")}})}}})}},
         {QStringLiteral("replication"), QJsonArray{obj({{QStringLiteral("name"), QStringLiteral("r")},
                                                         {QStringLiteral("type"), QStringLiteral("command")},
                                                         {QStringLiteral("group"), QStringLiteral("g")},
                                                         {QStringLiteral("command"), QStringLiteral("echo {}")},
                                                         {QStringLiteral("max_lag_s"), 2.5}})}},
         {QStringLiteral("failover"),
          obj({{QStringLiteral("automatic"), true},
               {QStringLiteral("tiebreakers"), QJsonArray{QStringLiteral("192.0.2.1")}}})}});
}
} // namespace

// The config text the wizard gets back: a valid file with its settings, and on an edit everything
// it does not model kept from the old text.
class TestConfigComposer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ConfigLoader::Result load(const QByteArray& text)
    {
        return ConfigLoader::loadBytes(text, m_dir.filePath(QStringLiteral("cluster.toml")), m_dir.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(support::writeFile(m_dir.filePath(QStringLiteral("cluster.key")), QByteArray(48, 'k'),
                                   QFile::ReadOwner | QFile::WriteOwner));
    }

    void aNewConfigFromSettingsAloneLoadsWithThoseSettings()
    {
        RpcError error;
        const std::optional<QByteArray> text = ConfigComposer::compose({}, wizardSettings(), &error);
        QVERIFY2(text, qPrintable(error.code));
        const ConfigLoader::Result r = load(*text);
        QVERIFY2(r.ok(), text->constData());
        QCOMPARE(r.config.timing.intervalMs, 100);
        QCOMPARE(r.config.timing.deadTimeMs, 600);
        QCOMPARE(r.config.groups.size(), 1);
        QCOMPARE(r.config.groups[0].preferred, QStringLiteral("n2"));
        QCOMPARE(r.config.groups[0].resources.size(), 2);
        QCOMPARE(r.config.groups[0].resources[1].unit, QStringLiteral("nginx.service"));
        QCOMPARE(r.config.links[0].endpointFor(QStringLiteral("n2"))->port, quint16(5406));
        QCOMPARE(r.config.replications[0].maxLagS, 2.5);
        QVERIFY(r.config.failover.automatic);
        QCOMPARE(r.config.failover.tiebreakers, QStringList{QStringLiteral("192.0.2.1")});
    }

    void anEditKeepsWhatTheWizardDoesNotModel()
    {
        QByteArray base = support::minimalConfig().toUtf8();
        base.replace("dead_time_ms = 1000", "dead_time_ms = 1000\nmonitor_interval_ms = 750");
        base.replace("status = \"true\"", "status = \"true\"\ntimeout_ms = 15000");
        base.append("\n[control]\nsocket_mode = \"0600\"\noperators_group = \"ops\"\n");
        RpcError error;
        const std::optional<QByteArray> text = ConfigComposer::compose(base, wizardSettings(), &error);
        QVERIFY2(text, qPrintable(error.code));
        const ConfigLoader::Result r = load(*text);
        QVERIFY2(r.ok(), text->constData());
        QCOMPARE(r.config.timing.monitorIntervalMs, 750);           // [timing], not modelled
        QCOMPARE(r.config.groups[0].resources[0].timeoutMs, 15000); // resource "s", by name
        QCOMPARE(r.config.groups[0].resources[1].timeoutMs, 10000); // the new one: the default
        QCOMPARE(r.config.control.socketMode, 0600);                // a whole table not sent
        QCOMPARE(r.config.control.operatorsGroup, QStringLiteral("ops"));
        QCOMPARE(r.config.timing.intervalMs, 100); // and the wizard's own settings win
    }

    void aRemovedOrSwitchedSettingLeavesNothingStale()
    {
        QByteArray base = support::minimalConfig().toUtf8();
        base.replace("command = \"echo {}\"", "command = \"echo {}\"\nmax_lag_s = 9");
        QJsonObject settings = wizardSettings();
        QJsonObject failover = settings.value(QStringLiteral("failover")).toObject();
        failover.insert(QStringLiteral("tiebreakers"), QJsonArray{});
        failover.insert(QStringLiteral("automatic"), false);
        settings.insert(QStringLiteral("failover"), failover);
        QJsonArray replication = settings.value(QStringLiteral("replication")).toArray();
        QJsonObject r0 = replication.at(0).toObject();
        r0.remove(QStringLiteral("max_lag_s")); // modelled: the wizard's default applies, not the old 9
        replication.replace(0, r0);
        settings.insert(QStringLiteral("replication"), replication);
        RpcError error;
        const std::optional<QByteArray> text = ConfigComposer::compose(base, settings, &error);
        QVERIFY(text);
        const ConfigLoader::Result r = load(*text);
        QVERIFY2(r.ok(), text->constData());
        QCOMPARE(r.config.replications[0].maxLagS, 5.0);
        QVERIFY(r.config.failover.tiebreakers.isEmpty());

        settings.insert(QStringLiteral("replication"), QJsonArray{});
        const ConfigLoader::Result none = load(*ConfigComposer::compose(base, settings, &error));
        QVERIFY(none.config.replications.isEmpty());
    }

    void aBaseThatIsNotTomlIsASyntaxErrorWithItsLine()
    {
        RpcError error;
        QVERIFY(!ConfigComposer::compose("[cluster]\nname = \n", wizardSettings(), &error));
        QCOMPARE(error.code, QString::fromLatin1(codes::kConfigSyntax));
        QCOMPARE(error.params.value(QStringLiteral("line")).toInt(), 2);
    }

    void theDocumentIsTheTextAsJson()
    {
        RpcError error;
        const std::optional<QJsonObject> doc = ConfigComposer::document(support::minimalConfig().toUtf8(), &error);
        QVERIFY(doc);
        QCOMPARE((*doc)[QStringLiteral("cluster")][QStringLiteral("name")].toString(), QStringLiteral("c1"));
        QCOMPARE((*doc)[QStringLiteral("link")][0][QStringLiteral("endpoints")][QStringLiteral("n2")].toString(),
                 QStringLiteral("127.0.0.1:5406"));
        QCOMPARE((*doc)[QStringLiteral("group")][0][QStringLiteral("resource")][0][QStringLiteral("name")].toString(),
                 QStringLiteral("s"));
        QCOMPARE((*doc)[QStringLiteral("timing")][QStringLiteral("interval_ms")].toInt(), 200);
    }
};

QTEST_GUILESS_MAIN(TestConfigComposer)
#include "TestConfigComposer.moc"
