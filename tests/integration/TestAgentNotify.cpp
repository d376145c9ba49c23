#include "tests/integration/ControlClient.h"
#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/OwnLab.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace twinha::tests;

namespace {

// The webhook's receiver: a minimal HTTP server that keeps each request's body, holds its first
// answer back for holdFirstMs and makes it a 500, and answers 200 after that.
class HookReceiver : public QObject
{
public:
    struct Request
    {
        QByteArray head;
        QByteArray body;
        qint64 atMs = 0;
    };
    QList<Request> requests;
    int holdFirstMs = 2000;

    qint64 elapsedMs() const { return m_clock.elapsed(); }

    bool listen(quint16 port)
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, port);
    }

private:
    void read(QTcpSocket* s)
    {
        QByteArray data = s->property("data").toByteArray() + s->readAll();
        s->setProperty("data", data);
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = data.left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (data.size() < end + 4 + length)
            return;
        requests.append({head, data.mid(end + 4, length), m_clock.elapsed()});
        const bool first = requests.size() == 1;
        QTimer::singleShot(first ? holdFirstMs : 0, s, [s, first] {
            s->write(first ? "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                           : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
};

QStringList readLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList mails(const QString& dir)
{
    QStringList out;
    for (const QFileInfo& fi : QDir(dir).entryInfoList({QStringLiteral("*.eml")}, QDir::Files)) {
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            out << QString::fromUtf8(f.readAll());
    }
    return out;
}

} // namespace

// The agents' own alerts ([[notify]], lab.sh --notify) after a switchover, at real receivers: a
// script that records its calls, a sendmail stand-in that keeps the mails, and an HTTP receiver
// for the webhook that answers the first POST late and with a 500. Each kind arrives, a
// switchover is told once (by the node it left), the webhook's filter holds, the failed POST is
// retried and journaled, and the slow receiver holds up nothing.
class TestAgentNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSwitchoverReachesTheScriptTheMailAndTheWebhook()
    {
        OwnLab lab({QStringLiteral("--notify")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        HookReceiver hook;
        QVERIFY(hook.listen(quint16(lab.value(QStringLiteral("NOTIFY_WEBHOOK_PORT")).toUInt())));
        const QString dir = lab.value(QStringLiteral("NOTIFY_DIR"));
        const QString log = dir + QStringLiteral("/script.log");
        ControlClient c1(lab.socket(1));

        const QJsonObject op = switchOverWhenReady(c1, QStringLiteral("node2"));
        QCOMPARE(op[QStringLiteral("result")].toString(), QStringLiteral("done"));
        const qint64 switchoverDoneAtMs = hook.elapsedMs();

        const QString told = QStringLiteral("Switchover of group service from node1 to node2: done");
        QVERIFY2(waitUntil(
                     [&] {
                         return readLines(log).filter(told).size() == 1 &&
                                readLines(log).filter(QStringLiteral("node2 is now active")).size() == 1;
                     },
                     10000),
                 qPrintable(readLines(log).join(QLatin1Char('\n'))));
        // The script's arguments are KIND NODE SUBJECT, and its environment has the rest.
        QVERIFY(readLines(log).contains(
            QStringLiteral("switchover node1 service|lab|operation|") + told +
            QStringLiteral(" (service stopped for %1 ms)").arg(op[QStringLiteral("gap_ms")].toInteger())));
        QVERIFY(readLines(log).contains(
            QStringLiteral("role node1 service|lab|role_change|node1 is now standby for group service (epoch %1)")
                .arg(op[QStringLiteral("epoch")].toInteger())));

        QVERIFY(waitUntil([&] { return mails(dir).filter(told).size() == 1; }, 10000));
        const QString mail = mails(dir).filter(told).first();
        QVERIFY2(mail.startsWith(QLatin1String("X-Arguments: -t -i\n")), qPrintable(mail));
        QVERIFY(mail.contains(QLatin1String("\nTo: ops@example.com, oncall@example.com\n")));
        QVERIFY(mail.contains(QStringLiteral("\nSubject: [TwinHA lab] ") + told));
        QVERIFY(mail.contains(QLatin1String("\nFrom: TwinHA on node1 <root@")));

        // The first POST was held 2 s and refused; the next try went out about a second later.
        QVERIFY(waitUntil([&] { return hook.requests.size() >= 2; }, 15000));
        QTest::qWait(500); // nothing else is on its way: the webhook wants switchovers and failovers only
        QCOMPARE(hook.requests.size(), 2);
        QVERIFY(hook.requests[1].atMs - hook.requests[0].atMs >= hook.holdFirstMs + 900);
        for (const auto& r : std::as_const(hook.requests)) {
            QVERIFY(r.head.startsWith("POST /hook HTTP/1.1"));
            QVERIFY(r.head.toLower().contains("content-type: application/json"));
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(body[QStringLiteral("kind")].toString(), QStringLiteral("switchover"));
            QVERIFY(body[QStringLiteral("text")].toString().startsWith(QStringLiteral("[TwinHA lab] ") + told));
            QCOMPARE(body[QStringLiteral("event")][QStringLiteral("data")][QStringLiteral("id")].toString(),
                     op[QStringLiteral("id")].toString());
        }
        // The held answer did not hold up the switchover: it was over before the webhook answered.
        QVERIFY2(switchoverDoneAtMs < hook.requests[0].atMs + hook.holdFirstMs,
                 qPrintable(QStringLiteral("switchover done at %1 ms, first POST at %2 ms")
                                .arg(switchoverDoneAtMs)
                                .arg(hook.requests[0].atMs)));

        // node1's journal says what was delivered, and after how many tries.
        QJsonObject chat;
        QVERIFY(waitUntil(
            [&] {
                const auto events = c1.call(QStringLiteral("events.list"), {{QStringLiteral("limit"), 1000}});
                if (!events)
                    return false;
                for (const QJsonValue& e : events->result[QStringLiteral("events")].toArray())
                    if (e[QStringLiteral("type")].toString() == QLatin1String("notify_sent") &&
                        e[QStringLiteral("data")][QStringLiteral("target")].toString() == QLatin1String("chat"))
                        chat = e[QStringLiteral("data")].toObject();
                return !chat.isEmpty();
            },
            5000));
        QCOMPARE(chat[QStringLiteral("kind")].toString(), QStringLiteral("switchover"));
        QCOMPARE(chat[QStringLiteral("attempts")].toInt(), 2);

        // The wizard's test message (node.test_notify), at the same receivers, with the answer
        // saying whether it arrived and, when not, why.
        // Asked from a thread of its own: the client waits blocking, and the webhook's receiver
        // answers on this thread's event loop.
        const auto test = [&](const QJsonObject& params) {
            twinha::protocol::RpcMessage answer;
            std::atomic<bool> done = false;
            std::thread asking([&] {
                ControlClient c(lab.socket(1));
                if (const auto reply = c.call(QStringLiteral("node.test_notify"), params, 20000))
                    answer = *reply;
                done = true;
            });
            while (!done.load()) // the call's own 20 s bound ends it
                QTest::qWait(20);
            asking.join();
            return answer;
        };
        const QString sendmail = dir + QStringLiteral("/sendmail.sh");
        const QString tested = QStringLiteral("Test message from the TwinHA agent on node1");
        twinha::protocol::RpcMessage r = test({{QStringLiteral("email"), QJsonArray{QStringLiteral("ops@example.com")}},
                                               {QStringLiteral("sendmail"), sendmail}});
        QCOMPARE(r.result[QStringLiteral("ok")].toBool(), true);
        QCOMPARE(r.result[QStringLiteral("way")].toString(), QStringLiteral("email"));
        QCOMPARE(mails(dir).filter(tested).size(), 1);
        QVERIFY(mails(dir).filter(tested).first().contains(QLatin1String("\nTo: ops@example.com\n")));
        const QString hookUrl =
            QStringLiteral("http://127.0.0.1:%1/hook").arg(lab.value(QStringLiteral("NOTIFY_WEBHOOK_PORT")));
        r = test({{QStringLiteral("webhook"), hookUrl}});
        QCOMPARE(r.result[QStringLiteral("ok")].toBool(), true);
        QCOMPARE(hook.requests.size(), 3);
        QVERIFY(QJsonDocument::fromJson(hook.requests.last().body)[QStringLiteral("text")].toString().contains(tested));
        // What went wrong, said: a sendmail that fails, a webhook nobody answers, a bad address.
        r = test({{QStringLiteral("email"), QJsonArray{QStringLiteral("ops@example.com")}},
                  {QStringLiteral("sendmail"), QStringLiteral("/bin/false")}});
        QCOMPARE(r.result[QStringLiteral("ok")].toBool(), false);
        QVERIFY2(r.result[QStringLiteral("detail")].toString().contains(QLatin1String("/bin/false exited with 1")),
                 qPrintable(r.result[QStringLiteral("detail")].toString()));
        QCOMPARE(r.result[QStringLiteral("code")].toString(), QStringLiteral("NOTIFY_NOT_DELIVERED"));
        QCOMPARE(r.result[QStringLiteral("params")][QStringLiteral("reason")].toString(), QStringLiteral("exit"));
        QCOMPARE(r.result[QStringLiteral("params")][QStringLiteral("program")].toString(),
                 QStringLiteral("/bin/false"));
        QCOMPARE(r.result[QStringLiteral("params")][QStringLiteral("exit_status")].toInt(), 1);
        r = test({{QStringLiteral("webhook"), QStringLiteral("http://127.0.0.1:9/hook")}});
        QCOMPARE(r.result[QStringLiteral("ok")].toBool(), false);
        QVERIFY(!r.result[QStringLiteral("detail")].toString().isEmpty());
        QCOMPARE(r.result[QStringLiteral("params")][QStringLiteral("reason")].toString(), QStringLiteral("network"));
        QCOMPARE(r.result[QStringLiteral("params")][QStringLiteral("url")].toString(),
                 QStringLiteral("http://127.0.0.1:9/hook"));
        // A bad address is the setting's rule, which the wizard words in the user's language.
        r = test({{QStringLiteral("email"), QJsonArray{QStringLiteral("not an address")}}});
        QCOMPARE(r.error.code, QStringLiteral("CONFIG_FIELD_INVALID"));
        QCOMPARE(r.error.params[QStringLiteral("field")].toString(), QStringLiteral("notify[0].email"));
        QCOMPARE(r.error.params[QStringLiteral("rule")].toString(), QStringLiteral("not_email"));
        QCOMPARE(r.error.params[QStringLiteral("args")].toArray(), QJsonArray{QStringLiteral("not an address")});
        QCOMPARE(mails(dir).filter(tested).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAgentNotify)
#include "TestAgentNotify.moc"
