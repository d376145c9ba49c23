#pragma once

#include "agent/resources/AddressAnnouncer.h"
#include "agent/resources/ArpProbe.h"
#include "agent/resources/CommandRunner.h"
#include "agent/resources/Resource.h"
#include "agent/resources/VipAddress.h"

#include <QElapsedTimer>

namespace twinha::agent {

// A floating address: `ip addr add/del` plus an announcement. Start checks the interface, refuses
// an address that already answers on the network (with `dad = true`: ArpProbe, arping -D where
// that cannot run), adds it and sends gratuitous ARP. Needs root; failures are reported as reasons,
// never thrown.
// In a switchover the probe begins at the handover (peerReleased()), once the source has removed
// the address, and runs beside the rest of the handover and the group's earlier resources. The
// start uses that probe's answer only if it is "free" and at most kEarlyProbeFreshMs old; anything
// else (an answer, a failure, an old or absent probe) means a probe of its own, as in a takeover.
class VipResource : public Resource
{
    Q_OBJECT
public:
    static constexpr int kEarlyProbeFreshMs = 500;

    // `netns` runs every command and the ARP socket inside that network namespace; for tests, so
    // they never touch the host's interfaces.
    VipResource(const ResourceConfig& config, const ResourceContext& context, const QString& netns = {},
                QObject* parent = nullptr);

    void peerReleased() override;
    void peerReleaseCalledOff() override;

protected:
    void doStart() override;
    void doStop() override;
    void doStatus() override;

private:
    enum class Step
    {
        ShowBeforeStart,
        DuplicateCheck,
        Add,
        Delete,
        ShowAfterDelete,
        Status
    };

    void runIp(Step step, const QStringList& arguments);
    void runTool(Step step, const QString& tool, const QStringList& arguments);
    void onFinished(const CommandRunner::Result& result);
    void afterShowBeforeStart(const CommandRunner::Result& result);
    void startFrom(VipAddress::Presence presence);
    void probeBeforeAdding();
    void afterEarlyProbe(ArpProbe::Outcome outcome);
    void afterProbe(ArpProbe::Outcome outcome, const QString& detail);
    void afterDuplicateCheck(const CommandRunner::Result& result); // arping -D, where the probe cannot run
    void addAddress();
    void afterDelete(const CommandRunner::Result& result);
    // The successful `ip` run that an AddressNetlink call stood in for (its errors go to `ip`).
    static CommandRunner::Result kernelDone();
    QJsonObject where() const;

    VipAddress m_vip;
    QString m_netns;
    CommandRunner m_runner;
    AddressAnnouncer m_announcer;
    std::unique_ptr<ArpProbe> m_probe;
    std::unique_ptr<ArpProbe> m_earlyProbe; // begun at the handover
    QElapsedTimer m_earlyFree;              // since the handover's probe found the address free
    bool m_startAwaitsEarly = false;
    CommandRunner::Result m_deleteResult;
    Step m_step = Step::Status;
};

} // namespace twinha::agent
