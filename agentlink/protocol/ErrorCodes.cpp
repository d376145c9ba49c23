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
        kKnownHostsUnwritable, kAgentShellOutput,     kIdentityTooOpen,
    };
    // The coordinator's codes: readiness reasons and switchover results.
    all << kPeerUnreachable << kPeerNoResponse << kConfigMismatch << kOperationInProgress << kOperationNotFound
        << kOperationNotCancellable << kOperationCancelled << kGroupNotRunning << kGroupFailed << kSplitBrain
        << kNoActiveNode << kAlreadyActive << kUnknownGroup << kUnknownNode << kStateWriteFailed;
    // The witness and the protection level.
    all << kWitnessLeaseLost << kWitnessLeaseHeld << kWitnessUnreachable << kWitnessStoreFailed << kPingOnlyProtection;
    all << kFenceFailed << kFenceRequired << kMaintenanceMode;
    all << kKeyPassphraseNeeded << kAuthTooManyTries;
    all << kInstallUnsupportedSystem << kInstallNoPackage << kInstallPackageMismatch << kInstallNoPrivilege
        << kInstallSudoCancelled << kInstallSudoPasswordWrong << kInstallUploadFailed << kInstallCommandFailed
        << kInstallAgentNotStarted;
    // The engine's codes: heartbeat, resources, replication, journal.
    all << kKeyPassphraseWrong << kJumpForwardFailed << kClusterKeyUnreadable << kHeartbeatBindFailed
        << kResourceStartFailed << kResourceStopFailed << kResourceTimeout << kResourceNotRunning << kVipAddressInUse
        << kVipInterfaceMissing << kUnitNotFound << kTiebreakerUnreachable << kReplicationLagTooHigh
        << kReplicationSyncFailed << kReplicationPathMissing << kReplicationReceiverFailed << kReplicationCommandFailed
        << kReplicationOutputInvalid << kReplicationDrainTimeout << kJournalWriteFailed << kJournalChainBroken
        << kJournalReadFailed;
    all << kReplicationLagBytesTooHigh << kPgNotRunning << kPgIsStandby << kPgIsPrimary << kPgCommandFailed << kPgHeld
        << kPgRewindFailed << kPgPrimaryUnreachable << kPgNotCleanlyStopped << kPgStandbyBehind
        << kPgStandbyNotStreaming;
    all << kPgLsclustersMissing << kPgClusterDown << kPgWalLevelMinimal << kPgNoWalSenders << kPgHotStandbyOff
        << kPgRewindNotPossible << kPgNoReplicationUser << kPgUserLacksReplication << kPgHbaNoReplication
        << kPgSlotInactive << kPgClusterRunning << kPgDataDirFailed << kPgCopyRunning << kPgClusterUnknown;
    all << kDivergenceNotFound; // the sets a resync kept (divergence.show)
    all << kMirrorSshKeyFailed << kMirrorSshTrustFailed << kMirrorHostKeyMissing;
    // Config validation and apply (the setup wizard).
    all << kConfigSyntax << kConfigFieldMissing << kConfigFieldInvalid << kConfigInvalid << kConfigChangedOnDisk
        << kConfigWriteFailed << kConfigReloadFailed << kSystemdUnavailable << kNodeWalksBusy << kNotifyNotDelivered;
    all << kConfigApplyBusy << kConfigApplyNotPrepared << kConfigPeerUnheard;
    return all;
}

} // namespace twinha::protocol::codes
