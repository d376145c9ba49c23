#pragma once

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

namespace twinha::agent {

// Where a link sends its datagrams. A literal address is used as is; a host name is looked up
// without blocking the event loop (a stalled loop would miss heartbeats) and again, at most every
// kRetryMs, while lookups fail.
class PeerAddress : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRetryMs = 5000;

    // `family`: that of the socket that will send; a name's addresses of that family come first.
    PeerAddress(const QString& host, QAbstractSocket::NetworkLayerProtocol family, QObject* parent = nullptr);

    // Null while unknown; starts a lookup when one is due.
    QHostAddress address();

    // The first of `addresses` of `family`, else the first at all; null when there is none.
    static QHostAddress pick(const QList<QHostAddress>& addresses, QAbstractSocket::NetworkLayerProtocol family);

private:
    void lookUp();

    QString m_host;
    QAbstractSocket::NetworkLayerProtocol m_family;
    QHostAddress m_address;
    bool m_pending = false;
    QElapsedTimer m_lastLookup;
};

} // namespace twinha::agent
