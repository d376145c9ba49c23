#pragma once

#include <QString>

namespace twinha::agentlink {

// How the console reaches one node's agent.
struct NodeEndpoint
{
    QString name;
    QString host;
    int port = 22;
    QString user;
    QString identityFile;   // absolute path of a private key; empty = ssh-agent and default keys
    QString knownHostsFile; // absolute path of the console's own known_hosts for this cluster
    QString agentCommand = QStringLiteral("twinha-agent session");

    QString displayAddress() const { return port == 22 ? host : host + QLatin1Char(':') + QString::number(port); }
};

} // namespace twinha::agentlink
