#include "agent/resources/ResourceGroup.h"
#include "agent/resources/ScriptResource.h"
#include "agent/resources/SystemdResource.h"
#include "agent/resources/VipResource.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/resources/ResourceTestSupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twinha::agent;
using namespace twinha::agent::test;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

class TestResourceGroup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_log;

    // A resource that records "start-NAME" / "stop-NAME" in the shared log, unless told to fail.
    ResourceConfig recorded(const QString& name, const QString& startTail = QStringLiteral("true"),
                            const QString& stopTail = QStringLiteral("true"))
    {
        return scriptResource(name, QStringLiteral("echo start-%1 >> '%2'; %3").arg(name, m_log, startTail),
                              QStringLiteral("echo stop-%1 >> '%2'; %3").arg(name, m_log, stopTail),
                              QStringLiteral("true"));
    }

    static GroupConfig group(const QList<ResourceConfig>& resources)
    {
        GroupConfig g;
        g.name = QStringLiteral("web");
        g.resources = resources;
        return g;
    }

    struct Outcome
    {
        bool answered = false;
        bool ok = false;
        RpcError reason;
    };

    template <typename Signal>
    static Outcome waitFor(ResourceGroup& g, Signal signal, bool (ResourceGroup::*operation)())
    {
        QSignalSpy spy(&g, signal);
        if (!(g.*operation)() || !spy.wait(15000))
            return {};
        return {true, spy.at(0).at(0).toBool(), spy.at(0).at(1).value<RpcError>()};
    }
    static Outcome start(ResourceGroup& g) { return waitFor(g, &ResourceGroup::startFinished, &ResourceGroup::start); }
    static Outcome stop(ResourceGroup& g) { return waitFor(g, &ResourceGroup::stopFinished, &ResourceGroup::stop); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(QStringLiteral("order-%1.log").arg(QTest::currentTestFunction()));
        QFile::remove(m_log);
    }

    void groupBuildsEachConfiguredResourceType()
    {
        ResourceConfig vip;
        vip.name = "ip";
        vip.type = ResourceType::Vip;
        vip.address = "192.0.2.10/24";
        vip.interface = "eth0";
        ResourceConfig unit;
        unit.name = "unit";
        unit.type = ResourceType::Systemd;
        unit.unit = "ssh.service";
        ResourceConfig unknown;
        unknown.name = "odd";
        ResourceGroup g(group({vip, unit, recorded("script"), unknown}), "c1", "n1");
        QCOMPARE(g.resources().size(), 3); // the unknown type is left out, not guessed
        QVERIFY(qobject_cast<VipResource*>(g.resource("ip")));
        QVERIFY(qobject_cast<SystemdResource*>(g.resource("unit")));
        QVERIFY(qobject_cast<ScriptResource*>(g.resource("script")));
        QCOMPARE(g.resource("script")->context().group, QStringLiteral("web"));
        QCOMPARE(g.state(), ResourceGroup::State::Stopped);
    }

    void startRunsInOrderAndStopInReverse()
    {
        ResourceGroup g(group({recorded("a"), recorded("b"), recorded("c")}), "c1", "n1");
        const Outcome started = start(g);
        QVERIFY(started.answered && started.ok);
        QCOMPARE(g.state(), ResourceGroup::State::Running);
        const Outcome stopped = stop(g);
        QVERIFY(stopped.answered && stopped.ok);
        QCOMPARE(g.state(), ResourceGroup::State::Stopped);
        QCOMPARE(readLines(m_log), (QStringList{"start-a", "start-b", "start-c", "stop-c", "stop-b", "stop-a"}));
    }

    void failingSecondResourceRollsBackTheFirst()
    {
        ResourceGroup g(group({recorded("a"), recorded("b", "echo 'no config' >&2; exit 5"), recorded("c")}), "c1",
                        "n1");
        const Outcome o = start(g);
        QVERIFY(o.answered);
        QVERIFY(!o.ok);
        QCOMPARE(o.reason.code, QString::fromLatin1(codes::kResourceStartFailed));
        QCOMPARE(o.reason.params.value("resource").toString(), QStringLiteral("b"));
        QCOMPARE(o.reason.params.value("group").toString(), QStringLiteral("web"));
        QCOMPARE(o.reason.params.value("exit_status").toInt(), 5);
        QCOMPARE(o.reason.params.value("stderr").toString(), QStringLiteral("no config"));
        // c never started; a was started and then stopped again.
        QCOMPARE(readLines(m_log), (QStringList{"start-a", "start-b", "stop-a"}));
        QCOMPARE(g.resource("a")->state(), Resource::State::Stopped);
        QCOMPARE(g.resource("b")->state(), Resource::State::Failed);
        QCOMPARE(g.resource("c")->state(), Resource::State::Stopped);
        QCOMPARE(g.state(), ResourceGroup::State::Failed);
        QCOMPARE(g.reason().code, o.reason.code);
    }

    void stopFailureIsReportedAndLaterResourcesStillStop()
    {
        ResourceGroup g(group({recorded("a"), recorded("b", "true", "exit 2"), recorded("c")}), "c1", "n1");
        QVERIFY(start(g).ok);
        const Outcome o = stop(g);
        QVERIFY(o.answered);
        QVERIFY(!o.ok);
        QCOMPARE(o.reason.code, QString::fromLatin1(codes::kResourceStopFailed));
        QCOMPARE(o.reason.params.value("resource").toString(), QStringLiteral("b"));
        QCOMPARE(o.reason.params.value("exit_status").toInt(), 2);
        QCOMPARE(readLines(m_log).mid(3), (QStringList{"stop-c", "stop-b", "stop-a"}));
        QCOMPARE(g.resource("a")->state(), Resource::State::Stopped);
        QCOMPARE(g.state(), ResourceGroup::State::Failed);
    }

    void busyGroupRefusesOverlappingOperations_data()
    {
        QTest::addColumn<bool>("duringStart");
        QTest::newRow("while starting") << true;
        QTest::newRow("while stopping") << false;
    }
    void busyGroupRefusesOverlappingOperations()
    {
        QFETCH(bool, duringStart);
        ResourceGroup g(group({recorded("a", "sleep 0.4", "sleep 0.4")}), "c1", "n1");
        if (!duringStart)
            QVERIFY(start(g).ok);
        QSignalSpy startSpy(&g, &ResourceGroup::startFinished);
        QSignalSpy stopSpy(&g, &ResourceGroup::stopFinished);
        QVERIFY(duringStart ? g.start() : g.stop());
        QVERIFY(g.isBusy());
        QCOMPARE(g.state(), duringStart ? ResourceGroup::State::Starting : ResourceGroup::State::Stopping);
        QVERIFY(!g.start());
        QVERIFY(!g.stop());
        QVERIFY(!g.check());
        QTRY_COMPARE_WITH_TIMEOUT(startSpy.size() + stopSpy.size(), 1, 10000);
        QTest::qWait(200);
        QCOMPARE(startSpy.size() + stopSpy.size(), 1); // the refused calls never ran
        QVERIFY(!g.isBusy());
        QCOMPARE(readLines(m_log).size(), duringStart ? 1 : 2);
    }

    void lastOperationMsMeasuresStartAndStop()
    {
        ResourceGroup g(group({recorded("a", "sleep 0.3"), recorded("b", "sleep 0.2")}), "c1", "n1");
        QCOMPARE(g.lastOperationMs(), qint64(-1));
        QVERIFY(start(g).ok);
        QVERIFY2(g.lastOperationMs() >= 480 && g.lastOperationMs() < 5000,
                 qPrintable(QString::number(g.lastOperationMs())));
        QVERIFY(stop(g).ok);
        QVERIFY2(g.lastOperationMs() < 450, qPrintable(QString::number(g.lastOperationMs())));
    }

    void checkAdoptsResourcesAlreadyRunningAndSeesPartialGroups()
    {
        QTemporaryDir dir;
        const QString flag = dir.filePath("b-up");
        ResourceConfig a = recorded("a");
        ResourceConfig b = recorded("b");
        b.status = QStringLiteral("test -f '%1'").arg(flag);
        ResourceGroup g(group({a, b}), "c1", "n1");
        QSignalSpy spy(&g, &ResourceGroup::checkFinished);
        QVERIFY(g.check());
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.at(0).at(0).toBool(), false);
        QCOMPARE(g.state(), ResourceGroup::State::Partial); // a answers "running", b does not
        QVERIFY(QFile(flag).open(QIODevice::WriteOnly));
        QVERIFY(g.check());
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.at(1).at(0).toBool(), true);
        QCOMPARE(g.state(), ResourceGroup::State::Running);
    }

    void resourceFoundDownDuringCheckIsReported()
    {
        QTemporaryDir dir;
        const QString flag = dir.filePath("up");
        ResourceConfig a = recorded("a");
        a.start = QStringLiteral("touch '%1'").arg(flag);
        a.status = QStringLiteral("test -f '%1'").arg(flag);
        ResourceGroup g(group({a}), "c1", "n1");
        QVERIFY(start(g).ok);
        QSignalSpy failed(&g, &ResourceGroup::resourceFailed);
        QFile::remove(flag);
        QVERIFY(g.check());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("web"));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("a"));
        QCOMPARE(failed.at(0).at(2).value<RpcError>().code, QString::fromLatin1(codes::kResourceNotRunning));
        QCOMPARE(g.state(), ResourceGroup::State::Failed);
    }

    void toJsonListsResourcesStateAndReason()
    {
        ResourceGroup g(group({recorded("a"), recorded("b", "exit 1")}), "c1", "n1");
        QVERIFY(!start(g).ok);
        const QJsonObject json = g.toJson();
        QCOMPARE(json.value("name").toString(), QStringLiteral("web"));
        QCOMPARE(json.value("state").toString(), QStringLiteral("failed"));
        const QJsonArray resources = json.value("resources").toArray();
        QCOMPARE(resources.size(), 2);
        QCOMPARE(resources.at(0).toObject().value("state").toString(), QStringLiteral("stopped"));
        QCOMPARE(resources.at(1).toObject().value("state").toString(), QStringLiteral("failed"));
        QCOMPARE(json.value("reason").toObject().value("code").toString(),
                 QString::fromLatin1(codes::kResourceStartFailed));
        QCOMPARE(json.value("reason").toObject().value("resource").toString(), QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(TestResourceGroup)
#include "TestResourceGroup.moc"
