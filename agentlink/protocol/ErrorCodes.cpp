#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::protocol::codes {

QStringList allCodes()
{
    return {
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
}

} // namespace twinha::protocol::codes
