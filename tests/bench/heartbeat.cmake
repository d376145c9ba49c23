# The heartbeat's send jitter while the main loop does real slow work (journal fsyncs, a walk of a
# big tree); included by tests/bench/CMakeLists.txt. See README.md here.
add_executable(bench_heartbeat_jitter ${CMAKE_CURRENT_LIST_DIR}/HeartbeatJitter/HeartbeatJitterBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BenchStats.h)
target_link_libraries(bench_heartbeat_jitter PRIVATE twinha_agentcore)
