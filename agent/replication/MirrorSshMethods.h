#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <QObject>

#include <functional>

namespace twinha::agent {

class EventLog;
class MirrorSshKey;

// The two steps that set up the mirror over ssh between the nodes, driven by the console (wizard
// or twinhactl), which carries the public halves and the host keys it verified itself:
//   mirror.ssh_key {}  -> {node, public_key}: this node's mirror key (MirrorSshKey), made if needed
//   mirror.ssh_trust {peer, public_key, host_keys} -> {node, peer, authorized_keys, host_key_alias}:
//     the peer's key goes into authorized_keys, able to run only `twinha-agent mirror-serve`
//     (AuthorizedKeys); the peer's host keys are pinned in STATE/mirror-ssh/known_hosts under
//     MirrorTransport::hostKeyAliasFor(peer), replacing what was pinned before.
// Operators only (not on ClientCredentials' observer list). A trust is journaled as mirror_trusted
// {peer, key (its SHA256 fingerprint), authorized_keys}: it lets a key in that runs a command as
// the agent's user. Failures: MIRROR_SSH_KEY_FAILED or
// MIRROR_SSH_TRUST_FAILED {path, detail}; malformed parameters: INVALID_PARAMS.
class MirrorSshMethods : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const protocol::RpcMessage&)>;

    struct Settings
    {
        QString node;
        QString stateDir;
        QString agentProgram;       // what the forced command runs: this agent's executable
        QString authorizedKeys;     // the agent user's ~/.ssh/authorized_keys
        EventLog* events = nullptr; // where mirror_trusted is journaled; none on a blank node
    };

    explicit MirrorSshMethods(const Settings& settings, QObject* parent = nullptr);
    ~MirrorSshMethods() override;

    // False for a method this class does not know; otherwise reply is called exactly once, now or
    // later, unless this object goes away first.
    // actor: who asked (ClientCredentials::actor()), for the journal.
    bool handle(const protocol::RpcMessage& request, const QString& actor, const Reply& reply);

private:
    protocol::RpcMessage trust(const protocol::RpcMessage& request, const QString& actor) const;

    Settings m_settings;
    MirrorSshKey* m_key;
};

} // namespace twinha::agent
