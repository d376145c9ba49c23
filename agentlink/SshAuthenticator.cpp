#include "agentlink/SshAuthenticator.h"

#include "agentlink/SshHandles.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QDir>
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

SshAuthenticator::SshAuthenticator(ssh_session session, const NodeEndpoint& endpoint, CredentialPrompter* prompter,
                                   const LinkStop& stop)
    : m_session(session)
    , m_endpoint(endpoint)
    , m_prompter(prompter)
    , m_stop(stop)
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
    QList<QPair<int, Step>> chain;
    const bool named = !m_endpoint.identityFile.isEmpty();
    if (named)
        chain.append({SSH_AUTH_METHOD_PUBLICKEY, &SshAuthenticator::tryIdentity});
    if (!m_endpoint.identitiesOnly)
        chain.append({SSH_AUTH_METHOD_PUBLICKEY, &SshAuthenticator::tryAgent});
    if (!named)
        chain.append({SSH_AUTH_METHOD_PUBLICKEY, &SshAuthenticator::tryDefaultKeys});
    chain.append({SSH_AUTH_METHOD_INTERACTIVE, &SshAuthenticator::tryKeyboardInteractive});
    chain.append({SSH_AUTH_METHOD_PASSWORD, &SshAuthenticator::tryPassword});
    for (const auto& [method, step] : std::as_const(chain)) {
        if (!(methods & method) || m_cancelled || m_stop.requested())
            continue;
        rc = (this->*step)();
        if (rc == SSH_AUTH_SUCCESS)
            return {};
        if (rc == SSH_AUTH_ERROR || rc == SSH_AUTH_AGAIN)
            return stopped(rc, params);
    }
    params.insert(QStringLiteral("tried"), m_tried.join(QLatin1Char(',')));
    if (!m_keyTooOpen.isEmpty() && !m_cancelled) {
        params.insert(QStringLiteral("identity"), m_problemKey);
        params.insert(QStringLiteral("mode"), m_keyTooOpen);
        return RpcError::make(codes::kIdentityTooOpen, params);
    }
    if (m_passphraseNeeded) {
        params.insert(QStringLiteral("identity"), m_problemKey);
        return RpcError::make(codes::kKeyPassphraseNeeded, params);
    }
    if (m_keyUnloadable) {
        params.insert(QStringLiteral("identity"), m_problemKey);
        return RpcError::make(m_passphraseAsks > 0 ? codes::kKeyPassphraseWrong : codes::kIdentityUnreadable, params);
    }
    return RpcError::make(m_cancelled ? codes::kAuthCancelled : codes::kAuthFailed, params);
}

RpcError SshAuthenticator::stopped(int rc, QJsonObject params) const
{
    const QString detail = QString::fromUtf8(ssh_get_error(m_session));
    params.insert(QStringLiteral("tried"), m_tried.join(QLatin1Char(',')));
    // sshd gives up after MaxAuthTries keys: it disconnects, or libssh is left waiting for an answer
    // that never comes and then refuses the next call ("Bad call during pending SSH call"). Neither
    // is worth showing as libssh puts it.
    const bool gaveUp = rc == SSH_AUTH_AGAIN || !ssh_is_connected(m_session) ||
                        detail.contains(QLatin1String("pending SSH call")) ||
                        detail.contains(QLatin1String("Too many authentication failures"), Qt::CaseInsensitive);
    if (gaveUp && !m_tried.isEmpty())
        return RpcError::make(codes::kAuthTooManyTries, params);
    if (gaveUp)
        return RpcError::make(codes::kConnectionLost, params);
    params.insert(QStringLiteral("detail"), detail);
    return RpcError::make(codes::kSshError, params);
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
    if (!auth->m_prompter) { // twinhactl without a terminal, for instance: say so, do not call it unreadable
        auth->m_nobodyToAsk = true;
        return -1;
    }
    if (auth->m_cancelled)
        return -1;
    ++auth->m_passphraseAsks;
    PromptRequest r = auth->request(PromptRequest::Kind::KeyPassphrase);
    r.keyFile = auth->m_currentKey;
    const PromptAnswer answer = auth->m_prompter->ask(r, auth->m_stop);
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

int SshAuthenticator::tryIdentity()
{
    m_tried << QStringLiteral("key");
    return tryKeyFile(m_endpoint.identityFile, true);
}

int SshAuthenticator::tryDefaultKeys()
{
    // Our own walk rather than ssh_userauth_publickey_auto, which asks the ssh-agent once more.
    m_tried << QStringLiteral("default-keys");
    for (const char* name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString file = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
        if (!QFile::exists(file))
            continue;
        const int rc = tryKeyFile(file, false);
        if (rc != SSH_AUTH_DENIED || m_cancelled)
            return rc;
    }
    return SSH_AUTH_DENIED;
}

int SshAuthenticator::tryKeyFile(const QString& file, bool named)
{
    m_currentKey = file;
    const QByteArray path = QFile::encodeName(file);
    // As OpenSSH: a private key that others may read is not used at all.
    struct stat st
    {};
    if (::stat(path.constData(), &st) == 0 && (st.st_mode & 077) != 0) {
        m_keyTooOpen = QStringLiteral("%1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
        m_problemKey = file;
        return SSH_AUTH_DENIED;
    }
    ssh_key rawPub = nullptr;
    if (ssh_pki_import_pubkey_file(QFile::encodeName(file + QStringLiteral(".pub")).constData(), &rawPub) == SSH_OK) {
        SshKeyPtr pub(rawPub);
        const int rc = ssh_userauth_try_publickey(m_session, nullptr, pub.get());
        if (rc != SSH_AUTH_SUCCESS)
            return rc;
    }
    // Up to three passphrase attempts, as OpenSSH allows.
    m_nobodyToAsk = false;
    for (int attempt = 0; attempt < 3 && !m_cancelled && !m_nobodyToAsk; ++attempt) {
        ssh_key raw = nullptr;
        if (ssh_pki_import_privkey_file(path.constData(), nullptr, &SshAuthenticator::passphraseCallback, this, &raw) ==
            SSH_OK) {
            SshKeyPtr key(raw);
            return ssh_userauth_publickey(m_session, nullptr, key.get());
        }
        if (!QFile::exists(file))
            break;
    }
    if (m_cancelled)
        return SSH_AUTH_DENIED;
    m_passphraseNeeded = m_passphraseNeeded || m_nobodyToAsk;
    // A default key libssh cannot read (an unknown format, say) is skipped, as ssh skips it.
    if (m_nobodyToAsk || named || m_passphraseAsks > 0) {
        m_problemKey = file;
        m_keyUnloadable = m_keyUnloadable || !m_nobodyToAsk;
    }
    return SSH_AUTH_DENIED;
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
            const PromptAnswer answer = m_prompter->ask(r, m_stop);
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
    const PromptAnswer answer = m_prompter->ask(request(PromptRequest::Kind::Password), m_stop);
    if (!answer.accepted || answer.secrets.isEmpty()) {
        m_cancelled = true;
        return SSH_AUTH_DENIED;
    }
    return ssh_userauth_password(m_session, nullptr, answer.secrets.first().constData());
}

} // namespace twinha::agentlink
