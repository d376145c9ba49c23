# The witness: the lease rules, the signed messages, and a real client and server over UDP;
# TestWitnessCommand runs the built `twinha-agent witness`; TestEtcdLease a real etcd (etcd-server).
set(WITNESS_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})
foreach(test TestLeaseBook TestWitnessMessage TestWitnessDecider TestLeaseClient TestWitnessConfig TestWitnessCommand
        TestEtcdLease TestWitnessProbe)
    twinha_add_test(${test} SOURCES ${WITNESS_TEST_DIR}/${test}.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../coordinator/CoordinatorTestConfig.h ${WITNESS_TEST_DIR}/EtcdServer.h
        LIBS twinha_agentcore LABELS agent unit)
endforeach()
add_dependencies(TestWitnessCommand twinha-agent)
