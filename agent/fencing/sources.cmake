# Fencing (STONITH): powering off a peer that cannot be trusted to stop by itself, before a takeover.
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Fencer.cpp ${CMAKE_CURRENT_LIST_DIR}/Fencer.h
    ${CMAKE_CURRENT_LIST_DIR}/FenceSection.cpp ${CMAKE_CURRENT_LIST_DIR}/FenceSection.h
)
