#include "tests/integration/LabEnvironment.h"
#include "tests/integration/OwnLab.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace twinha;

// twinhactl as scripts use it: exit codes and JSON they can rely on.
class TestTwinhactl : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run twinhactl(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        p.setProcessEnvironment(env);
        p.start(tests::binPath(QStringLiteral("twinhactl")), args);
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void statusJsonShowsBothNodesAndExitsZero()
    {
        const Run r = twinhactl(
            {QStringLiteral("--cluster"), tests::labProfilePath(), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("cluster")).toString(), QStringLiteral("lab"));
        const QJsonArray nodes = doc.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 2);
        for (const QJsonValue& n : nodes) {
            QVERIFY(n[QStringLiteral("reached")].toBool());
            QCOMPARE(n[QStringLiteral("status")][QStringLiteral("node")].toString(),
                     n[QStringLiteral("name")].toString());
        }
    }

    void statusTableNamesBothNodes()
    {
        const Run r = twinhactl({QStringLiteral("--cluster"), tests::labProfilePath(), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("node1"));
        QVERIFY(r.out.contains("node2"));
        QVERIFY(r.out.contains("Connected"));
    }

    void unreachableNodeExitsOneAndSaysWhy()
    {
        QFile in(tests::labProfilePath());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray nodes = profile.value(QStringLiteral("nodes")).toArray();
        QJsonObject second = nodes.at(1).toObject();
        second.insert(QStringLiteral("port"), tests::freeTcpPort());
        nodes.replace(1, second);
        profile.insert(QStringLiteral("nodes"), nodes);
        // Keep relative paths valid by writing beside the original.
        const QString path = tests::labDir() + QStringLiteral("/profile-node2-down.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(profile).toJson());
        out.close();

        const Run r =
            twinhactl({QStringLiteral("--cluster"), path, QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray result = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("nodes")).toArray();
        QVERIFY(result.at(0)[QStringLiteral("reached")].toBool());
        QVERIFY(!result.at(1)[QStringLiteral("reached")].toBool());
        QCOMPARE(result.at(1)[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("HOST_UNREACHABLE"));
        QVERIFY(!result.at(1)[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
    }

    void brokenProfileExitsTwoWithLineNumber()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"twinha_profile\": 1,\n  \"name\": \n}\n");
        f.close();
        const Run r = twinhactl({QStringLiteral("--cluster"), path, QStringLiteral("status")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line 4"), r.err.constData());
    }

    // On a lab of its own: maintenance mode on the shared lab would refuse other tests' switchovers.
    void maintenanceOnShowsInStatusUntilOff()
    {
        tests::OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        const QString profile = lab.dir() + QStringLiteral("/profile.json");
        const auto ctl = [&](QStringList args) {
            args.prepend(profile);
            args.prepend(QStringLiteral("--cluster"));
            return twinhactl(args);
        };

        Run r = ctl({QStringLiteral("maintenance"), QStringLiteral("on")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Maintenance: on (by root (SSH from 127.0.0.1, unverified), since "),
                 r.out.constData());
        QVERIFY(r.out.contains("since "));
        QVERIFY(r.out.contains("a switchover needs force"));

        // The other node adopts it from the heartbeat; status shows the line either way.
        r = ctl({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\nMaintenance: on (by root (SSH from 127.0.0.1, unverified), since "),
                 r.out.constData());
        r = ctl({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(doc[QStringLiteral("maintenance")][QStringLiteral("on")].toBool());
        QVERIFY(doc[QStringLiteral("maintenance")][QStringLiteral("seq")].toInteger() > 0);
        QVERIFY(doc.value(QStringLiteral("fencing")).isObject()); // the lab has no fence device: nulls
        QVERIFY(doc[QStringLiteral("fencing")][QStringLiteral("node1")].isNull());

        r = ctl({QStringLiteral("maintenance"), QStringLiteral("off")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("Maintenance: off\n"));
        r = ctl({QStringLiteral("status"), QStringLiteral("--json")});
        doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!doc[QStringLiteral("maintenance")][QStringLiteral("on")].toBool());
        QVERIFY(!ctl({QStringLiteral("status")}).out.contains("Maintenance:"));

        // One group, as JSON: the agent's word passed through.
        r = ctl({QStringLiteral("maintenance"), QStringLiteral("on"), QStringLiteral("--group"),
                 QStringLiteral("service"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject m = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("maintenance")).toObject();
        QVERIFY(!m.value(QStringLiteral("on")).toBool());
        QCOMPARE(m.value(QStringLiteral("groups")).toArray(), QJsonArray{QStringLiteral("service")});
        QVERIFY(
            ctl({QStringLiteral("status")})
                .out.contains("Maintenance: on for group service (by root (SSH from 127.0.0.1, unverified), since "));
        QCOMPARE(ctl({QStringLiteral("maintenance"), QStringLiteral("off")}).exitCode, 0);

        // Refusals and usage.
        r = ctl(
            {QStringLiteral("maintenance"), QStringLiteral("on"), QStringLiteral("--group"), QStringLiteral("nosuch")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("nosuch"));
        QCOMPARE(ctl({QStringLiteral("maintenance")}).exitCode, 2);
        r = ctl({QStringLiteral("maintenance"), QStringLiteral("sideways")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("\"on\" or \"off\""));
    }

    void anObserverMayNotSetMaintenanceMode()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run the session bridge as user nobody");
        tests::OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        // The private lab lives in a temporary folder of mode 0700: let nobody through to the sockets.
        QVERIFY(QFile::setPermissions(QFileInfo(lab.dir()).path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                       QFileDevice::ExeOwner | QFileDevice::ExeOther));
        QFile in(lab.dir() + QStringLiteral("/profile.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray nodes = profile.value(QStringLiteral("nodes")).toArray();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QJsonObject n = nodes.at(i).toObject();
            n.insert(QStringLiteral("agent_command"),
                     QString(QStringLiteral("setpriv --reuid=65534 --regid=65534 --clear-groups ") +
                             n.value(QStringLiteral("agent_command")).toString()));
            nodes.replace(i, n);
        }
        profile.insert(QStringLiteral("nodes"), nodes);
        const QString path = lab.dir() + QStringLiteral("/profile-observer.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(profile).toJson());
        out.close();
        const Run r =
            twinhactl({QStringLiteral("--cluster"), path, QStringLiteral("maintenance"), QStringLiteral("on")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("may observe the cluster but not operate it"), r.err.constData());
    }

    void badCommandLinesExitTwoWithASentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("status")}
                                        << QStringLiteral("frobnicate");
        QTest::newRow("missing value") << QStringList{QStringLiteral("status"), QStringLiteral("--timeout")}
                                       << QStringLiteral("timeout");
        QTest::newRow("timeout not a number")
            << QStringList{QStringLiteral("status"), QStringLiteral("--timeout"), QStringLiteral("abc")}
            << QStringLiteral("\"abc\"");
        QTest::newRow("limit not a number")
            << QStringList{QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("x")}
            << QStringLiteral("\"x\"");
        QTest::newRow("after negative") << QStringList{QStringLiteral("events"), QStringLiteral("--after"),
                                                       QStringLiteral("-5")}
                                        << QStringLiteral("\"-5\"");
    }

    void badCommandLinesExitTwoWithASentence()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = twinhactl(QStringList{QStringLiteral("--cluster"), tests::labProfilePath()} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QVERIFY(r.out.isEmpty()); // nothing was asked of the nodes
    }

    void unknownGroupOrNodeIsAUsageErrorThatSaysWhich_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("check --group nope")
            << QStringList{QStringLiteral("check"), QStringLiteral("--group"), QStringLiteral("nope")}
            << QStringLiteral("There is no group named \"nope\" in this cluster.");
        QTest::newRow("switchover --to node9") << QStringList{QStringLiteral("switchover"), QStringLiteral("--to"),
                                                              QStringLiteral("node9"), QStringLiteral("--yes")}
                                               << QStringLiteral("There is no node named \"node9\" in this cluster.");
    }

    void unknownGroupOrNodeIsAUsageErrorThatSaysWhich()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = twinhactl(QStringList{QStringLiteral("--cluster"), tests::labProfilePath()} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QVERIFY2(!r.out.contains("Stops on :") && !r.out.contains(" → \n"), r.out.constData());
    }

    void watchOnAnIdlePairPrintsOnlyRealChanges()
    {
        QProcess p;
        p.start(tests::binPath(QStringLiteral("twinhactl")),
                {QStringLiteral("--cluster"), tests::labProfilePath(), QStringLiteral("watch")});
        QVERIFY(p.waitForStarted(5000));
        QByteArray out;
        const auto statusLines = [&] {
            out += p.readAllStandardOutput();
            return out.count("\"status\"");
        };
        // Both nodes' first state, then four seconds of a pair that does nothing.
        QVERIFY(QTest::qWaitFor([&] { return statusLines() >= 2; }, 15000));
        const qsizetype settled = out.count('\n');
        QTest::qWait(4000);
        statusLines();
        p.terminate();
        p.waitForFinished(5000);
        QVERIFY2(out.count('\n') == settled,
                 qPrintable(QStringLiteral("an idle pair printed %1 more lines:\n%2")
                                .arg(out.count('\n') - settled)
                                .arg(QString::fromUtf8(out.mid(out.indexOf('\n', 0)).right(600)))));
    }

    void unknownCommandExitsTwo()
    {
        QCOMPARE(
            twinhactl({QStringLiteral("--cluster"), tests::labProfilePath(), QStringLiteral("frobnicate")}).exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestTwinhactl)
#include "TestTwinhactl.moc"
