// The sentences of a configuration change's two-phase apply (the agent's ConfigApply):
// config_prepared, config_committed, config_aborted, config_rolled_back, config_settled and
// config_peer_unheard.
#include "agentlink/EventText.h"
#include "agentlink/protocol/ConfigChange.h"

namespace twinha::agentlink {

using protocol::EventType;

QString EventText::configChange(EventType type, const QJsonObject& data)
{
    const QString tx = str(data, "tx");
    const QString checksum = str(data, "checksum").left(12);
    if (type == EventType::ConfigPrepared)
        return tr("Configuration %1 checked and staged (change %2); automatic failover is frozen for up to %3 ms.")
            .arg(checksum, tx, str(data, "timeout_ms"));
    if (type == EventType::ConfigCommitted)
        return str(data, "backup").isEmpty()
                   ? tr("Configuration %1 written and loaded (change %2).").arg(checksum, tx)
                   : tr("Configuration %1 written and loaded (change %2); the previous file is kept as %3.")
                         .arg(checksum, tx, str(data, "backup"));
    if (type == EventType::ConfigAborted)
        return tr("Configuration change %1 aborted: the staged configuration was dropped.").arg(tx);
    if (type == EventType::ConfigRolledBack)
        return protocol::configRollbackCauseFrom(str(data, "cause")) == protocol::ConfigRollbackCause::Restart
                   ? tr("Configuration change %1 rolled back: the agent restarted while it was prepared. The "
                        "running configuration stays.")
                         .arg(tx)
                   : tr("Configuration change %1 rolled back: no commit came within %2 ms. The running "
                        "configuration stays.")
                         .arg(tx, str(data, "timeout_ms"));
    if (type == EventType::ConfigSettled)
        return tr("Both nodes run configuration %1 and hear each other on it (after %2 ms); automatic failover is "
                  "active again.")
            .arg(checksum, str(data, "after_ms"));
    return codeSentence(data); // config_peer_unheard: the code and its parameters
}

} // namespace twinha::agentlink
