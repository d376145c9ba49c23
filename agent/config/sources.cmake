# Config changes that both nodes take together: prepare and validate on both, then commit on both,
# with automatic moves frozen in between (the console and twinhactl drive it, agentlink/ConfigApplyRun).
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConfigApply.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigApply.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigApplyRequests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConfigSettle.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigSettle.h
    ${CMAKE_CURRENT_LIST_DIR}/LinkPortCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/LinkPortCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/TomlPatch.cpp ${CMAKE_CURRENT_LIST_DIR}/TomlPatch.h
)
