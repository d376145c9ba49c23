#include "agent/NodeState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agent::NodeState;

class TestNodeState : public QObject
{
    Q_OBJECT

private:
    static QJsonObject readJson(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

private Q_SLOTS:
    void missingFileMeansStandbyAtEpoch0AndIsWritten()
    {
        QTemporaryDir dir;
        NodeState state(dir.filePath(QStringLiteral("nested/state")));
        QString error;
        QVERIFY2(state.load(&error), qPrintable(error));
        QCOMPARE(twinha::protocol::roleName(state.role()), QStringLiteral("standby"));
        QCOMPARE(state.epoch(), 0);
        const QJsonObject o = readJson(state.filePath());
        QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("standby"));
        QCOMPARE(o.value(QStringLiteral("epoch")).toInteger(-1), 0);
    }

    void loadsRoleAndEpochFromFile()
    {
        QTemporaryDir dir;
        NodeState state(dir.path());
        QFile f(state.filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"epoch": 42, "role": "active"})");
        f.close();
        QString error;
        QVERIFY2(state.load(&error), qPrintable(error));
        QCOMPARE(twinha::protocol::roleName(state.role()), QStringLiteral("active"));
        QCOMPARE(state.epoch(), 42);
    }

    void refusesAFileItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{role: active");
        QTest::newRow("unknown role") << QByteArray(R"({"epoch": 1, "role": "primary"})");
        QTest::newRow("missing epoch") << QByteArray(R"({"role": "standby"})");
        QTest::newRow("negative epoch") << QByteArray(R"({"epoch": -1, "role": "standby"})");
        QTest::newRow("fractional epoch") << QByteArray(R"({"epoch": 1.5, "role": "standby"})");
        QTest::newRow("epoch as a string") << QByteArray(R"({"epoch": "1", "role": "standby"})");
        QTest::newRow("unknown group role") << QByteArray(R"({"epoch": 1, "groups": {"g": "primary"}})");
        QTest::newRow("groups not an object") << QByteArray(R"({"epoch": 1, "groups": ["g"]})");
    }

    void refusesAFileItCannotTrust()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        NodeState state(dir.path());
        QFile f(state.filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString error;
        QVERIFY(!state.load(&error));
        QVERIFY(error.contains(QLatin1String("state.json")));
    }

    void setPersistsAndAnnouncesOnlyRealChanges()
    {
        QTemporaryDir dir;
        NodeState state(dir.path());
        QString error;
        QVERIFY(state.load(&error));
        QSignalSpy spy(&state, &NodeState::changed);
        QVERIFY(state.setGroup(QStringLiteral("g"), twinha::protocol::Role::Active, 1, &error));
        QCOMPARE(spy.count(), 1);
        QVERIFY(state.setGroup(QStringLiteral("g"), twinha::protocol::Role::Active, 1, &error));
        QCOMPARE(spy.count(), 1);
        const QJsonObject file = readJson(state.filePath());
        QCOMPARE(file.value(QStringLiteral("epoch")).toInteger(), 1);
        QCOMPARE(file.value(QStringLiteral("groups"))[QStringLiteral("g")].toString(), QStringLiteral("active"));
        NodeState reread(dir.path());
        QVERIFY(reread.load(&error));
        QCOMPARE(twinha::protocol::roleName(reread.role()), QStringLiteral("active"));
        QVERIFY(reread.holds(QStringLiteral("g")));
        QVERIFY(!state.setGroup(QStringLiteral("g"), twinha::protocol::Role::Unconfigured, 2, &error));
        QCOMPARE(state.epoch(), 1);
    }

    void roleIsActiveIffAnyGroupIsHeld()
    {
        QTemporaryDir dir;
        NodeState state(dir.path());
        QString error;
        QVERIFY(state.load(&error));
        QVERIFY(state.set(3,
                          {{QStringLiteral("a"), twinha::protocol::Role::Standby},
                           {QStringLiteral("b"), twinha::protocol::Role::Active}},
                          &error));
        QCOMPARE(twinha::protocol::roleName(state.role()), QStringLiteral("active"));
        QVERIFY(state.setGroup(QStringLiteral("b"), twinha::protocol::Role::Standby, 4, &error));
        QCOMPARE(twinha::protocol::roleName(state.role()), QStringLiteral("standby"));
        QCOMPARE(readJson(state.filePath()).value(QStringLiteral("role")).toString(), QStringLiteral("standby"));
        QVERIFY(state.groupRole(QStringLiteral("c")) == twinha::protocol::Role::None); // never assigned
    }

    void eachGroupKeepsItsOwnEpoch()
    {
        QTemporaryDir dir;
        NodeState state(dir.path());
        QString error;
        QVERIFY(state.load(&error));
        QVERIFY(state.setGroup(QStringLiteral("a"), twinha::protocol::Role::Active, 3, &error));
        QVERIFY(state.setGroup(QStringLiteral("b"), twinha::protocol::Role::Active, 9, &error));
        QVERIFY(state.setGroup(QStringLiteral("a"), twinha::protocol::Role::Active, 4, &error)); // below the node's
        QCOMPARE(state.groupEpoch(QStringLiteral("a")), 4);
        QCOMPARE(state.groupEpoch(QStringLiteral("b")), 9);
        QCOMPARE(state.epoch(), 9); // never behind any group's, never lowered
        // Adopting a peer's epoch changes no group's.
        QVERIFY(state.set(12, state.groups(), &error));
        QCOMPARE(state.epoch(), 12);
        QCOMPARE(state.groupEpoch(QStringLiteral("a")), 4);
        QCOMPARE(state.groupEpoch(QStringLiteral("c")), 12); // never assigned: the node's
        NodeState reread(dir.path());
        QVERIFY2(reread.load(&error), qPrintable(error));
        QCOMPARE(reread.groupEpochs(), state.groupEpochs());
        QCOMPARE(reread.epoch(), 12);
        QCOMPARE(readJson(state.filePath()).value(QStringLiteral("epochs"))[QStringLiteral("b")].toInteger(), 9);
    }

    void aFileWithOneEpochGivesItToEveryGroup()
    {
        QTemporaryDir dir;
        NodeState state(dir.path());
        QFile f(state.filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"epoch": 7, "role": "active", "groups": {"a": "active", "b": "standby"}})");
        f.close();
        QString error;
        QVERIFY2(state.load(&error), qPrintable(error));
        QCOMPARE(state.groupEpoch(QStringLiteral("a")), 7);
        QCOMPARE(state.groupEpoch(QStringLiteral("b")), 7);
    }

    void refusesEpochsItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("negative") << QByteArray(R"({"epoch": 1, "groups": {"g": "active"}, "epochs": {"g": -1}})");
        QTest::newRow("fractional") << QByteArray(R"({"epoch": 1, "groups": {"g": "active"}, "epochs": {"g": 1.5}})");
        QTest::newRow("a string") << QByteArray(R"({"epoch": 1, "groups": {"g": "active"}, "epochs": {"g": "1"}})");
        QTest::newRow("not an object") << QByteArray(R"({"epoch": 1, "groups": {"g": "active"}, "epochs": [1]})");
    }

    void refusesEpochsItCannotTrust()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        NodeState state(dir.path());
        QFile f(state.filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString error;
        QVERIFY(!state.load(&error));
    }

    void olderFormMigratesToEveryGroup()
    {
        QTemporaryDir dir;
        NodeState state(dir.path());
        QFile f(state.filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"epoch": 7, "role": "active"})");
        f.close();
        QString error;
        QVERIFY2(state.load(&error), qPrintable(error));
        QVERIFY(state.adoptLegacyRole({QStringLiteral("service")}, &error));
        QVERIFY(state.holds(QStringLiteral("service")));
        QCOMPARE(state.epoch(), 7);
        QCOMPARE(state.groupEpoch(QStringLiteral("service")), 7);
        NodeState reread(dir.path());
        QVERIFY(reread.load(&error));
        QVERIFY(reread.holds(QStringLiteral("service")));
    }
};

QTEST_GUILESS_MAIN(TestNodeState)
#include "TestNodeState.moc"
