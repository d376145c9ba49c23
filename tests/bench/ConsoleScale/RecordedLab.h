#pragma once

#include "agentlink/ClusterProfile.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

namespace twinha::bench {

// One real loopback lab (tests/lab/lab.sh: two sshd, two agents) whose sessions are recorded as
// the console runs them, then played back to many consoles' sessions through the same two sshd.
// Each played pair is a profile of its own ("pair-001", ...) whose nodes run
// `twinha-session-player play` instead of `twinha-agent session`: the SSH path stays real, and
// 100 pairs cost 200 light processes instead of 200 agents.
class RecordedLab
{
public:
    RecordedLab();
    ~RecordedLab(); // takes the lab down

    // Brings the lab up; false, with the reason on stderr, when it does not come up.
    bool up();
    // The profile of the real pair, with each node's session recorded to a file of its own.
    agentlink::ClusterProfile recordingProfile() const;
    // False when a node's recording holds no answer (nothing was recorded).
    bool recorded() const;
    // `count` pairs that play the recordings back.
    QList<agentlink::ClusterProfile> playedPairs(int count) const;
    // Reference: `count` logins by OpenSSH's client at once, half to each node, each running
    // `true`; the seconds until all ended, or -1 when one failed.
    double opensshLoginsS(int count) const;
    QString dir() const { return m_tmp.path(); }

private:
    QString recordingOf(int node) const;
    QString player() const;

    QTemporaryDir m_tmp;
    QString m_lab;
    agentlink::ClusterProfile m_profile;
    bool m_up = false;
};

} // namespace twinha::bench
