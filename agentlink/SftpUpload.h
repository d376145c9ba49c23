#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QString>

namespace twinha::agentlink {

class SshConnection;

// Copies a local file to `remotePath` over the session's SFTP subsystem (mode 0644), in chunks,
// giving up at once when the connection's stop is requested. INSTALL_UPLOAD_FAILED {node, path,
// detail} when it cannot.
protocol::RpcError sftpUpload(SshConnection& connection, const QString& localPath, const QString& remotePath);

} // namespace twinha::agentlink
