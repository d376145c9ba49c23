# Replication: the pieces alone, then whole channels against real rsync and real commands.
twinha_add_test(TestInotifyWatcher SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestInotifyWatcher.cpp
    LIBS twinha_agentcore LABELS agent unit)
twinha_add_test(TestPendingChanges SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPendingChanges.cpp
    LIBS twinha_agentcore LABELS agent unit)
twinha_add_test(TestCommandChannel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCommandChannel.cpp
    LIBS twinha_agentcore LABELS agent)
twinha_add_test(TestMirrorChannel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMirrorChannel.cpp
    LIBS twinha_agentcore LABELS agent TIMEOUT 300)
