#include "agent/resources/ScriptResource.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/resources/ResourceTestSupport.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace twinha::agent;
using namespace twinha::agent::test;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

class TestScriptResource : public QObject
{
    Q_OBJECT

private:
    const ResourceContext m_context{QStringLiteral("c1"), QStringLiteral("n1"), QStringLiteral("web"), {}};

    struct Outcome
    {
        bool ok = false;
        RpcError reason;
    };

    // Starts `action` on `r` and waits for its finished() signal.
    static Outcome act(Resource& r, Resource::Action action)
    {
        QSignalSpy spy(&r, &Resource::finished);
        const bool started = action == Resource::Action::Start  ? r.start()
                             : action == Resource::Action::Stop ? r.stop()
                                                                : r.checkStatus();
        if (!started || !spy.wait(10000))
            return {false, RpcError::make(QStringLiteral("TEST_NO_ANSWER"))};
        if (spy.at(0).at(0).value<Resource::Action>() != action)
            return {false, RpcError::make(QStringLiteral("TEST_WRONG_ACTION"))};
        return {spy.at(0).at(1).toBool(), spy.at(0).at(2).value<RpcError>()};
    }

private Q_SLOTS:
    void startAndStopRunTheirCommandsAndSetTheState()
    {
        QTemporaryDir dir;
        const QString flag = dir.filePath(QStringLiteral("up"));
        ScriptResource r(scriptResource(QStringLiteral("app"), QStringLiteral("touch '%1'").arg(flag),
                                        QStringLiteral("rm -f '%1'").arg(flag),
                                        QStringLiteral("test -f '%1'").arg(flag)),
                         m_context);
        QCOMPARE(r.state(), Resource::State::Stopped);
        QVERIFY(act(r, Resource::Action::Start).ok);
        QCOMPARE(r.state(), Resource::State::Running);
        QVERIFY(QFile::exists(flag));
        QVERIFY(act(r, Resource::Action::Stop).ok);
        QCOMPARE(r.state(), Resource::State::Stopped);
        QVERIFY(!QFile::exists(flag));
    }

