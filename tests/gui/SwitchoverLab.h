#pragma once

#include "agentlink/ClusterMonitor.h"
#include "tests/integration/OwnLab.h"

#include <QFile>
#include <QtTest>

#include <memory>

namespace twinha::tests {

// A private lab (tests/lab/lab.sh) and a started ClusterMonitor on it, for driving the real
// switchover dialogs: the shared lab fixture is left to the other tests.
struct SwitchoverLab
{
    explicit SwitchoverLab(const QStringList& options = {})
        : lab(options)
    {
        if (!lab.isUp())
            return;
        agentlink::LinkTimeouts timeouts;
        timeouts.silenceMs = 4000;
        monitor = std::make_unique<agentlink::ClusterMonitor>(lab.profile(), timeouts);
        monitor->setFollowEvents(false);
        monitor->start(true);
    }

    // Who holds the service's stand-in VIP, as the lab's script resource recorded it.
    QString holder() const
    {
        QFile f(lab.value(QStringLiteral("VIP_HOLDER_FILE")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
    }

    // Both nodes reached and the agents' readiness for the group reported.
    bool settled() const
    {
        return monitor && monitor->allReached() && !monitor->view().readiness.isEmpty() &&
               !monitor->view().groups.isEmpty();
    }

    OwnLab lab;
    std::unique_ptr<agentlink::ClusterMonitor> monitor;
};

} // namespace twinha::tests
