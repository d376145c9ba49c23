#include "agent/replication/DivergenceHooks.h"
#include "agent/replication/RsyncPush.h"
#include "agentlink/protocol/ShellQuote.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
};

// Runs a hook script as the rsync daemon would: through sh, with RSYNC_* in the environment.
Run runHook(const QString& script, const QStringList& args, const QString& pid = QStringLiteral("4242"),
            const QString& exitStatus = QString())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RSYNC_ARG0"), QStringLiteral("rsyncd"));
    for (int i = 0; i < args.size(); ++i)
        env.insert(QStringLiteral("RSYNC_ARG%1").arg(i + 1), args.at(i));
    env.insert(QStringLiteral("RSYNC_PID"), pid);
    if (!exitStatus.isNull())
        env.insert(QStringLiteral("RSYNC_EXIT_STATUS"), exitStatus);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"), {script});
    p.waitForFinished(10000);
    return {p.exitCode(), p.readAllStandardOutput()};
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

const QStringList kServerHead{QStringLiteral("--server"), QStringLiteral("-blogDtpre.iLsfxCIvu")};
} // namespace

// The handshake between a receiver that must keep what a resync deletes or overwrites and the
// pushing side: the receiver's hooks let only a push into the armed set through and name the set
// otherwise; the pusher reads the name and pushes again with --backup-dir.
class TestDivergenceHooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preXferLetsOnlyAPushIntoTheArmedSetThrough_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("accepted");
        const QStringList tail{QStringLiteral("--delete"), QStringLiteral("."), QStringLiteral("/")};
        QTest::newRow("backup-dir as two arguments")
            << kServerHead + QStringList{QStringLiteral("--backup-dir"), QStringLiteral(".twinha-divergence/d-1")} +
                   tail
            << true;
        QTest::newRow("backup-dir as one argument")
            << kServerHead + QStringList{QStringLiteral("--backup-dir=.twinha-divergence/d-1")} + tail << true;
        QTest::newRow("a plain push") << kServerHead + tail << false;
        QTest::newRow("another set") << kServerHead +
                                            QStringList{QStringLiteral("--backup-dir"),
                                                        QStringLiteral(".twinha-divergence/d-2")} +
                                            tail
                                     << false;
        QTest::newRow("the set named among the paths, not the options")
            << kServerHead + QStringList{QStringLiteral("."), QStringLiteral("--backup-dir"),
                                         QStringLiteral(".twinha-divergence/d-1")}
            << false;
        QTest::newRow("an option that only looks like it")
            << kServerHead + QStringList{QStringLiteral("--backup-dir=.twinha-divergence/d-1/../..")} + tail << false;
    }

    void preXferLetsOnlyAPushIntoTheArmedSetThrough()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, accepted);
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/it's here-XXXXXX")); // a quote in the path
        DivergenceHooks hooks(dir.path(), QStringLiteral("data"));
        QString detail;
        QVERIFY2(hooks.write(QStringLiteral("d-1"), &detail), qPrintable(detail));
        QCOMPARE(QFileInfo(hooks.preXferPath()).permissions() & 0x0077, QFileDevice::Permissions());
        const Run r = runHook(hooks.preXferPath(), args);
        QCOMPARE(r.exitCode == 0, accepted);
        if (accepted) {
            QCOMPARE(read(hooks.acceptedPath()), QByteArray("4242\n"));
        } else {
            QCOMPARE(r.out, QByteArray("twinha-divergence-request: d-1\n"));
            QVERIFY(!QFile::exists(hooks.acceptedPath()));
        }
    }

    void postXferReportsOnlyThePushItLetThrough()
    {
        QTemporaryDir dir;
        DivergenceHooks hooks(dir.path(), QStringLiteral("data"));
        QString detail;
        QVERIFY(hooks.write(QStringLiteral("d-1"), &detail));
        QVERIFY(!hooks.doneStatus());
        runHook(hooks.postXferPath(), {}, QStringLiteral("1111"), QStringLiteral("0")); // refused: not noted
        QVERIFY(!hooks.doneStatus());
        QCOMPARE(runHook(hooks.preXferPath(),
                         kServerHead +
                             QStringList{QStringLiteral("--backup-dir=.twinha-divergence/d-1"), QStringLiteral(".")},
                         QStringLiteral("2222"))
                     .exitCode,
                 0);
        runHook(hooks.postXferPath(), {}, QStringLiteral("2222"), QStringLiteral("23"));
        QCOMPARE(hooks.doneStatus(), std::optional<int>(23));
        runHook(hooks.postXferPath(), {}, QStringLiteral("2222"), QStringLiteral("0"));
        QCOMPARE(hooks.doneStatus(), std::optional<int>(0));
        hooks.remove();
        QVERIFY(!QFile::exists(hooks.preXferPath()) && !QFile::exists(hooks.donePath()));
    }

    void thePusherReadsTheRequestFromRsyncsErrorOutput()
    {
        const QByteArray refused = "pre-xfer exec returned failure (256):\n"
                                   "twinha-divergence-request: data-20260501-101500\n"
                                   "rsync error: requested action not supported (code 4) at clientserver.c(1267)\n";
        QCOMPARE(DivergenceHooks::requestIn(refused), QStringLiteral("data-20260501-101500"));
        QCOMPARE(DivergenceHooks::requestIn("rsync: connection refused\n"), QString());
        QCOMPARE(DivergenceHooks::requestIn("twinha-divergence-request: ../../etc\n"), QString());
        QCOMPARE(DivergenceHooks::requestIn("x twinha-divergence-request: a\n"), QString()); // not a line of its own
    }

    void pushArgumentsExcludeTheKeptSetsAndNameTheSetWhenAsked()
    {
        const QStringList plain = RsyncPush::arguments(QStringLiteral("/srv/data"), QStringLiteral("10.0.0.2"), 873,
                                                       QStringLiteral("twinha-data"));
        QVERIFY(plain.contains(QStringLiteral("--delete")));
        QVERIFY(plain.contains(QStringLiteral("--exclude=/.twinha-divergence/")));
        QVERIFY(plain.contains(QStringLiteral("--modify-window=-1"))); // same second, same size: still compared
        QVERIFY(!plain.join(QLatin1Char(' ')).contains(QStringLiteral("--backup")));
        const QStringList keeping = RsyncPush::arguments(QStringLiteral("/srv/data"), QStringLiteral("10.0.0.2"), 873,
                                                         QStringLiteral("twinha-data"), QStringLiteral("d-1"));
        QVERIFY(keeping.contains(QStringLiteral("--backup-dir=.twinha-divergence/d-1")));
        QVERIFY(keeping.contains(QStringLiteral("--modify-window=-1"))); // same second, same size: still compared
        QCOMPARE(keeping.mid(keeping.size() - 2), plain.mid(plain.size() - 2)); // source and destination last
    }

    void shellQuoting()
    {
        QCOMPARE(twinha::protocol::shellQuote(QStringLiteral("/a b/it's")), QStringLiteral("'/a b/it'\\''s'"));
    }
};

QTEST_GUILESS_MAIN(TestDivergenceHooks)
#include "TestDivergenceHooks.moc"
