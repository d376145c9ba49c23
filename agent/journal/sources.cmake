# The journal: append-only, hash-chained record of events and operator actions.
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Journal.cpp ${CMAKE_CURRENT_LIST_DIR}/Journal.h
    ${CMAKE_CURRENT_LIST_DIR}/JournalEntry.cpp ${CMAKE_CURRENT_LIST_DIR}/JournalEntry.h
    ${CMAKE_CURRENT_LIST_DIR}/JournalReader.cpp ${CMAKE_CURRENT_LIST_DIR}/JournalReader.h
    ${CMAKE_CURRENT_LIST_DIR}/JournalVerifyCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/JournalVerifyCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/JournalWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/JournalWriter.h
)
