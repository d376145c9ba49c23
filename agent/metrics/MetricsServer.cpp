#include "agent/metrics/MetricsServer.h"

#include "agent/metrics/MetricsText.h"

#include <QTcpSocket>
#include <QTimer>

namespace twinha::agent {

MetricsServer::MetricsServer(std::function<QByteArray()> render, QObject* parent)
    : QObject(parent)
    , m_render(std::move(render))
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::accept);
}

bool MetricsServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_server.listen(address, port))
        return true;
    *error = m_server.errorString();
    return false;
}

void MetricsServer::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_clients >= kMaxClients) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_clients;
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] { --m_clients; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readHead(socket); });
        // A client that never finishes its request does not hold its place for long.
        QTimer::singleShot(kClientTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void MetricsServer::readHead(QTcpSocket* socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll(); // a body or a second request: one request per connection
        return;
    }
    QByteArray head = socket->property("head").toByteArray() + socket->read(kMaxHeadBytes + 1);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxHeadBytes)
            respond(socket, 431, "Request Header Fields Too Large", "request head too large\n", "text/plain", false);
        else
            socket->setProperty("head", head);
        return;
    }
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", "not an HTTP/1.x request\n", "text/plain", false);
        return;
    }
    const QByteArray& method = requestLine.at(0);
    const bool isHead = method == "HEAD";
    if (method != "GET" && !isHead) {
        respond(socket, 405, "Method Not Allowed", "only GET and HEAD\n", "text/plain", false, "Allow: GET, HEAD\r\n");
        return;
    }
    QByteArray path = requestLine.at(1);
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    if (path == "/metrics") {
        ++m_scrapes;
        respond(socket, 200, "OK", m_render(), MetricsText::kContentType, isHead);
    } else if (path == "/") {
        respond(socket, 200, "OK", "twinha-agent: the metrics are at /metrics\n", "text/plain", isHead);
    } else {
        respond(socket, 404, "Not Found", "no such page; the metrics are at /metrics\n", "text/plain", isHead);
    }
}

void MetricsServer::respond(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& body,
                            const QByteArray& contentType, bool head, const QByteArray& extraHeaders)
{
    socket->setProperty("answered", true);
    socket->setProperty("head", QVariant());
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" +
                     extraHeaders + "\r\n";
    if (!head)
        out += body;
    socket->write(out);
    socket->disconnectFromHost(); // once the answer is written
}

} // namespace twinha::agent
