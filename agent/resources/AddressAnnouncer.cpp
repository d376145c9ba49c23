#include "agent/resources/AddressAnnouncer.h"

#include "agent/AgentLog.h"

namespace twinha::agent {

namespace {
constexpr int kArpingTimeoutMs = 5000; // arping -U -c 3 takes about three seconds
}

AddressAnnouncer::AddressAnnouncer(const QString& interface, const VipAddress& vip, const QString& netns,
                                   std::string logName, QObject* parent)
    : QObject(parent)
    , m_interface(interface)
    , m_vip(vip)
    , m_netns(netns)
    , m_logName(std::move(logName))
{
    m_arping.setTimeoutMs(kArpingTimeoutMs);
    connect(&m_arping, &CommandRunner::finished, this, [this](const CommandRunner::Result& result) {
        if (!result.ok())
            AgentLog::get("agent.resources")
                ->warn("{}: arping -U failed (exit {}): {}", m_logName, result.exitCode,
                       result.stderrTail.trimmed().toStdString());
    });
}

void AddressAnnouncer::announce()
{
    const auto log = AgentLog::get("agent.resources");
    if (m_vip.isIpv6()) {
        log->info("{}: unsolicited neighbour advertisement is not implemented; neighbours relearn {} on their own",
                  m_logName, m_vip.ipText().toStdString());
        return;
    }
    m_garp = std::make_unique<GratuitousArp>(m_interface, m_vip.ip(), m_netns);
    QString why;
    if (m_garp->start(&why))
        return;
    m_garp.reset();
    if (CommandRunner::findTool(QStringLiteral("arping")).isEmpty() || m_arping.isRunning()) {
        log->warn("{}: gratuitous ARP failed ({}) and arping is not available; neighbours update when their ARP "
                  "entries expire",
                  m_logName, why.toStdString());
        return;
    }
    log->warn("{}: gratuitous ARP failed ({}); falling back to arping -U", m_logName, why.toStdString());
    m_arping.runTool(QStringLiteral("arping"),
                     {QStringLiteral("-U"), QStringLiteral("-c"), QStringLiteral("3"), QStringLiteral("-I"),
                      m_interface, m_vip.ipText()},
                     m_netns);
}

void AddressAnnouncer::cancel()
{
    m_garp.reset();
}

} // namespace twinha::agent
