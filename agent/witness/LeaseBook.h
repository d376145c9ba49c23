#pragma once

#include "agent/witness/WitnessMessage.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

namespace twinha::agent {

// The witness's ledger: for each (cluster, group), which node holds the lease and until when. A
// pure rule book over a monotonic clock that the caller passes in, so tests can drive time.
//
// - The holder renews at any time. Another node is granted the lease only once the holder's lease
//   has run out by more than the drift margin, or the holder released it.
// - Every change of holder raises the lease's generation and is saved (through `save`) BEFORE the
//   answer goes out; a save that fails refuses the grant (WITNESS_STORE_FAILED), never half-grants.
// - After a restart the saved holders count as holding a fresh lease from the start, and a group
//   with no record is not granted before one TTL has passed, in case the record was lost: a
//   restarted witness never hands out a lease that an earlier run may still have out.
class LeaseBook
{
public:
    struct Entry
    {
        QString holder; // empty: free
        qint64 generation = 0;
        qint64 ttlMs = 0;
        qint64 epoch = 0;
        qint64 expiresMs = 0; // monotonic; not saved
    };
    using Saver = std::function<bool(const QJsonObject& document)>;

    LeaseBook(qint64 startMs, Saver save);

    // Loads a saved document (LeaseBook::document()); false when it is not one.
    bool restore(const QJsonObject& document);
    WitnessReply answer(const WitnessRequest& request, qint64 nowMs);
    // Everything worth saving: {"twinha_witness": 1, "leases": {cluster: {group: {holder, generation, ttl_ms, epoch}}}}
    QJsonObject document() const;
    Entry entry(const QString& cluster, const QString& group) const;

private:
    static QString keyOf(const QString& cluster, const QString& group);
    WitnessReply reply(const WitnessRequest& request, const Entry& e, qint64 nowMs) const;

    qint64 m_startMs;
    Saver m_save;
    QMap<QString, Entry> m_entries; // keyOf(cluster, group)
};

} // namespace twinha::agent
