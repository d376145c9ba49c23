#pragma once

#include "agentlink/CredentialPrompter.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/protocol/RpcError.h"

#include <libssh/libssh.h>

namespace twinha::agentlink {

// Authenticates a connected, host-verified session, in the order administrators expect:
// "none" (to learn the server's methods); the profile's key file, asking for its passphrase if it
// is encrypted, before the ssh-agent, so that an agent holding many keys cannot use up sshd's
// MaxAuthTries first; without a key file, the ssh-agent and then the user's default keys;
// keyboard-interactive; password. With identities_only the agent is never asked, as OpenSSH's
// IdentitiesOnly. Secrets come from the prompter and are wiped after use; none is ever stored.
class SshAuthenticator
{
public:
    SshAuthenticator(ssh_session session, const NodeEndpoint& endpoint, CredentialPrompter* prompter,
                     const LinkStop& stop);

    protocol::RpcError authenticate();

private:
    int tryAgent();
    int tryIdentity();
    int tryDefaultKeys();
    // One private key file: skipped when others may read it; offered as a public key first when
    // its .pub is beside it, so a passphrase is asked only for a key the server would accept.
    int tryKeyFile(const QString& file, bool named);
    int tryKeyboardInteractive();
    int tryPassword();
    // The error for a step that ended in SSH_AUTH_ERROR or SSH_AUTH_AGAIN.
    protocol::RpcError stopped(int rc, QJsonObject params) const;
    PromptRequest request(PromptRequest::Kind kind) const;
    static int passphraseCallback(const char* prompt, char* buf, size_t len, int echo, int verify, void* self);

    ssh_session m_session;
    const NodeEndpoint& m_endpoint;
    CredentialPrompter* m_prompter;
    const LinkStop& m_stop;
    QString m_currentKey;
    QString m_problemKey; // the key file the errors below are about
    bool m_cancelled = false;
    QString m_keyTooOpen; // the mode of a key file others may read, which was not used
    bool m_keyUnloadable = false;
    bool m_passphraseNeeded = false; // an encrypted key and no prompter to ask for its passphrase
    bool m_nobodyToAsk = false;      // the same, for the key being loaded now
    int m_passphraseAsks = 0;        // > 0: the key is encrypted, so a failed load means a wrong passphrase
    QStringList m_tried;
};

} // namespace twinha::agentlink
