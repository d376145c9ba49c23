#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <optional>

namespace twinha::agent {

// The kept sets of this node (DivergenceKeeper, DivergenceStore), for operators:
//   divergence.list                -> {node, sets: [record + "present"], armed: [{channel, id, armed_at}]}
//   divergence.show {id, limit?}   -> {node, set: record, files: [{path, size, kind}], more}
// "kind" is "deleted" (the resync removed it here) or "overwritten" (the folder holds the peer's
// version now). An unknown id is DIVERGENCE_NOT_FOUND {id}. Operators only: the file names are
// the users' data.
class DivergenceMethods
{
public:
    static constexpr int kDefaultFiles = 200;
    static constexpr int kMaxFiles = 5000;

    DivergenceMethods(const QString& node, const QString& stateDir);

    // Nullopt for a method this class does not know.
    std::optional<protocol::RpcMessage> handle(const protocol::RpcMessage& request) const;

private:
    protocol::RpcMessage list(const protocol::RpcMessage& request) const;
    protocol::RpcMessage show(const protocol::RpcMessage& request) const;

    QString m_node;
    QString m_stateDir;
};

} // namespace twinha::agent
