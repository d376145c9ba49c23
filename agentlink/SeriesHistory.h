#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>

namespace twinha::agentlink {

// A figure over time per key (replication lag per channel, heartbeat RTT per link), in bounded
// memory: samples older than the window are dropped, and samples closer together than
// window / capacity are folded into one that keeps the highest value, so a spike still shows.
class SeriesHistory
{
public:
    struct Sample
    {
        qint64 atMs; // console clock, ms since the epoch
        double value;
    };

    explicit SeriesHistory(qint64 windowMs = 10 * 60 * 1000, int capacity = 1200);

    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    int capacity() const { return m_capacity; }

    void add(const QString& key, qint64 atMs, double value);
    // Samples from before the first live one (add()) of the key: a node's own history, fetched
    // once connected, in time order. Later ones are left out; what earlier backfills put there
    // (the other node's history of the same channel) is merged with them in time order.
    void backfill(const QString& key, const QList<Sample>& older);
    QList<Sample> samples(const QString& key) const;
    QStringList keys() const { return m_samples.keys(); }
    int size() const; // all keys together
    void clear()
    {
        m_samples.clear();
        m_liveFrom.clear();
    }

private:
    void trim(std::deque<Sample>& samples, qint64 nowMs) const;

    qint64 m_windowMs;
    int m_capacity;
    QHash<QString, std::deque<Sample>> m_samples;
    QHash<QString, qint64> m_liveFrom; // the first sample add() took, per key
};

} // namespace twinha::agentlink
