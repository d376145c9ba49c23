# Prometheus metrics: the exposition text, what this node reports, and its /metrics endpoint.
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgentMetrics.cpp ${CMAKE_CURRENT_LIST_DIR}/AgentMetrics.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricsCounters.cpp ${CMAKE_CURRENT_LIST_DIR}/MetricsCounters.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricsServer.cpp ${CMAKE_CURRENT_LIST_DIR}/MetricsServer.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricsText.cpp ${CMAKE_CURRENT_LIST_DIR}/MetricsText.h
    ${CMAKE_CURRENT_LIST_DIR}/NodeMetrics.cpp ${CMAKE_CURRENT_LIST_DIR}/NodeMetrics.h
)
