#pragma once

#include <QtGlobal>

namespace twinha::agent {

// The arithmetic of a witness lease, shared by the witness and the nodes so that both sides keep
// the same promises. All times are on monotonic clocks; no two machines' clocks are compared.
//
// The holder counts its lease from the moment it SENT the request that the witness granted, which
// is before the witness received it, so the holder's lease always ends first. It stops its groups
// stopMarginMs before that end. The witness gives the lease to another node only driftMarginMs
// after its own record of the end. Between the two, the old holder's stop has stopMarginMs +
// driftMarginMs to finish: a group whose stop takes longer needs a longer TTL.
struct LeaseTerms
{
    qint64 ttlMs = 2000;

    // The holder renews this often, so several renewals may be lost before it must stop.
    qint64 renewEveryMs() const { return qMax<qint64>(50, ttlMs / 8); }
    // Clock-rate drift between the witness and a node over one TTL, plus scheduling noise.
    qint64 driftMarginMs() const { return 50 + ttlMs / 50; }
    // How long before its lease could end the holder begins to stop its groups.
    qint64 stopMarginMs() const { return qMax<qint64>(250, ttlMs / 4); }
    // The holder may run its groups until this time, given when it sent the granted request.
    qint64 runUntilMs(qint64 sentMs) const { return sentMs + ttlMs - stopMarginMs(); }
    // The longest a takeover waits for the old holder's lease: its TTL plus the drift margin.
    qint64 takeoverWaitMs() const { return ttlMs + driftMarginMs(); }
};

} // namespace twinha::agent
