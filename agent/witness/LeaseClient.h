#pragma once

#include "agent/witness/LeaseBackend.h"

#include <QMap>
#include <QUdpSocket>

namespace twinha::agent {

class PeerAddress;
struct WitnessReply;

// The lease protocol of `twinha-agent witness`: signed UDP requests (WitnessMessage), each answer
// taken only if it answers a question this agent asked.
class LeaseClient : public LeaseBackend
{
    Q_OBJECT

public:
    LeaseClient(const QString& cluster, const QString& self, const QString& boot, const QByteArray& key,
                const WitnessConfig& witness, QObject* parent = nullptr);

    bool start(QString* error) override;
    QString address() const override { return config().address; }

protected:
    QString kind() const override { return QStringLiteral("twinha"); }
    void request(const QString& group) override { send(group, false); }
    void handBack(const QString& group) override { send(group, true); }

private:
    struct Pending
    {
        QString group;
        qint64 sentMs = 0;
        bool release = false;
    };

    void send(const QString& group, bool release);
    void onReadyRead();
    void onReply(const WitnessReply& reply);

    QString m_cluster;
    QString m_self;
    QString m_boot;
    QByteArray m_key;
    qint64 m_seq = 0;
    QUdpSocket m_socket;
    PeerAddress* m_address;
    QMap<qint64, Pending> m_pending; // by seq
};

} // namespace twinha::agent
