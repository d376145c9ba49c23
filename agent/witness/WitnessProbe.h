#pragma once

#include "agent/config/AgentConfig.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

#include <functional>

class QNetworkAccessManager;

namespace twinha::agent {

// The setup wizard's check of a witness before Apply (node.probe_witness): does a TwinHA witness
// answer at that address (an unsigned hello), and does it know this cluster's key (a signed probe
// that changes nothing, when the node has a key); for etcd, does it answer /version. One answer,
// then the object deletes itself:
//   {"kind": "twinha"|"etcd", "address", "reachable", "knows_cluster": bool|null, "holder"?: ..., "detail"}
class WitnessProbe : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QJsonObject& result)>;
    static constexpr int kTimeoutMs = 2000;

    // `cluster` and `key` may be empty (a node without a config yet): then only the hello.
    static void run(const WitnessConfig& witness, const QString& cluster, const QString& node, const QByteArray& key,
                    Done done);

private:
    WitnessProbe(const WitnessConfig& witness, const QString& cluster, const QString& node, const QByteArray& key,
                 Done done);
    void start();
    void onDatagrams();
    void finish();

    WitnessConfig m_witness;
    QString m_cluster;
    QString m_node;
    QByteArray m_key;
    Done m_done;
    QUdpSocket m_socket;
    QNetworkAccessManager* m_http = nullptr;
    QTimer m_timeout;
    QJsonObject m_result;
    bool m_signedAnswer = false;
};

} // namespace twinha::agent
