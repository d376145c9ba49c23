#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace twinha::agent {

// One heartbeat datagram: "THB1", compact JSON, then HMAC-SHA256 over magic + JSON under the
// cluster key. The JSON carries {v, cluster, from, link, boot, boot_time, seq, sent, mono?, echo?, p}.
struct HeartbeatPacket
{
    enum class DecodeResult
    {
        Ok,
        Malformed,    // not a heartbeat, or a signed one with missing or invalid fields
        WrongCluster, // signed with our key but naming another cluster
        Forged        // the MAC does not match: wrong key or altered on the way
    };

    // The last packet the sender heard from us on this link, so that we can measure the RTT on our
    // own clock: rtt = now - sent - heldMs.
    struct Echo
    {
        qint64 seq = -1; // -1: nothing heard yet; the field is then left out
        qint64 sent = 0;
        qint64 heldMs = 0;

        bool isNull() const { return seq < 0; }
        bool operator==(const Echo&) const = default;
    };

    static constexpr int kVersion = 1;
    // Below 1400 bytes a datagram is never fragmented on a 1500-byte MTU, even inside a tunnel.
    static constexpr int kMaxDatagramBytes = 1399;
    static const QByteArray& magic();

    QString cluster;
    QString from;        // node name
    QString link;        // link name
    QString boot;        // 16 hex digits, new at every daemon start
    qint64 bootTime = 0; // sender's wall clock (ms since the epoch) at that start
    qint64 seq = 0;      // per link and boot, from 1
    qint64 sent = 0;     // sender's wall clock, ms since the epoch
    qint64 mono = -1;    // sender's steady clock (steadyMs()); -1: left out by an older sender
    Echo echo;
    QJsonObject payload; // opaque to the heartbeat layer

    // The signed datagram, or an empty array when it would exceed kMaxDatagramBytes.
    QByteArray encode(const QByteArray& key) const;
    // Checks the MAC before reading anything else, so unauthenticated bytes are never parsed.
    static DecodeResult decode(const QByteArray& datagram, const QString& cluster, const QByteArray& key,
                               HeartbeatPacket* packet);

    bool operator==(const HeartbeatPacket&) const = default;
};

// This host's steady clock in ms: never steps, unlike the wall clock.
qint64 steadyMs();

} // namespace twinha::agent
