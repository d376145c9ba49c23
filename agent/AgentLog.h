#pragma once

#include <spdlog/spdlog.h>

#include <memory>
#include <string>

namespace twinha::agent {

// One stderr sink shared by every agent logger ("agent", "agent.control", ...). stderr, not a
// file: systemd's journal keeps it, and `session` must keep stdout clean for JSON.
class AgentLog
{
public:
    static void setup(spdlog::level::level_enum level);
    // The named logger, created on first use with the shared sink.
    static std::shared_ptr<spdlog::logger> get(const std::string& name);
};

} // namespace twinha::agent
