#include "agent/witness/WitnessProbe.h"

#include "agent/witness/WitnessMessage.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkDatagram>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace twinha::agent {

void WitnessProbe::run(const WitnessConfig& witness, const QString& cluster, const QString& node, const QByteArray& key,
                       Done done)
{
    (new WitnessProbe(witness, cluster, node, key, std::move(done)))->start();
}

WitnessProbe::WitnessProbe(const WitnessConfig& witness, const QString& cluster, const QString& node,
                           const QByteArray& key, Done done)
    : m_witness(witness)
    , m_cluster(cluster)
    , m_node(node)
    , m_key(key)
    , m_done(std::move(done))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &WitnessProbe::finish);
    connect(&m_socket, &QUdpSocket::readyRead, this, &WitnessProbe::onDatagrams);
    m_result = {
        {QStringLiteral("kind"), witness.etcd.isEmpty() ? QStringLiteral("twinha") : QStringLiteral("etcd")},
        {QStringLiteral("address"), witness.etcd.isEmpty() ? witness.address : witness.etcd.join(QLatin1Char(','))},
        {QStringLiteral("reachable"), false},
        {QStringLiteral("knows_cluster"), QJsonValue()}};
}

void WitnessProbe::start()
{
    m_timeout.start(kTimeoutMs);
    if (!m_witness.etcd.isEmpty()) {
        m_http = new QNetworkAccessManager(this);
        QNetworkRequest request(QUrl(m_witness.etcd.first() + QStringLiteral("/version")));
        request.setTransferTimeout(kTimeoutMs);
        QNetworkReply* r = m_http->get(request);
        connect(r, &QNetworkReply::finished, this, [this, r] {
            r->deleteLater();
            const QJsonObject v = QJsonDocument::fromJson(r->readAll()).object();
            m_result.insert(QStringLiteral("reachable"), v.contains(QStringLiteral("etcdserver")));
            m_result.insert(QStringLiteral("detail"),
                            r->error() == QNetworkReply::NoError
                                ? QString(QStringLiteral("etcd ") + v.value(QStringLiteral("etcdserver")).toString())
                                : r->errorString());
            finish();
        });
        return;
    }
    const QHostAddress to(m_witness.host);
    if (to.isNull() ||
        !m_socket.bind(to.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4,
                       0)) {
        m_result.insert(QStringLiteral("detail"), QString(QStringLiteral("not an IP address: ") + m_witness.host));
        finish();
        return;
    }
    m_socket.writeDatagram(WitnessRequest::hello(), to, m_witness.port);
    if (!m_key.isEmpty() && !m_cluster.isEmpty()) {
        WitnessRequest r;
        r.cluster = m_cluster;
        r.group = QStringLiteral("-");
        r.node = m_node;
        r.boot = QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        r.seq = 1;
        r.kind = WitnessRequest::Kind::Probe;
        r.ttlMs = m_witness.ttlMs;
        m_socket.writeDatagram(r.encode(m_key), to, m_witness.port);
    }
}

void WitnessProbe::onDatagrams()
{
    while (m_socket.hasPendingDatagrams()) {
        const QByteArray d = m_socket.receiveDatagram().data();
        if (WitnessRequest::isHelloReply(d))
            m_result.insert(QStringLiteral("reachable"), true);
        else if (WitnessReply::decode(d, m_cluster, m_key))
            m_signedAnswer = true;
    }
    const bool wantSigned = !m_key.isEmpty() && !m_cluster.isEmpty();
    if (m_result.value(QStringLiteral("reachable")).toBool() && (!wantSigned || m_signedAnswer))
        finish();
}

void WitnessProbe::finish()
{
    if (!m_done)
        return;
    m_timeout.stop();
    // A witness that answers the hello but not our signed probe does not have this cluster's key.
    if (m_witness.etcd.isEmpty() && !m_key.isEmpty() && !m_cluster.isEmpty() &&
        m_result.value(QStringLiteral("reachable")).toBool())
        m_result.insert(QStringLiteral("knows_cluster"), m_signedAnswer);
    if (!m_result.contains(QStringLiteral("detail")))
        m_result.insert(QStringLiteral("detail"), QString());
    Done done = std::move(m_done);
    m_done = nullptr;
    done(m_result);
    deleteLater();
}

} // namespace twinha::agent
