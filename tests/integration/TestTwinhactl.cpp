#include "tests/integration/LabEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

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

    void unknownCommandExitsTwo()
    {
        QCOMPARE(
            twinhactl({QStringLiteral("--cluster"), tests::labProfilePath(), QStringLiteral("frobnicate")}).exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestTwinhactl)
#include "TestTwinhactl.moc"
