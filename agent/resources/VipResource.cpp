#include "agent/resources/VipResource.h"

#include "agent/AgentLog.h"
#include "agent/resources/AddressNetlink.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <cerrno>

namespace twinha::agent {

namespace codes = protocol::codes;

namespace {
constexpr int kDuplicateCheckMinTimeoutMs = 4000; // arping -w 2 needs its two seconds
} // namespace

VipResource::VipResource(const ResourceConfig& config, const ResourceContext& context, const QString& netns,
                         QObject* parent)
    : Resource(config, context, parent)
    , m_vip(VipAddress::parse(config.address))
    , m_netns(netns)
    , m_announcer(config.interface, m_vip, netns, logName())
{
    connect(&m_runner, &CommandRunner::finished, this, &VipResource::onFinished);
}

void VipResource::doStart()
{
    if (!m_vip.isValid()) {
        fail(error(codes::kResourceStartFailed, {{QStringLiteral("exit_status"), -1},
                                                 {QStringLiteral("stderr"), QStringLiteral("invalid address")}}));
        return;
    }
    // In the agent's own namespace the kernel is asked directly; `ip` where it answers for another
    // (the tests' netns) or cannot be asked.
    const VipAddress::Presence here =
        m_netns.isEmpty() ? m_vip.presenceOn(config().interface) : VipAddress::Presence::Unknown;
    if (here != VipAddress::Presence::Unknown) {
        startFrom(here);
        return;
    }
    runIp(Step::ShowBeforeStart, {QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show"),
                                  QStringLiteral("dev"), config().interface});
}

void VipResource::peerReleased()
{
    if (!config().duplicateCheck || !m_vip.isValid() || m_vip.isIpv6() || isBusy() || state() == State::Running ||
        m_earlyProbe)
        return;
    m_earlyFree.invalidate();
    m_earlyProbe = std::make_unique<ArpProbe>(config().interface, m_vip.ip(), m_netns);
    connect(m_earlyProbe.get(), &ArpProbe::finished, this,
            [this](ArpProbe::Outcome outcome, const QString&) { afterEarlyProbe(outcome); });
    m_earlyProbe->start();
}

// A switchover called off (the source lost, or rolling back) may give the address back to the
// source: a start after that, a takeover say, must not use the handover's answer.
void VipResource::peerReleaseCalledOff()
{
    m_earlyProbe.reset();
    m_earlyFree.invalidate();
    // A call-off comes before any start; a start waiting here all the same probes for itself.
    if (std::exchange(m_startAwaitsEarly, false))
        probeBeforeAdding();
}

void VipResource::afterEarlyProbe(ArpProbe::Outcome outcome)
{
    m_earlyProbe.reset();
    if (outcome == ArpProbe::Outcome::Free)
        m_earlyFree.start();
    if (std::exchange(m_startAwaitsEarly, false))
        probeBeforeAdding();
}

void VipResource::doStop()
{
    m_probe.reset();
    m_earlyProbe.reset();
    m_earlyFree.invalidate();
    m_startAwaitsEarly = false;
    m_announcer.cancel();
    if (m_netns.isEmpty()) {
        const int e = AddressNetlink::remove(m_vip, config().interface);
        if (e == 0) {
            m_step = Step::Delete;
            afterDelete(kernelDone());
            return;
        }
        if (e == EADDRNOTAVAIL || e == ENODEV) { // not there: stopping something stopped is fine
            succeed();
            return;
        }
    }
    runIp(Step::Delete,
          {QStringLiteral("addr"), QStringLiteral("del"), m_vip.toString(), QStringLiteral("dev"), config().interface});
}

void VipResource::doStatus()
{
    switch (m_netns.isEmpty() ? m_vip.presenceOn(config().interface) : VipAddress::Presence::Unknown) {
    case VipAddress::Presence::Present:
        succeed();
        return;
    case VipAddress::Presence::Absent:
    case VipAddress::Presence::NoInterface:
        fail(error(codes::kResourceNotRunning, where()));
        return;
    case VipAddress::Presence::Unknown:
        break;
    }
    runIp(Step::Status, {QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show"), QStringLiteral("dev"),
                         config().interface});
}

void VipResource::runIp(Step step, const QStringList& arguments)
{
    runTool(step, QStringLiteral("ip"), arguments);
}

void VipResource::runTool(Step step, const QString& tool, const QStringList& arguments)
{
    m_step = step;
    prepare(m_runner, currentAction());
    if (step == Step::DuplicateCheck)
        m_runner.setTimeoutMs(qMax(config().timeoutMs, kDuplicateCheckMinTimeoutMs));
    m_runner.runTool(tool, arguments, m_netns);
}

void VipResource::onFinished(const CommandRunner::Result& result)
{
    switch (m_step) {
    case Step::ShowBeforeStart:
        afterShowBeforeStart(result);
        return;
    case Step::DuplicateCheck:
        afterDuplicateCheck(result);
        return;
    case Step::Add:
        if (!result.ok()) {
            AgentLog::get("agent.resources")
                ->warn("{}: ip addr add {} failed (exit {}): {}", logName(), m_vip.toString().toStdString(),
                       result.exitCode, result.stderrTail.trimmed().toStdString());
            fail(commandError(Action::Start, result));
            return;
        }
        AgentLog::get("agent.resources")
            ->info("{}: added {} on {}", logName(), m_vip.toString().toStdString(), config().interface.toStdString());
        m_announcer.announce();
        succeed();
        return;
    case Step::Delete:
    case Step::ShowAfterDelete:
        afterDelete(result);
        return;
    case Step::Status:
        if (result.ok() && m_vip.isListedIn(result.stdoutData))
            succeed();
        else
            fail(result.timedOut ? commandError(Action::Status, result) : error(codes::kResourceNotRunning, where()));
        return;
    }
}

void VipResource::afterShowBeforeStart(const CommandRunner::Result& result)
{
    if (result.timedOut || result.exitCode < 0) {
        fail(commandError(Action::Start, result));
        return;
    }
    // `ip addr show dev X` fails only when X does not exist.
    startFrom(result.exitCode != 0                  ? VipAddress::Presence::NoInterface
              : m_vip.isListedIn(result.stdoutData) ? VipAddress::Presence::Present
                                                    : VipAddress::Presence::Absent);
}

void VipResource::startFrom(VipAddress::Presence presence)
{
    const auto log = AgentLog::get("agent.resources");
    if (presence == VipAddress::Presence::NoInterface) {
        log->warn("{}: interface {} missing", logName(), config().interface.toStdString());
        fail(error(codes::kVipInterfaceMissing, {{QStringLiteral("interface"), config().interface}}));
        return;
    }
    if (presence == VipAddress::Presence::Present) { // e.g. after an agent restart: ours already
        log->info("{}: {} already present on {}", logName(), m_vip.toString().toStdString(),
                  config().interface.toStdString());
        m_announcer.announce();
        succeed();
        return;
    }
    if (m_vip.isIpv6()) { // the kernel's own DAD is skipped (nodad) so the address works at once
        addAddress();
        return;
    }
    if (!config().duplicateCheck) { // dad = false: the takeover must not wait for arping -D
        addAddress();
        return;
    }
    probeBeforeAdding();
}

// dad = true: probed from here in a tenth of a second; arping -D only where that cannot run.
void VipResource::probeBeforeAdding()
{
    if (m_earlyProbe) { // the handover's probe is still listening: its answer comes sooner
        m_startAwaitsEarly = true;
        return;
    }
    const qint64 freeForMs = m_earlyFree.isValid() ? m_earlyFree.elapsed() : -1;
    m_earlyFree.invalidate(); // one start per answer
    if (freeForMs >= 0 && freeForMs <= kEarlyProbeFreshMs) {
        AgentLog::get("agent.resources")
            ->info("{}: {} was free on {} at the handover ({} ms ago)", logName(), m_vip.ipText().toStdString(),
                   config().interface.toStdString(), freeForMs);
        addAddress();
        return;
    }
    m_probe = std::make_unique<ArpProbe>(config().interface, m_vip.ip(), m_netns);
    connect(m_probe.get(), &ArpProbe::finished, this, &VipResource::afterProbe);
    m_probe->start();
}

void VipResource::afterProbe(ArpProbe::Outcome outcome, const QString& detail)
{
    const auto log = AgentLog::get("agent.resources");
    m_probe.reset();
    if (outcome == ArpProbe::Outcome::InUse) {
        log->error("{}: {} already answers on {} (MAC {}); refusing to add it", logName(), m_vip.ipText().toStdString(),
                   config().interface.toStdString(), detail.toStdString());
        QJsonObject params = where();
        params.insert(QStringLiteral("mac"), detail);
        fail(error(codes::kVipAddressInUse, params));
        return;
    }
    if (outcome == ArpProbe::Outcome::Free) {
        addAddress();
        return;
    }
    if (CommandRunner::findTool(QStringLiteral("arping")).isEmpty()) {
        log->warn("{}: duplicate address detection for {} could not run ({}) and arping is not installed; adding "
                  "anyway",
                  logName(), m_vip.ipText().toStdString(), detail.toStdString());
        addAddress();
        return;
    }
    log->warn("{}: duplicate address probe failed ({}); falling back to arping -D", logName(), detail.toStdString());
    runTool(Step::DuplicateCheck, QStringLiteral("arping"),
            {QStringLiteral("-D"), QStringLiteral("-c"), QStringLiteral("2"), QStringLiteral("-w"), QStringLiteral("2"),
             QStringLiteral("-I"), config().interface, m_vip.ipText()});
}

void VipResource::afterDuplicateCheck(const CommandRunner::Result& result)
{
    if (result.timedOut) {
        fail(commandError(Action::Start, result));
        return;
    }
    if (result.exitCode == 1) { // iputils arping -D: 1 means someone answered for the address
        AgentLog::get("agent.resources")
            ->error("{}: {} already answers on {}; refusing to add it", logName(), m_vip.ipText().toStdString(),
                    config().interface.toStdString());
        fail(error(codes::kVipAddressInUse, where()));
        return;
    }
    if (result.exitCode != 0)
        AgentLog::get("agent.resources")
            ->warn("{}: duplicate address detection could not run (exit {}): {}; adding anyway", logName(),
                   result.exitCode, result.stderrTail.trimmed().toStdString());
    addAddress();
}

// The kernel is asked directly in the agent's own namespace; `ip` says why where it refuses.
void VipResource::addAddress()
{
    if (m_netns.isEmpty()) {
        const int e = AddressNetlink::add(m_vip, config().interface);
        if (e == 0 || e == EEXIST) {
            m_step = Step::Add;
            onFinished(kernelDone());
            return;
        }
    }
    QStringList args{QStringLiteral("addr"), QStringLiteral("add"), m_vip.toString(), QStringLiteral("dev"),
                     config().interface};
    if (m_vip.isIpv6())
        args << QStringLiteral("nodad");
    runIp(Step::Add, args);
}

void VipResource::afterDelete(const CommandRunner::Result& result)
{
    if (m_step == Step::Delete) {
        if (result.ok()) {
            AgentLog::get("agent.resources")->info("{}: removed {}", logName(), m_vip.toString().toStdString());
            succeed();
            return;
        }
        if (result.timedOut) {
            fail(commandError(Action::Stop, result));
            return;
        }
        // Deleting an address that is not there fails; stopping something already stopped is fine.
        m_deleteResult = result;
        runIp(Step::ShowAfterDelete, {QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show"),
                                      QStringLiteral("dev"), config().interface});
        return;
    }
    const bool interfaceGone = !result.timedOut && result.exitCode > 0;
    if (interfaceGone || (result.ok() && !m_vip.isListedIn(result.stdoutData))) {
        succeed();
        return;
    }
    AgentLog::get("agent.resources")
        ->warn("{}: ip addr del {} failed (exit {}): {}", logName(), m_vip.toString().toStdString(),
               m_deleteResult.exitCode, m_deleteResult.stderrTail.trimmed().toStdString());
    fail(commandError(Action::Stop, m_deleteResult));
}

CommandRunner::Result VipResource::kernelDone()
{
    CommandRunner::Result r;
    r.exitCode = 0;
    return r;
}

QJsonObject VipResource::where() const
{
    return {{QStringLiteral("address"), config().address}, {QStringLiteral("interface"), config().interface}};
}

} // namespace twinha::agent
