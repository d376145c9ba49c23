#pragma once

#include "agent/resources/ArpSocket.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

namespace twinha::agent {

// Announces a freshly added IPv4 address so switches and neighbours update their caches at once
// instead of after their ARP entries expire (ArpSocket): an ARP request with sender = target = the address, sent to the
// broadcast address a few times, the repeats on a timer so the event loop never waits.
class GratuitousArp : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCount = 3;
    static constexpr int kIntervalMs = 200;

    // `netns` names a network namespace (ip netns) to open the socket in; empty: our own.
    GratuitousArp(const QString& interface, const QHostAddress& address, const QString& netns = {},
                  QObject* parent = nullptr);
    ~GratuitousArp() override;

    // Opens the socket and sends the first announcement; false with `error` set when the socket
    // cannot be opened or the first send fails, so the caller can fall back to arping.
    bool start(QString* error = nullptr);
    int sentCount() const { return m_sent; }

Q_SIGNALS:
    void finished(int sent);

private:
    bool openSocket(QString* error);
    bool sendOne(QString* error);
    void onTimer();

    QString m_interface;
    QHostAddress m_address;
    QString m_netns;
    QTimer m_timer;
    QByteArray m_packet;
    ArpSocket m_socket;
    int m_sent = 0;
};

} // namespace twinha::agent
