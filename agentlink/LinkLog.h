#pragma once

#include <spdlog/logger.h>

#include <memory>

namespace twinha::agentlink {

// The "link" logger. The application configures sinks; without that it logs to stderr.
std::shared_ptr<spdlog::logger> linkLog();

} // namespace twinha::agentlink
