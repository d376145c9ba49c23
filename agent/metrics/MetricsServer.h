#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace twinha::agent {

// The agent's /metrics endpoint for Prometheus: a plain HTTP/1.1 server that answers GET and HEAD
// of /metrics with the text `render` returns, one request per connection. It reads nothing but a
// request head of at most kMaxHeadBytes, gives a client kClientTimeoutMs to send it, and keeps at
// most kMaxClients connections; it never blocks the agent's event loop and has no state to lose.
// Anyone who reaches the address may read the cluster's state: bind it to a management network.
class MetricsServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxHeadBytes = 8192;
    static constexpr int kClientTimeoutMs = 5000;
    static constexpr int kMaxClients = 16;

    explicit MetricsServer(std::function<QByteArray()> render, QObject* parent = nullptr);

    // False with *error ("address in use", ...) when it cannot listen there.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const { return m_server.serverPort(); }
    qint64 scrapes() const { return m_scrapes; }

private:
    void accept();
    void readHead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& body,
                 const QByteArray& contentType, bool head, const QByteArray& extraHeaders = {});

    std::function<QByteArray()> m_render;
    QTcpServer m_server;
    int m_clients = 0;
    qint64 m_scrapes = 0;
};

} // namespace twinha::agent
