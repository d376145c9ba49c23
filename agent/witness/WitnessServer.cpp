#include "agent/witness/WitnessServer.h"

#include "agent/AgentLog.h"

#include <QDir>
#include <QNetworkDatagram>

namespace twinha::agent {

WitnessServer::WitnessServer(const WitnessServerConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_store(config.stateDir)
{
    for (const WitnessServerConfig::Cluster& c : m_config.clusters) {
        m_keys.append({c.name, c.key});
        m_keyOf.insert(c.name, c.key);
    }
}

WitnessServer::~WitnessServer() = default;

bool WitnessServer::start(QString* error)
{
    m_clock.start();
    if (!QDir().mkpath(m_config.stateDir)) {
        *error = QStringLiteral("cannot create %1").arg(m_config.stateDir);
        return false;
    }
    const std::optional<QJsonObject> saved = m_store.load(error);
    if (!saved)
        return false;
    m_book = std::make_unique<LeaseBook>(m_clock.elapsed(), [this](const QJsonObject& doc) {
        QString why;
        if (m_store.save(doc, &why))
            return true;
        AgentLog::get("witness")->error("cannot save the lease record, refusing new grants: {}", why.toStdString());
        return false;
    });
    if (!saved->isEmpty())
        m_book->restore(*saved);
    for (const WitnessServerConfig::Listen& l : m_config.listen) {
        auto* socket = new QUdpSocket(this);
        if (!socket->bind(QHostAddress(l.host), l.port)) {
            *error = QStringLiteral("cannot listen on %1:%2: %3").arg(l.host).arg(l.port).arg(socket->errorString());
            return false;
        }
        connect(socket, &QUdpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        m_sockets << socket;
        AgentLog::get("witness")->info("listening on {}:{}", l.host.toStdString(), l.port);
    }
    AgentLog::get("witness")->info("serving {} cluster(s); lease record {}", m_config.clusters.size(),
                                   m_store.path().toStdString());
    return true;
}

bool WitnessServer::isReplay(const WitnessRequest& r)
{
    // Within one boot of a node its requests are numbered; an old number is a copy. A new boot
    // starts afresh (a copy of an older boot's request can at worst renew a lease, never move one).
    Last& last = m_last[r.cluster + QLatin1Char('\n') + r.node];
    if (last.boot == r.boot && r.seq <= last.seq)
        return true;
    last = {r.boot, r.seq};
    return false;
}

void WitnessServer::onReadyRead(QUdpSocket* socket)
{
    while (socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = socket->receiveDatagram();
        if (WitnessRequest::isHello(d.data())) {
            socket->writeDatagram(WitnessRequest::helloReply(), d.senderAddress(), quint16(d.senderPort()));
            continue;
        }
        const std::optional<WitnessRequest> r = WitnessRequest::decode(d.data(), m_keys);
        if (!r || isReplay(*r)) {
            if (++m_refused % 100 == 1)
                AgentLog::get("witness")->warn("refused {} datagram(s) so far (unknown key, damaged or replayed); "
                                               "the last from {}",
                                               m_refused, d.senderAddress().toString().toStdString());
            continue;
        }
        const LeaseBook::Entry before = m_book->entry(r->cluster, r->group);
        const WitnessReply reply = m_book->answer(*r, m_clock.elapsed());
        if (reply.holder != before.holder)
            AgentLog::get("witness")->info("{}/{}: lease {} {} (generation {})", r->cluster.toStdString(),
                                           r->group.toStdString(), reply.holder.isEmpty() ? "released by" : "given to",
                                           (reply.holder.isEmpty() ? r->node : reply.holder).toStdString(),
                                           reply.generation);
        socket->writeDatagram(reply.encode(m_keyOf.value(r->cluster)), d.senderAddress(), quint16(d.senderPort()));
    }
}

} // namespace twinha::agent
