# PostgreSQL: the pieces that need no running server (WAL positions, pg_controldata, the
# replication rows and lag, PgInstance's command lines and files).
twinha_add_test(TestPgPieces SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPgPieces.cpp
    LIBS twinha_agentcore LABELS agent unit)
# postgres.discover: pg_lsclusters' outputs, the problem rules, and the method on this machine.
twinha_add_test(TestPgDiscovery SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPgDiscovery.cpp
    LIBS twinha_agentcore LABELS agent unit)
# postgres.basebackup: rights, refusals, and a real copy of this machine's running 15/main.
twinha_add_test(TestPgBaseBackup SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPgBaseBackup.cpp
    LIBS twinha_agentcore LABELS agent integration)
# PgTask against a server of its own: warm and cold psql, a restarted and a stopped server.
twinha_add_test(TestPgTask SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPgTask.cpp
    LIBS twinha_agentcore LABELS agent integration)
