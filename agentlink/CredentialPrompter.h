#pragma once

#include "agentlink/HostKeyInfo.h"
#include "agentlink/LinkStop.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace twinha::agentlink {

// A question the link needs a person to answer while it connects.
struct PromptRequest
{
    enum class Kind
    {
        TrustHostKey,        // unknown host: show the fingerprint, accept or refuse
        KeyPassphrase,       // an encrypted private key
        Password,            // SSH password authentication
        KeyboardInteractive, // one round of server prompts
        SudoPassword,        // the user's sudo password on the node (installing the agent)
    };

    Kind kind = Kind::Password;
    QString node;
    QString host;
    int port = 22;
    QString user;
    QString keyFile;     // KeyPassphrase
    HostKeyInfo hostKey; // TrustHostKey
    QString name;        // KeyboardInteractive
    QString instruction; // KeyboardInteractive
    QStringList prompts; // KeyboardInteractive
    QList<bool> echo;    // KeyboardInteractive: whether each answer may be shown
};

// Secrets are wiped from memory when the answer is destroyed.
struct PromptAnswer
{
    bool accepted = false;     // false = the user cancelled
    QList<QByteArray> secrets; // one for a passphrase or password, one per prompt for keyboard-interactive

    PromptAnswer() = default;
    PromptAnswer(const PromptAnswer&) = default;
    PromptAnswer& operator=(const PromptAnswer&) = default;
    ~PromptAnswer()
    {
        for (QByteArray& s : secrets)
            s.fill('\0');
    }
};

// Answers the link's questions. ask() is called on a link worker thread and may block until the
// user answers; implementations must be thread-safe. When `stop` is requested (the console closes
// the cluster or quits) the question is moot: ask() should return a refusal at once, and must not
// need the thread that stops the link to do so (see PendingAnswer). The console's implementation
// shows dialogs on the GUI thread, twinhactl's reads the terminal, tests answer from a script.
class CredentialPrompter
{
public:
    virtual ~CredentialPrompter() = default;
    virtual PromptAnswer ask(const PromptRequest& request, const LinkStop& stop) = 0;
};

} // namespace twinha::agentlink
