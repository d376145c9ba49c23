// libFuzzer target: HeartbeatPacket::decode, the first thing that reads a UDP datagram from the
// network. The MAC is checked before any parsing, so random bytes would never reach the JSON: the
// input is taken as the JSON part and signed here with the harness's key, and is also decoded as a
// raw datagram to exercise the framing.
#include "agent/heartbeat/HeartbeatPacket.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QMessageAuthenticationCode>

#include <cstddef>
#include <cstdint>

using twinha::agent::HeartbeatPacket;

namespace {
const QByteArray kKey = QByteArrayLiteral("twinha-fuzz-cluster-key-0123456789abcdef");
const QString kCluster = QStringLiteral("lab");

QByteArray signedDatagram(const QByteArray& json)
{
    QByteArray datagram = HeartbeatPacket::magic() + json;
    datagram += QMessageAuthenticationCode::hash(datagram, kKey, QCryptographicHash::Sha256);
    return datagram;
}

// What decode accepted must survive its own encoding unchanged, or two agents could disagree
// about a packet both consider valid.
void checkRoundTrip(const HeartbeatPacket& packet)
{
    const QByteArray again = packet.encode(kKey);
    if (again.isEmpty()) // too big to send: encode refuses it, nothing to compare
        return;
    HeartbeatPacket decoded;
    FUZZ_CHECK(HeartbeatPacket::decode(again, kCluster, kKey, &decoded) == HeartbeatPacket::DecodeResult::Ok);
    FUZZ_CHECK(decoded.from == packet.from && decoded.link == packet.link && decoded.boot == packet.boot);
    FUZZ_CHECK(decoded.bootTime == packet.bootTime && decoded.seq == packet.seq && decoded.sent == packet.sent);
    FUZZ_CHECK(decoded.mono == packet.mono && decoded.echo == packet.echo);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    HeartbeatPacket packet;
    HeartbeatPacket::decode(input, kCluster, kKey, &packet);
    if (HeartbeatPacket::decode(signedDatagram(input), kCluster, kKey, &packet) == HeartbeatPacket::DecodeResult::Ok)
        checkRoundTrip(packet);
    return 0;
}
