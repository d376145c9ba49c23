# Replication monitors: rsync mirrors (continuous, following the active node) and user commands.
set(_repl ${CMAKE_CURRENT_LIST_DIR})
target_sources(twinha_agentcore PRIVATE
    ${_repl}/AuthorizedKeys.cpp ${_repl}/AuthorizedKeys.h
    ${_repl}/CommandChannel.cpp ${_repl}/CommandChannel.h
    ${_repl}/PostgresChannel.cpp ${_repl}/PostgresChannel.h
    ${_repl}/CommandReport.cpp ${_repl}/CommandReport.h
    ${_repl}/DivergenceHooks.cpp ${_repl}/DivergenceHooks.h
    ${_repl}/DivergenceKeeper.cpp ${_repl}/DivergenceKeeper.h
    ${_repl}/DivergenceMethods.cpp ${_repl}/DivergenceMethods.h
    ${_repl}/DivergenceStore.cpp ${_repl}/DivergenceStore.h
    ${_repl}/FolderTimes.cpp ${_repl}/FolderTimes.h
    ${_repl}/InotifyWatcher.cpp ${_repl}/InotifyWatcher.h
    ${_repl}/KeptSet.cpp ${_repl}/KeptSet.h
    ${_repl}/MirrorChannel.cpp ${_repl}/MirrorChannel.h
    ${_repl}/MirrorSecret.cpp ${_repl}/MirrorSecret.h
    ${_repl}/MirrorSender.cpp ${_repl}/MirrorSender.h
    ${_repl}/MirrorServe.cpp ${_repl}/MirrorServe.h
    ${_repl}/MirrorServers.cpp ${_repl}/MirrorServers.h
    ${_repl}/MirrorSshKey.cpp ${_repl}/MirrorSshKey.h
    ${_repl}/MirrorSshMethods.cpp ${_repl}/MirrorSshMethods.h
    ${_repl}/MirrorTransport.cpp ${_repl}/MirrorTransport.h
    ${_repl}/PendingChanges.cpp ${_repl}/PendingChanges.h
    ${_repl}/ProcessOutput.h
    ${_repl}/ReceiverGate.cpp ${_repl}/ReceiverGate.h
    ${_repl}/ReplicationChannel.cpp ${_repl}/ReplicationChannel.h
    ${_repl}/ReplicationChannelFactory.cpp ${_repl}/ReplicationChannelFactory.h
    ${_repl}/ReplicationRole.h
    ${_repl}/RetryBackoff.h
    ${_repl}/RsyncPush.cpp ${_repl}/RsyncPush.h
    ${_repl}/RsyncReceiver.cpp ${_repl}/RsyncReceiver.h
    ${_repl}/RsyncTempFiles.cpp ${_repl}/RsyncTempFiles.h
    ${_repl}/SshPublicKey.cpp ${_repl}/SshPublicKey.h
)
unset(_repl)
