# Test support that many test executables share, compiled once (included by tests/CMakeLists.txt
# before its subdirectories): the agents' control-socket client, also the netns lab's, and the labs
# (tests/lab/lab.sh) that the integration and GUI tests bring up.
add_library(twinha_test_control STATIC
    ${CMAKE_CURRENT_LIST_DIR}/ControlClient.cpp ${CMAKE_CURRENT_LIST_DIR}/ControlClient.h
    ${CMAKE_CURRENT_LIST_DIR}/RunProcess.cpp ${CMAKE_CURRENT_LIST_DIR}/RunProcess.h)
target_link_libraries(twinha_test_control PUBLIC twinha_protocol Qt6::Core Qt6::Network)
target_include_directories(twinha_test_control PUBLIC ${PROJECT_SOURCE_DIR})

if(TWINHA_BUILD_CONSOLE)
    add_library(twinha_test_labs STATIC
        ${CMAKE_CURRENT_LIST_DIR}/LabEnvironment.cpp ${CMAKE_CURRENT_LIST_DIR}/LabEnvironment.h
        ${CMAKE_CURRENT_LIST_DIR}/OwnLab.cpp ${CMAKE_CURRENT_LIST_DIR}/OwnLab.h)
    target_link_libraries(twinha_test_labs PUBLIC twinha_test_control twinha_agentlink Qt6::Test)
    twinha_pch(twinha_test_labs test)
endif()
