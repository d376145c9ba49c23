#pragma once

#include "tests/netns/ProbeLog.h"
#include "tests/netns/Timeline.h"

#include <QProcess>
#include <QStringList>

namespace twinha::tests::netns {

class NetnsLab;

// The lab's client at work: twinha-netns-probe in the client namespace, probing the VIP every
// 5 ms and each node's own address every 20 ms (targets "vip", "node1", "node2"; "vip2" too in
// mutual-backup), each request on a new connection with a 500 ms limit. Stopped by the destructor.
class ProbeRun
{
public:
    explicit ProbeRun(const NetnsLab& lab, int vipIntervalMs = 5);
    ~ProbeRun();

    // Starts the probe; false (with errorText()) when it did not come up.
    bool start();
    void stop();
    QString errorText() const { return m_error; }
    QString file() const { return m_file; }

    ProbeLog log() const { return ProbeLog::read(m_file); }
    Timeline timeline(const QString& target) const { return Timeline(log().answers(target)); }
    // Waits (event loop running) until `node` answers on `target` after afterNs; the time it did, or -1.
    qint64 waitForAnswer(const QString& target, const QString& node, qint64 afterNs, int timeoutMs) const;
    // The requests to `target` sent within [fromNs, toNs].
    Timeline timeline(const QString& target, qint64 fromNs, qint64 toNs) const;
    // Time both nodes' services answered at once (probed on the nodes' own addresses) within
    // [fromNs, toNs].
    qint64 bothUpNs(qint64 fromNs = 0, qint64 toNs = Timeline::kEnd) const;

private:
    const NetnsLab& m_lab;
    QStringList m_targets;
    QString m_file;
    QString m_error;
    QProcess m_process;
};

} // namespace twinha::tests::netns
