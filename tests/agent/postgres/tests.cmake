# PostgreSQL: the pieces that need no running server (WAL positions, pg_controldata, the
# replication rows and lag, PgInstance's command lines and files).
twinha_add_test(TestPgPieces SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPgPieces.cpp
    LIBS twinha_agentcore LABELS agent unit)
