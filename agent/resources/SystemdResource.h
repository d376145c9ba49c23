#pragma once

#include "agent/resources/CommandRunner.h"
#include "agent/resources/Resource.h"

namespace twinha::agent {

// A systemd unit, through systemctl. Where systemd is not running (containers, CI) every action
// fails with systemctl's own exit status and message: the resource never pretends.
class SystemdResource : public Resource
{
    Q_OBJECT
public:
    SystemdResource(const ResourceConfig& config, const ResourceContext& context, QObject* parent = nullptr);

protected:
    void doStart() override;
    void doStop() override;
    void doStatus() override;

private:
    enum class Step
    {
        LoadState,
        Action
    };

    void queryLoadState();
    void runSystemctl(const QStringList& arguments);
    void onFinished(const CommandRunner::Result& result);

    CommandRunner m_runner;
    Step m_step = Step::Action;
};

} // namespace twinha::agent
