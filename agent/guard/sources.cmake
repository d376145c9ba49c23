# The dead-man switch: a guard process beside the daemon that stops this node's groups before the
# peer may take them over, when the daemon dies or freezes and can no longer do it itself.
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeadManGuard.cpp ${CMAKE_CURRENT_LIST_DIR}/DeadManGuard.h
    ${CMAKE_CURRENT_LIST_DIR}/GuardCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/GuardCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/GuardKeeper.cpp ${CMAKE_CURRENT_LIST_DIR}/GuardKeeper.h
)
