#pragma once

#include "agent/resources/CommandRunner.h"
#include "agent/resources/Resource.h"

namespace twinha::agent {

// start, stop and status are shell commands from the config; status exiting 0 means running.
class ScriptResource : public Resource
{
    Q_OBJECT
public:
    ScriptResource(const ResourceConfig& config, const ResourceContext& context, QObject* parent = nullptr);

protected:
    void doStart() override;
    void doStop() override;
    void doStatus() override;

private:
    void runAction(const QString& command);
    void onFinished(const CommandRunner::Result& result);

    CommandRunner m_runner;
    std::optional<RunAs> m_runAs; // run_as, once found
};

} // namespace twinha::agent
