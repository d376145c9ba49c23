#include "agent/replication/MirrorSshMethods.h"

#include "agent/AgentLog.h"
#include "agent/coordinator/EventLog.h"
#include "agent/replication/AuthorizedKeys.h"
#include "agent/replication/MirrorSshKey.h"
#include "agent/replication/MirrorTransport.h"
#include "agent/replication/SshPublicKey.h"
#include "agentlink/protocol/AtomicFile.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;
namespace methods = protocol::methods;

namespace {
RpcMessage failed(const RpcMessage& request, const char* code, const QString& path, const QString& detail)
{
    return RpcMessage::errorFor(request.id,
                                RpcError::make(QString::fromLatin1(code),
                                               {{QStringLiteral("path"), path}, {QStringLiteral("detail"), detail}}));
}
} // namespace

MirrorSshMethods::MirrorSshMethods(const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_key(new MirrorSshKey(settings.node, settings.stateDir, this))
{}

MirrorSshMethods::~MirrorSshMethods() = default;

bool MirrorSshMethods::handle(const RpcMessage& request, const QString& actor, const Reply& reply)
{
    if (request.method == QLatin1String(methods::kMirrorSshTrust)) {
        reply(trust(request, actor));
        return true;
    }
    if (request.method != QLatin1String(methods::kMirrorSshKey))
        return false;
    m_key->get([this, request, reply](const QString& key, const QString& path, const QString& detail) {
        if (key.isEmpty())
            reply(failed(request, protocol::codes::kMirrorSshKeyFailed, path, detail));
        else
            reply(RpcMessage::resultFor(request.id, QJsonObject{{QStringLiteral("node"), m_settings.node},
                                                                {QStringLiteral("public_key"), key}}));
    });
    return true;
}

RpcMessage MirrorSshMethods::trust(const RpcMessage& request, const QString& actor) const
{
    static const QRegularExpression nodeName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,62}\\z"));
    const QString peer = request.params.value(QStringLiteral("peer")).toString();
    const std::optional<SshPublicKey> key = SshPublicKey::parse(
        request.params.value(QStringLiteral("public_key")).toString(), {QStringLiteral("ssh-ed25519")});
    const QJsonArray hostKeys = request.params.value(QStringLiteral("host_keys")).toArray();
    QByteArray knownHosts;
    for (const QJsonValue& v : hostKeys) {
        const std::optional<SshPublicKey> hostKey = SshPublicKey::parse(v.toString(), SshPublicKey::hostKeyTypes());
        if (!hostKey)
            return RpcMessage::invalidParams(request,
                                             QStringLiteral("host_keys: not an SSH host key: ") + v.toString());
        knownHosts += (MirrorTransport::hostKeyAliasFor(peer) + QLatin1Char(' ') + hostKey->line()).toLatin1() + '\n';
    }
    if (!nodeName.match(peer).hasMatch() || !key || hostKeys.isEmpty())
        return RpcMessage::invalidParams(
            request,
            QStringLiteral("peer must be a node name, public_key an ssh-ed25519 key, host_keys a list of keys"));
    const QString entry = AuthorizedKeys::entry(m_settings.agentProgram, m_settings.stateDir, *key);
    if (entry.isEmpty())
        return failed(request, protocol::codes::kMirrorSshTrustFailed, m_settings.stateDir,
                      QStringLiteral("a path with a double quote, backslash or control character"));
    const QString dir = MirrorTransport::sshDir(m_settings.stateDir);
    const QString knownHostsPath = MirrorTransport::knownHostsPath(m_settings.stateDir);
    QString detail;
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return failed(request, protocol::codes::kMirrorSshTrustFailed, dir, QStringLiteral("cannot create"));
    if (!protocol::AtomicFile::write(knownHostsPath, knownHosts, 0600, &detail))
        return failed(request, protocol::codes::kMirrorSshTrustFailed, knownHostsPath, detail);
    if (!AuthorizedKeys::install(m_settings.authorizedKeys, AuthorizedKeys::marker(m_settings.stateDir), entry,
                                 &detail))
        return failed(request, protocol::codes::kMirrorSshTrustFailed, m_settings.authorizedKeys, detail);
    AgentLog::get("agent.replication")
        ->info("mirror over ssh: {} trusted {}'s key {} in {}", actor.toStdString(), peer.toStdString(),
               key->fingerprint().toStdString(), m_settings.authorizedKeys.toStdString());
    if (m_settings.events)
        m_settings.events->record(protocol::EventType::MirrorTrusted,
                                  {{QStringLiteral("peer"), peer},
                                   {QStringLiteral("key"), key->fingerprint()},
                                   {QStringLiteral("authorized_keys"), m_settings.authorizedKeys}},
                                  actor);
    return RpcMessage::resultFor(
        request.id, QJsonObject{{QStringLiteral("node"), m_settings.node},
                                {QStringLiteral("peer"), peer},
                                {QStringLiteral("authorized_keys"), m_settings.authorizedKeys},
                                {QStringLiteral("host_key_alias"), MirrorTransport::hostKeyAliasFor(peer)}});
}

} // namespace twinha::agent
