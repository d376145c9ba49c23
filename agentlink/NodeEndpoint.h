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
    QString identityFile;        // absolute path of a private key; empty = ssh-agent and default keys
    bool identitiesOnly = false; // as OpenSSH's IdentitiesOnly: never the ssh-agent's keys, only key files
    QString knownHostsFile;      // absolute path of the console's own known_hosts for this cluster
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
        j.identitiesOnly = identitiesOnly;
        j.knownHostsFile = knownHostsFile;
        return j;
    }

    QString displayAddress() const { return hostPort(host, port, true); }

    // "host:port", an IPv6 literal in brackets ("[::1]:22"); with omitDefaultPort, port 22 is left
    // out (and an IPv6 literal then stays bare).
    static QString hostPort(const QString& host, int port, bool omitDefaultPort = false)
    {
        if (port <= 0 || (omitDefaultPort && port == 22))
            return host;
        const bool v6 = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['));
        return (v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
    }
};

} // namespace twinha::agentlink
