#pragma once

#include "agentlink/CredentialPrompter.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/protocol/RpcError.h"

#include <libssh/libssh.h>

namespace twinha::agentlink {

// Authenticates a connected, host-verified session, in the order administrators expect:
// "none" (to learn the server's methods), ssh-agent, the profile's key file (asking for its
// passphrase if it is encrypted) or else the user's default keys, keyboard-interactive, password.
// Secrets come from the prompter and are wiped after use; none is ever stored.
class SshAuthenticator
{
public:
    SshAuthenticator(ssh_session session, const NodeEndpoint& endpoint, CredentialPrompter* prompter);

    protocol::RpcError authenticate();

private:
    int tryAgent();
    int tryKeyFile();
    int tryDefaultKeys();
    int tryKeyboardInteractive();
    int tryPassword();
    PromptRequest request(PromptRequest::Kind kind) const;
    static int passphraseCallback(const char* prompt, char* buf, size_t len, int echo, int verify, void* self);

    ssh_session m_session;
    const NodeEndpoint& m_endpoint;
    CredentialPrompter* m_prompter;
    QString m_currentKey;
    bool m_cancelled = false;
    QString m_keyTooOpen; // the mode of a key file others may read, which was not used
    bool m_keyUnloadable = false;
    int m_passphraseAsks = 0; // > 0: the key is encrypted, so a failed load means a wrong passphrase
    QStringList m_tried;
};

} // namespace twinha::agentlink
