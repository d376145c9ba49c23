// The PostgreSQL pieces that need no running server: WAL positions, pg_controldata's output, the
// replication rows of primarySql()/standbySql() and the lag derived from them, and PgInstance's
// command lines and files. The samples below were captured from a real PostgreSQL 15 pair (a
// primary and a streaming standby on unix sockets), then trimmed.

#include "agent/config/AgentConfig.h"
#include "agent/postgres/PgControlData.h"
#include "agent/postgres/PgInstance.h"
#include "agent/postgres/PgLsn.h"
#include "agent/postgres/PgStreamStatus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <optional>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using twinha::agent::LinkEndpoint;
using twinha::agent::PgControlData;
using twinha::agent::PgInstance;
using twinha::agent::PgLagClock;
using twinha::agent::PgLsn;
using twinha::agent::PgStreamStatus;
using twinha::agent::ResourceConfig;
using twinha::agent::ResourceType;

namespace {

// `LC_ALL=C pg_controldata` of a primary stopped with `pg_ctl stop -m fast`.
const char kCleanStop[] = R"(pg_control version number:            1300
Catalog version number:               202209061
Database system identifier:           7714966263301633874
Database cluster state:               shut down
pg_control last modified:             Thu Dec  3 06:50:18 2026
Latest checkpoint location:           0/3651128
Latest checkpoint's REDO location:    0/3651128
Latest checkpoint's REDO WAL file:    000000010000000000000003
Latest checkpoint's TimeLineID:       1
Latest checkpoint's PrevTimeLineID:   1
Latest checkpoint's full_page_writes: on
Latest checkpoint's NextXID:          0:728
Latest checkpoint's oldestCommitTsXid:0
Latest checkpoint's newestCommitTsXid:0
Time of latest checkpoint:            Thu Dec  3 06:50:18 2026
Fake LSN counter for unlogged rels:   0/3E8
Minimum recovery ending location:     0/0
Min recovery ending loc's timeline:   0
Backup start location:                0/0
wal_level setting:                    replica
Bytes per WAL segment:                16777216
Data page checksum version:           0
Mock authentication nonce:            66b55817c6f30a959839dced22001651c4f81f7b17b7e6866db89204150628f2
)";

// The same primary started again, written to, and killed with `pg_ctl stop -m immediate`.
const char kCrashed[] = R"(pg_control version number:            1300
Catalog version number:               202209061
Database system identifier:           7714966263301633874
Database cluster state:               in production
pg_control last modified:             Thu Dec  3 06:50:25 2026
Latest checkpoint location:           0/3651128
Latest checkpoint's REDO location:    0/3651128
Latest checkpoint's REDO WAL file:    000000010000000000000003
Latest checkpoint's TimeLineID:       1
Latest checkpoint's PrevTimeLineID:   1
Time of latest checkpoint:            Thu Dec  3 06:50:18 2026
Minimum recovery ending location:     0/0
)";

// The standby stopped with `pg_ctl stop -m fast` while it followed the primary.
const char kStandbyStop[] = R"(pg_control version number:            1300
Database cluster state:               shut down in recovery
pg_control last modified:             Thu Dec  3 06:50:17 2026
Latest checkpoint location:           0/2000060
Latest checkpoint's REDO location:    0/2000028
Latest checkpoint's REDO WAL file:    000000010000000000000002
Latest checkpoint's TimeLineID:       1
Latest checkpoint's PrevTimeLineID:   1
Minimum recovery ending location:     0/3651128
Min recovery ending loc's timeline:   1
)";

// Rows of primarySql() and standbySql(), as psql -A -t printed them.
namespace rows {
// Just after a write; both caught up.
const char kPrimaryStreaming[] =
    R"({"recovery" : false, "lsn" : "0/3025A50", "timeline" : 1, "standbys" : [{"name" : "node2", "state" : "streaming", "sync" : "async", "sent" : "0/3025A50", "write" : "0/3025A50", "flush" : "0/3025A50", "replay" : "0/3025A50", "replay_lag" : 0.023891}]})";
// pg_wal_replay_pause() on the standby, then 100000 rows inserted on the primary, 11 s later.
const char kPrimaryPaused[] =
    R"({"recovery" : false, "lsn" : "0/3644C30", "timeline" : 1, "standbys" : [{"name" : "node2", "state" : "streaming", "sync" : "async", "sent" : "0/3644C30", "write" : "0/3644C30", "flush" : "0/3644C30", "replay" : "0/3025A50", "replay_lag" : 2.930320}]})";
const char kStandbyPaused[] =
    R"({"recovery" : true, "receive" : "0/3644BF8", "replay" : "0/3025A50", "replay_ts" : 1796280571.870076, "now" : 1796280574.615502, "paused" : true, "receiver" : "streaming", "timeline" : 1})";
// Idle for a while after catching up: replay_lag turns null.
const char kPrimaryIdle[] =
    R"({"recovery" : false, "lsn" : "0/3651128", "timeline" : 1, "standbys" : [{"name" : "node2", "state" : "streaming", "sync" : "async", "sent" : "0/3651128", "write" : "0/3651128", "flush" : "0/3651128", "replay" : "0/3651128", "replay_lag" : null}]})";
// The standby stopped.
const char kPrimaryAlone[] = R"({"recovery" : false, "lsn" : "0/3651128", "timeline" : 1, "standbys" : []})";
// primarySql() on a standby.
const char kPrimarySqlOnStandby[] = R"({"recovery" : true, "lsn" : null, "timeline" : null, "standbys" : []})";
// standbySql() on a primary.
const char kStandbySqlOnPrimary[] =
    R"({"recovery" : false, "receive" : null, "replay" : null, "replay_ts" : null, "now" : 1796280568.030593, "paused" : null, "receiver" : null, "timeline" : 1})";
// A standby restarted while its primary is down: no receiver, and the receive position is where
// streaming would resume (the start of a segment), behind what it already replayed.
const char kStandbyNoReceiver[] =
    R"({"recovery" : true, "receive" : "0/3000000", "replay" : "0/3651128", "replay_ts" : 1796280591.511897, "now" : 1796280626.297512, "paused" : false, "receiver" : null, "timeline" : 1})";
// That standby promoted: a primary on timeline 2.
const char kPromoted[] = R"({"recovery" : false, "lsn" : "0/3651158", "timeline" : 2, "standbys" : []})";
} // namespace rows

