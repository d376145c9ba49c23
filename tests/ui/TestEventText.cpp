#include "EventSamples.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/RecoveryTerms.h"
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
        const QJsonObject fence{{QStringLiteral("node"), QStringLiteral("beta")},
                                {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                                {QStringLiteral("state"), QStringLiteral("running")},
                                {QStringLiteral("since_ms"), 0}};
        row("fencing started", samples::entry(1, 0, QStringLiteral("fence_started"), fence),
            QStringLiteral("Fencing beta with fence_ipmilan: powering it off before a takeover, since it may be frozen "
                           "rather than off."));
        row("fenced", samples::entry(1, 0, QStringLiteral("fence_done"), fence),
            QStringLiteral("beta was powered off by fence_ipmilan; a takeover may go ahead."));
        QJsonObject failed = fence;
        failed.insert(QStringLiteral("state"), QStringLiteral("failed"));
        failed.insert(QStringLiteral("code"), QStringLiteral("FENCE_FAILED"));
        failed.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("node"), QStringLiteral("beta")},
                                                            {QStringLiteral("device"), QStringLiteral("fence_ipmilan")},
                                                            {QStringLiteral("exit_status"), 1},
                                                            {QStringLiteral("detail"), QStringLiteral("no route")}});
        row("fencing failed", samples::entry(1, 0, QStringLiteral("fence_failed"), failed),
            QStringLiteral("Fencing beta with fence_ipmilan failed (exit status 1): no route. No takeover happens "
                           "until fencing succeeds; check the fence device and its options."));
        row("fencing failed, no code", samples::entry(1, 0, QStringLiteral("fence_failed"), fence),
            QStringLiteral("Fencing beta with fence_ipmilan failed; no takeover until it succeeds."));
        const auto maintenance = [](bool on, const QStringList& groups) {
            return samples::entry(1, 0, QStringLiteral("maintenance"),
                                  {{QStringLiteral("seq"), 3},
                                   {QStringLiteral("on"), on},
                                   {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
                                   {QStringLiteral("by"), QStringLiteral("alice@10.0.0.5")},
                                   {QStringLiteral("at"), qint64(1764690000000)}},
                                  QStringLiteral("alice@10.0.0.5"));
        };
        row("maintenance on", maintenance(true, {}),
            QStringLiteral("Maintenance mode is on for the whole cluster: the agents start, stop and move nothing by "
                           "themselves."));
        row("maintenance of a group", maintenance(false, {QStringLiteral("web")}),
            QStringLiteral("Maintenance mode is on for group web: the agents start, stop and move nothing of it by "
                           "themselves."));
        row("maintenance of two groups", maintenance(false, {QStringLiteral("web"), QStringLiteral("db")}),
            QStringLiteral("Maintenance mode is on for groups web, db: the agents start, stop and move nothing of "
                           "them by themselves."));
        row("maintenance off", maintenance(false, {}),
            QStringLiteral("Maintenance mode is off: the agents act by themselves again."));
        row("lease lost",
            samples::entry(1, 0, QStringLiteral("step_down"),
                           {{QStringLiteral("group"), QStringLiteral("web")},
                            {QStringLiteral("epoch"), 8},
                            {QStringLiteral("cause"), QStringLiteral("lease_lost")},
                            {QStringLiteral("code"), QStringLiteral("WITNESS_LEASE_LOST")},
                            {QStringLiteral("params"),
                             QJsonObject{{QStringLiteral("group"), QStringLiteral("web")},
                                         {QStringLiteral("witness"), QStringLiteral("10.0.0.9:5410")}}}}),
            QStringLiteral("Lease lost (epoch 8). This node stepped down from group web: it could reach neither its "
                           "peer nor the witness 10.0.0.9:5410, so it stopped the group before its lease could run "
                           "out."));
        row("lease lost, no code",
            samples::entry(1, 0, QStringLiteral("step_down"),
                           {{QStringLiteral("group"), QStringLiteral("web")},
                            {QStringLiteral("epoch"), 8},
                            {QStringLiteral("cause"), QStringLiteral("lease_lost")}}),
            QStringLiteral("Stepped down from group web: its lease from the witness could not be renewed in time "
                           "(epoch 8)."));
        QJsonObject skip = samples::switchoverRequest(1, 0);
        QJsonObject skipData = skip.value(QStringLiteral("data")).toObject();
        skipData.insert(QStringLiteral("force"), true);
        skipData.insert(QStringLiteral("skip_fencing"), true);
        skip.insert(QStringLiteral("data"), skipData);
        row("takeover without fencing", skip,
            QStringLiteral("Requested moving group web to beta, overriding the checks and without fencing the other "
                           "node."));
        row("files kept after a split",
            samples::entry(
                1, 0, QStringLiteral("divergence_kept"),
                {{QStringLiteral("id"), QStringLiteral("data-20260501-101500")},
                 {QStringLiteral("channel"), QStringLiteral("data")},
                 {QStringLiteral("node"), QStringLiteral("alpha")},
                 {QStringLiteral("path"), QStringLiteral("/srv/data/.twinha-divergence/data-20260501-101500")},
                 {QStringLiteral("files"), 412},
                 {QStringLiteral("deleted"), 400},
                 {QStringLiteral("overwritten"), 12}}),
            QStringLiteral("412 file(s) written on alpha during a split or before a failover are kept in "
                           "/srv/data/.twinha-divergence/data-20260501-101500: the resync from its peer would have "
                           "deleted or overwritten them."));
        row("config change rolled back at its timeout",
            samples::entry(1, 0, QStringLiteral("config_rolled_back"),
                           {{QStringLiteral("tx"), QStringLiteral("tx-7")},
                            {QStringLiteral("cause"), QStringLiteral("timeout")},
                            {QStringLiteral("checksum"), QStringLiteral("0123456789abcdef0123")},
                            {QStringLiteral("timeout_ms"), 30000}}),
            QStringLiteral("Configuration change tx-7 rolled back: no commit came within 30000 ms. The running "
                           "configuration stays."));
        row("config change settled",
            samples::entry(1, 0, QStringLiteral("config_settled"),
                           {{QStringLiteral("tx"), QStringLiteral("tx-7")},
                            {QStringLiteral("phase"), QStringLiteral("committed")},
                            {QStringLiteral("checksum"), QStringLiteral("0123456789abcdef0123")},
                            {QStringLiteral("after_ms"), 105}}),
            QStringLiteral("Both nodes run configuration 0123456789ab and hear each other on it (after 105 ms); "
                           "automatic failover is active again."));
        row("peer unheard after a config change",
            samples::entry(
                1, 0, QStringLiteral("config_peer_unheard"),
                {{QStringLiteral("tx"), QStringLiteral("tx-7")},
                 {QStringLiteral("code"), QStringLiteral("CONFIG_PEER_UNHEARD")},
                 {QStringLiteral("params"), QJsonObject{{QStringLiteral("peer"), QStringLiteral("beta")},
                                                        {QStringLiteral("checksum"), QStringLiteral("0123456789ab")},
                                                        {QStringLiteral("phase"), QStringLiteral("committed")},
                                                        {QStringLiteral("waited_ms"), 5000},
                                                        {QStringLiteral("links"), QStringLiteral("lan")}}}}),
            QStringLiteral("After the configuration change this node does not hear beta running the same "
                           "configuration (0123456789ab) on the new links (lan) for 5000 ms. Automatic failover "
                           "stays frozen on this node until it does. Check that beta got the change, its firewall "
                           "and the new ports, or apply the configuration again."));
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

    // An alert that was not delivered says why in the user's words (NOTIFY_NOT_DELIVERED); an
    // agent from before the code sent its English detail only, which is shown as it came.
    void anUndeliveredAlertSaysWhy()
    {
        const QJsonObject data{
            {QStringLiteral("target"), QStringLiteral("ops-mail")},
            {QStringLiteral("kind"), QStringLiteral("failover")},
            {QStringLiteral("subject"), QStringLiteral("web")},
            {QStringLiteral("attempts"), 3},
            {QStringLiteral("code"), QStringLiteral("NOTIFY_NOT_DELIVERED")},
            {QStringLiteral("reason"), QStringLiteral("exit")},
            {QStringLiteral("program"), QStringLiteral("/usr/sbin/sendmail")},
            {QStringLiteral("exit_status"), 75},
            {QStringLiteral("output"), QStringLiteral("queue full")},
            {QStringLiteral("detail"), QStringLiteral("/usr/sbin/sendmail exited with 75: queue full")}};
        QCOMPARE(EventText::summary(QStringLiteral("notify_failed"), data),
                 QStringLiteral("The alert about a failover (web) did not reach ops-mail after 3 attempt(s): "
                                "/usr/sbin/sendmail failed with exit status 75: queue full"));
        QJsonObject old = data;
        for (const char* key : {"code", "reason", "program", "exit_status", "output"})
            old.remove(QLatin1String(key));
        QCOMPARE(EventText::summary(QStringLiteral("notify_failed"), old),
                 QStringLiteral("The alert about a failover (web) did not reach ops-mail after 3 attempt(s): "
                                "/usr/sbin/sendmail exited with 75: queue full"));
    }

    void recoverySaysWhatTheAgentDoesAndWhy()
    {
        const QJsonObject base{{QStringLiteral("group"), QStringLiteral("web")},
                               {QStringLiteral("failures"), 2},
                               {QStringLiteral("local_restarts"), 1},
                               {QStringLiteral("window_s"), 600}};
        QJsonObject move = base;
        move.insert(QStringLiteral("step"), QStringLiteral("move"));
        move.insert(QStringLiteral("to"), QStringLiteral("n2"));
        // "time(s)" is a plural: its English forms come from the English translation, not loaded here.
        const QString moving = EventText::summary(QStringLiteral("group_recovery"), move);
        QVERIFY2(moving.startsWith(QStringLiteral("Group web failed again on this node (2 time")), qPrintable(moving));
        QVERIFY2(moving.endsWith(QStringLiteral(" within 10 min): moving it to n2.")), qPrintable(moving));
        QJsonObject restart = base;
        restart.insert(QStringLiteral("step"), QStringLiteral("restart"));
        restart.insert(QStringLiteral("failures"), 1);
        const QString restarting = EventText::summary(QStringLiteral("group_recovery"), restart);
        QVERIFY2(restarting.startsWith(QStringLiteral("Group web failed on this node (1 time")),
                 qPrintable(restarting));
        QVERIFY2(restarting.endsWith(QStringLiteral(" within 10 min): restarting it here.")), qPrintable(restarting));
        // Staying: the refusal of the move, in its own sentence.
        QJsonObject wait = base;
        wait.insert(QStringLiteral("step"), QStringLiteral("wait"));
        wait.insert(QStringLiteral("retry_in_s"), 10);
        wait.insert(QStringLiteral("code"), QStringLiteral("PEER_UNREACHABLE"));
        wait.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("peer"), QStringLiteral("n2")}});
        const QString text = EventText::summary(QStringLiteral("group_recovery"), wait);
        QVERIFY2(text.startsWith(QStringLiteral("Group web keeps failing on this node and cannot move to the peer: ")),
                 qPrintable(text));
        QVERIFY2(text.contains(agentlink::ErrorText::describe(protocol::RpcError::make(
                     QStringLiteral("PEER_UNREACHABLE"), {{QStringLiteral("peer"), QStringLiteral("n2")}}))),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("Starting it here again in 10 s.")), qPrintable(text));
        wait.remove(QStringLiteral("code"));
        wait.insert(QStringLiteral("why"), QStringLiteral("manual_failover"));
        QVERIFY(EventText::summary(QStringLiteral("group_recovery"), wait).contains(QStringLiteral("failover is off")));
        // Every reason the agent gives for staying has a sentence of its own, none the generic one.
        using protocol::RecoveryHold;
        QSet<QString> stays;
        for (const RecoveryHold hold :
             {RecoveryHold::ManualFailover, RecoveryHold::Duplex, RecoveryHold::MovedHere, RecoveryHold::MovedBefore}) {
            wait.insert(QStringLiteral("why"), protocol::recoveryHoldName(hold));
            const QString stay = EventText::summary(QStringLiteral("group_recovery"), wait);
            QVERIFY2(!stay.startsWith(QStringLiteral("Group web keeps failing on this node: ")), qPrintable(stay));
            stays.insert(stay);
        }
        QCOMPARE(stays.size(), 4);
        // Started again after this node's own guard stopped it: not a failure of the group.
        const QJsonObject guard{{QStringLiteral("group"), QStringLiteral("web")},
                                {QStringLiteral("step"), QStringLiteral("restart")},
                                {QStringLiteral("cause"), QStringLiteral("guard")}};
        QCOMPARE(EventText::summary(QStringLiteral("group_recovery"), guard),
                 QStringLiteral("Group web was stopped by this node's dead-man guard while the agent was silent. The "
                                "peer did not take it over, so it is started again here."));
        QCOMPARE(EventText::summary(QStringLiteral("group_recovered"),
                                    {{QStringLiteral("group"), QStringLiteral("web")}, {QStringLiteral("ms"), 80}}),
                 QStringLiteral("Group web runs again on this node (stopped and started in 80 ms)."));
        QCOMPARE(EventText::typeLabel(QStringLiteral("group_recovery")), QStringLiteral("Group recovery"));
    }

    void actorsShowTheSshClientOnlyAsUnverified()
    {
        // A journal entry keeps the claim apart from the user.
        QCOMPARE(EventText::actor({{QStringLiteral("actor"), QStringLiteral("alice")},
                                   {QStringLiteral("ssh_client_claim"), QStringLiteral("192.0.2.7")}}),
                 QStringLiteral("alice (SSH from 192.0.2.7, unverified)"));
        QCOMPARE(EventText::actor({{QStringLiteral("actor"), QStringLiteral("bob")}}), QStringLiteral("bob"));
        QVERIFY(EventText::actor({{QStringLiteral("actor"), QStringLiteral("agent")}}).isEmpty());
        // As the agent passes it on in operation records and maintenance.
        QCOMPARE(EventText::actorLabel(QStringLiteral("alice (ssh 2001:db8::5)")),
                 QStringLiteral("alice (SSH from 2001:db8::5, unverified)"));
        QCOMPARE(EventText::actorLabel(QStringLiteral("alice (ssh not-an-address)")),
                 QStringLiteral("alice (ssh not-an-address)"));
    }

    // Every type the agent journals reads back as itself, has a label of its own in words, a
    // category, and a sentence rather than its raw data; a name this console does not know is shown
    // as itself.
    void everyEventTypeIsSaid()
    {
        using protocol::EventType;
        QSet<QString> labels;
        for (const EventType type : protocol::kEventTypes) {
            const QString name = protocol::eventTypeName(type);
            QVERIFY2(!name.isEmpty() && protocol::eventTypeFrom(name) == type, qPrintable(name));
            if (type == EventType::NotifyTest) // delivered to the alert targets, never journaled
                continue;
            const QString label = EventText::typeLabel(name);
            QVERIFY2(label != name && !labels.contains(label), qPrintable(name + QStringLiteral(": ") + label));
            if (type != EventType::Operation) // its label is the operation's kind
                labels << label;
            const QJsonObject data{{QStringLiteral("group"), QStringLiteral("web")}};
            const QString sentence = EventText::summary(type, data);
            QVERIFY2(!sentence.startsWith(QLatin1Char('{')), qPrintable(name + QStringLiteral(": ") + sentence));
            QCOMPARE(EventText::summary(name, data), sentence);
        }
        QCOMPARE(protocol::eventTypeFrom(QStringLiteral("teleported")), EventType::None);
        QCOMPARE(EventText::typeLabel(QStringLiteral("teleported")), QStringLiteral("teleported"));
        QCOMPARE(EventText::summary(QStringLiteral("teleported"), {{QStringLiteral("to"), QStringLiteral("mars")}}),
                 QStringLiteral("{\"to\":\"mars\"}"));
    }

    void typeLabels()
    {
        QCOMPARE(EventText::typeLabel(QStringLiteral("operation"), {{QStringLiteral("kind"), QStringLiteral("drain")}}),
                 QStringLiteral("Drain"));
        QCOMPARE(EventText::typeLabel(QStringLiteral("config_mismatch")), QStringLiteral("Configuration mismatch"));
        QCOMPARE(EventText::typeLabel(QStringLiteral("brand_new")), QStringLiteral("brand_new"));
        QCOMPARE(EventText::typeLabel(QStringLiteral("maintenance")), QStringLiteral("Maintenance mode"));
        QCOMPARE(EventText::typeLabel(QStringLiteral("fence_failed")), QStringLiteral("Fencing failed"));
        QCOMPARE(ui::eventCategoryOf(protocol::EventType::FenceFailed), ui::EventCategory::Problems);
        QCOMPARE(ui::eventCategoryOf(protocol::EventType::FenceDone), ui::EventCategory::Roles);
        QCOMPARE(ui::eventCategoryOf(protocol::EventType::Maintenance), ui::EventCategory::Operations);
        QCOMPARE(EventText::typeLabel(QStringLiteral("divergence_kept")), QStringLiteral("Files kept after a split"));
        QCOMPARE(ui::eventCategoryOf(protocol::EventType::DivergenceKept), ui::EventCategory::Problems);
        QCOMPARE(EventText::typeLabel(QStringLiteral("config_rolled_back")),
                 QStringLiteral("Configuration change rolled back"));
        QCOMPARE(ui::eventCategoryOf(protocol::EventType::ConfigPeerUnheard), ui::EventCategory::Problems);
    }
};

QTEST_GUILESS_MAIN(TestEventText)
#include "TestEventText.moc"
