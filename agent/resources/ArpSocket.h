#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace twinha::agent {

// An AF_PACKET socket for ARP on one Ethernet interface, opened inside a network namespace when
// one is named (tests), with what gratuitous ARP and the duplicate-address probe need: the
// interface's index and MAC, the ARP payload (RFC 826, Ethernet and IPv4) and a broadcast send.
// No extra package is needed. Closes itself.
class ArpSocket
{
public:
    ArpSocket() = default;
    ~ArpSocket();
    ArpSocket(const ArpSocket&) = delete;
    ArpSocket& operator=(const ArpSocket&) = delete;

    // False with `error` set when the socket cannot be opened or the interface is not Ethernet.
    // `receive`: bound to the interface, so that reads see its ARP traffic only.
    bool open(const QString& interface, const QString& netns, bool receive, QString* error);
    void close();
    int fd() const { return m_fd; }
    const QByteArray& mac() const { return m_mac; }

    // The 28-byte ARP payload; the target MAC stays zero.
    QByteArray packet(int opcode, quint32 senderIp, quint32 targetIp) const;
    bool broadcast(const QByteArray& packet, QString* error) const;

    static QString systemError(const char* what);

private:
    int m_fd = -1;
    int m_ifindex = 0;
    QByteArray m_mac;
};

} // namespace twinha::agent
