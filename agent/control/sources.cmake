# The control socket and what answers on it: the server and its connections (peer credentials,
# roles), the `session` bridge the console's SSH channel runs, the status this node announces, and
# the setup wizard's discovery methods (interfaces, units, folders, address probes).
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ControlConnection.cpp ${CMAKE_CURRENT_LIST_DIR}/ControlConnection.h
    ${CMAKE_CURRENT_LIST_DIR}/ControlMethods.cpp ${CMAKE_CURRENT_LIST_DIR}/ControlMethods.h
    ${CMAKE_CURRENT_LIST_DIR}/ControlServer.cpp ${CMAKE_CURRENT_LIST_DIR}/ControlServer.h
    ${CMAKE_CURRENT_LIST_DIR}/FileAccess.cpp ${CMAKE_CURRENT_LIST_DIR}/FileAccess.h
    ${CMAKE_CURRENT_LIST_DIR}/NodeFacts.cpp ${CMAKE_CURRENT_LIST_DIR}/NodeFacts.h
    ${CMAKE_CURRENT_LIST_DIR}/NodeMethods.cpp ${CMAKE_CURRENT_LIST_DIR}/NodeMethods.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionBridge.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionBridge.h
    ${CMAKE_CURRENT_LIST_DIR}/StatusProvider.cpp ${CMAKE_CURRENT_LIST_DIR}/StatusProvider.h
    ${CMAKE_CURRENT_LIST_DIR}/SystemFacts.cpp ${CMAKE_CURRENT_LIST_DIR}/SystemFacts.h
    ${CMAKE_CURRENT_LIST_DIR}/UnixSocketConnector.cpp ${CMAKE_CURRENT_LIST_DIR}/UnixSocketConnector.h
)
