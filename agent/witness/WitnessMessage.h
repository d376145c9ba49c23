#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace twinha::agent {

// The two datagrams of the witness protocol, each a SignedDatagram under the cluster's key:
//   request "TWQ1" {v, cluster, group, node, boot, seq, kind: acquire|release, ttl_ms, epoch}
//   reply   "TWA1" {v, cluster, group, node, boot, seq, granted, holder, remaining_ms, generation, code}
// A reply echoes the request's boot and seq, so a node takes only the answer to a question it
// asked, and a recorded reply can never grant a lease again.
struct WitnessRequest
{
    enum class Kind
    {
        Acquire, // grant or renew
        Release, // the holder has stopped the group
        Probe    // who holds it, changing nothing (the setup wizard's check)
    };

    static constexpr int kVersion = 1;
    static constexpr int kMaxDatagramBytes = 1399;

    QString cluster;
    QString group;
    QString node;
    QString boot; // 16 hex digits, new at every agent start
    qint64 seq = 0;
    Kind kind = Kind::Acquire;
    qint64 ttlMs = 0;
    qint64 epoch = 0; // the node's cluster epoch, for the witness's record

    QByteArray encode(const QByteArray& key) const;
    // The request, and the cluster whose key signed it; nullopt when no key fits or it is malformed.
    struct Keyed
    {
        QString cluster;
        QByteArray key;
    };
    static std::optional<WitnessRequest> decode(const QByteArray& datagram, const QList<Keyed>& keys);

    // An unsigned "is a witness there?" for a node that has no key yet: padded to kHelloBytes, and
    // answered with less, so the witness can never amplify traffic.
    static constexpr int kHelloBytes = 128;
    static QByteArray hello();
    static bool isHello(const QByteArray& datagram);
    static QByteArray helloReply(); // "TWI1{...}"
    static bool isHelloReply(const QByteArray& datagram);
};

struct WitnessReply
{
    QString cluster;
    QString group;
    QString node;
    QString boot;
    qint64 seq = 0;
    bool granted = false;
    QString holder;          // the lease's holder after this request; empty when none
    qint64 remainingMs = -1; // the holder's lease time left at the witness, -1 when none
    qint64 generation = 0;   // raised each time the lease passes to another node
    QString code;            // why it was refused: WITNESS_LEASE_HELD, WITNESS_STORE_FAILED

    QByteArray encode(const QByteArray& key) const;
    static std::optional<WitnessReply> decode(const QByteArray& datagram, const QString& cluster,
                                              const QByteArray& key);
};

} // namespace twinha::agent
