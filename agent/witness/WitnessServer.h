#pragma once

#include "agent/witness/LeaseBook.h"
#include "agent/witness/LeaseStore.h"
#include "agent/witness/WitnessConfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUdpSocket>

#include <memory>

namespace twinha::agent {

// `twinha-agent witness`: answers the nodes' lease requests (WitnessMessage) on UDP, for every
// cluster in its config, each under that cluster's key. The rules are LeaseBook's; this class only
// authenticates, refuses replays, saves and answers.
class WitnessServer : public QObject
{
    Q_OBJECT

public:
    explicit WitnessServer(const WitnessServerConfig& config, QObject* parent = nullptr);
    ~WitnessServer() override;

    // Loads the lease record and binds every listen address; false with *error when it cannot.
    bool start(QString* error);
    quint64 refused() const { return m_refused; }

private:
    void onReadyRead(QUdpSocket* socket);
    bool isReplay(const WitnessRequest& r);

    WitnessServerConfig m_config;
    QList<WitnessRequest::Keyed> m_keys;
    QHash<QString, QByteArray> m_keyOf; // cluster -> key
    LeaseStore m_store;
    QElapsedTimer m_clock;
    std::unique_ptr<LeaseBook> m_book;
    QList<QUdpSocket*> m_sockets;
    struct Last
    {
        QString boot;
        qint64 seq = 0;
    };
    QHash<QString, Last> m_last; // cluster + node -> the newest request seen
    quint64 m_refused = 0;       // datagrams that were not a fresh request under a known key
};

} // namespace twinha::agent
