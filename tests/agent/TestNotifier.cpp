#include "agent/notify/Notification.h"
#include "agent/notify/Notifier.h"
#include "agent/notify/NotifyDelivery.h"

#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;

namespace {

QJsonObject entry(const char* type, const QJsonObject& data, qint64 seq = 1, const char* node = "node1")
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("time"), QStringLiteral("2026-12-03T10:00:00.000Z")},
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("node"), QLatin1String(node)},
            {QStringLiteral("actor"), QStringLiteral("agent")},
            {QStringLiteral("data"), data}};
}

QString writeScript(const QTemporaryDir& dir, const char* name, const QByteArray& body)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

} // namespace

// The [[notify]] engine without a cluster: which journal entries become which notifications, the
// order and filter of each target's queue, and giving up after the last retry (journaled).
class TestNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void whatIsToldAndByWhom()
    {
        const QJsonObject op{{QStringLiteral("kind"), QStringLiteral("switchover")},
                             {QStringLiteral("group"), QStringLiteral("service")},
                             {QStringLiteral("from"), QStringLiteral("node1")},
                             {QStringLiteral("to"), QStringLiteral("node2")},
                             {QStringLiteral("result"), QStringLiteral("rolled_back")}};
        const auto source = Notification::fromEntry(entry("operation", op), QStringLiteral("lab"));
        QVERIFY(source);
        QCOMPARE(source->kind, QStringLiteral("switchover"));
        QCOMPARE(source->summary, QStringLiteral("Switchover of group service from node1 to node2: rolled_back"));
        // The target journals the same switchover; only the node the group left tells it.
        QVERIFY(!Notification::fromEntry(entry("operation", op, 1, "node2"), QStringLiteral("lab")));
        for (const char* quiet : {"config_committed", "operator_action", "notify_sent", "notify_failed", "take"})
            QVERIFY2(!Notification::fromEntry(entry(quiet, {}), QStringLiteral("lab")), quiet);
        const auto lag =
            Notification::fromEntry(entry("replication_lagging", {{QStringLiteral("channel"), QStringLiteral("pg")},
                                                                  {QStringLiteral("lag_s"), 12.5},
                                                                  {QStringLiteral("limit_s"), 5}}),
                                    QStringLiteral("lab"));
        QVERIFY(lag);
        QCOMPARE(lag->kind, QStringLiteral("lag"));
        QCOMPARE(lag->summary, QStringLiteral("Replication pg is behind by more than its limit (12.5 s, limit 5 s)"));
        const auto fence = Notification::fromEntry(
            entry("fence_failed", {{QStringLiteral("node"), QStringLiteral("node2")}}), QStringLiteral("lab"));
        QVERIFY(fence && fence->kind == QLatin1String("fencing") && fence->summary.endsWith(QLatin1String("FAILED")));
    }

    void aTargetGetsItsKindsInOrderOneAtATime()
    {
        const QString log = m_dir.filePath(QStringLiteral("order.log"));
        NotifyConfig c;
        c.name = QStringLiteral("rec");
        c.events = {QStringLiteral("failover"), QStringLiteral("link")};
        c.script = writeScript(m_dir, "order.sh", "sleep 0.1; echo \"$1 $3 $TWINHA_EVENT\" >>'" + log.toUtf8() + "'\n");
        QList<QPair<QString, QJsonObject>> journal;
        Notifier n({c}, QStringLiteral("lab"), [&](twinha::protocol::EventType t, const QJsonObject& d) {
            journal.append({twinha::protocol::eventTypeName(t), d});
        });
        n.onJournalEntry(entry("link_down", {{QStringLiteral("link"), QStringLiteral("lan")}}, 1));
        n.onJournalEntry(entry("role_change", {{QStringLiteral("group"), QStringLiteral("service")}}, 2)); // not wanted
        n.onJournalEntry(entry("failover", {{QStringLiteral("group"), QStringLiteral("service")}}, 3));
        n.onJournalEntry(entry("link_up", {{QStringLiteral("link"), QStringLiteral("lan")}}, 4));
        QTRY_COMPARE_WITH_TIMEOUT(journal.size(), 3, 10000);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()),
                 QStringLiteral("link lan link_down\nfailover service failover\nlink lan link_up\n"));
        for (const auto& j : journal) {
            QCOMPARE(j.first, QStringLiteral("notify_sent"));
            QCOMPARE(j.second[QStringLiteral("attempts")].toInt(), 1);
        }
        QCOMPARE(journal[1].second[QStringLiteral("about_seq")].toInteger(), 3);
    }

    void aTargetThatKeepsFailingIsGivenUpAndJournaled()
    {
        NotifyConfig script;
        script.name = QStringLiteral("broken-script");
        script.script = writeScript(m_dir, "fail.sh", "echo 'relay refused' >&2; exit 3\n");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        NotifyConfig hook;
        hook.name = QStringLiteral("dead-hook");
        hook.webhook = QStringLiteral("http://127.0.0.1:%1/hook").arg(port);
        hook.timeoutMs = 2000;
        QList<QPair<QString, QJsonObject>> journal;
        Notifier n({script, hook}, QStringLiteral("lab"), [&](twinha::protocol::EventType t, const QJsonObject& d) {
            journal.append({twinha::protocol::eventTypeName(t), d});
        });
        n.setBackoffMs({50, 100});
        n.onJournalEntry(entry("failover", {{QStringLiteral("group"), QStringLiteral("service")}}));
        QTRY_COMPARE_WITH_TIMEOUT(journal.size(), 2, 15000);
        QMap<QString, QJsonObject> byTarget;
        for (const auto& j : journal) {
            QCOMPARE(j.first, QStringLiteral("notify_failed"));
            byTarget.insert(j.second[QStringLiteral("target")].toString(), j.second);
        }
        QCOMPARE(byTarget[QStringLiteral("broken-script")][QStringLiteral("attempts")].toInt(), 3);
        QVERIFY2(byTarget[QStringLiteral("broken-script")][QStringLiteral("detail")].toString().contains(
                     QLatin1String("exited with 3: relay refused")),
                 qPrintable(byTarget[QStringLiteral("broken-script")][QStringLiteral("detail")].toString()));
        QCOMPARE(byTarget[QStringLiteral("dead-hook")][QStringLiteral("attempts")].toInt(), 3);
        QVERIFY(byTarget[QStringLiteral("dead-hook")][QStringLiteral("detail")].toString().contains(hook.webhook));
        // The same as a code and parameters, which the console words in the user's language.
        const QJsonObject why = byTarget[QStringLiteral("broken-script")]; // flat, as in every event
        QCOMPARE(why[QStringLiteral("code")].toString(), QStringLiteral("NOTIFY_NOT_DELIVERED"));
        QCOMPARE(why[QStringLiteral("reason")].toString(), QStringLiteral("exit"));
        QCOMPARE(why[QStringLiteral("exit_status")].toInt(), 3);
        QVERIFY2(why[QStringLiteral("output")].toString().contains(QLatin1String("relay refused")),
                 qPrintable(why[QStringLiteral("output")].toString()));
        const QJsonObject dead = byTarget[QStringLiteral("dead-hook")];
        QVERIFY2(dead[QStringLiteral("reason")].toString() == QLatin1String("network") ||
                     dead[QStringLiteral("reason")].toString() == QLatin1String("http"),
                 qPrintable(dead[QStringLiteral("reason")].toString()));
        QCOMPARE(dead[QStringLiteral("url")].toString(), hook.webhook);
    }

    void theMailIsWhatSendmailTExpects()
    {
        NotifyConfig c;
        c.email = {QStringLiteral("ops@example.com")};
        const auto n = Notification::fromEntry(
            entry("split_brain", {{QStringLiteral("groups"), QJsonArray{QStringLiteral("service")}}}),
            QStringLiteral("lab"));
        QVERIFY(n);
        const QString mail = QString::fromUtf8(NotifyDelivery::mail(c, *n));
        const QString head = mail.left(mail.indexOf(QLatin1String("\n\n")));
        QVERIFY(head.contains(QLatin1String("\nTo: ops@example.com\n")));
        QVERIFY(head.contains(
            QLatin1String("\nSubject: [TwinHA lab] Split-brain seen by node1: group service runs on both nodes\n")));
        QVERIFY(head.contains(QLatin1String("\nAuto-Submitted: auto-generated")));
        QVERIFY(mail.contains(QLatin1String("\"service\"")));
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "TestNotifier.moc"
