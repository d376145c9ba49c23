#pragma once

#include "agent/AgentConfig.h"
#include "agent/witness/LeaseTerms.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUdpSocket>

namespace twinha::agent {

class PeerAddress;
struct WitnessReply;

// This node's side of the witness: asks for, renews and releases the leases of the groups the
// coordinator wants, and says for each whether this node holds it right now.
//
// A lease is held from the grant until LeaseTerms::runUntilMs(the time the granted request was
// SENT), and that is judged when asked, on the monotonic clock: an agent that was frozen and wakes
// up past the end sees "not held" at its first look, before any timer of its own has fired.
class LeaseClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown, // no answer yet since this agent started
        Held,
        NotHeld
    };

    struct Lease
    {
        State state = State::Unknown;
        QString holder;          // as the witness last said; empty when free or unknown
        qint64 remainingMs = -1; // the holder's time left, as the witness last said
        qint64 generation = -1;
        QString code; // why the last request was refused
    };

    LeaseClient(const QString& cluster, const QString& self, const QString& boot, const QByteArray& key,
                const WitnessConfig& witness, QObject* parent = nullptr);

    // Binds the socket; false with *error when that fails.
    bool start(QString* error);
    // The groups whose lease this node wants (it holds them, or it would take them over), and those
    // whose lease it may hand back (it holds the lease but has stopped the group).
    void setWanted(const QSet<QString>& wanted, const QSet<QString>& releasable, qint64 epoch);

    Lease lease(const QString& group) const;
    // How much longer this node may run `group` on its lease; 0 when it does not hold it.
    qint64 runsForMs(const QString& group) const;
    // Some answer arrived within the last TTL.
    bool reachable() const;
    const LeaseTerms& terms() const { return m_terms; }
    QString address() const { return m_config.address; }
    // {"address", "ttl_ms", "reachable", "answer_age_ms", "leases": [{group, held, holder, remaining_ms, generation}]}
    QJsonObject toJson(const QStringList& groups) const;

Q_SIGNALS:
    void changed();

private:
    struct Pending
    {
        QString group;
        qint64 sentMs = 0;
        bool release = false;
    };
    struct Record
    {
        Lease last;            // the last answer
        qint64 runUntilMs = 0; // held until then (monotonic, this process)
    };

    void send(const QString& group, bool release);
    void renewAll();
    void onReadyRead();
    void onReply(const WitnessReply& reply);
    void scheduleDeadline();

    QString m_cluster;
    QString m_self;
    QString m_boot;
    QByteArray m_key;
    WitnessConfig m_config;
    LeaseTerms m_terms;
    qint64 m_epoch = 0;
    qint64 m_seq = 0;
    QUdpSocket m_socket;
    PeerAddress* m_address;
    QSet<QString> m_wanted;
    QMap<QString, Record> m_records;
    QMap<qint64, Pending> m_pending; // by seq
    QElapsedTimer m_clock;
    qint64 m_lastAnswerMs = -1;
    QTimer m_renew;
    QTimer m_deadline;  // the next moment a held lease ends, so the coordinator hears of it at once
    QTimer m_retrySoon; // a refusal that names when the lease frees up: ask again right then
};

} // namespace twinha::agent
