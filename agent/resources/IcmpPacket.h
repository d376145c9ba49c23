#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace twinha::agent::icmp {

// ICMP echo messages (RFC 792, RFC 4443) as the tiebreaker's in-process ping sends and reads them.
// Each request carries an 8-byte cookie of its own, so a reply to another prober's request, or to
// an earlier one of ours, is never taken for the answer.

enum class Family
{
    V4,
    V6
};

struct Echo
{
    quint16 id = 0;
    quint16 sequence = 0;
    QByteArray cookie; // 8 bytes
};

// The Internet checksum (RFC 1071) of `data`.
quint16 checksum(const QByteArray& data);

// An echo request: type 8 (IPv4) or 128 (IPv6), code 0, the id, the sequence, the cookie. IPv4
// carries its checksum; for ICMPv6 the kernel computes it (it covers the IPv6 pseudo-header).
QByteArray echoRequest(Family family, const Echo& echo);

// Whether `message` is the reply to `echo`. `withIpHeader`: the message starts with the IPv4
// header (raw IPv4 sockets), which is skipped by its length. `matchId`: false for a ping socket,
// where the kernel chose the id and delivers only its own replies.
bool isReplyTo(Family family, const QByteArray& message, bool withIpHeader, const Echo& echo, bool matchId);

} // namespace twinha::agent::icmp
