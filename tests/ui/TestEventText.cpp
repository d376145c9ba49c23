#include "EventSamples.h"
#include "agentlink/ErrorText.h"
#include "ui/events/EventText.h"

#include <QtTest>

using namespace twinha;
using ui::EventText;

// Every journal entry type gets a sentence of its own, and codes become the agent's words.
class TestEventText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaries_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const QJsonObject& e, const QString& expected) {
            QTest::newRow(name) << e << expected;
        };
        row("agent started",
            samples::entry(1, 0, QStringLiteral("agent_started"),
                           {{QStringLiteral("version"), QStringLiteral("0.1.0")},
                            {QStringLiteral("epoch"), 4},
                            {QStringLiteral("role"), QStringLiteral("standby")}}),
            QStringLiteral("Agent 0.1.0 started (epoch 4, Standby)."));
        row("role change to active",
            samples::entry(1, 0, QStringLiteral("role_change"),
                           {{QStringLiteral("group"), QStringLiteral("web")},
                            {QStringLiteral("role"), QStringLiteral("active")},
                            {QStringLiteral("epoch"), 9}}),
            QStringLiteral("Group web became active on this node (epoch 9)."));
        row("switchover done", samples::operation(1, 0, QStringLiteral("done")),
            QStringLiteral("Switchover of group web from alpha to beta: completed, service gap 460 ms."));
        row("operator request", samples::switchoverRequest(1, 0),
            QStringLiteral("Requested moving group web to beta."));
        row("peer lost",
            samples::entry(1, 0, QStringLiteral("peer_dead"), {{QStringLiteral("peer"), QStringLiteral("beta")}}),
            QStringLiteral("Peer beta is silent on every heartbeat link."));
        row("split-brain",
            samples::entry(1, 0, QStringLiteral("split_brain"),
                           {{QStringLiteral("groups"), QJsonArray{QStringLiteral("web"), QStringLiteral("db")}},
                            {QStringLiteral("epoch"), 5},
                            {QStringLiteral("peer_epoch"), 4}}),
            QStringLiteral("Split-brain: both nodes hold web, db (epoch 5 here, 4 on the peer)."));
        row("failover",
            samples::entry(1, 0, QStringLiteral("failover"),
                           {{QStringLiteral("group"), QStringLiteral("web")},
                            {QStringLiteral("epoch"), 6},
                            {QStringLiteral("cause"), QStringLiteral("failover")},
                            {QStringLiteral("peer_silence_ms"), 1200}}),
            QStringLiteral("Took over group web after the peer was silent for 1200 ms (epoch 6)."));
        row("unknown type shows its data",
            samples::entry(1, 0, QStringLiteral("brand_new"), {{QStringLiteral("x"), 1}}), QStringLiteral("{\"x\":1}"));
    }

    void summaries()
    {
        QFETCH(QJsonObject, entry);
        QFETCH(QString, expected);
        QCOMPARE(EventText::summary(entry.value(QStringLiteral("type")).toString(),
                                    entry.value(QStringLiteral("data")).toObject()),
                 expected);
    }

    void failedOperationNamesTheStepAndTheReason()
    {
        const QJsonObject reason{{QStringLiteral("code"), QStringLiteral("REPLICATION_LAG_TOO_HIGH")},
                                 {QStringLiteral("channel"), QStringLiteral("pg")},
                                 {QStringLiteral("lag_s"), 12.5},
                                 {QStringLiteral("limit_s"), 5}};
        const QJsonObject e = samples::operation(1, 0, QStringLiteral("rolled_back"), reason);
        const QString text =
            EventText::summary(QStringLiteral("operation"), e.value(QStringLiteral("data")).toObject());
        const QString why = agentlink::ErrorText::describe(protocol::RpcError::make(
            QStringLiteral("REPLICATION_LAG_TOO_HIGH"), {{QStringLiteral("channel"), QStringLiteral("pg")},
                                                         {QStringLiteral("lag_s"), 12.5},
                                                         {QStringLiteral("limit_s"), 5}}));
        QVERIFY2(text.startsWith(QStringLiteral("Switchover of group web from alpha to beta: Rolled back (step "
                                                "\"Start on the target\" failed).")),
                 qPrintable(text));
        QVERIFY2(text.endsWith(why), qPrintable(text));
        QVERIFY(why.contains(QStringLiteral("12.5")));
    }

    void refusedRequestSaysWhy()
    {
        QJsonObject e = samples::switchoverRequest(1, 0);
        QJsonObject data = e.value(QStringLiteral("data")).toObject();
        data.insert(QStringLiteral("refused"), QStringLiteral("NO_ACTIVE_NODE"));
        const QString text = EventText::summary(QStringLiteral("operator_action"), data);
        QVERIFY2(text.contains(QStringLiteral("Refused: ")), qPrintable(text));
        QVERIFY2(text.contains(agentlink::ErrorText::describe(protocol::RpcError::make(
                     QStringLiteral("NO_ACTIVE_NODE"), {{QStringLiteral("group"), QStringLiteral("web")}}))),
                 qPrintable(text));
    }

    void groupFailureUsesTheErrorSentence()
    {
        const QString text = EventText::summary(QStringLiteral("group_start_failed"),
                                                {{QStringLiteral("group"), QStringLiteral("web")},
                                                 {QStringLiteral("code"), QStringLiteral("UNIT_NOT_FOUND")}});
        QVERIFY2(text.startsWith(QStringLiteral("Group web failed to start: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("systemd unit")), qPrintable(text));
    }

    void typeLabels()
    {
        QCOMPARE(EventText::typeLabel(QStringLiteral("operation"), {{QStringLiteral("kind"), QStringLiteral("drain")}}),
                 QStringLiteral("Drain"));
        QCOMPARE(EventText::typeLabel(QStringLiteral("config_mismatch")), QStringLiteral("Configuration mismatch"));
        QCOMPARE(EventText::typeLabel(QStringLiteral("brand_new")), QStringLiteral("brand_new"));
    }
};

QTEST_GUILESS_MAIN(TestEventText)
#include "TestEventText.moc"
