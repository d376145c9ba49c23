# Heartbeat layer tests. TestHeartbeat and TestHeartbeatAttacks run Heartbeat instances over 127.0.0.1
# on free UDP ports.
foreach(t TestClusterKey TestHeartbeatPacket TestReplayGuard TestLossMeter TestPeerView)
    twinha_add_test(${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp LIBS twinha_agentcore LABELS agent unit)
endforeach()
foreach(t TestHeartbeat TestHeartbeatAttacks TestHeartbeatThread)
    twinha_add_test(${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/HeartbeatTestSupport.h
        LIBS twinha_agentcore LABELS agent TIMEOUT 120)
endforeach()
