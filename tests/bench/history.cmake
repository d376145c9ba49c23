# The agent's own history: memory for 7 days of series, the cost of a sample, of the file and of
# history.get; included by tests/bench/CMakeLists.txt. See README.md here.
add_executable(bench_history ${CMAKE_CURRENT_LIST_DIR}/History/HistoryBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgentFootprint/ProcUsage.cpp ${CMAKE_CURRENT_LIST_DIR}/AgentFootprint/ProcUsage.h
    ${CMAKE_CURRENT_LIST_DIR}/BenchStats.h)
target_link_libraries(bench_history PRIVATE twinha_agentcore)
