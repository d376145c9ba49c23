#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace twinha::agent {

// The receiver's rsync daemon hooks that keep what a resync deletes or overwrites. While a kept
// set is armed (DivergenceKeeper) the receiving module runs two scripts from STATE/divergence/:
//   CHANNEL.pre-xfer   lets a push through only with --backup-dir=.twinha-divergence/ID (noting
//                      its RSYNC_PID in CHANNEL.accepted) and refuses any other, printing
//                      "twinha-divergence-request: ID", which rsync shows the pushing client;
//   CHANNEL.post-xfer  writes the daemon's exit status of the push it let through to CHANNEL.done.
// So no push can delete or overwrite anything here before the pusher agreed to keep it, whatever
// it is: an agent that does not know the request only fails, and says so in its error.
class DivergenceHooks
{
public:
    static constexpr char kRequestTag[] = "twinha-divergence-request: ";

    DivergenceHooks(const QString& stateDir, const QString& channel);

    QString dir() const { return m_dir; } // STATE/divergence
    QString preXferPath() const { return file(QStringLiteral(".pre-xfer")); }
    QString postXferPath() const { return file(QStringLiteral(".post-xfer")); }
    QString acceptedPath() const { return file(QStringLiteral(".accepted")); }
    QString donePath() const { return file(QStringLiteral(".done")); }

    // Writes both scripts (owner only) for the set `id`, and forgets an earlier push's outcome.
    bool write(const QString& id, QString* detail) const;
    // Removes the scripts and the outcome files.
    void remove() const;
    // The daemon's exit status for the push the pre-xfer script let through, once it ended.
    std::optional<int> doneStatus() const;

    // The set a refusing receiver named in the pushing rsync's stderr, or empty.
    static QString requestIn(const QByteArray& rsyncStderr);
    static QString preXferScript(const QString& id, const QString& acceptedPath);
    static QString postXferScript(const QString& acceptedPath, const QString& donePath);

private:
    QString file(const QString& suffix) const { return m_dir + QLatin1Char('/') + m_channel + suffix; }

    QString m_dir;
    QString m_channel;
};

} // namespace twinha::agent
