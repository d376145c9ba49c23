# The coordinator: pure decision rules with table tests, then the parts that act.
set(COORD_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})
foreach(test TestClusterDecider TestSwitchoverCheck TestNodeClaims TestClientCredentials TestStatusCoalescing
        TestTiebreakerGate TestLocalGroups TestMaintenance TestSplitBrainByWhatRuns TestEpochsPerGroup
        TestGroupRecovery)
    twinha_add_test(${test} SOURCES ${COORD_TEST_DIR}/${test}.cpp ${COORD_TEST_DIR}/CoordinatorTestConfig.h
        LIBS twinha_agentcore LABELS agent unit)
endforeach()
# The operations against a node's real groups, replication channel and state file (OperationRig.h);
# the test plays the peer through its payloads (TestCoordinator: through a heartbeat of its own).
foreach(test TestSwitchoverTransaction TestTargetStart TestDrainTransaction TestOperationRunner TestCoordinator)
    twinha_add_test(${test} SOURCES ${COORD_TEST_DIR}/${test}.cpp ${COORD_TEST_DIR}/OperationRig.h
        ${COORD_TEST_DIR}/CoordinatorTestConfig.h LIBS twinha_agentcore LABELS agent unit)
endforeach()
