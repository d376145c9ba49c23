#include "agent/resources/IcmpPacket.h"

namespace twinha::agent::icmp {

namespace {
constexpr quint8 kEchoRequestV4 = 8;
constexpr quint8 kEchoReplyV4 = 0;
constexpr quint8 kEchoRequestV6 = 128;
constexpr quint8 kEchoReplyV6 = 129;
constexpr int kHeaderBytes = 8;
constexpr int kCookieBytes = 8;

quint16 read16(const QByteArray& data, qsizetype at)
{
    return quint16((quint8(data[at]) << 8) | quint8(data[at + 1]));
}

void put16(QByteArray& data, qsizetype at, quint16 value)
{
    data[at] = char(value >> 8);
    data[at + 1] = char(value & 0xff);
}
} // namespace

quint16 checksum(const QByteArray& data)
{
    quint32 sum = 0;
    qsizetype i = 0;
    for (; i + 1 < data.size(); i += 2)
        sum += read16(data, i);
    if (i < data.size())
        sum += quint32(quint8(data[i])) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

QByteArray echoRequest(Family family, const Echo& echo)
{
    QByteArray m(kHeaderBytes, '\0');
    m[0] = char(family == Family::V4 ? kEchoRequestV4 : kEchoRequestV6);
    put16(m, 4, echo.id);
    put16(m, 6, echo.sequence);
    m += echo.cookie.left(kCookieBytes).leftJustified(kCookieBytes, '\0');
    if (family == Family::V4)
        put16(m, 2, checksum(m));
    return m;
}

bool isReplyTo(Family family, const QByteArray& message, bool withIpHeader, const Echo& echo, bool matchId)
{
    qsizetype at = 0;
    if (withIpHeader) {
        if (message.isEmpty() || (quint8(message[0]) >> 4) != 4)
            return false;
        at = (quint8(message[0]) & 0x0f) * 4;
        if (at < 20)
            return false;
    }
    if (message.size() < at + kHeaderBytes + kCookieBytes)
        return false;
    const quint8 reply = family == Family::V4 ? kEchoReplyV4 : kEchoReplyV6;
    if (quint8(message[at]) != reply || message[at + 1] != 0)
        return false;
    if (matchId && read16(message, at + 4) != echo.id)
        return false;
    return read16(message, at + 6) == echo.sequence &&
           message.mid(at + kHeaderBytes, kCookieBytes) ==
               echo.cookie.left(kCookieBytes).leftJustified(kCookieBytes, '\0');
}

} // namespace twinha::agent::icmp