QJsonObject row(const char* json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad sample row: %s", qPrintable(error.errorString()));
    return doc.object();
}

PgLsn lsn(const char* text)
{
    const std::optional<PgLsn> l = PgLsn::parse(QString::fromLatin1(text));
    if (!l)
        qFatal("bad LSN in the test: %s", text);
    return *l;
}

// A primary sample for PgLagClock.
PgStreamStatus primary(const char* head, const char* replay, std::optional<double> replayLag = std::nullopt)
{
    PgStreamStatus s;
    s.side = PgStreamStatus::Side::Primary;
    s.state = QStringLiteral("streaming");
    if (head)
        s.head = lsn(head);
    if (replay)
        s.replay = lsn(replay);
    s.replayLagS = replayLag;
    return s;
}

// A quoted string value of a postgresql.conf line, read as PostgreSQL's configuration scanner
// reads it (guc-file.l: '' is a quote, a backslash escapes the next character, \n \t \b \f \r and
// octal digits are control characters); nullopt where the server would report a syntax error.
// Checked against `postgres -C primary_conninfo` of PostgreSQL 15.
std::optional<QString> readConfLine(const QString& line, const QString& name)
{
    const qsizetype eq = line.indexOf(QLatin1Char('='));
    if (eq < 0 || line.left(eq).trimmed() != name)
        return std::nullopt;
    qsizetype i = eq + 1;
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    if (i >= line.size() || line.at(i) != QLatin1Char('\''))
        return std::nullopt;
    QString value;
    for (++i;; ++i) {
        if (i >= line.size())
            return std::nullopt; // unterminated
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\')) {
            if (++i >= line.size())
                return std::nullopt;
            const QChar e = line.at(i);
            if (e == QLatin1Char('n'))
                value += QLatin1Char('\n');
            else if (e == QLatin1Char('t'))
                value += QLatin1Char('\t');
            else if (e == QLatin1Char('r'))
                value += QLatin1Char('\r');
            else if (e == QLatin1Char('b'))
                value += QLatin1Char('\b');
            else if (e == QLatin1Char('f'))
                value += QLatin1Char('\f');
            else if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                int octal = e.unicode() - '0';
                for (int k = 0; k < 2 && i + 1 < line.size() && line.at(i + 1) >= QLatin1Char('0') &&
                                line.at(i + 1) <= QLatin1Char('7');
                     ++k)
                    octal = octal * 8 + (line.at(++i).unicode() - '0');
                value += QChar(octal);
            } else
                value += e;
        } else if (c == QLatin1Char('\'')) {
            if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('\'')) {
                value += QLatin1Char('\'');
                ++i;
            } else {
                break;
            }
        } else {
            value += c;
        }
    }
    const QString rest = line.mid(i + 1).trimmed();
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('#')))
        return std::nullopt; // what the server calls "syntax error ... near token"
    return value;
}

// A libpq connection string as libpq parses it (conninfo_parse): keyword=value, values either
// bare or in single quotes where a backslash escapes the next character.
std::optional<QMap<QString, QString>> parseConninfo(const QString& text)
{
    QMap<QString, QString> out;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    for (;;) {
        skipSpace();
        if (i >= text.size())
            return out;
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            return std::nullopt;
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        skipSpace();
        QString value;
        if (i < text.size() && text.at(i) == QLatin1Char('\'')) {
            for (++i;; ++i) {
                if (i >= text.size())
                    return std::nullopt;
                if (text.at(i) == QLatin1Char('\\')) {
                    if (++i >= text.size())
                        return std::nullopt;
                    value += text.at(i);
                } else if (text.at(i) == QLatin1Char('\'')) {
                    ++i;
                    break;
                } else {
                    value += text.at(i);
                }
            }
        } else {
            while (i < text.size() && !text.at(i).isSpace()) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size())
                    ++i;
                value += text.at(i++);
            }
        }
        out.insert(key, value);
    }
}

LinkEndpoint endpoint(const char* node, const char* address, const char* host, quint16 port)
{
    return LinkEndpoint{QString::fromLatin1(node), QString::fromLatin1(address), QString::fromLatin1(host), port};
}

QString currentUser()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// As root, the files are given to the PostgreSQL user; otherwise the tests' own user owns them.
QString ownerForFiles()
{
    if (::geteuid() == 0 && ::getpwnam("postgres"))
        return QStringLiteral("postgres");
    return currentUser();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
}

QStringList linesStartingWith(const QByteArray& text, const char* prefix)
{
    QStringList out;
    for (const QByteArray& l : text.split('\n'))
        if (l.trimmed().startsWith(prefix))
            out << QString::fromUtf8(l);
    return out;
}

} // namespace

