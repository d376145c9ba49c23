#pragma once

#include "agentlink/ClusterProfile.h"

#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace twinha::tests {

// A lab of its own for a test that breaks things (kills sshd, stops processes), so the shared
// lab fixture stays healthy for the other tests. Torn down in the destructor, even on failure.
class PrivateLab
{
public:
    explicit PrivateLab(const QStringList& upOptions = {});
    ~PrivateLab();

    bool isUp() const { return m_up; }
    QString dir() const { return m_dir ? m_dir->path() + QStringLiteral("/lab") : QString(); }
    QString value(const QString& key) const { return m_env.value(key); } // from lab.env
    qint64 pid(const QString& key) const { return m_env.value(key).toLongLong(); }
    agentlink::ClusterProfile profile() const;
    // A new ed25519 key DIR/NAME (empty passphrase: none) that node1's sshd accepts; its path, or
    // empty when it could not be made.
    QString newNode1Key(const QString& name, const QString& passphrase) const;
    QString upOutput() const { return m_output; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QMap<QString, QString> m_env;
    QString m_output;
    bool m_up = false;
};

// Runs a command and returns its exit code (-1 if it did not finish within timeoutMs).
int run(const QString& program, const QStringList& args, QByteArray* output = nullptr, int timeoutMs = 30000);
// Sends a signal to a process and to its direct children (sshd's per-connection processes).
void signalWithChildren(qint64 pid, int signal);

} // namespace twinha::tests
