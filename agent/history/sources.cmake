# This node's own history: series of fixed size, sampled once a second, kept in the state folder.
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HistoryRecorder.cpp ${CMAKE_CURRENT_LIST_DIR}/HistoryRecorder.h
    ${CMAKE_CURRENT_LIST_DIR}/HistorySeries.cpp ${CMAKE_CURRENT_LIST_DIR}/HistorySeries.h
)
