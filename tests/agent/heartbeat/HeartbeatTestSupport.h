#pragma once

// Shared by the Heartbeat tests: a two-node, two-link cluster on 127.0.0.1 with free UDP ports.

#include "agent/config/AgentConfig.h"
#include "agent/heartbeat/Heartbeat.h"
#include "agent/heartbeat/HeartbeatLink.h"
#include "agent/heartbeat/HeartbeatWorker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUdpSocket>

#include <memory>
#include <vector>

namespace twinha::agent::test {

inline const QByteArray kKey = QByteArrayLiteral("0123456789abcdef0123456789abcdef-test");
inline const QString kN1 = QStringLiteral("n1");
inline const QString kN2 = QStringLiteral("n2");
inline const QString kLan = QStringLiteral("lan");
inline const QString kWan = QStringLiteral("wan");

// Ports the system just handed out, all distinct: held together, then released together.
inline QList<quint16> freeUdpPorts(int count)
{
    std::vector<std::unique_ptr<QUdpSocket>> held;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        held.push_back(std::make_unique<QUdpSocket>());
        if (held.back()->bind(QHostAddress::LocalHost, 0))
            ports << held.back()->localPort();
    }
    return ports;
}

inline LinkEndpoint endpoint(const QString& node, quint16 port)
{
    return LinkEndpoint{node, QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("127.0.0.1"), port};
}

// Links "lan" and "wan"; `ports` is {n1 lan, n2 lan, n1 wan, n2 wan}.
struct TwoNodeCluster
{
    AgentConfig config;
    QList<quint16> ports;

    explicit TwoNodeCluster(int intervalMs = 50, int deadTimeMs = 300)
        : ports(freeUdpPorts(4))
    {
        config.cluster.name = QStringLiteral("c1");
        config.timing.intervalMs = intervalMs;
        config.timing.deadTimeMs = deadTimeMs;
        config.nodes = {NodeConfig{kN1}, NodeConfig{kN2}};
        config.links = {LinkConfig{kLan, {endpoint(kN1, ports.value(0)), endpoint(kN2, ports.value(1))}},
                        LinkConfig{kWan, {endpoint(kN1, ports.value(2)), endpoint(kN2, ports.value(3))}}};
    }

    quint16 port(const QString& node, const QString& link) const
    {
        return ports.value((link == kLan ? 0 : 2) + (node == kN1 ? 0 : 1));
    }

    HeartbeatIdentity identity(const QString& node, const QByteArray& key = kKey) const
    {
        static int boots = 0;
        HeartbeatIdentity id;
        id.cluster = config.cluster.name;
        id.self = node;
        id.peer = config.peerOf(node);
        id.key = key;
        id.boot = QStringLiteral("%1").arg(++boots, 16, 10, QLatin1Char('0'));
        id.bootTime = QDateTime::currentMSecsSinceEpoch();
        return id;
    }

    // A started HeartbeatWorker of `node` on this thread, or null (with a test failure message)
    // when it cannot bind.
    std::unique_ptr<HeartbeatWorker> start(const QString& node, const QByteArray& key = kKey) const
    {
        auto hb = std::make_unique<HeartbeatWorker>(config, identity(node, key));
        protocol::RpcError error;
        if (!hb->start(&error)) {
            qWarning("cannot start %s: %s %s", qPrintable(node), qPrintable(error.code),
                     qPrintable(error.params.value(QStringLiteral("detail")).toString()));
            return nullptr;
        }
        return hb;
    }
};

template <typename AnyHeartbeat> inline QJsonObject linkJson(const AnyHeartbeat& hb, const QString& link)
{
    for (const QJsonValue& v : hb.linksJson()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == link)
            return v.toObject();
    }
    return {};
}

template <typename AnyHeartbeat> inline qint64 counter(const AnyHeartbeat& hb, const QString& link, const char* name)
{
    return linkJson(hb, link).value(QLatin1String(name)).toInteger(-1);
}

} // namespace twinha::agent::test
