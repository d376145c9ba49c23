#include "agent/resources/SystemdResource.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace twinha::agent;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

// Only what can run here: whether systemd is PID 1 decides which half applies.
class TestSystemdResource : public QObject
{
    Q_OBJECT

private:
    static bool systemdRunning() { return QFileInfo::exists(QStringLiteral("/run/systemd/system")); }

    static ResourceConfig unit(const QString& name)
    {
        ResourceConfig rc;
        rc.name = QStringLiteral("svc");
        rc.typeName = QStringLiteral("systemd");
        rc.type = ResourceType::Systemd;
        rc.timeoutMs = 10000;
        rc.unit = name;
        return rc;
    }

    static std::pair<bool, RpcError> act(Resource& r, Resource::Action action)
    {
        QSignalSpy spy(&r, &Resource::finished);
        const bool started = action == Resource::Action::Start  ? r.start()
                             : action == Resource::Action::Stop ? r.stop()
                                                                : r.checkStatus();
        if (!started || !spy.wait(15000))
            return {true, RpcError::make(QStringLiteral("TEST_NO_ANSWER"))}; // "ok" so the test fails
        return {spy.at(0).at(1).toBool(), spy.at(0).at(2).value<RpcError>()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (CommandRunner::findTool(QStringLiteral("systemctl")).isEmpty())
            QSKIP("systemctl is not installed");
    }

    void withoutSystemdEveryActionFailsWithSystemctlsOwnAnswer_data()
    {
        QTest::addColumn<Resource::Action>("action");
        QTest::addColumn<QString>("code");
        QTest::newRow("start") << Resource::Action::Start << codes::kResourceStartFailed;
        QTest::newRow("stop") << Resource::Action::Stop << codes::kResourceStopFailed;
        QTest::newRow("status") << Resource::Action::Status << codes::kResourceNotRunning;
    }
    void withoutSystemdEveryActionFailsWithSystemctlsOwnAnswer()
    {
        if (systemdRunning())
            QSKIP("systemd is running here; this checks the honest failure where it is not");
        QFETCH(Resource::Action, action);
        QFETCH(QString, code);
        SystemdResource r(unit(QStringLiteral("ssh.service")), {"c1", "n1", "web", {}});
        const auto [ok, reason] = act(r, action);
        QVERIFY(!ok);
        QCOMPARE(reason.code, code);
        QVERIFY(reason.params.value("exit_status").toInt() != 0);
    }

    void aUnitNameNeverBecomesAnOption()
    {
        // `systemctl is-active --quiet --version` would print the version and exit 0: a unit that
        // does not exist would count as running. After "--" it is a name like any other.
        SystemdResource r(unit(QStringLiteral("--version")), {"c1", "n1", "web", {}});
        const auto [ok, reason] = act(r, Resource::Action::Status);
        QVERIFY(!ok);
        QCOMPARE(reason.code, QString::fromLatin1(codes::kResourceNotRunning));
    }

    void unknownUnitIsReportedAsUnitNotFound()
    {
        if (!systemdRunning())
            QSKIP("systemd is not running here (container or CI)");
        SystemdResource r(unit(QStringLiteral("twinha-no-such-unit.service")), {"c1", "n1", "web", {}});
        const auto [ok, reason] = act(r, Resource::Action::Start);
        QVERIFY(!ok);
        QCOMPARE(reason.code, QString::fromLatin1(codes::kUnitNotFound));
        QCOMPARE(reason.params.value("unit").toString(), QStringLiteral("twinha-no-such-unit.service"));
    }
};

QTEST_GUILESS_MAIN(TestSystemdResource)
#include "TestSystemdResource.moc"
