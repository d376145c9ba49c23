# The heartbeat layer of twinha-agent: signed UDP datagrams on every link, and the peer's liveness.
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ClusterKey.cpp ${CMAKE_CURRENT_LIST_DIR}/ClusterKey.h
    ${CMAKE_CURRENT_LIST_DIR}/GuardRelay.cpp ${CMAKE_CURRENT_LIST_DIR}/GuardRelay.h
    ${CMAKE_CURRENT_LIST_DIR}/Heartbeat.cpp ${CMAKE_CURRENT_LIST_DIR}/Heartbeat.h
    ${CMAKE_CURRENT_LIST_DIR}/HeartbeatWorker.cpp ${CMAKE_CURRENT_LIST_DIR}/HeartbeatWorker.h
    ${CMAKE_CURRENT_LIST_DIR}/HeartbeatIdentity.h
    ${CMAKE_CURRENT_LIST_DIR}/HeartbeatLink.cpp ${CMAKE_CURRENT_LIST_DIR}/HeartbeatLink.h
    ${CMAKE_CURRENT_LIST_DIR}/HeartbeatPacket.cpp ${CMAKE_CURRENT_LIST_DIR}/HeartbeatPacket.h
    ${CMAKE_CURRENT_LIST_DIR}/LogThrottle.cpp ${CMAKE_CURRENT_LIST_DIR}/LogThrottle.h
    ${CMAKE_CURRENT_LIST_DIR}/LossMeter.cpp ${CMAKE_CURRENT_LIST_DIR}/LossMeter.h
    ${CMAKE_CURRENT_LIST_DIR}/PacketComposer.cpp ${CMAKE_CURRENT_LIST_DIR}/PacketComposer.h
    ${CMAKE_CURRENT_LIST_DIR}/PacketValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/PacketValidator.h
    ${CMAKE_CURRENT_LIST_DIR}/PeerAddress.cpp ${CMAKE_CURRENT_LIST_DIR}/PeerAddress.h
    ${CMAKE_CURRENT_LIST_DIR}/PeerView.cpp ${CMAKE_CURRENT_LIST_DIR}/PeerView.h
    ${CMAKE_CURRENT_LIST_DIR}/RealtimePriority.cpp ${CMAKE_CURRENT_LIST_DIR}/RealtimePriority.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplayGuard.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplayGuard.h
    ${CMAKE_CURRENT_LIST_DIR}/RttEstimator.cpp ${CMAKE_CURRENT_LIST_DIR}/RttEstimator.h
    ${CMAKE_CURRENT_LIST_DIR}/SignedDatagram.cpp ${CMAKE_CURRENT_LIST_DIR}/SignedDatagram.h
    ${CMAKE_CURRENT_LIST_DIR}/ThreadHoldWatch.cpp ${CMAKE_CURRENT_LIST_DIR}/ThreadHoldWatch.h
)
