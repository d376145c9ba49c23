#pragma once

#include "agentlink/NodeEndpoint.h"
#include "agentlink/protocol/RpcError.h"

#include <QList>
#include <QString>

#include <optional>

namespace twinha::agentlink {

// The console's description of one cluster: how to reach each of its two nodes. Stored as a
// small JSON file; relative paths inside it are resolved against the file's folder.
struct ClusterProfile
{
    QString name;
    QString path; // the file it was loaded from, if any
    QList<NodeEndpoint> nodes;

    // On failure returns nullopt and sets *error to PROFILE_UNREADABLE or PROFILE_INVALID, with
    // "path", and for invalid files "line", "column" and "field" where they are known.
    static std::optional<ClusterProfile> load(const QString& path, protocol::RpcError* error);
    static std::optional<ClusterProfile> fromJson(const QByteArray& json, const QString& baseDir,
                                                  protocol::RpcError* error);
};

} // namespace twinha::agentlink
