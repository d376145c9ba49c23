#pragma once

#include "agentlink/HostKeyInfo.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace twinha::agentlink {

// The console's own known_hosts file for a cluster. Adding a key happens when the user accepts
// an unknown one during connect; forgetting one is the separate, explicit step that re-trusting
// a changed key requires.
class HostKeyStore
{
public:
    explicit HostKeyStore(QString knownHostsFile);

    // The known_hosts name for host:port ("host" for 22, "[host]:port" otherwise).
    static QString hostPattern(const QString& host, int port);

    bool contains(const QString& host, int port) const;
    // The keys recorded for host:port, as fingerprints: what a changed key is shown against.
    QList<HostKeyInfo> keys(const QString& host, int port) const;
    // The same keys as OpenSSH writes them ("ssh-ed25519 AAAA..."): what the console hands a node
    // to pin its peer's host key with (the mirror over ssh).
    QStringList publicKeys(const QString& host, int port) const;
    // Removes every key recorded for host:port; the file is rewritten atomically. Returns the
    // number of lines removed, or -1 with *error set.
    int forget(const QString& host, int port, QString* error = nullptr);

private:
    QString m_file;
};

} // namespace twinha::agentlink