class TestPgPieces : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // node1 runs the test's instance; node2 is its peer.
    ResourceConfig resource() const
    {
        ResourceConfig r;
        r.type = ResourceType::Postgresql;
        r.typeName = QStringLiteral("postgresql");
        r.name = QStringLiteral("db");
        r.runAs = ownerForFiles();
        r.pg.dataDir.byNode = {{QStringLiteral("node1"), m_dir.filePath(QStringLiteral("node1"))},
                               {QStringLiteral("node2"), m_dir.filePath(QStringLiteral("node2"))}};
        r.pg.endpoints = {endpoint("node1", "192.0.2.11:5433", "192.0.2.11", 5433),
                          endpoint("node2", "[2001:db8::12]:5434", "2001:db8::12", 5434)};
        return r;
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("node1")); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QDir(dataDir()).removeRecursively();
        QVERIFY(QDir().mkpath(dataDir()));
    }

    // --- PgLsn

    void lsnParsesBothHalves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint64>("value");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("typical") << QStringLiteral("16/B374D848") << Q_UINT64_C(0x16B374D848)
                                 << QStringLiteral("16/B374D848");
        QTest::newRow("zero") << QStringLiteral("0/0") << Q_UINT64_C(0) << QStringLiteral("0/0");
        QTest::newRow("lower case") << QStringLiteral("16/b374d848") << Q_UINT64_C(0x16B374D848)
                                    << QStringLiteral("16/B374D848");
        QTest::newRow("leading zeros") << QStringLiteral("00000001/00000A") << Q_UINT64_C(0x10000000A)
                                       << QStringLiteral("1/A");
        QTest::newRow("largest") << QStringLiteral("FFFFFFFF/FFFFFFFF") << Q_UINT64_C(0xFFFFFFFFFFFFFFFF)
                                 << QStringLiteral("FFFFFFFF/FFFFFFFF");
        QTest::newRow("low half only") << QStringLiteral("0/3651128") << Q_UINT64_C(0x3651128)
                                       << QStringLiteral("0/3651128");
        // psql prints a line break after the value.
        QTest::newRow("psql's line break")
            << QStringLiteral("0/3025A50\n") << Q_UINT64_C(0x3025A50) << QStringLiteral("0/3025A50");
        QTest::newRow("surrounding blanks")
            << QStringLiteral("  16/B374D848 ") << Q_UINT64_C(0x16B374D848) << QStringLiteral("16/B374D848");
    }

    void lsnParsesBothHalves()
    {
        QFETCH(QString, text);
        QFETCH(quint64, value);
        QFETCH(QString, formatted);
        const std::optional<PgLsn> l = PgLsn::parse(text);
        QVERIFY(l.has_value());
        QCOMPARE(l->value, value);
        QCOMPARE(l->toString(), formatted);
        QCOMPARE(PgLsn::parse(l->toString()), l); // the format reads back
    }

    void lsnRefusesAnythingElse_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"",
                                " ",
                                "/",
                                "16",
                                "16/",
                                "/B374D848",
                                "16B374D848",
                                "16:B374D848",
                                "16//B374D848",
                                "16/B374D848/1",
                                "G/0",
                                "16/B374D84Z",
                                "0x16/B374D848",
                                "-1/0",
                                "+1/0",
                                "16 /B374D848",
                                "16/ B374D848",
                                "1 6/B374D848",
                                "16/B374 D848",
                                "123456789/0",
                                "0/123456789",
                                "000000001/0",
                                "null",
                                "16/B374D848x"})
            QTest::newRow(bad[0] ? bad : "empty") << QString::fromLatin1(bad);
    }

    void lsnRefusesAnythingElse()
    {
        QFETCH(QString, text);
        QCOMPARE(PgLsn::parse(text), std::nullopt);
    }

    void lsnOrdersAsOneNumber()
    {
        QVERIFY(lsn("0/FFFFFFFF") < lsn("1/0"));
        QVERIFY(lsn("1/0") > lsn("0/FFFFFFFF"));
        QVERIFY(lsn("0/3025A50") < lsn("0/3644BF8"));
        QVERIFY(lsn("9/0") < lsn("10/0")); // hex, not text: 0x9 < 0x10
        QVERIFY(lsn("A/0") > lsn("9/FFFFFFFF"));
        QCOMPARE(lsn("16/b374d848"), lsn("16/B374D848"));
        QVERIFY(lsn("0/0") <= lsn("0/0"));
        QVERIFY(!(lsn("0/1") < lsn("0/1")));
        QCOMPARE(PgLsn{}.toString(), QStringLiteral("0/0"));
        QCOMPARE(PgLsn{Q_UINT64_C(0x100000000)}.toString(), QStringLiteral("1/0"));
    }

    // --- PgControlData

    void controlDataOfACleanStop()
    {
        const PgControlData d = PgControlData::parse(QByteArray(kCleanStop));
        QCOMPARE(d.state, QStringLiteral("shut down"));
        QVERIFY(d.checkpoint.has_value());
        // Not the REDO location, not the fake LSN counter: the checkpoint's own line.
        QCOMPARE(d.checkpoint->toString(), QStringLiteral("0/3651128"));
        QCOMPARE(d.timeline, 1);
        QVERIFY(d.shutDownCleanly());
    }

    void controlDataOfACrash()
    {
        const PgControlData d = PgControlData::parse(QByteArray(kCrashed));
        QCOMPARE(d.state, QStringLiteral("in production"));
        QCOMPARE(d.checkpoint, std::optional<PgLsn>(lsn("0/3651128")));
        QCOMPARE(d.timeline, 1);
        QVERIFY(!d.shutDownCleanly());
    }

    void controlDataOfAStoppedStandby()
    {
        const PgControlData d = PgControlData::parse(QByteArray(kStandbyStop));
        QCOMPARE(d.state, QStringLiteral("shut down in recovery"));
        QCOMPARE(d.checkpoint, std::optional<PgLsn>(lsn("0/2000060")));
        QVERIFY(!d.shutDownCleanly()); // stopped as a standby, not as a primary
    }

    void controlDataOfALaterTimeline()
    {
        QByteArray text(kCleanStop);
        text.replace("Latest checkpoint's TimeLineID:       1", "Latest checkpoint's TimeLineID:       12");
        text.replace("Latest checkpoint location:           0/3651128",
                     "Latest checkpoint location:           16/B374D848");
        const PgControlData d = PgControlData::parse(text);
        QCOMPARE(d.timeline, 12);
        QCOMPARE(d.checkpoint->value, Q_UINT64_C(0x16B374D848));
        QVERIFY(d.shutDownCleanly());
    }

    void controlDataOfNothingIsNotClean()
    {
        for (const QByteArray& text :
             {QByteArray(), QByteArray("pg_controldata: error: could not open file \"global/pg_control\" for "
                                       "reading: No such file or directory\n")}) {
            const PgControlData d = PgControlData::parse(text);
            QVERIFY(d.state.isEmpty());
            QCOMPARE(d.checkpoint, std::nullopt);
            QCOMPARE(d.timeline, 0);
            QVERIFY(!d.shutDownCleanly());
        }
        // A clean state without a readable checkpoint is not enough.
        QByteArray text(kCleanStop);
        text.replace("Latest checkpoint location:           0/3651128", "Latest checkpoint location:           ???");
        const PgControlData d = PgControlData::parse(text);
        QCOMPARE(d.state, QStringLiteral("shut down"));
        QVERIFY(!d.shutDownCleanly());
    }

    // --- PgStreamStatus

    void primaryRowWhileStreaming()
    {
        const PgStreamStatus s = PgStreamStatus::fromPrimaryRow(row(rows::kPrimaryStreaming));
        QCOMPARE(s.side, PgStreamStatus::Side::Primary);
        QVERIFY(!s.inRecovery);
        QCOMPARE(s.state, QStringLiteral("streaming"));
        QCOMPARE(s.standbyName, QStringLiteral("node2"));
        QCOMPARE(s.timeline, 1);
        QCOMPARE(s.head, std::optional<PgLsn>(lsn("0/3025A50")));
        QCOMPARE(s.sent, s.head);
        QCOMPARE(s.write, s.head);
        QCOMPARE(s.flush, s.head);
        QCOMPARE(s.replay, s.head);
        QVERIFY(s.replayLagS.has_value());
        QCOMPARE(*s.replayLagS, 0.023891);
        QVERIFY(!s.synchronous);
        QCOMPARE(s.lagBytes(), std::optional<qint64>(0));
        const QJsonObject expected{{QStringLiteral("state"), QStringLiteral("streaming")},
                                   {QStringLiteral("timeline"), 1},
                                   {QStringLiteral("synchronous"), false},
                                   {QStringLiteral("standby"), QStringLiteral("node2")},
                                   {QStringLiteral("head_lsn"), QStringLiteral("0/3025A50")},
                                   {QStringLiteral("replay_lsn"), QStringLiteral("0/3025A50")},
                                   {QStringLiteral("sent_lag_bytes"), 0},
                                   {QStringLiteral("write_lag_bytes"), 0},
                                   {QStringLiteral("flush_lag_bytes"), 0},
                                   {QStringLiteral("replay_paused"), false}};
        QCOMPARE(s.toJson(), expected);
    }

    void primaryRowWithReplayPaused()
    {
        const PgStreamStatus s = PgStreamStatus::fromPrimaryRow(row(rows::kPrimaryPaused));
        QCOMPARE(s.state, QStringLiteral("streaming"));
        QCOMPARE(s.head, std::optional<PgLsn>(lsn("0/3644C30")));
        QCOMPARE(s.replay, std::optional<PgLsn>(lsn("0/3025A50")));
        QCOMPARE(s.replayLagS, std::optional<double>(2.93032));
        QCOMPARE(s.lagBytes(), std::optional<qint64>(0x3644C30 - 0x3025A50));
        QCOMPARE(s.lagBytes(), std::optional<qint64>(6418912));
        const QJsonObject j = s.toJson();
        QCOMPARE(j.value(QStringLiteral("head_lsn")).toString(), QStringLiteral("0/3644C30"));
        QCOMPARE(j.value(QStringLiteral("replay_lsn")).toString(), QStringLiteral("0/3025A50"));
        QCOMPARE(j.value(QStringLiteral("sent_lag_bytes")).toInteger(), 0);
        QCOMPARE(j.value(QStringLiteral("flush_lag_bytes")).toInteger(), 0);
    }

    void primaryRowSentWriteFlushLagSeparately()
    {
        // Same shape, the standby behind at every stage.
        QJsonObject r = row(rows::kPrimaryPaused);
        QJsonArray standbys = r.value(QStringLiteral("standbys")).toArray();
        QJsonObject b = standbys.at(0).toObject();
        b.insert(QStringLiteral("sent"), QStringLiteral("0/3644000"));  // head - 0xC30
        b.insert(QStringLiteral("write"), QStringLiteral("0/3640000")); // head - 0x4C30
        b.insert(QStringLiteral("flush"), QStringLiteral("0/3600000")); // head - 0x44C30
        b.insert(QStringLiteral("sync"), QStringLiteral("sync"));
        standbys.replace(0, b);
        r.insert(QStringLiteral("standbys"), standbys);
        const PgStreamStatus s = PgStreamStatus::fromPrimaryRow(r);
        QVERIFY(s.synchronous);
        const QJsonObject j = s.toJson();
        QCOMPARE(j.value(QStringLiteral("sent_lag_bytes")).toInteger(), 0xC30);
        QCOMPARE(j.value(QStringLiteral("write_lag_bytes")).toInteger(), 0x4C30);
        QCOMPARE(j.value(QStringLiteral("flush_lag_bytes")).toInteger(), 0x44C30);
        QCOMPARE(j.value(QStringLiteral("synchronous")).toBool(), true);
    }

    void primaryRowWhenIdle()
    {
        const PgStreamStatus s = PgStreamStatus::fromPrimaryRow(row(rows::kPrimaryIdle));
        QCOMPARE(s.state, QStringLiteral("streaming"));
        QCOMPARE(s.replayLagS, std::nullopt); // null, not 0
        QCOMPARE(s.lagBytes(), std::optional<qint64>(0));
    }

    void primaryRowWithoutStandby()
    {
        const PgStreamStatus s = PgStreamStatus::fromPrimaryRow(row(rows::kPrimaryAlone));
        QCOMPARE(s.state, QStringLiteral("stopped"));
        QCOMPARE(s.head, std::optional<PgLsn>(lsn("0/3651128")));
        QCOMPARE(s.replay, std::nullopt);
        QCOMPARE(s.lagBytes(), std::nullopt);
        QVERIFY(s.standbyName.isEmpty());
        const QJsonObject expected{{QStringLiteral("state"), QStringLiteral("stopped")},
                                   {QStringLiteral("timeline"), 1},
                                   {QStringLiteral("synchronous"), false},
                                   {QStringLiteral("standby"), QString()},
                                   {QStringLiteral("head_lsn"), QStringLiteral("0/3651128")},
                                   {QStringLiteral("replay_lsn"), QJsonValue()},
                                   {QStringLiteral("sent_lag_bytes"), QJsonValue()},
                                   {QStringLiteral("write_lag_bytes"), QJsonValue()},
                                   {QStringLiteral("flush_lag_bytes"), QJsonValue()},
                                   {QStringLiteral("replay_paused"), false}};
        QCOMPARE(s.toJson(), expected);
    }

    void primaryRowOfAPromotedStandby()
    {
        const PgStreamStatus s = PgStreamStatus::fromPrimaryRow(row(rows::kPromoted));
        QCOMPARE(s.timeline, 2);
        QCOMPARE(s.state, QStringLiteral("stopped"));
        QCOMPARE(s.head, std::optional<PgLsn>(lsn("0/3651158")));
    }

    void primarySqlOnAStandby()
    {
        const PgStreamStatus s = PgStreamStatus::fromPrimaryRow(row(rows::kPrimarySqlOnStandby));
        QVERIFY(s.inRecovery);
        QCOMPARE(s.state, QStringLiteral("not_primary"));
        QCOMPARE(s.head, std::nullopt);
        QCOMPARE(s.timeline, 0);
        QCOMPARE(s.lagBytes(), std::nullopt);
        const QJsonObject j = s.toJson();
        QVERIFY(j.value(QStringLiteral("timeline")).isNull()); // 0 is "unknown", shown as null
        QVERIFY(j.value(QStringLiteral("head_lsn")).isNull());
    }

    void standbyRowWithReplayPaused()
    {
        const PgStreamStatus s = PgStreamStatus::fromStandbyRow(row(rows::kStandbyPaused));
        QCOMPARE(s.side, PgStreamStatus::Side::Standby);
        QVERIFY(s.inRecovery);
        QCOMPARE(s.state, QStringLiteral("streaming"));
        QCOMPARE(s.head, std::optional<PgLsn>(lsn("0/3644BF8")));
        QCOMPARE(s.replay, std::optional<PgLsn>(lsn("0/3025A50")));
        QCOMPARE(s.lagBytes(), std::optional<qint64>(6418856));
        QVERIFY(s.replayPaused);
        QCOMPARE(s.timeline, 1);
        QCOMPARE(s.replayTimestamp, std::optional<double>(1796280571.870076));
        QCOMPARE(s.now, std::optional<double>(1796280574.615502));
        const QJsonObject expected{{QStringLiteral("state"), QStringLiteral("streaming")},
                                   {QStringLiteral("timeline"), 1},
                                   {QStringLiteral("synchronous"), false},
                                   {QStringLiteral("head_lsn"), QStringLiteral("0/3644BF8")},
                                   {QStringLiteral("replay_lsn"), QStringLiteral("0/3025A50")},
                                   {QStringLiteral("replay_paused"), true}};
        QCOMPARE(s.toJson(), expected); // no primary-only keys
    }

    void standbyRowWithoutReceiver()
    {
        const PgStreamStatus s = PgStreamStatus::fromStandbyRow(row(rows::kStandbyNoReceiver));
        QCOMPARE(s.state, QStringLiteral("stopped"));
        QVERIFY(!s.replayPaused);
        // Received "behind" replayed: not a negative lag.
        QCOMPARE(s.lagBytes(), std::optional<qint64>(0));
    }

    void standbySqlOnAPrimary()
    {
        const PgStreamStatus s = PgStreamStatus::fromStandbyRow(row(rows::kStandbySqlOnPrimary));
        QVERIFY(!s.inRecovery);
        QCOMPARE(s.state, QStringLiteral("not_standby"));
        QCOMPARE(s.timeline, 1);
        QCOMPARE(s.head, std::nullopt);
        QCOMPARE(s.replay, std::nullopt);
        QCOMPARE(s.lagBytes(), std::nullopt);
        QCOMPARE(s.toJson().value(QStringLiteral("state")).toString(), QStringLiteral("not_standby"));
    }

    void theSqlAsksForWhatTheRowsAreReadFrom()
    {
        // The keys read above must be the ones the queries build.
        const QString p = PgStreamStatus::primarySql();
        for (const char* key : {"'recovery'", "'lsn'", "'timeline'", "'standbys'", "'name'", "'state'", "'sync'",
                                "'sent'", "'write'", "'flush'", "'replay'", "'replay_lag'"})
            QVERIFY2(p.contains(QLatin1String(key)), key);
        const QString s = PgStreamStatus::standbySql();
        for (const char* key :
             {"'recovery'", "'receive'", "'replay'", "'replay_ts'", "'now'", "'paused'", "'receiver'", "'timeline'"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QVERIFY(p.startsWith(QLatin1String("SELECT json_build_object(")));
        QVERIFY(s.startsWith(QLatin1String("SELECT json_build_object(")));
    }

    // --- PgLagClock

    void lagClockIdlePrimaryIsNotLagging()
    {
        PgLagClock clock;
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1796280000, QTimeZone::utc());
        QCOMPARE(clock.update(primary("0/3651128", "0/3651128"), t0), std::optional<double>(0.0));
        QCOMPARE(clock.update(primary("0/3651128", "0/3651128"), t0.addSecs(60)), std::optional<double>(0.0));
        // Even with a stale replay_lag from the last write.
        QCOMPARE(clock.update(primary("0/3651128", "0/3651128", 0.4), t0.addSecs(120)), std::optional<double>(0.0));
    }

    void lagClockUsesReplayLagWhileReplayAdvances()
    {
        PgLagClock clock;
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1796280000, QTimeZone::utc());
        QCOMPARE(clock.update(primary("0/3100000", "0/3000000", 0.5), t0), std::optional<double>(0.5));
        QCOMPARE(clock.update(primary("0/3200000", "0/3080000", 0.75), t0.addSecs(1)), std::optional<double>(0.75));
        QCOMPARE(clock.update(primary("0/3300000", "0/3180000", 1.25), t0.addSecs(2)), std::optional<double>(1.25));
        QCOMPARE(clock.update(primary("0/3300000", "0/3300000", 1.25), t0.addSecs(3)), std::optional<double>(0.0));
    }

    void lagClockGrowsWhileReplayStandsStillBehind()
    {
        // pg_wal_replay_pause(): replay_lag stays small (2.93 s after 11 s in the real sample).
        PgLagClock clock;
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1796280000, QTimeZone::utc());
        QCOMPARE(clock.update(primary("0/3644BF8", "0/3025A50", 0.019591), t0), std::optional<double>(0.019591));
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50", 0.5), t0.addMSecs(2500)), std::optional<double>(2.5));
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50", 2.93032), t0.addSecs(11)), std::optional<double>(11.0));
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50", std::nullopt), t0.addSecs(30)),
                 std::optional<double>(30.0));
        // replay_lag above the stall wins.
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50", 45.0), t0.addSecs(31)), std::optional<double>(45.0));
        // Replay moves again: the stall clock starts over.
        QCOMPARE(clock.update(primary("0/3644C30", "0/3100000", 1.5), t0.addSecs(32)), std::optional<double>(1.5));
        QCOMPARE(clock.update(primary("0/3644C30", "0/3644C30", 1.5), t0.addSecs(33)), std::optional<double>(0.0));
    }

    void lagClockResetsWhenAnLsnIsMissing()
    {
        PgLagClock clock;
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1796280000, QTimeZone::utc());
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50"), t0), std::optional<double>(0.0));
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50"), t0.addSecs(10)), std::optional<double>(10.0));
        // No standby (replay missing), then no head either: no figure, and the stall is forgotten.
        QCOMPARE(clock.update(primary("0/3644C30", nullptr), t0.addSecs(20)), std::nullopt);
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50"), t0.addSecs(40)), std::optional<double>(0.0));
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50"), t0.addSecs(45)), std::optional<double>(5.0));
        QCOMPARE(clock.update(primary(nullptr, "0/3025A50"), t0.addSecs(50)), std::nullopt);
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50"), t0.addSecs(51)), std::optional<double>(0.0));
        // And reset() does the same.
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50"), t0.addSecs(61)), std::optional<double>(10.0));
        clock.reset();
        QCOMPARE(clock.update(primary("0/3644C30", "0/3025A50"), t0.addSecs(62)), std::optional<double>(0.0));
    }

    void lagClockDoesNotCountIdleTimeAsLag()
    {
        // Caught up and idle for five minutes, then one write that the standby has not replayed
        // yet at the next sample, a second later: it has been behind for at most that second.
        PgLagClock clock;
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1796280000, QTimeZone::utc());
        QCOMPARE(clock.update(primary("0/3651128", "0/3651128"), t0), std::optional<double>(0.0));
        QCOMPARE(clock.update(primary("0/3651128", "0/3651128"), t0.addSecs(300)), std::optional<double>(0.0));
        const std::optional<double> lag = clock.update(primary("0/3651200", "0/3651128"), t0.addSecs(301));
        QVERIFY(lag.has_value());
        QVERIFY2(*lag <= 1.0, qPrintable(QStringLiteral("lag %1 s after a single write").arg(*lag)));
    }

    // --- PgInstance

    void instanceFolderDefaults()
    {
        const PgInstance pg(resource(), QStringLiteral("node1"), QStringLiteral("node2"));
        QCOMPARE(pg.dataDir(), dataDir());
        QCOMPARE(pg.configDir(), dataDir());
        QCOMPARE(pg.socketDir(), QStringLiteral("/var/run/postgresql"));
        QCOMPARE(pg.logFile(), QStringLiteral("/var/log/postgresql/twinha-db.log"));
        QCOMPARE(pg.port(), quint16(5433));
        QCOMPARE(pg.peerAddress(), QStringLiteral("[2001:db8::12]:5434"));
        QCOMPARE(pg.tool("pg_ctl"), QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"));
        QCOMPARE(pg.ctlArguments({QStringLiteral("status")}),
                 QStringList({QStringLiteral("-D"), dataDir(), QStringLiteral("status")}));
        const PgInstance other(resource(), QStringLiteral("node2"), QStringLiteral("node1"));
        QCOMPARE(other.dataDir(), m_dir.filePath(QStringLiteral("node2")));
        QCOMPARE(other.port(), quint16(5434));
    }

    void peerConninfoQuotesItsValues()
    {
        ResourceConfig r = resource();
        const QString passfile = QStringLiteral("/srv/it's\\here/.pgpass");
        r.pg.passfile = passfile;
        const PgInstance pg(r, QStringLiteral("node1"), QStringLiteral("node2"));
        const QString streaming = pg.peerConninfo(true);
        QCOMPARE(streaming, QStringLiteral("host='2001:db8::12' port=5434 user='replicator' application_name='node1' "
                                           "connect_timeout=3 passfile='/srv/it\\'s\\\\here/.pgpass'"));
        const std::optional<QMap<QString, QString>> parsed = parseConninfo(streaming);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->value(QStringLiteral("passfile")), passfile);
        QCOMPARE(parsed->value(QStringLiteral("host")), QStringLiteral("2001:db8::12"));
        QCOMPARE(parsed->value(QStringLiteral("port")), QStringLiteral("5434"));
        QCOMPARE(parsed->value(QStringLiteral("application_name")), QStringLiteral("node1"));
        QVERIFY(!parsed->contains(QStringLiteral("dbname")));

        const std::optional<QMap<QString, QString>> db = parseConninfo(pg.peerConninfo(false));
        QVERIFY(db.has_value());
        QCOMPARE(db->value(QStringLiteral("dbname")), QStringLiteral("postgres"));
        QCOMPARE(db->value(QStringLiteral("passfile")), passfile);
        QCOMPARE(db->value(QStringLiteral("user")), QStringLiteral("replicator"));

        // Without a passfile, none is named (libpq then uses ~/.pgpass).
        const PgInstance plain(resource(), QStringLiteral("node1"), QStringLiteral("node2"));
        QVERIFY(!plain.peerConninfo(true).contains(QLatin1String("passfile")));
    }

    void queryArgumentsReachThisNodesSocket()
    {
        ResourceConfig r = resource();
        r.pg.socketDir.byNode = {{QStringLiteral("node1"), QStringLiteral("/tmp/pg-node1")},
                                 {QStringLiteral("node2"), QStringLiteral("/tmp/pg-node2")}};
        r.pg.database = QStringLiteral("appdb");
        const PgInstance pg(r, QStringLiteral("node1"), QStringLiteral("node2"));
        const QString sql = PgStreamStatus::primarySql();
        const QStringList args = pg.queryArguments(sql);
        const auto after = [&args](const char* option) {
            const qsizetype i = args.indexOf(QLatin1String(option));
            return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
        };
        QCOMPARE(after("-h"), QStringLiteral("/tmp/pg-node1"));
        QCOMPARE(after("-p"), QStringLiteral("5433"));
        QCOMPARE(after("-d"), QStringLiteral("appdb"));
        QCOMPARE(after("-c"), sql);
        QCOMPARE(args.last(), sql);
        for (const char* option : {"-X", "-A", "-t"})
            QVERIFY2(args.contains(QLatin1String(option)), option);
        QCOMPARE(after("-v"), QStringLiteral("ON_ERROR_STOP=1"));

        // The default socket folder, and the default port when the endpoint has none.
        ResourceConfig d = resource();
        d.pg.endpoints[0].port = 0;
        const QStringList dargs = PgInstance(d, QStringLiteral("node1"), QStringLiteral("node2")).queryArguments(sql);
        QCOMPARE(dargs.at(dargs.indexOf(QStringLiteral("-h")) + 1), QStringLiteral("/var/run/postgresql"));
        QCOMPARE(dargs.at(dargs.indexOf(QStringLiteral("-p")) + 1), QStringLiteral("5432"));

        // The peer's query goes to the peer's database by connection string.
        const QStringList peer = pg.peerQueryArguments(QStringLiteral("SELECT 1"));
        QCOMPARE(peer.at(peer.indexOf(QStringLiteral("-d")) + 1), pg.peerConninfo(false));
        QVERIFY(!peer.contains(QStringLiteral("-h")));
        QCOMPARE(peer.last(), QStringLiteral("SELECT 1"));
    }

    void rewindNamesTheConfigFileOnlyWhenItIsElsewhere()
    {
        const QString source = QStringLiteral("--source-server=");
        {
            const PgInstance pg(resource(), QStringLiteral("node1"), QStringLiteral("node2"));
            QCOMPARE(pg.rewindArguments(),
                     QStringList({QStringLiteral("--target-pgdata=") + dataDir(), source + pg.peerConninfo(false)}));
        }
        {
            // config_dir written out, the same folder with a trailing slash.
            ResourceConfig r = resource();
            r.pg.configDir.all = dataDir() + QLatin1Char('/');
            const PgInstance pg(r, QStringLiteral("node1"), QStringLiteral("node2"));
            QCOMPARE(pg.rewindArguments().size(), 2);
            QVERIFY(!pg.rewindArguments().join(QLatin1Char(' ')).contains(QLatin1String("--config-file")));
        }
        {
            // Debian's layout.
            ResourceConfig r = resource();
            r.pg.configDir.byNode = {{QStringLiteral("node1"), QStringLiteral("/etc/postgresql/15/main")},
                                     {QStringLiteral("node2"), QStringLiteral("/etc/postgresql/15/other")}};
            const PgInstance pg(r, QStringLiteral("node1"), QStringLiteral("node2"));
            const QStringList args = pg.rewindArguments();
            QCOMPARE(args.size(), 3);
            QCOMPARE(args.at(0), QStringLiteral("--target-pgdata=") + dataDir());
            QCOMPARE(args.at(1), source + pg.peerConninfo(false));
            QCOMPARE(args.at(2), QStringLiteral("--config-file=/etc/postgresql/15/main/postgresql.conf"));
            // start reads the configuration folder; the rest go straight to postmaster.pid.
            QCOMPARE(pg.ctlArguments({QStringLiteral("start"), QStringLiteral("-w")}),
                     QStringList({QStringLiteral("-D"), QStringLiteral("/etc/postgresql/15/main"),
                                  QStringLiteral("start"), QStringLiteral("-w")}));
            QCOMPARE(pg.ctlArguments({QStringLiteral("stop")}),
                     QStringList({QStringLiteral("-D"), dataDir(), QStringLiteral("stop")}));
        }
    }

    void onlyAReadableDataFolderWithoutSignalFilesIsSurelyAPrimary()
    {
        // The stop of a switchover skips asking the server only on this positive knowledge.
        const PgInstance pg(resource(), QStringLiteral("node1"), QStringLiteral("node2"));
        const QDir data(dataDir());
        QFile::remove(data.filePath(QStringLiteral("PG_VERSION")));
        QVERIFY(!pg.surelyNoRecoverySignal()); // not a data folder we can read: ask
        writeFile(data.filePath(QStringLiteral("PG_VERSION")), "15\n");
        QVERIFY(pg.surelyNoRecoverySignal());
        for (const char* signal : {"standby.signal", "recovery.signal"}) {
            writeFile(data.filePath(QLatin1String(signal)), "");
            QVERIFY2(!pg.surelyNoRecoverySignal(), signal);
            QVERIFY(QFile::remove(data.filePath(QLatin1String(signal))));
        }
        QVERIFY(pg.surelyNoRecoverySignal());
    }

    void writeStandbyConfigKeepsTheRestAndReplacesPrimaryConninfo()
    {
        // postgresql.auto.conf as pg_basebackup -R wrote it, plus an ALTER SYSTEM setting after it.
        const QByteArray before =
            "# Do not edit this file manually!\n"
            "# It will be overwritten by the ALTER SYSTEM command.\n"
            "primary_conninfo = 'user=replicator passfile=''/var/lib/postgresql/.pgpass'' channel_binding=prefer "
            "host=''/tmp/pgtest'' port=55431 sslmode=prefer sslcompression=0 sslsni=1 ssl_min_protocol_version=TLSv1.2 "
            "gssencmode=prefer krbsrvname=postgres target_session_attrs=any'\n"
            "work_mem = '8MB'\n"
            "# primary_conninfo = 'host=old'\n";
        const QString autoConf = QDir(dataDir()).filePath(QStringLiteral("postgresql.auto.conf"));
        {
            QFile f(autoConf);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(before);
        }
        const PgInstance pg(resource(), QStringLiteral("node1"), QStringLiteral("node2"));
        QVERIFY(!pg.hasStandbySignal());
        QString error;
        QVERIFY2(pg.writeStandbyConfig(&error), qPrintable(error));
        QVERIFY(pg.hasStandbySignal());
        QCOMPARE(readAll(QDir(dataDir()).filePath(QStringLiteral("standby.signal"))), QByteArray());

        const QByteArray after = readAll(autoConf);
        for (const char* kept :
             {"# Do not edit this file manually!\n", "# It will be overwritten by the ALTER SYSTEM command.\n",
              "work_mem = '8MB'\n", "# primary_conninfo = 'host=old'\n"})
            QVERIFY2(after.contains(kept), after.constData());
        QVERIFY2(after.startsWith("# Do not edit this file manually!\n"), after.constData());
        QVERIFY2(!after.contains("55431"), after.constData());
        const QStringList set = linesStartingWith(after, "primary_conninfo");
        QCOMPARE(set.size(), 1);
        QCOMPARE(readConfLine(set.first(), QStringLiteral("primary_conninfo")),
                 std::optional<QString>(pg.peerConninfo(true)));
        QVERIFY(after.endsWith('\n'));
        QVERIFY(!after.contains("\n\n\n"));
    }

    void writeStandbyConfigCreatesTheFiles()
    {
        const PgInstance pg(resource(), QStringLiteral("node1"), QStringLiteral("node2"));
        QString error;
        QVERIFY2(pg.writeStandbyConfig(&error), qPrintable(error));
        const QString autoConf = QDir(dataDir()).filePath(QStringLiteral("postgresql.auto.conf"));
        const QByteArray text = readAll(autoConf);
        const QStringList set = linesStartingWith(text, "primary_conninfo");
        QCOMPARE(set.size(), 1);
        QCOMPARE(readConfLine(set.first(), QStringLiteral("primary_conninfo")),
                 std::optional<QString>(pg.peerConninfo(true)));
        QVERIFY(pg.hasStandbySignal());
        // Owned by the PostgreSQL user, readable by it alone.
        const QString owner = ownerForFiles();
        const passwd* pw = ::getpwnam(owner.toLocal8Bit().constData());
        QVERIFY(pw);
        for (const QString& file : {autoConf, QDir(dataDir()).filePath(QStringLiteral("standby.signal"))}) {
            struct stat st
            {};
            QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
            QCOMPARE(st.st_uid, pw->pw_uid);
            QCOMPARE(st.st_mode & 07777, mode_t(0600));
        }
    }

    void writeStandbyConfigTwiceGivesTheSameFile()
    {
        // Every switchover writes it again: it must not grow.
        const QString autoConf = QDir(dataDir()).filePath(QStringLiteral("postgresql.auto.conf"));
        {
            QFile f(autoConf);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("# Do not edit this file manually!\nwork_mem = '8MB'\n");
        }
        const PgInstance pg(resource(), QStringLiteral("node1"), QStringLiteral("node2"));
        QString error;
        QVERIFY2(pg.writeStandbyConfig(&error), qPrintable(error));
        const QByteArray once = readAll(autoConf);
        QVERIFY2(pg.writeStandbyConfig(&error), qPrintable(error));
        QVERIFY2(pg.writeStandbyConfig(&error), qPrintable(error));
        QCOMPARE(readAll(autoConf), once);
    }

    void writeStandbyConfigWithAQuoteOrABackslash_data()
    {
        QTest::addColumn<QString>("passfile");
        QTest::newRow("plain") << QStringLiteral("/srv/pg/.pgpass");
        QTest::newRow("a space") << QStringLiteral("/srv/my pg/.pgpass");
        QTest::newRow("a quote") << QStringLiteral("/srv/it's/.pgpass");
        QTest::newRow("a backslash") << QStringLiteral("/srv/back\\slash/.pgpass");
        QTest::newRow("a quote and a backslash") << QStringLiteral("/srv/it's\\here/.pgpass");
    }

    void writeStandbyConfigWithAQuoteOrABackslash()
    {
        QFETCH(QString, passfile);
        // The validator accepts any absolute passfile path. What PostgreSQL reads back from
        // postgresql.auto.conf must be the connection string peerConninfo() built: with this
        // value, a server refuses to start ("syntax error ... near token"), or connects with
        // another path when the value has a backslash only.
        ResourceConfig r = resource();
        r.pg.passfile = passfile;
        const PgInstance pg(r, QStringLiteral("node1"), QStringLiteral("node2"));
        QString error;
        QVERIFY2(pg.writeStandbyConfig(&error), qPrintable(error));
        const QByteArray text = readAll(QDir(dataDir()).filePath(QStringLiteral("postgresql.auto.conf")));
        const QStringList set = linesStartingWith(text, "primary_conninfo");
        QCOMPARE(set.size(), 1);
        const std::optional<QString> read = readConfLine(set.first(), QStringLiteral("primary_conninfo"));
        QVERIFY2(read.has_value(), qPrintable(QStringLiteral("PostgreSQL cannot read: ") + set.first()));
        QCOMPARE(*read, pg.peerConninfo(true));
        QCOMPARE(parseConninfo(*read)->value(QStringLiteral("passfile")), r.pg.passfile);
    }

    void confReaderOfTheTestReadsAsPostgresDoes()
    {
        // The helper above, on lines whose reading `postgres -C primary_conninfo` showed.
        QCOMPARE(readConfLine(QStringLiteral("primary_conninfo = 'passfile=''/tmp/a\\\\x'''"),
                              QStringLiteral("primary_conninfo")),
                 std::optional<QString>(QStringLiteral("passfile='/tmp/a\\x'")));
        QCOMPARE(readConfLine(QStringLiteral("primary_conninfo = 'passfile=''/tmp/o\\\\''k\\\\\\\\x'''"),
                              QStringLiteral("primary_conninfo")),
                 std::optional<QString>(QStringLiteral("passfile='/tmp/o\\'k\\\\x'")));
        QCOMPARE(readConfLine(QStringLiteral("primary_conninfo = 'host=''h'' passfile=''/tmp/o\\''k\\\\x'''"),
                              QStringLiteral("primary_conninfo")),
                 std::nullopt);
    }

    void holdKeepsItStopped()
    {
        const PgInstance pg(resource(), QStringLiteral("node1"), QStringLiteral("node2"));
        QCOMPARE(pg.holdPath(), QDir(dataDir()).filePath(QStringLiteral("twinha.hold")));
        QVERIFY(!pg.isHeld());
        QString error;
        QVERIFY2(pg.hold(QStringLiteral("diverged from node2 at 0/3651128"), &error), qPrintable(error));
        QVERIFY(pg.isHeld());
        QCOMPARE(readAll(pg.holdPath()), QByteArray("diverged from node2 at 0/3651128\n"));
        // The peer's instance (another folder) is not held.
        QVERIFY(!PgInstance(resource(), QStringLiteral("node2"), QStringLiteral("node1")).isHeld());
        QVERIFY(QFile::remove(pg.holdPath()));
        QVERIFY(!pg.isHeld());
    }

    void holdReportsAMissingFolder()
    {
        ResourceConfig r = resource();
        r.pg.dataDir.byNode[QStringLiteral("node1")] = m_dir.filePath(QStringLiteral("absent/deeper"));
        const PgInstance pg(r, QStringLiteral("node1"), QStringLiteral("node2"));
        QString error;
        QVERIFY(!pg.hold(QStringLiteral("x"), &error));
        QVERIFY2(error.contains(m_dir.filePath(QStringLiteral("absent/deeper"))), qPrintable(error));
        QVERIFY(!pg.isHeld());
    }
};

QTEST_GUILESS_MAIN(TestPgPieces)
#include "TestPgPieces.moc"
