#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace twinha::agent {

// This node's own key pair for the mirror over ssh, STATE/mirror-ssh/id_ed25519{,.pub}: made
// with ssh-keygen on first use (no passphrase: the agent pushes unattended; the file is the
// agent user's, 0600, in a 0700 folder), never sent anywhere but its public half.
class MirrorSshKey : public QObject
{
    Q_OBJECT
public:
    // publicKey: "ssh-ed25519 AAAA..." (without comment); or empty, with error = {path, detail}.
    using Done = std::function<void(const QString& publicKey, const QString& path, const QString& detail)>;

    MirrorSshKey(const QString& node, const QString& stateDir, QObject* parent = nullptr);

    // Calls done exactly once, now or later (after ssh-keygen), unless this object goes first.
    // Requests made while the key is being made wait for it.
    void get(const Done& done);

private:
    bool readPublic(QString* key, QString* detail) const;
    void generate();
    void finish(const QString& key, const QString& detail);

    QString m_node;
    QString m_stateDir;
    QList<Done> m_waiting;
};

} // namespace twinha::agent
