# The coordinator: pure decision rules with table tests, then the parts that act.
set(COORD_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})
foreach(test TestClusterDecider TestSwitchoverCheck TestClusterPayload TestClientCredentials TestStatusCoalescing
        TestTiebreakerGate TestLocalGroups TestMaintenance TestSplitBrainByWhatRuns)
    twinha_add_test(${test} SOURCES ${COORD_TEST_DIR}/${test}.cpp ${COORD_TEST_DIR}/CoordinatorTestConfig.h
        LIBS twinha_agentcore LABELS agent unit)
endforeach()
