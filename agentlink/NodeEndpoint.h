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
    // Optional bastion (ProxyJump): the console reaches the node through an SSH session to it.
    QString jumpHost;
    int jumpPort = 22;
    QString jumpUser;
    QString jumpIdentityFile;

    bool hasJump() const { return !jumpHost.isEmpty(); }
    // The bastion as an endpoint of its own: same known_hosts, its own address and credentials.
    NodeEndpoint jumpEndpoint() const
    {
        NodeEndpoint j;
        j.name = name + QStringLiteral(" (via ") + jumpHost + QLatin1Char(')');
        j.host = jumpHost;
        j.port = jumpPort;
        j.user = jumpUser.isEmpty() ? user : jumpUser;
        j.identityFile = jumpIdentityFile.isEmpty() ? identityFile : jumpIdentityFile;
        j.knownHostsFile = knownHostsFile;
        return j;
    }

    QString displayAddress() const { return port == 22 ? host : host + QLatin1Char(':') + QString::number(port); }
};

} // namespace twinha::agentlink
