#pragma once

#include "tests/netns/Timeline.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace twinha::tests::netns {

class ClusterAgents;
class NetnsLab;
class ProbeRun;

// One fault as it happened: when it began and ended, what the client should have seen, and the
// problems found on the way (an agent that did not answer, a cluster that did not settle).
struct FaultRun
{
    QString name;
    QString from;             // held the group before
    QString holder;           // should hold it afterwards
    qint64 startNs = 0;       // fault injected (CLOCK_MONOTONIC)
    qint64 mendedNs = 0;      // cable back, process resumed or restarted; 0 when nothing to mend
    qint64 endNs = 0;         // settled again
    qint64 gapBoundNs = 0;    // the longest the client may go unanswered
    qint64 bothAllowedNs = 0; // before this, both services may answer (a node that cannot act)
    QStringList problems;
    QMap<QString, double> stepsMs; // a switchover's steps as the agents timed them, and its "gap"
};

// Injects the lab's faults into a hot-standby netns lab whose "service" runs on node `active`,
// waits for the outcome, mends the fault and waits for the cluster to settle. verdict() then
// says whether what the probing client saw meets the fault's bounds.
class FaultInjector
{
public:
    enum class Kind
    {
        Switchover, // planned, to the other node
        Rollback,   // planned, but the target's service fails to start
        Kill,       // kill -9 of the active agent and its service
        CutOneLink, // the private heartbeat cable of the active node (no failover)
        Split,      // both heartbeat paths cut, the tiebreaker reachable by both (failover)
        Isolate,    // the active node loses peer, tiebreaker and client (it steps down)
        Freeze,     // SIGSTOP of the active agent for 3 s, then SIGCONT
        KillAgent,  // kill -9 of the active agent alone: its service and address stay up
        SshKill,    // the console's SSH connections killed mid-switchover
        TargetDies, // kill -9 of the target's agent as a planned switchover begins (rollback)
        // With a witness (netns-lab.sh up --witness) only:
        WitnessLost,        // the witness unreachable for longer than a lease: nothing may change
        WitnessAndPeerLost, // the witness unreachable and the standby's agent killed: the active stops
        OneWay,             // the standby stops hearing the active, which still hears it: nothing moves
        ColdStart,          // both agents and services killed, then both agents started again
    };
    // Every kind the lab can run: the witness faults only where there is a witness.
    static QList<Kind> all(bool witness = false);
    static QString name(Kind kind);

    FaultInjector(NetnsLab& lab, ClusterAgents& agents, ProbeRun& probe);

    FaultRun run(Kind kind, int active);
    // What went wrong, for the client, during `run`: empty when it all stayed within bounds.
    QStringList verdict(const FaultRun& run) const;
    // What the client saw of the VIP around `run` (from just before it began), and its longest gap.
    Timeline clientView(const FaultRun& run) const;
    qint64 longestGapNs(const FaultRun& run) const;
    // One line on the run for the test's log.
    QString describe(const FaultRun& run) const;

private:
    void switchover(FaultRun& r, int a, int b, bool failStart);
    void kill(FaultRun& r, int a, int b, bool serviceToo = true);
    void cutOneLink(FaultRun& r, int a);
    void split(FaultRun& r, int b);
    void isolate(FaultRun& r, int a, int b);
    void freeze(FaultRun& r, int a, int b);
    void sshKill(FaultRun& r, int a, int b);
    void targetDies(FaultRun& r, int a, int b);
    void witnessLost(FaultRun& r, bool peerToo, int a, int b);
    void oneWay(FaultRun& r, int a, int b);
    void coldStart(FaultRun& r, int a);
    void holdsOn(FaultRun& r, int a, int b, qint64 forMs); // `a` keeps serving, `b` never takes over
    bool hasWitness() const;
    void settle(FaultRun& r);
    bool waitForVip(FaultRun& r, int node, int timeoutMs);

    NetnsLab& m_lab;
    ClusterAgents& m_agents;
    ProbeRun& m_probe;
};

} // namespace twinha::tests::netns
