# Fencing: the device runner against real scripts, and the [[fence]] section of cluster.toml.
foreach(test TestFencer TestFenceSection)
    twinha_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp LIBS twinha_agentcore LABELS agent unit)
endforeach()
