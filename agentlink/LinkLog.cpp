#include "agentlink/LinkLog.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace twinha::agentlink {

std::shared_ptr<spdlog::logger> linkLog()
{
    // Looked up on every call, so a logger that the application registers later takes over.
    static std::mutex creating;
    std::lock_guard lock(creating);
    if (auto logger = spdlog::get("link"))
        return logger;
    auto logger = std::make_shared<spdlog::logger>("link", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    logger->set_level(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

} // namespace twinha::agentlink
