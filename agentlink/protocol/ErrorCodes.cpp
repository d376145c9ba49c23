#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::protocol::codes {

QStringList allCodes()
{
    QStringList all{
        kParseError,           kInvalidRequest,       kMethodNotFound,
        kInvalidParams,        kInternalError,        kPermissionDenied,
        kDaemonUnreachable,    kDaemonConnectionLost, kProtocolVersionUnsupported,
        kHostUnreachable,      kConnectTimeout,       kHostKeyUnknown,
        kHostKeyChanged,       kHostKeyOtherType,     kKnownHostsUnreadable,
        kAuthFailed,           kIdentityUnreadable,   kSshError,
        kChannelFailed,        kAgentCommandFailed,   kMalformedMessage,
        kLineTooLong,          kRequestTimeout,       kConnectionLost,
        kProfileUnreadable,    kProfileInvalid,       kAuthCancelled,
        kKnownHostsUnwritable,
    };
    // The coordinator's codes: readiness reasons and switchover results.
    all << kPeerUnreachable << kPeerNoResponse << kConfigMismatch << kOperationInProgress << kOperationNotFound
        << kOperationNotCancellable << kOperationCancelled << kGroupNotRunning << kGroupFailed << kSplitBrain
        << kNoActiveNode << kAlreadyActive << kUnknownGroup << kUnknownNode << kStateWriteFailed;
    return all;
}

} // namespace twinha::protocol::codes
