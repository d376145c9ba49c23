#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace twinha::agent {

// A datagram that carries one JSON object under an HMAC-SHA256 of the cluster key:
// MAGIC, compact JSON, then the 32-byte MAC over magic + JSON. The heartbeat and the witness
// protocol both use it; each message kind has its own magic, so one kind can never be replayed
// as another.
class SignedDatagram
{
public:
    enum class Result
    {
        Ok,
        Malformed, // not framed as MAGIC{...}MAC, or over the size limit
        Forged     // the MAC does not match: wrong key or altered on the way
    };

    static constexpr int kMacBytes = 32;

    // MAGIC + json + MAC, or an empty array when it would exceed maxBytes.
    static QByteArray seal(QByteArrayView magic, const QByteArray& json, const QByteArray& key, qsizetype maxBytes);
    // Checks the framing and the MAC before anything else, so unauthenticated bytes are never parsed.
    // On Ok, *json holds the JSON text (not yet parsed).
    static Result open(const QByteArray& datagram, QByteArrayView magic, const QByteArray& key, qsizetype maxBytes,
                       QByteArray* json);
};

} // namespace twinha::agent
