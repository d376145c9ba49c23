#pragma once

#include "agentlink/ClusterProfile.h"
#include "tests/integration/RunProcess.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace twinha::tests {

// A lab pair of a test's own, for a test that breaks things (kills sshd, stops processes) or needs
// a shape of its own (lab.sh options: --mode, --automatic-failover...), so the shared lab fixture
// stays healthy for the other tests. The lab is DIR/lab in a private temporary folder of its own,
// so a test may change that folder's permissions. Always stopped in the destructor, stopped processes first resumed;
// the folder is removed unless the test failed, so that the agents' logs stay for the post-mortem.
class OwnLab
{
public:
    explicit OwnLab(const QStringList& options = {});
    ~OwnLab();
    OwnLab(const OwnLab&) = delete;
    OwnLab& operator=(const OwnLab&) = delete;

    bool isUp() const { return m_up; }
    QString upOutput() const { return m_output; }
    QString dir() const { return m_dir; }
    QString value(const QString& key) const { return m_env.value(key); } // from lab.env
    qint64 pid(const QString& key) const { return m_env.value(key).toLongLong(); }
    QString socket(int node) const { return value(QStringLiteral("NODE%1_SOCKET").arg(node)); }
    QString file(const QString& relative) const { return m_dir + QLatin1Char('/') + relative; }
    agentlink::ClusterProfile profile() const;
    // A new ed25519 key DIR/NAME (empty passphrase: none) that node1's sshd accepts; its path, or
    // empty when it could not be made.
    QString newNode1Key(const QString& name, const QString& passphrase) const;

    // The lab.env of an already running lab (the shared fixture), without owning it.
    static QMap<QString, QString> readEnv(const QString& labDir);

private:
    QString m_parent; // the private folder that holds the lab
    QString m_dir;
    QMap<QString, QString> m_env;
    QString m_output;
    bool m_up = false;
};

QString labScript();
// The first line of a file, or empty when it does not exist (e.g. the VIP holder file).
QString firstLine(const QString& path);
// Polls `condition` with the event loop running until it holds or timeoutMs passes.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs);
// Sends a signal to a process and to its direct children (sshd's per-connection processes).
void signalWithChildren(qint64 pid, int signal);

} // namespace twinha::tests
