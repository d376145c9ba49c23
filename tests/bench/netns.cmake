# Benchmarks on the network-namespace lab (tests/netns; root only) and the console's scale.
# Included by tests/bench/CMakeLists.txt; see README.md here for how to run each.
add_executable(bench_netns_downtime
    ${CMAKE_CURRENT_LIST_DIR}/NetnsDowntime/NetnsDowntimeBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NetnsDowntime/DowntimeSamples.h
    ${CMAKE_CURRENT_LIST_DIR}/NetnsDowntime/TwinhaDowntime.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NetnsDowntime/TwinhaDowntime.h
    ${CMAKE_CURRENT_LIST_DIR}/KeepalivedDowntime.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KeepalivedDowntime.h
    ${CMAKE_CURRENT_LIST_DIR}/BenchStats.h)
target_link_libraries(bench_netns_downtime PRIVATE twinha_netns_support)

add_executable(bench_netns_detection ${CMAKE_CURRENT_LIST_DIR}/NetnsDetection/NetnsDetectionBench.cpp)
target_link_libraries(bench_netns_detection PRIVATE twinha_netns_support)

add_executable(bench_agent_footprint
    ${CMAKE_CURRENT_LIST_DIR}/AgentFootprintBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgentFootprint/ProcUsage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgentFootprint/ProcUsage.h)
target_link_libraries(bench_agent_footprint PRIVATE twinha_netns_support)

add_executable(bench_console_scale
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScaleBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/AutogroupCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/AutogroupCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/RecordedLab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/RecordedLab.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/SessionRecording.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/SessionRecording.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/StallMeter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/StallMeter.h
    ${CMAKE_CURRENT_LIST_DIR}/AgentFootprint/ProcUsage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgentFootprint/ProcUsage.h)
target_link_libraries(bench_console_scale PRIVATE twinha_ui)
target_compile_definitions(bench_console_scale PRIVATE TWINHA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(bench_console_scale twinha-agent twinha-session-player)

# TwinHA against Patroni on the same PostgreSQL 15 pair (netns-lab.sh up --postgresql / --patroni).
add_executable(bench_pg_switchover ${CMAKE_CURRENT_LIST_DIR}/PgSwitchoverBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BenchStats.h)
target_link_libraries(bench_pg_switchover PRIVATE twinha_netns_support)

# Role changes of a healthy pair under loss, jitter, CPU saturation and disk stalls, TwinHA against
# keepalived (README.md here). Loss and jitter need twinha-netns-impair (libnetfilter-queue-dev).
add_executable(bench_netns_false_failover
    ${CMAKE_CURRENT_LIST_DIR}/FalseFailover/FalseFailoverBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FalseFailover/LabStress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FalseFailover/LabStress.h)
target_link_libraries(bench_netns_false_failover PRIVATE twinha_netns_support)
if(TARGET twinha-netns-impair)
    add_dependencies(bench_netns_false_failover twinha-netns-impair)
endif()

# The console-scale bench's stand-in for `twinha-agent session`: records a real agent's session,
# and plays it back under a real sshd (ConsoleScale/SessionPlayerMain.cpp).
add_executable(twinha-session-player
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/SessionPlayerMain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/SessionRecording.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleScale/SessionRecording.h)
target_link_libraries(twinha-session-player PRIVATE twinha_protocol)
