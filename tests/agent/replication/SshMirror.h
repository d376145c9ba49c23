#pragma once

// A mirror channel over ssh between n1 and n2 (MirrorCluster), each node behind a real sshd of its
// own, set up as the console sets it up: each agent makes its key (mirror.ssh_key), then each
// trusts the other's key and pins the host key of the other's sshd (mirror.ssh_trust).
#include "agent/replication/MirrorSshMethods.h"
#include "agentlink/protocol/Methods.h"
#include "tests/agent/replication/SshServer.h"

#include <QJsonArray>

namespace twinha::agent::testing {

inline QString agentProgram()
{
    return QDir(qEnvironmentVariable("TWINHA_BIN_DIR")).filePath(QStringLiteral("twinha-agent"));
}

struct SshMirror
{
    QTemporaryDir dir;
    SshServer s1{dir.filePath(QStringLiteral("sshd1"))};
    SshServer s2{dir.filePath(QStringLiteral("sshd2"))};
    std::unique_ptr<Cluster> c;
    QString failure;

    SshServer& server(const QString& node) { return node == QLatin1String("n1") ? s1 : s2; }

    std::unique_ptr<MirrorSshMethods> methods(const QString& node)
    {
        return std::make_unique<MirrorSshMethods>(
            MirrorSshMethods::Settings{node, c->state(node), agentProgram(), server(node).authorizedKeys()});
    }

    static protocol::RpcMessage call(MirrorSshMethods& m, const char* method, const QJsonObject& params = {})
    {
        std::optional<protocol::RpcMessage> answer;
        m.handle(protocol::RpcMessage::request(1, QString::fromLatin1(method), params), QStringLiteral("root"),
                 [&answer](const protocol::RpcMessage& r) { answer = r; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
            return {};
        return *answer;
    }

    bool up()
    {
        if (!s1.start() || !s2.start()) {
            failure = QStringLiteral("sshd did not start: ") + QString::fromLocal8Bit(s1.log() + s2.log());
            return false;
        }
        c = std::make_unique<Cluster>(kKey, [this](ReplicationConfig& r) {
            r.transport = protocol::MirrorTransportKind::Ssh;
            r.endpoints[0].port = s1.port();
            r.endpoints[1].port = s2.port();
        });
        return exchange();
    }

    // What the wizard's apply step does with both agents.
    bool exchange()
    {
        const auto m1 = methods(QStringLiteral("n1"));
        const auto m2 = methods(QStringLiteral("n2"));
        const protocol::RpcMessage k1 = call(*m1, protocol::methods::kMirrorSshKey);
        const protocol::RpcMessage k2 = call(*m2, protocol::methods::kMirrorSshKey);
        const QString key1 = k1.result[QStringLiteral("public_key")].toString();
        const QString key2 = k2.result[QStringLiteral("public_key")].toString();
        if (key1.isEmpty() || key2.isEmpty()) {
            failure = QStringLiteral("mirror.ssh_key: ") + k1.error.code + k2.error.code;
            return false;
        }
        const protocol::RpcMessage t1 = call(*m1, protocol::methods::kMirrorSshTrust,
                                             {{QStringLiteral("peer"), QStringLiteral("n2")},
                                              {QStringLiteral("public_key"), key2},
                                              {QStringLiteral("host_keys"), QJsonArray{s2.hostPublicKey()}}});
        const protocol::RpcMessage t2 = call(*m2, protocol::methods::kMirrorSshTrust,
                                             {{QStringLiteral("peer"), QStringLiteral("n1")},
                                              {QStringLiteral("public_key"), key1},
                                              {QStringLiteral("host_keys"), QJsonArray{s1.hostPublicKey()}}});
        if (!t1.error.isNull() || !t2.error.isNull()) {
            failure = QStringLiteral("mirror.ssh_trust: ") + t1.error.code + t2.error.code;
            return false;
        }
        return true;
    }
};

} // namespace twinha::agent::testing
