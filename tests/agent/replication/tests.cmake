# Replication: the pieces alone, then whole channels against real rsync and real commands.
twinha_add_test(TestInotifyWatcher SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestInotifyWatcher.cpp
    LIBS twinha_agentcore LABELS agent unit)
twinha_add_test(TestPendingChanges SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPendingChanges.cpp
    LIBS twinha_agentcore LABELS agent unit)
twinha_add_test(TestRsyncTempFiles SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestRsyncTempFiles.cpp
    LIBS twinha_agentcore LABELS agent unit)
twinha_add_test(TestCommandChannel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCommandChannel.cpp
    LIBS twinha_agentcore LABELS agent)
twinha_add_test(TestMirrorChannel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMirrorChannel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MirrorCluster.h LIBS twinha_agentcore LABELS agent TIMEOUT 300)
# No silent data loss: the kept sets after a split, their hooks and their keeper, then whole
# channels against real rsync.
twinha_add_test(TestKeptSet SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestKeptSet.cpp
    LIBS twinha_agentcore LABELS agent unit)
twinha_add_test(TestDivergenceHooks SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDivergenceHooks.cpp
    LIBS twinha_agentcore LABELS agent unit)
twinha_add_test(TestDivergenceKeeper SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDivergenceKeeper.cpp
    LIBS twinha_agentcore LABELS agent unit)
twinha_add_test(TestDivergenceKeeping SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDivergenceKeeping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MirrorCluster.h LIBS twinha_agentcore LABELS agent TIMEOUT 300)
# The mirror over ssh: two real sshd, keys exchanged as the console does it (needs twinha-agent
# for the forced command, mirror-serve).
twinha_add_test(TestMirrorOverSsh SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMirrorOverSsh.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MirrorCluster.h ${CMAKE_CURRENT_LIST_DIR}/SshServer.h
    ${CMAKE_CURRENT_LIST_DIR}/SshMirror.h LIBS twinha_agentcore LABELS agent TIMEOUT 300)
twinha_add_test(TestMirrorSshPieces SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMirrorSshPieces.cpp
    LIBS twinha_agentcore LABELS agent unit)
