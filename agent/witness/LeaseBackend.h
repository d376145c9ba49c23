#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/witness/LeaseTerms.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace twinha::agent {

// This node's side of the third vote, whatever gives it (the built-in witness, etcd): asks for,
// renews and releases the leases of the groups the coordinator wants, and says for each whether
// this node holds it right now. The bookkeeping is here; a subclass only speaks the protocol and
// reports answers through granted() and refused().
//
// A lease is held from a grant until LeaseTerms::runUntilMs(the time the granted request was SENT),
// judged when asked, on the monotonic clock: an agent that was frozen and wakes up past the end sees
// "not held" at its first look, before any timer of its own has fired.
class LeaseBackend : public QObject
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
        QString holder;          // as last answered; empty when free or unknown
        qint64 remainingMs = -1; // the holder's time left, as last answered
        qint64 generation = -1;
        QString code; // why the last request was refused
    };

    LeaseBackend(const WitnessConfig& config, QObject* parent = nullptr);

    // Opens what the protocol needs; false with *error when that fails.
    virtual bool start(QString* error) = 0;
    // The groups whose lease this node wants (it holds them, or it would take them over), and those
    // whose lease it may hand back (it holds the lease but has stopped the group).
    void setWanted(const QSet<QString>& wanted, const QSet<QString>& releasable, qint64 epoch);

    Lease lease(const QString& group) const;
    // How much longer this node may run `group` on its lease; 0 when it does not hold it.
    qint64 runsForMs(const QString& group) const;
    // Some answer arrived within the last TTL.
    bool reachable() const;
    const LeaseTerms& terms() const { return m_terms; }
    // Where the vote comes from, for status and messages.
    virtual QString address() const = 0;
    // {"kind", "address", "ttl_ms", "reachable", "answer_age_ms", "leases": [{group, held, holder, remaining_ms,
    // generation}]}
    QJsonObject toJson(const QStringList& groups) const;

Q_SIGNALS:
    void changed();

protected:
    virtual QString kind() const = 0; // "twinha" | "etcd"
    // Ask for the lease, or renew it: called when a group becomes wanted and every renewal period.
    virtual void request(const QString& group) = 0;
    // Hand it back: the group has stopped here.
    virtual void handBack(const QString& group) = 0;

    // The answers, from the subclass. `sentMs`: nowMs() when the granted request was sent.
    void granted(const QString& group, qint64 sentMs, const QString& holder, qint64 generation);
    // `othersHold`: someone else holds it (ours is gone); false for a refusal that says nothing of
    // that (a witness that could not save), which leaves a lease we hold to run out as promised.
    void refused(const QString& group, const QString& holder, qint64 remainingMs, qint64 generation,
                 const QString& code, bool othersHold);
    void answered() { m_lastAnswerMs = nowMs(); }
    qint64 nowMs() const { return m_clock.elapsed(); }
    bool isWanted(const QString& group) const { return m_wanted.contains(group); }
    qint64 epoch() const { return m_epoch; }
    const WitnessConfig& config() const { return m_config; }
    void startRenewing() { m_renew.start(); }

private:
    struct Record
    {
        Lease last;
        qint64 runUntilMs = 0; // held until then (monotonic, this process)
    };

    void renewAll();
    void scheduleDeadline();
    void announce(const QString& group, const Lease& before);

    WitnessConfig m_config;
    LeaseTerms m_terms;
    qint64 m_epoch = 0;
    QSet<QString> m_wanted;
    QMap<QString, Record> m_records;
    QElapsedTimer m_clock;
    qint64 m_lastAnswerMs = -1;
    QTimer m_renew;
    QTimer m_deadline;  // the next moment a held lease ends, so the coordinator hears of it at once
    QTimer m_retrySoon; // a refusal that names when the lease frees up: ask again right then
};

} // namespace twinha::agent
