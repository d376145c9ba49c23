#pragma once

#include <QList>
#include <QProcess>
#include <QString>

#include <memory>

namespace twinha::tests::netns {
class NetnsLab;
}

namespace twinha::bench {

// What a healthy pair goes through on a bad day, put on a netns lab while it runs:
// - the links between the nodes lose packets and jitter: in each node's namespace, what it sends to
//   its peer (TwinHA's heartbeats, UDP to HB_PORT; keepalived's VRRP adverts, IP protocol 112) goes
//   through a netfilter queue to twinha-netns-impair, which drops lossPercent of it and holds the
//   rest delayMs ± jitterMs (uniform). The kernel here has no netem.
// - the CPUs are saturated: stress-ng with cpuWorkersPerNode busy workers in each node's namespace
//   (both nodes share this machine's CPUs, so that is twice as many workers against them).
// - a node's disk stalls (stallDisk): its folder, on a disk of its own (lab up --disks), frozen for
//   stallMs; every write to it waits, the agent's log, journal and state among them.
// Processes started here run in the lab's namespaces, so tearing the lab down ends them too.
class LabStress
{
public:
    struct Options
    {
        double lossPercent = 5;
        double delayMs = 20;
        double jitterMs = 10;
        int cpuWorkersPerNode = 2;
        int stallMs = 1000;
    };

    LabStress(const tests::netns::NetnsLab& lab, const Options& options);
    ~LabStress();
    LabStress(const LabStress&) = delete;
    LabStress& operator=(const LabStress&) = delete;

    // Why this machine cannot put that stress on the lab (no twinha-netns-impair, no stress-ng, a lab
    // without disks of its own), or empty.
    static QString unavailableReason(const tests::netns::NetnsLab& lab);

    // Loss, jitter and CPU load from now on; false with `why` when a part did not start.
    bool start(QString* why);
    // Ends them; the impairers' counts of packets passed and dropped, one line per node.
    QStringList stop();
    // Starts a stall of `node`'s disk in the background; true once it has started. The lab script
    // returns when the disk has thawed (isStalling() false again).
    bool stallDisk(int node);
    bool isStalling() const;

private:
    bool iptables(int node, const QString& op);

    const tests::netns::NetnsLab& m_lab;
    Options m_options;
    QList<std::shared_ptr<QProcess>> m_impairers;
    QList<std::shared_ptr<QProcess>> m_loads;
    QProcess m_stall;
    bool m_rules = false;
};

} // namespace twinha::bench
