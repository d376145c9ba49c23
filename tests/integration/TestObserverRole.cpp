#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QFile>
#include <QJsonArray>
#include <QLocalServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

#include <unistd.h>

using namespace twinha;
using namespace twinha::tests;
using protocol::RpcMessage;

// An unprivileged user who can open the control socket (the lab's is 0666) may look, not act.
class TestObserverRole : public QObject
{
    Q_OBJECT

private:
    // Runs `twinha-agent session` as user nobody against `socket`; its stdout.
    static QByteArray sessionAsNobody(const QString& socket)
    {
        QProcess p;
        p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                            QStringLiteral("--clear-groups"), binPath(QStringLiteral("twinha-agent")),
                                            QStringLiteral("session"), QStringLiteral("--socket"), socket});
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        p.waitForFinished(15000);
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void userWhoCannotOpenTheSocketIsToldWhichGroupToJoin()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run the session bridge as user nobody");
        // The shipped default: a socket of mode 0660 whose group nobody is not in.
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadOther | QFile::ExeOther));
        QLocalServer server;
        const QString socket = dir.filePath(QStringLiteral("control.sock"));
        QVERIFY(server.listen(socket));
        QVERIFY(
            QFile::setPermissions(socket, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup));
        std::optional<RpcMessage> error;
        for (const QByteArray& line : sessionAsNobody(socket).split('\n'))
            if (const auto m = RpcMessage::parse(line); m && m->method == QLatin1String("session.error"))
                error = m;
        QVERIFY2(error, "no session.error from the bridge");
        QCOMPARE(error->params.value(QStringLiteral("code")).toString(),
                 QString::fromLatin1(protocol::codes::kDaemonUnreachable));
        QCOMPARE(error->params.value(QStringLiteral("errno")).toString(), QStringLiteral("EACCES"));
        QCOMPARE(error->params.value(QStringLiteral("user")).toString(), QStringLiteral("nobody"));
        QCOMPARE(error->params.value(QStringLiteral("group")).toString(), QStringLiteral("root"));
        QCOMPARE(error->params.value(QStringLiteral("mode")).toString(), QStringLiteral("0660"));
        const QString text = agentlink::ErrorText::describe(
            protocol::RpcError::make(QString::fromLatin1(protocol::codes::kDaemonUnreachable), error->params));
        QVERIFY2(text.contains(QLatin1String("Add nobody to the group root")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("systemctl start")), qPrintable(text)); // it runs; access is the matter
    }

    void observerIsRefusedASwitchoverButSeesStatus()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run the session bridge as user nobody");
        const QMap<QString, QString> env = OwnLab::readEnv(labDir());
        QVERIFY2(!env.isEmpty(), "the lab fixture is not up");
        const QString holderBefore = firstLine(env.value(QStringLiteral("VIP_HOLDER_FILE")));
        QProcess p;
        p.start(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                 binPath(QStringLiteral("twinha-agent")), QStringLiteral("session"), QStringLiteral("--socket"),
                 env.value(QStringLiteral("NODE1_SOCKET"))});
        QVERIFY(p.waitForStarted(5000));
        p.write(RpcMessage::request(1, QStringLiteral("hello")).toLine());
        p.write(RpcMessage::request(2, QStringLiteral("status.get")).toLine());
        p.write(RpcMessage::request(3, QStringLiteral("switchover.start"),
                                    {{QStringLiteral("to"), QStringLiteral("node2")}})
                    .toLine());
        p.write(RpcMessage::request(4, QStringLiteral("switchover.check")).toLine());
        p.write(
            RpcMessage::request(5, QStringLiteral("switchover.cancel"), {{QStringLiteral("id"), QStringLiteral("x")}})
                .toLine());
        // A root walk of any folder and a root arping are for operators, not observers.
        p.write(RpcMessage::request(6, QStringLiteral("node.path_info"),
                                    {{QStringLiteral("paths"), QJsonArray{QStringLiteral("/root")}}})
                    .toLine());
        p.write(RpcMessage::request(7, QStringLiteral("node.probe_address"),
                                    {{QStringLiteral("address"), QStringLiteral("127.0.0.1")}})
                    .toLine());
        p.write(RpcMessage::request(8, QStringLiteral("config.get")).toLine());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(15000));
        QMap<qint64, RpcMessage> replies;
        for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
            if (const auto m = RpcMessage::parse(line); m && m->kind != RpcMessage::Kind::Notification)
                replies.insert(m->id.toInteger(), *m);
        QCOMPARE(replies.size(), 8);
        QCOMPARE(replies[1].result[QStringLiteral("role")].toString(), QStringLiteral("observer"));
        QCOMPARE(replies[2].kind, RpcMessage::Kind::Result);
        QCOMPARE(replies[2].result[QStringLiteral("node")].toString(), QStringLiteral("node1"));
        QCOMPARE(replies[3].kind, RpcMessage::Kind::Error);
        QCOMPARE(replies[3].error.code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(replies[3].error.params.value(QStringLiteral("method")).toString(),
                 QStringLiteral("switchover.start"));
        QCOMPARE(replies[3].error.params.value(QStringLiteral("user")).toString(), QStringLiteral("nobody"));
        // The refusal says whom to join to operate, in so many words.
        QCOMPARE(replies[3].error.params.value(QStringLiteral("group")).toString(), QStringLiteral("twinha-operators"));
        QVERIFY(agentlink::ErrorText::describe(replies[3].error).contains(QLatin1String("twinha-operators")));
        QCOMPARE(replies[4].kind, RpcMessage::Kind::Result);
        QCOMPARE(replies[5].error.code, QStringLiteral("PERMISSION_DENIED"));
        for (qint64 id : {6, 7, 8})
            QCOMPARE(replies[id].error.code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(firstLine(env.value(QStringLiteral("VIP_HOLDER_FILE"))), holderBefore);
    }
};

QTEST_GUILESS_MAIN(TestObserverRole)
#include "TestObserverRole.moc"
