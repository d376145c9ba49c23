#include "agent/resources/ResourceMonitor.h"

#include "agent/AgentLog.h"

#include <algorithm>

namespace twinha::agent {

ResourceMonitor::ResourceMonitor(int intervalMs, QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ResourceMonitor::checkGroups);
}

void ResourceMonitor::addGroup(ResourceGroup* group)
{
    m_groups << group;
    connect(group, &ResourceGroup::resourceFailed, this, &ResourceMonitor::resourceFailed);
}

void ResourceMonitor::start()
{
    AgentLog::get("agent.resources")->debug("monitoring {} groups every {} ms", m_groups.size(), m_timer.interval());
    m_timer.start();
}

void ResourceMonitor::stop()
{
    m_timer.stop();
}

void ResourceMonitor::checkGroups()
{
    for (const QPointer<ResourceGroup>& group : std::as_const(m_groups)) {
        // A group in the middle of a start or stop is the coordinator's business, and a group with
        // nothing running has nothing that could go down. A check still under way from the last
        // tick makes the group busy too, so slow status commands never pile up.
        if (!group || group->isBusy())
            continue;
        const QList<Resource*> resources = group->resources();
        const bool anyRunning = std::any_of(resources.cbegin(), resources.cend(),
                                            [](const Resource* r) { return r->state() == Resource::State::Running; });
        if (anyRunning)
            group->check();
    }
}

} // namespace twinha::agent
