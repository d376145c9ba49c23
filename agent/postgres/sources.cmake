# PostgreSQL: the local instance as commands (pg_ctl, psql, pg_controldata, pg_rewind), run as its owner,
# and the setup wizard's questions about it (discovery, the first base backup).
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PgBaseBackup.cpp ${CMAKE_CURRENT_LIST_DIR}/PgBaseBackup.h
    ${CMAKE_CURRENT_LIST_DIR}/PgDiscovery.cpp ${CMAKE_CURRENT_LIST_DIR}/PgDiscovery.h
    ${CMAKE_CURRENT_LIST_DIR}/PostgresMethods.cpp ${CMAKE_CURRENT_LIST_DIR}/PostgresMethods.h
    ${CMAKE_CURRENT_LIST_DIR}/PgControlData.cpp ${CMAKE_CURRENT_LIST_DIR}/PgControlData.h
    ${CMAKE_CURRENT_LIST_DIR}/PgInstance.cpp ${CMAKE_CURRENT_LIST_DIR}/PgInstance.h
    ${CMAKE_CURRENT_LIST_DIR}/PgLsn.cpp ${CMAKE_CURRENT_LIST_DIR}/PgLsn.h
    ${CMAKE_CURRENT_LIST_DIR}/PgStreamStatus.cpp ${CMAKE_CURRENT_LIST_DIR}/PgStreamStatus.h
    ${CMAKE_CURRENT_LIST_DIR}/PgSyncMode.cpp ${CMAKE_CURRENT_LIST_DIR}/PgSyncMode.h
    ${CMAKE_CURRENT_LIST_DIR}/PgFollower.cpp ${CMAKE_CURRENT_LIST_DIR}/PgFollower.h
    ${CMAKE_CURRENT_LIST_DIR}/PgTask.cpp ${CMAKE_CURRENT_LIST_DIR}/PgTask.h
)
