#include "agent/NodeState.h"
#include "agent/config/ConfigApply.h"
#include "agent/config/ConfigLoader.h"
#include "agent/config/ConfigMethods.h"
#include "agent/control/ControlMethods.h"
#include "agent/control/StatusProvider.h"
#include "agent/coordinator/ClientCredentials.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/AgentTestSupport.h"

#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

using namespace twinha::agent;
using twinha::protocol::RpcMessage;
namespace codes = twinha::protocol::codes;
namespace support = twinha::agent::test;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
} // namespace

// config.prepare, config.commit and config.abort on one node through ControlMethods, as the
// engine calls them, without a running engine behind them (a node without a config): what is
// staged and written when, who is refused, and how a change that never commits ends.
class TestConfigApply : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    AgentConfig m_none;
    std::unique_ptr<NodeState> m_state;
    std::unique_ptr<StatusProvider> m_status;
    std::unique_ptr<ConfigMethods> m_config;
    std::unique_ptr<ConfigApply> m_apply;
    std::unique_ptr<ControlMethods> m_methods;
    int m_reloads = 0;

    RpcMessage call(const QString& method, const QJsonObject& params, bool isOperator = true)
    {
        ClientCredentials who;
        who.user = isOperator ? QStringLiteral("root") : QStringLiteral("nobody");
        who.isOperator = isOperator;
        bool subscribe = false;
        return m_methods->handle(RpcMessage::request(1, method, params), who, &subscribe);
    }

    RpcMessage prepare(const QString& tx, const QString& text, int timeoutMs = 30000)
    {
        return call(
            QStringLiteral("config.prepare"),
            {{QStringLiteral("tx"), tx}, {QStringLiteral("text"), text}, {QStringLiteral("timeout_ms"), timeoutMs}});
    }

    RpcMessage commit(const QString& tx) { return call(QStringLiteral("config.commit"), {{QStringLiteral("tx"), tx}}); }

    // The minimal config on heartbeat ports that are free now.
    static QString text() { return support::daemonConfig(); }

    void makeApply()
    {
        m_apply = std::make_unique<ConfigApply>(m_path, QStringLiteral("n1"), m_dir->filePath(QStringLiteral("state")));
        m_apply->setReload([this] { ++m_reloads; });
        m_config->setApply(m_apply.get());
    }

    QString staged() const { return m_dir->filePath(QStringLiteral("state/cluster.toml.staged")); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(support::writeFile(m_dir->filePath(QStringLiteral("cluster.key")), QByteArray(48, 'k'),
                                   QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("state"))));
        m_path = m_dir->filePath(QStringLiteral("cluster.toml"));
        m_state = std::make_unique<NodeState>(m_dir->filePath(QStringLiteral("state")));
        m_status = std::make_unique<StatusProvider>(m_none, QStringLiteral("n1"), m_state.get());
        m_config = std::make_unique<ConfigMethods>(m_path, QStringLiteral("n1"), QString());
        m_methods = std::make_unique<ControlMethods>(m_status.get());
        m_methods->setConfigMethods(m_config.get());
        m_reloads = 0;
        makeApply();
    }

    void cleanup()
    {
        QTest::qWait(10); // a reload a test started lands before the next test
        m_apply.reset();
    }

    void prepareStagesTheTextAndFreezesWithoutWritingTheConfig()
    {
        const QString t = text();
        const RpcMessage r = prepare(QStringLiteral("a"), t);
        QVERIFY2(r.error.isNull(), qPrintable(r.error.code));
        QCOMPARE(r.result[QStringLiteral("checksum")].toString(), ConfigLoader::checksumOf(t.toUtf8()));
        QCOMPARE(r.result[QStringLiteral("staged")].toString(), staged());
        QCOMPARE(readAll(staged()), t.toUtf8());
        QVERIFY(!QFile::exists(m_path));
        QVERIFY(m_apply->isFrozen());
        QCOMPARE(m_apply->stateJson()[QStringLiteral("phase")].toString(), QStringLiteral("prepared"));
        QCOMPARE(m_reloads, 0);
    }

    void theSameChangeIsAnsweredAgainAndAnotherWaits()
    {
        const QString t = text();
        QVERIFY(prepare(QStringLiteral("a"), t).error.isNull());
        QVERIFY(prepare(QStringLiteral("a"), t).error.isNull()); // a retry after a lost reply
        const RpcMessage other = prepare(QStringLiteral("b"), t);
        QCOMPARE(other.error.code, QString::fromLatin1(codes::kConfigApplyBusy));
        QCOMPARE(other.error.params[QStringLiteral("tx")].toString(), QStringLiteral("a"));
        // The one-step write would pull the file from under the prepared change.
        const RpcMessage apply = call(QStringLiteral("config.apply"), {{QStringLiteral("text"), t}});
        QCOMPARE(apply.error.code, QString::fromLatin1(codes::kConfigApplyBusy));
        QVERIFY(!QFile::exists(m_path));
    }

    void commitWritesReloadsOnceAndWaitsForThePeer()
    {
        const QString t = text();
        QVERIFY(prepare(QStringLiteral("a"), t).error.isNull());
        const RpcMessage r = commit(QStringLiteral("a"));
        QVERIFY2(r.error.isNull(), qPrintable(r.error.code));
        QVERIFY(r.result[QStringLiteral("reloaded")].toBool());
        QCOMPARE(readAll(m_path), t.toUtf8());
        QVERIFY(!QFile::exists(staged()));
        QTRY_COMPARE(m_reloads, 1); // after the reply
        // Still frozen: nothing has been heard from the peer on the new config.
        const QJsonObject state = m_apply->stateJson();
        QCOMPARE(state[QStringLiteral("phase")].toString(), QStringLiteral("committed"));
        QVERIFY(state[QStringLiteral("waiting_for_peer")].toBool());
        QCOMPARE(commit(QStringLiteral("a")).error.code, QString::fromLatin1(codes::kConfigApplyNotPrepared));
    }

    void abortDropsTheStagedTextAndUnfreezesAtOnce()
    {
        QVERIFY(prepare(QStringLiteral("a"), text()).error.isNull());
        const RpcMessage unknown = call(QStringLiteral("config.abort"), {{QStringLiteral("tx"), QStringLiteral("zz")}});
        QVERIFY(!unknown.result[QStringLiteral("aborted")].toBool());
        QVERIFY(m_apply->isPrepared());
        const RpcMessage r = call(QStringLiteral("config.abort"), {{QStringLiteral("tx"), QStringLiteral("a")}});
        QVERIFY(r.result[QStringLiteral("aborted")].toBool());
        QVERIFY(!m_apply->isFrozen());
        QVERIFY(!QFile::exists(staged()));
        QCOMPARE(commit(QStringLiteral("a")).error.code, QString::fromLatin1(codes::kConfigApplyNotPrepared));
        QVERIFY(!QFile::exists(m_path));
    }

    void anInvalidTextIsRefusedAndNothingIsStagedOrFrozen()
    {
        QString t = text();
        t.replace(QStringLiteral("name = \"n1\""), QStringLiteral("name = \"n3\""));
        const RpcMessage r = prepare(QStringLiteral("a"), t);
        QCOMPARE(r.error.code, QString::fromLatin1(codes::kConfigInvalid));
        QVERIFY(!QFile::exists(staged()));
        QVERIFY(!m_apply->isFrozen());
    }

    void aHeartbeatPortThatIsTakenIsRefusedAtPrepare()
    {
        QUdpSocket taken;
        QVERIFY(taken.bind(QHostAddress::LocalHost, 0));
        QString t = support::minimalConfig();
        t.replace(QStringLiteral("127.0.0.1:5405"), QStringLiteral("127.0.0.1:%1").arg(taken.localPort()));
        const RpcMessage r = prepare(QStringLiteral("a"), t);
        QCOMPARE(r.error.code, QString::fromLatin1(codes::kHeartbeatBindFailed));
        QCOMPARE(r.error.params[QStringLiteral("link")].toString(), QStringLiteral("lan"));
        QCOMPARE(r.error.params[QStringLiteral("address")].toString(),
                 QStringLiteral("127.0.0.1:%1").arg(taken.localPort()));
        QVERIFY(!m_apply->isFrozen());
    }

    void aFileChangedUnderTheChangeIsRefusedAtPrepareAndAtCommit()
    {
        const QString t = text();
        const RpcMessage stale =
            call(QStringLiteral("config.prepare"), {{QStringLiteral("tx"), QStringLiteral("a")},
                                                    {QStringLiteral("text"), t},
                                                    {QStringLiteral("expected_checksum"), "0000"}});
        QCOMPARE(stale.error.code, QString::fromLatin1(codes::kConfigChangedOnDisk));
        QVERIFY(prepare(QStringLiteral("a"), t).error.isNull());
        QVERIFY(support::writeFile(m_path, "# written by hand meanwhile\n"));
        QCOMPARE(commit(QStringLiteral("a")).error.code, QString::fromLatin1(codes::kConfigChangedOnDisk));
        QCOMPARE(readAll(m_path), QByteArray("# written by hand meanwhile\n"));
        QVERIFY(m_apply->isPrepared()); // the abort or the timeout ends it
        QCOMPARE(m_reloads, 0);
    }

    void noCommitWithinTheTimeoutRollsBackAndStaysFrozenUntilThePeerIsHeard()
    {
        QVERIFY(prepare(QStringLiteral("a"), text(), 1000).error.isNull());
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_apply->stateJson()[QStringLiteral("phase")].toString(),
                                  QStringLiteral("rolled_back"), 3000);
        QVERIFY(clock.elapsed() >= 900);
        QVERIFY(!QFile::exists(staged()));
        QVERIFY(!QFile::exists(m_path));
        QCOMPARE(commit(QStringLiteral("a")).error.code, QString::fromLatin1(codes::kConfigApplyNotPrepared));
        // No peer is heard here at all: one more timeout later it says so, and stays frozen.
        QTRY_VERIFY_WITH_TIMEOUT(!m_apply->stateJson()[QStringLiteral("problem")].isNull(), 3000);
        const QJsonObject problem = m_apply->stateJson()[QStringLiteral("problem")].toObject();
        QCOMPARE(problem[QStringLiteral("code")].toString(), QString::fromLatin1(codes::kConfigPeerUnheard));
        QCOMPARE(problem[QStringLiteral("params")][QStringLiteral("phase")].toString(), QStringLiteral("rolled_back"));
        QVERIFY(problem[QStringLiteral("params")][QStringLiteral("waited_ms")].toInteger() >= 1000);
        QVERIFY(m_apply->isFrozen());
    }

    void aRestartWhilePreparedComesBackRolledBackAndFrozen()
    {
        QVERIFY(prepare(QStringLiteral("a"), text()).error.isNull());
        m_apply.reset(); // the daemon stops with the change prepared
        QVERIFY(QFile::exists(staged()));
        makeApply();
        QVERIFY(m_apply->isFrozen());
        QVERIFY(!m_apply->isPrepared());
        QCOMPARE(m_apply->stateJson()[QStringLiteral("phase")].toString(), QStringLiteral("rolled_back"));
        QCOMPARE(m_apply->stateJson()[QStringLiteral("tx")].toString(), QStringLiteral("a"));
        QVERIFY(!QFile::exists(staged()));
        QCOMPARE(commit(QStringLiteral("a")).error.code, QString::fromLatin1(codes::kConfigApplyNotPrepared));
    }

    void badParametersAndObserversAreRefused()
    {
        QCOMPARE(call(QStringLiteral("config.prepare"), {{QStringLiteral("text"), text()}}).error.code,
                 QString::fromLatin1(codes::kInvalidParams));
        QCOMPARE(prepare(QStringLiteral("a"), text(), 10).error.code, QString::fromLatin1(codes::kInvalidParams));
        QCOMPARE(call(QStringLiteral("config.prepare"), {{QStringLiteral("tx"), QStringLiteral("a")},
                                                         {QStringLiteral("text"), text()},
                                                         {QStringLiteral("key"), QStringLiteral("c2hvcnQ=")}})
                     .error.code,
                 QString::fromLatin1(codes::kInvalidParams));
        for (const char* method : {"config.prepare", "config.commit", "config.abort"})
            QCOMPARE(call(QLatin1String(method), {{QStringLiteral("tx"), QStringLiteral("a")}}, false).error.code,
                     QString::fromLatin1(codes::kPermissionDenied));
        QVERIFY(!m_apply->isFrozen());
    }
};

QTEST_GUILESS_MAIN(TestConfigApply)
#include "TestConfigApply.moc"
