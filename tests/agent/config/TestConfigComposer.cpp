#include "agent/config/ConfigComposer.h"
#include "agent/config/ConfigLoader.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/AgentTestSupport.h"

#include <QFile>
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
QByteArray exampleConfig()
{
    QFile f(qEnvironmentVariable("TWINHA_SOURCE_DIR") + QStringLiteral("/installer/cluster.toml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the wizard would send for a file: its modelled parts, as config.get's document has them.
QJsonObject settingsOf(const QByteArray& text)
{
    RpcError error;
    const QJsonObject doc = ConfigComposer::document(text, &error).value_or(QJsonObject());
    QJsonObject settings;
    for (const char* key : {"cluster", "timing", "node", "link", "group", "replication", "failover"})
        settings.insert(QLatin1String(key), doc.value(QLatin1String(key)));
    return settings;
}

// config.compose over `base`, which must keep the file as written (TomlPatch, no rewrite); null
// (with why, in the test's log) when it fails or rewrites.
std::optional<QByteArray> composedKeeping(const QByteArray& base, const QJsonObject& settings)
{
    RpcError error;
    bool kept = false;
    std::optional<QByteArray> text = ConfigComposer::compose(base, settings, &error, &kept);
    if (!text || !kept) {
        qWarning("compose: %s", text ? "the file was written anew" : qPrintable(error.code));
        return std::nullopt;
    }
    return text;
}

// The lines only in `before` (removed) and only in `after` (added), by a longest common
// subsequence of lines: what a diff of the two files shows.
QPair<QStringList, QStringList> lineDiff(const QByteArray& before, const QByteArray& after)
{
    const QStringList a = QString::fromUtf8(before).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(after).split(QLatin1Char('\n'));
    std::vector<std::vector<int>> lcs(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j]
                                            ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                            : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QStringList removed;
    QStringList added;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (j < b.size() && (i == a.size() || lcs[size_t(i)][size_t(j + 1)] >= lcs[size_t(i + 1)][size_t(j)])) {
            added << b[j++];
        } else {
            removed << a[i++];
        }
    }
    return {removed, added};
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

    // The commented example, sent back unchanged: the same bytes, comments and all.
    void aRoundTripWithNoChangeIsByteIdentical()
    {
        const QByteArray base = exampleConfig();
        QVERIFY(base.contains("# Heartbeat links"));
        const std::optional<QByteArray> text = composedKeeping(base, settingsOf(base));
        QVERIFY(text);
        QCOMPARE(*text, base);
    }

    // The dead time changed and a group added: the diff touches that line and adds that group,
    // and every comment, blank line and key order of the example stays.
    void anEditChangesOnlyTheLinesOfWhatChanged()
    {
        const QByteArray base = exampleConfig();
        QJsonObject settings = settingsOf(base);
        QJsonObject timing = settings.value(QStringLiteral("timing")).toObject();
        timing.insert(QStringLiteral("dead_time_ms"), 1500);
        settings.insert(QStringLiteral("timing"), timing);
        QJsonArray groups = settings.value(QStringLiteral("group")).toArray();
        groups.append(obj({{QStringLiteral("name"), QStringLiteral("web")},
                           {QStringLiteral("preferred"), QStringLiteral("mail2")},
                           {QStringLiteral("resource"),
                            QJsonArray{obj({{QStringLiteral("type"), QStringLiteral("systemd")},
                                            {QStringLiteral("name"), QStringLiteral("nginx")},
                                            {QStringLiteral("unit"), QStringLiteral("nginx.service")}})}}}));
        settings.insert(QStringLiteral("group"), groups);
        const std::optional<QByteArray> text = composedKeeping(base, settings);
        QVERIFY(text);
        const auto [removed, added] = lineDiff(base, *text);
        QCOMPARE(removed,
                 QStringList{QStringLiteral(
                     "dead_time_ms = 1000            # the peer is dead when EVERY link is silent this long")});
        // (The blank line before the new group is the file's own, matched by the diff.)
        QCOMPARE(added,
                 (QStringList{QStringLiteral("dead_time_ms = 1500            # the peer is dead when EVERY link is "
                                             "silent this long"),
                              QStringLiteral("[[group]]"), QStringLiteral("name = \"web\""),
                              QStringLiteral("preferred = \"mail2\""), QString(), QStringLiteral("[[group.resource]]"),
                              QStringLiteral("type = \"systemd\""), QStringLiteral("name = \"nginx\""),
                              QStringLiteral("unit = \"nginx.service\""), QString()}));
        QVERIFY(text->contains("timeout_ms = 10000\n\n[[group]]\nname = \"web\"\n"));
        // The new group follows the last resource of the group before it, inside [[group]]'s run.
        const ConfigLoader::Result r = load(*text);
        QCOMPARE(r.config.timing.deadTimeMs, 1500);
        QCOMPARE(r.config.groups.size(), 2);
        QCOMPARE(r.config.groups[1].resources.size(), 1);
        QCOMPARE(r.config.groups[0].resources.size(), 3);
    }

    // What went takes its own lines only: a group's preferred node, a whole [[replication]], and
    // the last tiebreaker (a value replaced where it stands, its comment kept).
    void whatWentTakesItsLinesOnly()
    {
        const QByteArray base = exampleConfig();
        QJsonObject settings = settingsOf(base);
        QJsonArray groups = settings.value(QStringLiteral("group")).toArray();
        QJsonObject mail = groups.at(0).toObject();
        mail.remove(QStringLiteral("preferred"));
        groups.replace(0, mail);
        settings.insert(QStringLiteral("group"), groups);
        settings.insert(QStringLiteral("replication"), QJsonArray{});
        QJsonObject failover = settings.value(QStringLiteral("failover")).toObject();
        failover.insert(QStringLiteral("tiebreakers"), QJsonArray{});
        settings.insert(QStringLiteral("failover"), failover);
        const std::optional<QByteArray> text = composedKeeping(base, settings);
        QVERIFY(text);
        const auto [removed, added] = lineDiff(base, *text);
        // The [[replication]] from its header to its last value, the comments inside it with it;
        // the comment above it and the blank line after it stay. The tiebreakers line is replaced.
        const QStringList lines = QString::fromUtf8(base).split(QLatin1Char('\n'));
        const qsizetype first = lines.indexOf(QStringLiteral("[[replication]]"));
        qsizetype last = first;
        while (!lines.at(last).startsWith(QLatin1String("max_lag_s")))
            ++last;
        QStringList expected{QStringLiteral(
            "preferred = \"mail1\"            # in mutual-backup, the two groups prefer different nodes")};
        expected += lines.mid(first, last - first + 1);
        expected << QStringLiteral("tiebreakers = [\"192.0.2.1\"]    # pinged; a node that loses peer and tiebreakers "
                                   "steps down");
        QCOMPARE(removed, expected);
        QCOMPARE(added, QStringList{QStringLiteral(
                            "tiebreakers = []    # pinged; a node that loses peer and tiebreakers steps down")});
        const ConfigLoader::Result r = load(*text);
        QVERIFY(r.config.replications.isEmpty());
        QVERIFY(r.config.failover.tiebreakers.isEmpty());
    }

    // Endpoints written as dotted keys cannot become the inline table the wizard sends in place:
    // the file is written anew, with the same settings, and the answer says its comments went.
    void aChangeThatCannotBePlacedRewritesTheFileAndSaysSo()
    {
        QByteArray base = support::minimalConfig().toUtf8();
        QVERIFY(base.contains("endpoints = { n1 = \"127.0.0.1:5405\", n2 = \"127.0.0.1:5406\" }"));
        base.replace("endpoints = { n1 = \"127.0.0.1:5405\", n2 = \"127.0.0.1:5406\" }",
                     "# the lab's ports\nendpoints.n1 = \"127.0.0.1:5405\"\nendpoints.n2 = \"127.0.0.1:5406\"");
        RpcError error;
        bool kept = true;
        const std::optional<QByteArray> text = ConfigComposer::compose(base, wizardSettings(), &error, &kept);
        QVERIFY2(text, qPrintable(error.code));
        QVERIFY(!kept);
        QVERIFY(!text->contains("# the lab's ports"));
        const ConfigLoader::Result r = load(*text);
        QVERIFY2(r.ok(), text->constData());
        QCOMPARE(r.config.timing.intervalMs, 100);
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
