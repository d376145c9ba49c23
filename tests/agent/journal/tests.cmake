twinha_add_test(TestJournal SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestJournal.cpp LIBS twinha_agentcore LABELS agent unit)
twinha_add_test(TestJournalVerify SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestJournalVerify.cpp LIBS twinha_agentcore LABELS agent unit)
