#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QUdpSocket>

namespace twinha::tests {

// A port on 127.0.0.1 that nobody had bound when asked (the kernel's choice, bound and released
// again), for a server the test starts next; 0 if none could be had. Two servers started together
// need their sockets held while both are chosen, so that the ports differ (see daemonConfig() in
// tests/agent/AgentTestSupport.h).
inline quint16 freeTcpPort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
}

inline quint16 freeUdpPort()
{
    QUdpSocket s;
    return s.bind(QHostAddress::LocalHost, 0) ? s.localPort() : 0;
}

} // namespace twinha::tests
