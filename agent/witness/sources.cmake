# The witness: the third vote that gives each group's lease to one node at a time. The server side
# (`twinha-agent witness`, on a third host) and the agent's lease client.
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EtcdLeaseClient.cpp ${CMAKE_CURRENT_LIST_DIR}/EtcdLeaseClient.h
    ${CMAKE_CURRENT_LIST_DIR}/LeaseBackend.cpp ${CMAKE_CURRENT_LIST_DIR}/LeaseBackend.h
    ${CMAKE_CURRENT_LIST_DIR}/LeaseBook.cpp ${CMAKE_CURRENT_LIST_DIR}/LeaseBook.h
    ${CMAKE_CURRENT_LIST_DIR}/LeaseClient.cpp ${CMAKE_CURRENT_LIST_DIR}/LeaseClient.h
    ${CMAKE_CURRENT_LIST_DIR}/LeaseStore.cpp ${CMAKE_CURRENT_LIST_DIR}/LeaseStore.h
    ${CMAKE_CURRENT_LIST_DIR}/LeaseTerms.h
    ${CMAKE_CURRENT_LIST_DIR}/WitnessCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/WitnessCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/WitnessConfig.cpp ${CMAKE_CURRENT_LIST_DIR}/WitnessConfig.h
    ${CMAKE_CURRENT_LIST_DIR}/WitnessMessage.cpp ${CMAKE_CURRENT_LIST_DIR}/WitnessMessage.h
    ${CMAKE_CURRENT_LIST_DIR}/WitnessProbe.cpp ${CMAKE_CURRENT_LIST_DIR}/WitnessProbe.h
    ${CMAKE_CURRENT_LIST_DIR}/WitnessServer.cpp ${CMAKE_CURRENT_LIST_DIR}/WitnessServer.h
)
