# The dead-man guard: its deadline against a real script resource, and the real guard process.
foreach(test TestGuardKeeper)
    twinha_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp LIBS twinha_agentcore LABELS agent unit)
endforeach()
