#pragma once

// Two mirror channel ends in one process, as the daemon builds them, for the replication tests
// that run real rsync: n1 and n2, each with its own data folder, state folder and receiving port
// on the loopback.
#include "agent/replication/ReplicationChannel.h"
#include "agent/replication/ReplicationChannelFactory.h"
#include "tests/FreePort.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace twinha::agent::testing {

inline const QByteArray kKey = "test-cluster-key-0123456789abcdef0123456789";

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Built by the factory as the daemon would.
struct Cluster
{
    QTemporaryDir dir;
    ReplicationConfig config;
    std::unique_ptr<ReplicationChannel> n1;
    std::unique_ptr<ReplicationChannel> n2;

    // adjust: changes to the config before the channels are built (a transport, other endpoints).
    explicit Cluster(const QByteArray& n1Key = kKey, const std::function<void(ReplicationConfig&)>& adjust = {})
    {
        config.name = QStringLiteral("mail");
        config.typeName = QStringLiteral("mirror");
        config.type = ReplicationType::Mirror;
        config.group = QStringLiteral("g");
        config.paths = {{QStringLiteral("n1"), dir.filePath(QStringLiteral("n1data"))},
                        {QStringLiteral("n2"), dir.filePath(QStringLiteral("n2data"))}};
        const quint16 p1 = tests::freeTcpPort();
        const quint16 p2 = tests::freeTcpPort();
        config.endpoints = {{QStringLiteral("n1"), {}, QStringLiteral("127.0.0.1"), p1},
                            {QStringLiteral("n2"), {}, QStringLiteral("127.0.0.1"), p2}};
        config.intervalS = 3600; // changes alone must drive the pushes here
        config.maxLagS = 60;
        if (adjust)
            adjust(config);
        QDir().mkpath(path(QStringLiteral("n1")));
        QDir().mkpath(path(QStringLiteral("n2")));
        n1 = ReplicationChannelFactory::create(config, QStringLiteral("n1"), n1Key,
                                               dir.filePath(QStringLiteral("state1")));
        n2 = ReplicationChannelFactory::create(config, QStringLiteral("n2"), kKey,
                                               dir.filePath(QStringLiteral("state2")));
    }

    QString path(const QString& node) const { return config.pathFor(node); }
    QString file(const QString& node, const QString& name) const { return path(node) + QLatin1Char('/') + name; }
    ReplicationRole sourceTo(const QString& peer) const
    {
        const LinkEndpoint* e = config.endpointFor(peer);
        return ReplicationRole::source(e->host, e->port);
    }
    // n1 ships to n2.
    void n1Active()
    {
        n2->setRole(ReplicationRole::target());
        n1->setRole(sourceTo(QStringLiteral("n2")));
    }
    QString state(const QString& node) const
    {
        return dir.filePath(node == QLatin1String("n1") ? QStringLiteral("state1") : QStringLiteral("state2"));
    }
};

} // namespace twinha::agent::testing
