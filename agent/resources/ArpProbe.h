#pragma once

#include "agent/resources/ArpSocket.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace twinha::agent {

// Duplicate address detection for a VIP before it is added (`dad = true`), in a tenth of a second:
// RFC 5227 probes (ARP requests for the address with sender address 0.0.0.0), kProbes of them
// kIntervalMs apart, and any ARP from another MAC that claims the address (a reply, its own
// announcement, or its own probe for it) within kWaitMs means it is taken. A host on the same
// segment answers within a millisecond or two; arping -D, which this replaces, waits at least a
// whole second when nobody answers (its -w takes whole seconds), and that second was in every
// switchover's service gap. finished() comes exactly once, never from start() itself.
class ArpProbe : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Free,
        InUse,  // detail: the MAC that answered
        Failed, // detail: why (no socket, not Ethernet); the caller falls back to arping
    };
    static constexpr int kProbes = 3;
    static constexpr int kIntervalMs = 30;
    static constexpr int kWaitMs = 100;

    ArpProbe(const QString& interface, const QHostAddress& address, const QString& netns = {},
             QObject* parent = nullptr);
    ~ArpProbe() override;

    void start();

Q_SIGNALS:
    void finished(twinha::agent::ArpProbe::Outcome outcome, const QString& detail);

private:
    void sendProbe();
    void onReadable();
    void finish(Outcome outcome, const QString& detail);

    QString m_interface;
    QHostAddress m_address;
    QString m_netns;
    ArpSocket m_socket;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_probes;
    QTimer m_deadline;
    QByteArray m_packet;
    int m_sent = 0;
    bool m_done = false;
};

} // namespace twinha::agent
