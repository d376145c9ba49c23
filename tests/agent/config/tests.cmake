# What the setup wizard calls on a node: config validate/apply with atomic writes and backups,
# and the node facts it discovers.
set(CONFIG_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})
foreach(test TestConfigComposer TestConfigFile TestConfigMethods TestNodeFacts TestConfigSettle TestConfigApply
        TestConfigFreezeRules)
    twinha_add_test(${test} SOURCES ${CONFIG_TEST_DIR}/${test}.cpp ${CMAKE_CURRENT_SOURCE_DIR}/AgentTestSupport.h
        LIBS twinha_agentcore LABELS agent unit)
endforeach()
twinha_add_test(TestBlankDaemon SOURCES ${CONFIG_TEST_DIR}/TestBlankDaemon.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/DaemonProcess.h ${CMAKE_CURRENT_SOURCE_DIR}/AgentTestSupport.h
    LIBS twinha_agentcore LABELS agent TIMEOUT 120)
add_dependencies(TestBlankDaemon twinha-agent)
