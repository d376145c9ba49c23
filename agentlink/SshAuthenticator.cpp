#include "agentlink/SshAuthenticator.h"

#include "agentlink/SshHandles.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QFile>
#include <QStringList>

namespace twinha::agentlink {

using protocol::RpcError;
namespace codes = protocol::codes;

namespace {
QStringList methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    return names;
}
} // namespace

RpcError SshAuthenticator::authenticate(ssh_session session, const NodeEndpoint& endpoint)
{
    QJsonObject params{{QStringLiteral("node"), endpoint.name},
                       {QStringLiteral("host"), endpoint.host},
                       {QStringLiteral("user"), endpoint.user}};

    int rc = ssh_userauth_none(session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR) {
        params.insert(QStringLiteral("detail"), QString::fromUtf8(ssh_get_error(session)));
        return RpcError::make(codes::kSshError, params);
    }
    const int methods = ssh_userauth_list(session, nullptr);
    params.insert(QStringLiteral("offered"), methodNames(methods).join(QLatin1Char(',')));

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (!endpoint.identityFile.isEmpty()) {
            if (!QFile::exists(endpoint.identityFile)) {
                params.insert(QStringLiteral("identity"), endpoint.identityFile);
                return RpcError::make(codes::kIdentityUnreadable, params);
            }
            ssh_key raw = nullptr;
            const QByteArray path = QFile::encodeName(endpoint.identityFile);
            if (ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &raw) != SSH_OK) {
                params.insert(QStringLiteral("identity"), endpoint.identityFile);
                return RpcError::make(codes::kIdentityUnreadable, params);
            }
            SshKeyPtr key(raw);
            rc = ssh_userauth_publickey(session, nullptr, key.get());
            if (rc == SSH_AUTH_SUCCESS)
                return {};
        } else {
            rc = ssh_userauth_publickey_auto(session, nullptr, nullptr);
            if (rc == SSH_AUTH_SUCCESS)
                return {};
        }
        if (rc == SSH_AUTH_ERROR) {
            params.insert(QStringLiteral("detail"), QString::fromUtf8(ssh_get_error(session)));
            return RpcError::make(codes::kSshError, params);
        }
    }
    return RpcError::make(codes::kAuthFailed, params);
}

} // namespace twinha::agentlink
