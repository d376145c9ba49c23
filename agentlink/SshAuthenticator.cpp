#include "agentlink/SshAuthenticator.h"

#include "agentlink/SshHandles.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QFile>

#include <QStringList>
#include <sys/stat.h>

#include <cstring>

namespace twinha::agentlink {

using protocol::RpcError;
namespace codes = protocol::codes;

namespace {
QStringList methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    return names;
}
} // namespace

SshAuthenticator::SshAuthenticator(ssh_session session, const NodeEndpoint& endpoint, CredentialPrompter* prompter)
    : m_session(session)
    , m_endpoint(endpoint)
    , m_prompter(prompter)
{}

PromptRequest SshAuthenticator::request(PromptRequest::Kind kind) const
{
    PromptRequest r;
    r.kind = kind;
    r.node = m_endpoint.name;
    r.host = m_endpoint.host;
    r.port = m_endpoint.port;
    r.user = m_endpoint.user;
    return r;
}

RpcError SshAuthenticator::authenticate()
{
    QJsonObject params{{QStringLiteral("node"), m_endpoint.name},
                       {QStringLiteral("host"), m_endpoint.host},
                       {QStringLiteral("port"), m_endpoint.port},
                       {QStringLiteral("user"), m_endpoint.user}};
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    const int methods = ssh_userauth_list(m_session, nullptr);
    params.insert(QStringLiteral("offered"), methodNames(methods).join(QLatin1Char(',')));

    using Step = int (SshAuthenticator::*)();
    const QList<QPair<int, Step>> chain{
        {SSH_AUTH_METHOD_PUBLICKEY, &SshAuthenticator::tryAgent},
        {SSH_AUTH_METHOD_PUBLICKEY,
         m_endpoint.identityFile.isEmpty() ? &SshAuthenticator::tryDefaultKeys : &SshAuthenticator::tryKeyFile},
        {SSH_AUTH_METHOD_INTERACTIVE, &SshAuthenticator::tryKeyboardInteractive},
        {SSH_AUTH_METHOD_PASSWORD, &SshAuthenticator::tryPassword},
    };
    for (const auto& [method, step] : chain) {
        if (!(methods & method) || m_cancelled)
            continue;
        rc = (this->*step)();
        if (rc == SSH_AUTH_SUCCESS)
            return {};
        if (rc == SSH_AUTH_ERROR) {
            params.insert(QStringLiteral("detail"), QString::fromUtf8(ssh_get_error(m_session)));
            return RpcError::make(codes::kSshError, params);
        }
    }
    params.insert(QStringLiteral("tried"), m_tried.join(QLatin1Char(',')));
    if (!m_keyTooOpen.isEmpty() && !m_cancelled) {
        params.insert(QStringLiteral("identity"), m_endpoint.identityFile);
        params.insert(QStringLiteral("mode"), m_keyTooOpen);
        return RpcError::make(codes::kIdentityTooOpen, params);
    }
    if (m_keyUnloadable) {
        params.insert(QStringLiteral("identity"), m_endpoint.identityFile);
        return RpcError::make(m_passphraseAsks > 0 ? codes::kKeyPassphraseWrong : codes::kIdentityUnreadable, params);
    }
    return RpcError::make(m_cancelled ? codes::kAuthCancelled : codes::kAuthFailed, params);
}

int SshAuthenticator::tryAgent()
{
    if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        return SSH_AUTH_DENIED;
    m_tried << QStringLiteral("agent");
    return ssh_userauth_agent(m_session, nullptr);
}

int SshAuthenticator::passphraseCallback(const char*, char* buf, size_t len, int, int, void* self)
{
    auto* auth = static_cast<SshAuthenticator*>(self);
    if (!auth->m_prompter || auth->m_cancelled)
        return -1;
    ++auth->m_passphraseAsks;
    PromptRequest r = auth->request(PromptRequest::Kind::KeyPassphrase);
    r.keyFile = auth->m_currentKey;
    const PromptAnswer answer = auth->m_prompter->ask(r);
    if (!answer.accepted || answer.secrets.isEmpty()) {
        auth->m_cancelled = true;
        return -1;
    }
    const QByteArray& secret = answer.secrets.first();
    if (static_cast<size_t>(secret.size()) + 1 > len)
        return -1;
    std::memcpy(buf, secret.constData(), secret.size());
    buf[secret.size()] = '\0';
    return 0;
}

int SshAuthenticator::tryKeyFile()
{
    m_tried << QStringLiteral("key");
    m_currentKey = m_endpoint.identityFile;
    const QByteArray path = QFile::encodeName(m_endpoint.identityFile);
    // As OpenSSH: a private key that others may read is not used at all.
    struct stat st
    {};
    if (::stat(path.constData(), &st) == 0 && (st.st_mode & 077) != 0) {
        m_keyTooOpen = QStringLiteral("%1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
        return SSH_AUTH_DENIED;
    }
    // Up to three passphrase attempts, as OpenSSH allows.
    for (int attempt = 0; attempt < 3 && !m_cancelled; ++attempt) {
        ssh_key raw = nullptr;
        if (ssh_pki_import_privkey_file(path.constData(), nullptr, &SshAuthenticator::passphraseCallback, this, &raw) ==
            SSH_OK) {
            SshKeyPtr key(raw);
            return ssh_userauth_publickey(m_session, nullptr, key.get());
        }
        if (!QFile::exists(m_endpoint.identityFile))
            break;
    }
    m_keyUnloadable = !m_cancelled;
    return SSH_AUTH_DENIED;
}

int SshAuthenticator::tryDefaultKeys()
{
    m_tried << QStringLiteral("default-keys");
    m_currentKey = QStringLiteral("~/.ssh/id_*");
    return ssh_userauth_publickey_auto(m_session, nullptr, nullptr);
}

int SshAuthenticator::tryKeyboardInteractive()
{
    if (!m_prompter)
        return SSH_AUTH_DENIED;
    m_tried << QStringLiteral("keyboard-interactive");
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    for (int round = 0; rc == SSH_AUTH_INFO && round < 8; ++round) {
        const int n = ssh_userauth_kbdint_getnprompts(m_session);
        PromptRequest r = request(PromptRequest::Kind::KeyboardInteractive);
        r.name = QString::fromUtf8(ssh_userauth_kbdint_getname(m_session));
        r.instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_session));
        for (int i = 0; i < n; ++i) {
            char echo = 0;
            r.prompts << QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_session, i, &echo));
            r.echo << (echo != 0);
        }
        if (n > 0) {
            const PromptAnswer answer = m_prompter->ask(r);
            if (!answer.accepted || answer.secrets.size() < n) {
                m_cancelled = true;
                return SSH_AUTH_DENIED;
            }
            for (int i = 0; i < n; ++i)
                if (ssh_userauth_kbdint_setanswer(m_session, i, answer.secrets.at(i).constData()) < 0)
                    return SSH_AUTH_ERROR;
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    return rc;
}

int SshAuthenticator::tryPassword()
{
    if (!m_prompter)
        return SSH_AUTH_DENIED;
    m_tried << QStringLiteral("password");
    const PromptAnswer answer = m_prompter->ask(request(PromptRequest::Kind::Password));
    if (!answer.accepted || answer.secrets.isEmpty()) {
        m_cancelled = true;
        return SSH_AUTH_DENIED;
    }
    return ssh_userauth_password(m_session, nullptr, answer.secrets.first().constData());
}

} // namespace twinha::agentlink