    void commandsRunAsTheConfiguredUser()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run a command as another user");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
        const QString out = dir.filePath(QStringLiteral("who"));
        // Records who ran it, its groups, its home, and whether it can get root back (it must not).
        ResourceConfig config = scriptResource(
            QStringLiteral("app"),
            QStringLiteral("printf '%s %s %s %s' \"$(id -u)\" \"$(id -G)\" \"$HOME\" \"$USER\" > '%1'; "
                           "su -c true root </dev/null >/dev/null 2>&1 && echo ' root-again' >> '%1'; true")
                .arg(out),
            QStringLiteral("true"), QStringLiteral("true"));
        config.runAs = QStringLiteral("nobody");
        ScriptResource r(config, m_context);
        QVERIFY(act(r, Resource::Action::Start).ok);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList fields = QString::fromUtf8(f.readAll()).split(QLatin1Char(' '));
        QCOMPARE(fields.value(0), QStringLiteral("65534"));
        QVERIFY2(!fields.value(1).split(QLatin1Char(' ')).contains(QStringLiteral("0")), "kept root's group");
        QCOMPARE(fields.value(3), QStringLiteral("nobody"));
        QVERIFY(!fields.contains(QStringLiteral("root-again")));
        // Without run_as the agent's own user runs it, as before.
        config.runAs.clear();
        config.start = QStringLiteral("id -u > '%1'").arg(out);
        ScriptResource plain(config, m_context);
        QVERIFY(act(plain, Resource::Action::Start).ok);
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed(), QByteArray("0"));
    }

    void anUnknownRunAsUserFailsTheStartAndSaysWhy()
    {
        ResourceConfig config = scriptResource(QStringLiteral("app"), QStringLiteral("true"), QStringLiteral("true"),
                                               QStringLiteral("true"));
        config.runAs = QStringLiteral("no-such-user-here");
        ScriptResource r(config, m_context);
        const Outcome o = act(r, Resource::Action::Start);
        QVERIFY(!o.ok);
        QCOMPARE(o.reason.code, QString::fromLatin1(codes::kResourceStartFailed));
        QVERIFY2(
            o.reason.params.value(QStringLiteral("stderr")).toString().contains(QLatin1String("no-such-user-here")),
            qPrintable(o.reason.params.value(QStringLiteral("stderr")).toString()));
    }

    void failedStartReportsExitStatusAndStderr()
    {
        ScriptResource r(scriptResource(QStringLiteral("app"), QStringLiteral("echo 'port in use' >&2; exit 4"),
                                        QStringLiteral("true"), QStringLiteral("false")),
                         m_context);
        const Outcome o = act(r, Resource::Action::Start);
        QVERIFY(!o.ok);
        QCOMPARE(o.reason.code, QString::fromLatin1(codes::kResourceStartFailed));
        QCOMPARE(o.reason.params.value(QStringLiteral("exit_status")).toInt(), 4);
        QCOMPARE(o.reason.params.value(QStringLiteral("stderr")).toString(), QStringLiteral("port in use"));
        QCOMPARE(o.reason.params.value(QStringLiteral("group")).toString(), QStringLiteral("web"));
        QCOMPARE(o.reason.params.value(QStringLiteral("resource")).toString(), QStringLiteral("app"));
        QCOMPARE(r.state(), Resource::State::Failed);
        QCOMPARE(r.reason().code, o.reason.code);
    }

    void failedStopReportsResourceStopFailed()
    {
        ScriptResource r(scriptResource(QStringLiteral("app"), QStringLiteral("true"), QStringLiteral("exit 2"),
                                        QStringLiteral("true")),
                         m_context);
        QVERIFY(act(r, Resource::Action::Start).ok);
        const Outcome o = act(r, Resource::Action::Stop);
        QVERIFY(!o.ok);
        QCOMPARE(o.reason.code, QString::fromLatin1(codes::kResourceStopFailed));
        QCOMPARE(o.reason.params.value(QStringLiteral("exit_status")).toInt(), 2);
        QCOMPARE(r.state(), Resource::State::Failed);
    }

    void slowStartReportsResourceTimeout()
    {
        ScriptResource r(scriptResource(QStringLiteral("app"), QStringLiteral("sleep 30"), QStringLiteral("true"),
                                        QStringLiteral("true"), 300),
                         m_context);
        const Outcome o = act(r, Resource::Action::Start);
        QVERIFY(!o.ok);
        QCOMPARE(o.reason.code, QString::fromLatin1(codes::kResourceTimeout));
        QCOMPARE(o.reason.params.value(QStringLiteral("action")).toString(), QStringLiteral("start"));
        QCOMPARE(o.reason.params.value(QStringLiteral("timeout_ms")).toInt(), 300);
    }

    void statusExitCodeDecidesTheState_data()
    {
        QTest::addColumn<bool>("startFirst");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Resource::State>("state");
        QTest::addColumn<QString>("code");
        QTest::newRow("running and up stays running") << true << "exit 0" << true << Resource::State::Running << "";
        QTest::newRow("running but down fails")
            << true << "exit 3" << false << Resource::State::Failed << codes::kResourceNotRunning;
        QTest::newRow("stopped and down stays stopped") << false << "exit 3" << false << Resource::State::Stopped << "";
        QTest::newRow("stopped but up is adopted as running")
            << false << "true" << true << Resource::State::Running << "";
    }
    void statusExitCodeDecidesTheState()
    {
        QFETCH(bool, startFirst);
        QFETCH(QString, status);
        QFETCH(bool, ok);
        QFETCH(Resource::State, state);
        QFETCH(QString, code);
        ScriptResource r(scriptResource(QStringLiteral("app"), QStringLiteral("true"), QStringLiteral("true"), status),
                         m_context);
        if (startFirst)
            QVERIFY(act(r, Resource::Action::Start).ok);
        const Outcome o = act(r, Resource::Action::Status);
        QCOMPARE(o.ok, ok);
        QCOMPARE(r.state(), state);
        QCOMPARE(r.reason().code, code);
        QVERIFY(r.lastCheck().isValid());
    }

    void commandsSeeTheirContextInTheEnvironment_data()
    {
        QTest::addColumn<Resource::Action>("action");
        QTest::newRow("start") << Resource::Action::Start;
        QTest::newRow("stop") << Resource::Action::Stop;
        QTest::newRow("status") << Resource::Action::Status;
    }
    void commandsSeeTheirContextInTheEnvironment()
    {
        QFETCH(Resource::Action, action);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("env"));
        const QString record = QStringLiteral("echo \"$TWINHA_CLUSTER $TWINHA_NODE $TWINHA_GROUP $TWINHA_RESOURCE "
                                              "$TWINHA_ACTION\" > '%1'")
                                   .arg(out);
        ScriptResource r(scriptResource(QStringLiteral("app"), record, record, record), m_context);
        QVERIFY(act(r, action).ok);
        QCOMPARE(readLines(out),
                 QStringList{QStringLiteral("c1 n1 web app ") + twinha::protocol::resourceActionName(action)});
    }

    void secondActionIsRefusedWhileOneRuns()
    {
        ScriptResource r(scriptResource(QStringLiteral("app"), QStringLiteral("sleep 0.3"), QStringLiteral("true"),
                                        QStringLiteral("true")),
                         m_context);
        QSignalSpy spy(&r, &Resource::finished);
        QVERIFY(r.start());
        QCOMPARE(r.state(), Resource::State::Starting);
        QVERIFY(r.isBusy());
        QVERIFY(!r.stop());
        QVERIFY(!r.checkStatus());
        QVERIFY(spy.wait(5000));
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
        QVERIFY(!r.isBusy());
    }

    void toJsonShowsStateReasonAndLastCheck()
    {
        ScriptResource r(scriptResource(QStringLiteral("app"), QStringLiteral("exit 9"), QStringLiteral("true"),
                                        QStringLiteral("false")),
                         m_context);
        QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("app"));
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("script"));
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QVERIFY(!json.contains(QStringLiteral("reason")));
        QVERIFY(json.value(QStringLiteral("last_check")).isNull());

        QVERIFY(!act(r, Resource::Action::Start).ok);
        QVERIFY(!act(r, Resource::Action::Status).ok);
        json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QJsonObject reason = json.value(QStringLiteral("reason")).toObject();
        QCOMPARE(reason.value(QStringLiteral("code")).toString(), QString::fromLatin1(codes::kResourceStartFailed));
        QCOMPARE(reason.value(QStringLiteral("exit_status")).toInt(), 9);
        QVERIFY(
            QDateTime::fromString(json.value(QStringLiteral("last_check")).toString(), Qt::ISODateWithMs).isValid());
    }
};

QTEST_GUILESS_MAIN(TestScriptResource)
#include "TestScriptResource.moc"
