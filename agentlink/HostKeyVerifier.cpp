#include "agentlink/HostKeyVerifier.h"

#include "agentlink/SshHandles.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QFileInfo>

namespace twinha::agentlink {

using protocol::RpcError;
namespace codes = protocol::codes;

namespace {
bool readServerKey(ssh_session session, HostKeyInfo* info)
{
    ssh_key raw = nullptr;
    if (ssh_get_server_publickey(session, &raw) != SSH_OK)
        return false;
    SshKeyPtr key(raw);
    unsigned char* hash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) != 0)
        return false;
    SshCharPtr fp(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen));
    ssh_clean_pubkey_hash(&hash);
    info->keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    info->fingerprint = fp ? QString::fromLatin1(fp.get()) : QString();
    return true;
}
} // namespace

RpcError HostKeyVerifier::verify(ssh_session session, const NodeEndpoint& endpoint, CredentialPrompter* prompter,
                                 const LinkStop& stop, HostKeyInfo* info)
{
    HostKeyInfo local;
    HostKeyInfo* out = info ? info : &local;
    const QJsonObject where{{QStringLiteral("node"), endpoint.name},
                            {QStringLiteral("host"), endpoint.host},
                            {QStringLiteral("port"), endpoint.port},
                            {QStringLiteral("known_hosts"), endpoint.knownHostsFile}};
    if (!readServerKey(session, out)) {
        QJsonObject params = where;
        params.insert(QStringLiteral("detail"), QString::fromUtf8(ssh_get_error(session)));
        return RpcError::make(codes::kSshError, params);
    }

    QJsonObject params = where;
    params.insert(QStringLiteral("key_type"), out->keyType);
    params.insert(QStringLiteral("fingerprint"), out->fingerprint);

    switch (ssh_session_is_known_server(session)) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
        return RpcError::make(codes::kHostKeyChanged, params);
    case SSH_KNOWN_HOSTS_OTHER:
        return RpcError::make(codes::kHostKeyOtherType, params);
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        if (!endpoint.knownHostsFile.isEmpty() && QFileInfo::exists(endpoint.knownHostsFile) &&
            !QFileInfo(endpoint.knownHostsFile).isReadable())
            return RpcError::make(codes::kKnownHostsUnreadable, params);
        if (prompter) {
            PromptRequest ask;
            ask.kind = PromptRequest::Kind::TrustHostKey;
            ask.node = endpoint.name;
            ask.host = endpoint.host;
            ask.port = endpoint.port;
            ask.user = endpoint.user;
            ask.hostKey = *out;
            if (prompter->ask(ask, stop).accepted) {
                if (ssh_session_update_known_hosts(session) == SSH_OK)
                    return {};
                params.insert(QStringLiteral("detail"), QString::fromUtf8(ssh_get_error(session)));
                return RpcError::make(codes::kKnownHostsUnwritable, params);
            }
        }
        return RpcError::make(codes::kHostKeyUnknown, params);
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    params.insert(QStringLiteral("detail"), QString::fromUtf8(ssh_get_error(session)));
    return RpcError::make(codes::kKnownHostsUnreadable, params);
}

} // namespace twinha::agentlink
