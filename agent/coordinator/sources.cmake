# The coordinator: the agents' decisions (who holds which group), switchover transactions,
# the status they publish and the control methods that drive them.
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ClientCredentials.cpp ${CMAKE_CURRENT_LIST_DIR}/ClientCredentials.h
    ${CMAKE_CURRENT_LIST_DIR}/ClusterDecider.cpp ${CMAKE_CURRENT_LIST_DIR}/ClusterDecider.h
    ${CMAKE_CURRENT_LIST_DIR}/NodeClaims.cpp ${CMAKE_CURRENT_LIST_DIR}/NodeClaims.h
    ${CMAKE_CURRENT_LIST_DIR}/ClusterRules.cpp ${CMAKE_CURRENT_LIST_DIR}/ClusterRules.h
    ${CMAKE_CURRENT_LIST_DIR}/ClusterSnapshot.cpp ${CMAKE_CURRENT_LIST_DIR}/ClusterSnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/Coordinator.cpp ${CMAKE_CURRENT_LIST_DIR}/Coordinator.h
    ${CMAKE_CURRENT_LIST_DIR}/CoordinatorMethods.cpp ${CMAKE_CURRENT_LIST_DIR}/CoordinatorMethods.h
    ${CMAKE_CURRENT_LIST_DIR}/DrainTransaction.cpp ${CMAKE_CURRENT_LIST_DIR}/DrainTransaction.h
    ${CMAKE_CURRENT_LIST_DIR}/GroupRecovery.cpp ${CMAKE_CURRENT_LIST_DIR}/GroupRecovery.h
    ${CMAKE_CURRENT_LIST_DIR}/EventLog.cpp ${CMAKE_CURRENT_LIST_DIR}/EventLog.h
    ${CMAKE_CURRENT_LIST_DIR}/LocalGroups.cpp ${CMAKE_CURRENT_LIST_DIR}/LocalGroups.h
    ${CMAKE_CURRENT_LIST_DIR}/Maintenance.cpp ${CMAKE_CURRENT_LIST_DIR}/Maintenance.h
    ${CMAKE_CURRENT_LIST_DIR}/Operation.cpp ${CMAKE_CURRENT_LIST_DIR}/Operation.h
    ${CMAKE_CURRENT_LIST_DIR}/OperationRunner.cpp ${CMAKE_CURRENT_LIST_DIR}/OperationRunner.h
    ${CMAKE_CURRENT_LIST_DIR}/OperationRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/OperationRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplicationSet.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplicationSet.h
    ${CMAKE_CURRENT_LIST_DIR}/SwitchoverCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/SwitchoverCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/SwitchoverTransaction.cpp ${CMAKE_CURRENT_LIST_DIR}/SwitchoverTransaction.h
    ${CMAKE_CURRENT_LIST_DIR}/TargetStart.cpp ${CMAKE_CURRENT_LIST_DIR}/TargetStart.h
    ${CMAKE_CURRENT_LIST_DIR}/TiebreakerGate.cpp ${CMAKE_CURRENT_LIST_DIR}/TiebreakerGate.h
    ${CMAKE_CURRENT_LIST_DIR}/OperationContext.h
    ${CMAKE_CURRENT_LIST_DIR}/CoordinatorEvents.cpp ${CMAKE_CURRENT_LIST_DIR}/CoordinatorRequests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CoordinatorRecovery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CoordinatorStatus.cpp ${CMAKE_CURRENT_LIST_DIR}/SwitchoverCheckReport.cpp
)
