# cluster.toml: the typed config, read from TOML with each finding located (ConfigLoader, TomlReader,
# ConfigReport), checked (ConfigValidator and the group and PostgreSQL rules), composed from the
# wizard's answers and written durably (ConfigComposer, ConfigFile), and the config.* methods.
#
# Config changes that both nodes take together: prepare and validate on both, then commit on both,
# with automatic moves frozen in between (the console and twinhactl drive it, agentlink/ConfigApplyRun).
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgentConfig.cpp ${CMAKE_CURRENT_LIST_DIR}/AgentConfig.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigComposer.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigComposer.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigFile.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigFile.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigIssue.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigIssue.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigMethods.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigMethods.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigReport.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigReport.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigValidator.h
    ${CMAKE_CURRENT_LIST_DIR}/GroupValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/GroupValidator.h
    ${CMAKE_CURRENT_LIST_DIR}/PostgresValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/PostgresValidator.h
    ${CMAKE_CURRENT_LIST_DIR}/Spelling.cpp ${CMAKE_CURRENT_LIST_DIR}/Spelling.h
    ${CMAKE_CURRENT_LIST_DIR}/TomlReader.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigApply.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigApply.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigApplyRequests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConfigSettle.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigSettle.h
    ${CMAKE_CURRENT_LIST_DIR}/LinkPortCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/LinkPortCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/TomlPatch.cpp ${CMAKE_CURRENT_LIST_DIR}/TomlPatch.h
)
