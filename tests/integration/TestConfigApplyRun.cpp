#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ConfigApplyRun.h"
#include "agentlink/ConfigApplyText.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QtTest>

#include <memory>

using namespace twinha;
using agentlink::ConfigApplyRun;
using protocol::RpcMessage;
namespace codes = protocol::codes;

namespace {
struct Sent
{
    int node;
    QString method;
    QJsonObject params;
    std::function<void(const RpcMessage&)> reply;
};

RpcMessage result(const QJsonObject& r)
{
    RpcMessage m;
    m.kind = RpcMessage::Kind::Result;
    m.result = r;
    return m;
}

RpcMessage error(const char* code)
{
    RpcMessage m;
    m.kind = RpcMessage::Kind::Error;
    m.error = protocol::RpcError::make(QString::fromLatin1(code));
    return m;
}
} // namespace

// The engine's rules without agents: a monitor that never connects, statuses fed as the agents
// would push them, and every request held until the test answers it. When it commits, when it
// aborts (and when it must not), and what ends the wait for both nodes to settle.
class TestConfigApplyRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<agentlink::ClusterMonitor> m_monitor;
    std::unique_ptr<ConfigApplyRun> m_run;
    QList<Sent> m_sent;

    void feed(int node, const QJsonObject& extra)
    {
        QJsonObject status = extra;
        status.insert(QStringLiteral("node"), m_monitor->node(node).endpoint.name);
        status.insert(QStringLiteral("role"), QStringLiteral("standby"));
        agentlink::AgentClient* client = m_monitor->client(node);
        if (m_monitor->node(node).link != agentlink::LinkState::Ready)
            Q_EMIT client->stateChanged(agentlink::LinkState::Ready);
        Q_EMIT client->statusReceived(protocol::NodeStatus::fromJson(status));
    }

    QStringList sentTo(int node) const
    {
        QStringList methods;
        for (const Sent& s : m_sent)
            if (s.node == node)
                methods << s.method;
        return methods;
    }

    // Answers the oldest unanswered request of `method` to `node`.
    void answer(int node, const QString& method, const RpcMessage& reply)
    {
        for (qsizetype i = 0; i < m_sent.size(); ++i)
            if (m_sent[i].node == node && m_sent[i].method == method && m_sent[i].reply) {
                auto handler = std::exchange(m_sent[i].reply, nullptr);
                handler(reply);
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no %1 sent to node %2").arg(method).arg(node)));
    }

    void start(int timeoutMs = 30000)
    {
        ConfigApplyRun::Request request;
        request.text = "[cluster]\n";
        request.timeoutMs = timeoutMs;
        request.settleTimeoutMs = 2000;
        m_run->start(request);
    }

    static QJsonObject prepared() { return {{QStringLiteral("checksum"), QStringLiteral("new")}}; }

private Q_SLOTS:
    void init()
    {
        agentlink::ClusterProfile profile;
        for (const char* name : {"node1", "node2"}) {
            agentlink::NodeEndpoint n;
            n.name = QLatin1String(name);
            n.host = QStringLiteral("192.0.2.1"); // never dialled
            profile.nodes << n;
        }
        m_monitor = std::make_unique<agentlink::ClusterMonitor>(profile);
        for (int i = 0; i < 2; ++i)
            feed(i, {{QStringLiteral("config_checksum"), QStringLiteral("old")}});
        m_sent.clear();
        m_run = std::make_unique<ConfigApplyRun>(m_monitor.get());
        m_run->setTransport([this](int node, const QString& method, const QJsonObject& params,
                                   std::function<void(const RpcMessage&)> reply) {
            m_sent.append({node, method, params, std::move(reply)});
        });
    }

    void bothPreparedThenBothCommitThenBothSettle()
    {
        start();
        QCOMPARE(sentTo(0), QStringList{QStringLiteral("config.prepare")});
        QCOMPARE(sentTo(1), QStringList{QStringLiteral("config.prepare")});
        QCOMPARE(m_sent[0].params[QStringLiteral("tx")], m_sent[1].params[QStringLiteral("tx")]);
        answer(0, QStringLiteral("config.prepare"), result(prepared()));
        QCOMPARE(sentTo(0).size(), 1); // no commit before both are prepared
        answer(1, QStringLiteral("config.prepare"), result(prepared()));
        QCOMPARE(m_run->phase(), ConfigApplyRun::Phase::Committing);
        answer(0, QStringLiteral("config.commit"), result({{QStringLiteral("backup"), QStringLiteral("/b1")}}));
        answer(1, QStringLiteral("config.commit"), result({}));
        QCOMPARE(m_run->phase(), ConfigApplyRun::Phase::Settling);
        // One node frozen still, waiting to hear the other: not yet.
        feed(0, {{QStringLiteral("config_checksum"), QStringLiteral("new")},
                 {QStringLiteral("config_apply"), QJsonValue()}});
        feed(1,
             {{QStringLiteral("config_checksum"), QStringLiteral("new")},
              {QStringLiteral("config_apply"), QJsonObject{{QStringLiteral("tx"), m_run->tx()},
                                                           {QStringLiteral("phase"), QStringLiteral("committed")}}}});
        QTest::qWait(300);
        QCOMPARE(m_run->phase(), ConfigApplyRun::Phase::Settling);
        feed(1, {{QStringLiteral("config_checksum"), QStringLiteral("new")},
                 {QStringLiteral("config_apply"), QJsonValue()}});
        QTRY_COMPARE(m_run->outcome(), ConfigApplyRun::Outcome::Applied);
        QCOMPARE(m_run->node(0).backup, QStringLiteral("/b1"));
        QVERIFY(!sentTo(0).contains(QStringLiteral("config.abort")));
    }

    void aRefusalAbortsTheOtherNodeAndCommitsNothing()
    {
        start();
        answer(0, QStringLiteral("config.prepare"), result(prepared()));
        answer(1, QStringLiteral("config.prepare"), error(codes::kConfigInvalid));
        QCOMPARE(m_run->phase(), ConfigApplyRun::Phase::Aborting);
        QCOMPARE(sentTo(0), (QStringList{QStringLiteral("config.prepare"), QStringLiteral("config.abort")}));
        answer(0, QStringLiteral("config.abort"), result({{QStringLiteral("aborted"), true}}));
        answer(1, QStringLiteral("config.abort"), result({{QStringLiteral("aborted"), false}}));
        QCOMPARE(m_run->outcome(), ConfigApplyRun::Outcome::NothingChanged);
        QCOMPARE(m_run->node(1).error.code, QString::fromLatin1(codes::kConfigInvalid));
        QVERIFY(!sentTo(0).contains(QStringLiteral("config.commit")));
        QVERIFY(agentlink::ConfigApplyText::outcome(*m_run).contains(QStringLiteral("node2")));
    }

    void preparedTooLateToCommitSafelyIsAborted()
    {
        start(400); // the agents roll back after 400 ms: commits only within the first 200
        answer(0, QStringLiteral("config.prepare"), result(prepared()));
        QTest::qWait(250);
        answer(1, QStringLiteral("config.prepare"), result(prepared()));
        QCOMPARE(m_run->phase(), ConfigApplyRun::Phase::Aborting);
        QVERIFY(!sentTo(0).contains(QStringLiteral("config.commit")));
        QVERIFY(!sentTo(1).contains(QStringLiteral("config.commit")));
    }

    void aCommitThatFailsOnOneNodeIsNeverFollowedByAnAbort()
    {
        start();
        answer(0, QStringLiteral("config.prepare"), result(prepared()));
        answer(1, QStringLiteral("config.prepare"), result(prepared()));
        answer(0, QStringLiteral("config.commit"), result({}));
        answer(1, QStringLiteral("config.commit"), error(codes::kRequestTimeout));
        QCOMPARE(m_run->phase(), ConfigApplyRun::Phase::Settling);
        // node1 reports that it cannot hear node2 on the new config; node2 says nothing new.
        feed(0,
             {{QStringLiteral("config_checksum"), QStringLiteral("new")},
              {QStringLiteral("config_apply"),
               QJsonObject{{QStringLiteral("tx"), m_run->tx()},
                           {QStringLiteral("problem"), QJsonObject{{QStringLiteral("code"), codes::kConfigPeerUnheard},
                                                                   {QStringLiteral("params"), QJsonObject()}}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(m_run->outcome(), ConfigApplyRun::Outcome::Partial, 5000);
        QCOMPARE(m_run->node(0).problem.code, QString::fromLatin1(codes::kConfigPeerUnheard));
        QVERIFY(!sentTo(0).contains(QStringLiteral("config.abort")));
        QVERIFY(!sentTo(1).contains(QStringLiteral("config.abort")));
    }

    void commitsRefusedByBothAgentsAreAborted()
    {
        start();
        answer(0, QStringLiteral("config.prepare"), result(prepared()));
        answer(1, QStringLiteral("config.prepare"), result(prepared()));
        answer(0, QStringLiteral("config.commit"), error(codes::kConfigChangedOnDisk));
        answer(1, QStringLiteral("config.commit"), error(codes::kConfigWriteFailed));
        QCOMPARE(m_run->phase(), ConfigApplyRun::Phase::Aborting);
        answer(0, QStringLiteral("config.abort"), result({}));
        answer(1, QStringLiteral("config.abort"), result({}));
        QCOMPARE(m_run->outcome(), ConfigApplyRun::Outcome::NothingChanged);
    }

    void aProblemFromAnEarlierChangeDoesNotEndTheWait()
    {
        start();
        answer(0, QStringLiteral("config.prepare"), result(prepared()));
        answer(1, QStringLiteral("config.prepare"), result(prepared()));
        const QJsonObject earlier{{QStringLiteral("config_checksum"), QStringLiteral("new")},
                                  {QStringLiteral("config_apply"),
                                   QJsonObject{{QStringLiteral("tx"), QStringLiteral("an-earlier-one")},
                                               {QStringLiteral("problem"),
                                                QJsonObject{{QStringLiteral("code"), codes::kConfigPeerUnheard}}}}}};
        answer(0, QStringLiteral("config.commit"), result({}));
        answer(1, QStringLiteral("config.commit"), result({}));
        feed(0, earlier);
        feed(1, earlier);
        QTest::qWait(500);
        QCOMPARE(m_run->outcome(), ConfigApplyRun::Outcome::None);
        QTRY_COMPARE_WITH_TIMEOUT(m_run->outcome(), ConfigApplyRun::Outcome::Unsettled, 5000); // the settle bound
        QVERIFY(m_run->node(0).problem.isNull());
    }

    // node1 commits at once, node2 only much later (its session stalled): node1 reports that it has
    // not heard node2 for a whole wait, most of which node2 spent on the old config. That report
    // is no verdict while node2 cannot be asked for a moment; both settle once they hear each other.
    void anEarlyCommitsReportAboutALateCommitDoesNotEndTheWait()
    {
        start();
        answer(0, QStringLiteral("config.prepare"), result(prepared()));
        answer(1, QStringLiteral("config.prepare"), result(prepared()));
        answer(0, QStringLiteral("config.commit"), result({}));
        QTest::qWait(300);
        answer(1, QStringLiteral("config.commit"), result({}));
        Q_EMIT m_monitor->client(1)->stateChanged(agentlink::LinkState::Disconnected);
        const QJsonObject unheard{{QStringLiteral("code"), codes::kConfigPeerUnheard},
                                  {QStringLiteral("params"), QJsonObject{{QStringLiteral("waited_ms"), 300}}}};
        feed(0, {{QStringLiteral("config_checksum"), QStringLiteral("new")},
                 {QStringLiteral("config_apply"),
                  QJsonObject{{QStringLiteral("tx"), m_run->tx()}, {QStringLiteral("problem"), unheard}}}});
        QTest::qWait(200);
        QCOMPARE(m_run->outcome(), ConfigApplyRun::Outcome::None);
        for (int i : {1, 0})
            feed(i, {{QStringLiteral("config_checksum"), QStringLiteral("new")},
                     {QStringLiteral("config_apply"), QJsonValue()}});
        QTRY_COMPARE(m_run->outcome(), ConfigApplyRun::Outcome::Applied);
    }

    // The same report, made a whole wait after node2's commit too: node1 has really not heard node2
    // on the new config, and the run ends without waiting for its own bound.
    void aReportAWholeWaitAfterBothCommitsEndsTheWait()
    {
        start();
        answer(0, QStringLiteral("config.prepare"), result(prepared()));
        answer(1, QStringLiteral("config.prepare"), result(prepared()));
        answer(0, QStringLiteral("config.commit"), result({}));
        answer(1, QStringLiteral("config.commit"), result({}));
        QTest::qWait(150);
        Q_EMIT m_monitor->client(1)->stateChanged(agentlink::LinkState::Disconnected);
        const QJsonObject unheard{{QStringLiteral("code"), codes::kConfigPeerUnheard},
                                  {QStringLiteral("params"), QJsonObject{{QStringLiteral("waited_ms"), 100}}}};
        feed(0, {{QStringLiteral("config_checksum"), QStringLiteral("new")},
                 {QStringLiteral("config_apply"),
                  QJsonObject{{QStringLiteral("tx"), m_run->tx()}, {QStringLiteral("problem"), unheard}}}});
        QTRY_COMPARE_WITH_TIMEOUT(m_run->outcome(), ConfigApplyRun::Outcome::Unsettled, 1000); // not the 2 s bound
        QCOMPARE(m_run->node(0).problem.code, QString::fromLatin1(codes::kConfigPeerUnheard));
    }

    void aNodeOutOfReachChangesNothingAnywhere()
    {
        Q_EMIT m_monitor->client(1)->stateChanged(agentlink::LinkState::Disconnected);
        start();
        QVERIFY(sentTo(1).isEmpty());
        answer(0, QStringLiteral("config.prepare"), result(prepared()));
        QTRY_COMPARE(m_run->phase(), ConfigApplyRun::Phase::Aborting);
        answer(0, QStringLiteral("config.abort"), result({}));
        QCOMPARE(m_run->outcome(), ConfigApplyRun::Outcome::NothingChanged);
        QVERIFY(!m_run->node(1).error.isNull());
    }
};

QTEST_GUILESS_MAIN(TestConfigApplyRun)
#include "TestConfigApplyRun.moc"
