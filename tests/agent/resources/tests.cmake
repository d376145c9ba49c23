# Resource tests run real processes; TestVipResource needs root and `ip netns`, and skips without.
set(RESOURCE_TEST_SUPPORT ${CMAKE_CURRENT_LIST_DIR}/ResourceTestSupport.h ${CMAKE_CURRENT_LIST_DIR}/NamespaceLab.h)
foreach(test TestCommandRunner TestPlainCommand TestScriptResource TestSystemdResource TestVipAddress TestVipResource
        TestResourceGroup TestResourceMonitor TestTiebreaker TestIcmpPacket)
    twinha_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp ${RESOURCE_TEST_SUPPORT}
        LIBS twinha_agentcore LABELS agent TIMEOUT 120)
endforeach()
